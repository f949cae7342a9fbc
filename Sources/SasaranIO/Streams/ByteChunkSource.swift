import CZlib
import Foundation

/// A file read as a stream of byte chunks: plain, or gzip inflated on the fly (zlib), so files
/// of any size pass through bounded memory. A gzip file is recognised by its magic bytes, not its
/// name; concatenated gzip members are read one after another.
public final class ByteChunkSource: ChunkSource {
    public let path: String
    /// The size of the file on disk (compressed size for gzip), for progress.
    public let fileBytes: Int
    /// Whether the file is gzip.
    public let isGzip: Bool
    private let handle: FileHandle
    private var inflater: GzipInflater?
    private var finished = false
    /// Bytes of the file consumed so far (compressed bytes for gzip), for progress.
    public private(set) var consumedBytes = 0

    /// Opens `path`; errors name the file.
    public init(path: String) throws {
        self.path = path
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(file: path, message: FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file")
        }
        self.handle = handle
        fileBytes = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
        let magic = handle.readData(ofLength: 2)
        isGzip = magic.count == 2 && magic[magic.startIndex] == 0x1F && magic[magic.startIndex + 1] == 0x8B
        try handle.seek(toOffset: 0)
        if isGzip { inflater = try GzipInflater(path: path) }
    }

    deinit { try? handle.close() }

    /// Up to about `size` bytes (decompressed), appended to `buffer`; false at the end of the file.
    /// A gzip file that ends inside a member is an error (truncated).
    public func read(into buffer: inout [UInt8], size: Int) throws -> Bool {
        guard !finished else { return false }
        guard let inflater else {
            let chunk = handle.readData(ofLength: size)
            if chunk.isEmpty { finished = true; return false }
            consumedBytes += chunk.count
            buffer.append(contentsOf: chunk)
            return true
        }
        let before = buffer.count
        while buffer.count - before < size {
            if inflater.needsInput {
                let compressed = handle.readData(ofLength: 1 << 20)
                consumedBytes += compressed.count
                if compressed.isEmpty {
                    try inflater.finish()
                    finished = true
                    break
                }
                inflater.supply(compressed)
            }
            try inflater.inflate(into: &buffer, limit: size - (buffer.count - before))
        }
        return buffer.count > before || !finished
    }
}

/// zlib's inflate over gzip members, fed compressed chunks.
final class GzipInflater {
    private var stream = z_stream()
    private var input: [UInt8] = []
    private var inputOffset = 0
    private let path: String
    /// Set at the end of a member; the next bytes, if any, start another member.
    private var atMemberEnd = false
    private var sawData = false

    init(path: String) throws {
        self.path = path
        let status = inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw InputError(file: path, message: "zlib could not start (status \(status))") }
    }

    deinit { inflateEnd(&stream) }

    var needsInput: Bool { inputOffset >= input.count }

    func supply(_ data: Data) {
        input = [UInt8](data)
        inputOffset = 0
    }

    /// Inflates what input there is, appending at most `limit` bytes to `buffer`.
    func inflate(into buffer: inout [UInt8], limit: Int) throws {
        guard !needsInput, limit > 0 else { return }
        if atMemberEnd {
            inflateReset(&stream)
            atMemberEnd = false
        }
        var output = [UInt8](repeating: 0, count: min(limit, 4 << 20))
        let (status, produced, consumed) = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress! + inputOffset
                stream.avail_in = UInt32(inBuffer.count - inputOffset)
                stream.next_out = outBuffer.baseAddress!
                stream.avail_out = UInt32(outBuffer.count)
                let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                return (status, outBuffer.count - Int(stream.avail_out), inBuffer.count - inputOffset - Int(stream.avail_in))
            }
        }
        inputOffset += consumed
        switch status {
        case Z_OK, Z_BUF_ERROR:
            break
        case Z_STREAM_END:
            atMemberEnd = true
        default:
            let reason = stream.msg.map { String(cString: $0) } ?? "status \(status)"
            throw InputError(file: path, message: "not valid gzip data (\(reason)) after \(stream.total_in) compressed bytes")
        }
        if produced > 0 { sawData = true }
        buffer.append(contentsOf: output[0..<produced])
    }

    /// The end of the compressed file: it must fall at the end of a member.
    func finish() throws {
        guard atMemberEnd || (!sawData && stream.total_in == 0) else {
            throw InputError(file: path, message: "the gzip data is truncated (the file ends inside a compressed member, after \(stream.total_in) compressed bytes of it); the last lines are missing")
        }
    }
}
