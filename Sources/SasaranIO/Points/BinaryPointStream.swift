import Foundation

/// Reads a binary points file, little-endian float64 lon,lat pairs one after another with no
/// header (16 bytes a point), in blocks into one reused buffer, so memory stays the block size
/// whatever the file's size. Plain `read(2)` calls rather than a memory map: a mapping's touched
/// pages count in the process's resident memory until the kernel drops them.
public final class BinaryPointStream {
    public let path: String
    /// Points in the file.
    public let pointCount: Int
    private let descriptor: Int32
    private let blockPoints: Int
    private var buffer: [Double]

    /// Opens the file; its size must be a multiple of 16 bytes.
    public init(path: String, blockPoints: Int = 1 << 20) throws {
        self.path = path
        self.blockPoints = max(1, blockPoints)
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw InputError(file: path, message: errno == ENOENT ? "no such file" : "cannot be read: \(String(cString: strerror(errno)))")
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            close(descriptor)
            throw InputError(file: path, message: "cannot be read: \(String(cString: strerror(errno)))")
        }
        let size = Int(status.st_size)
        guard size % 16 == 0 else {
            close(descriptor)
            throw InputError(file: path, message: "\(size) bytes is not a whole number of points (16 bytes each: float64 lon, lat, little-endian)")
        }
        pointCount = size / 16
        buffer = [Double](repeating: 0, count: 2 * self.blockPoints)
    }

    deinit { close(descriptor) }

    /// Calls `body` with the next block of interleaved lon,lat (valid only during the call);
    /// returns false at the end of the file.
    public func nextBlock(_ body: (UnsafeBufferPointer<Double>) throws -> Void) throws -> Bool {
        let wanted = buffer.count * 8
        let got = try buffer.withUnsafeMutableBytes { raw -> Int in
            var filled = 0
            while filled < wanted {
                let count = read(descriptor, raw.baseAddress! + filled, wanted - filled)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw InputError(file: path, message: "read failed: \(String(cString: strerror(errno)))")
                }
                if count == 0 { break }
                filled += count
            }
            return filled
        }
        guard got > 0 else { return false }
        guard got % 16 == 0 else { throw InputError(file: path, message: "the file ends inside a point") }
        #if _endian(big)
        for index in 0..<(got / 8) { buffer[index] = Double(bitPattern: UInt64(littleEndian: buffer[index].bitPattern)) }
        #endif
        try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<(got / 8)])) }
        return true
    }
}
