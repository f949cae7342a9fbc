import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// SHA-256 of files, for run manifests.
public enum FileDigest {
    /// The lowercase hex SHA-256 of the file and its size in bytes, read in blocks into one
    /// buffer (a 2.7 GB boundary file is hashed without allocating a block per read).
    public static func sha256(of path: String) throws -> (hex: String, bytes: Int) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw ScenarioError(file: path, message: "cannot be read to compute its checksum")
        }
        defer { close(descriptor) }
        let blockSize = 4 << 20
        let block = UnsafeMutableRawBufferPointer.allocate(byteCount: blockSize, alignment: 64)
        defer { block.deallocate() }
        var hasher = SHA256()
        var size = 0
        while true {
            let got = read(descriptor, block.baseAddress, blockSize)
            if got < 0 {
                if errno == EINTR { continue }
                throw ScenarioError(file: path, message: "cannot be read to compute its checksum: \(String(cString: strerror(errno)))")
            }
            if got == 0 { break }
            size += got
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: block[0..<got]))
        }
        return (hasher.finalize().map { String(format: "%02x", $0) }.joined(), size)
    }
}
