import Foundation

/// A text file (plain or gzip, see ``ByteChunkSource``) or another ``ChunkSource`` cut into blocks of whole lines, each with
/// the number of its first line, so a block can be split and parsed on several cores while memory
/// stays at a few blocks whatever the file's length.
public final class LineBlockStream {
    public let source: any ChunkSource
    public let blockSize: Int
    private var pending: [UInt8] = []
    private var nextLine = 1
    private var finished = false

    /// Opens `path`; `blockSize` is the target size of a block in (decompressed) bytes.
    public convenience init(path: String, blockSize: Int = 8 << 20) throws {
        self.init(source: try ByteChunkSource(path: path), blockSize: blockSize)
    }

    /// Lines from `source`, in blocks of about `blockSize` bytes.
    public init(source: any ChunkSource, blockSize: Int = 8 << 20) {
        self.source = source
        self.blockSize = blockSize
    }

    public var path: String { source.path }

    /// The first line (the header), without its line end and byte-order mark; nil for an empty file.
    public func header() throws -> [UInt8]? {
        precondition(nextLine == 1, "the header is read first")
        while pending.firstIndex(of: 10) == nil {
            if pending.count > Limits.maxCSVLineBytes {
                throw InputError(file: path, record: 1, message: "the header line is longer than the limit of \(Limits.describe(bytes: Limits.maxCSVLineBytes)) (see docs/limits.md)")
            }
            guard try source.read(into: &pending, size: 1 << 16) else { break }
        }
        guard !pending.isEmpty else { return nil }
        let end = pending.firstIndex(of: 10) ?? pending.count
        var line = Array(pending[0..<end])
        pending.removeSubrange(0..<min(pending.count, end + 1))
        nextLine = 2
        if line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
        if line.last == 13 { line.removeLast() }
        return line
    }

    /// The next block of whole lines (ending with a line feed), or nil at the end of the file.
    public func nextBlock() throws -> LineBlock? {
        guard !finished || !pending.isEmpty else { return nil }
        var bytes = pending
        pending = []
        while !finished {
            let searchFrom = bytes.count
            if !(try source.read(into: &bytes, size: blockSize)) { finished = true; break }
            if bytes.count >= blockSize, let newline = bytes[searchFrom...].lastIndex(of: 10) ?? bytes.lastIndex(of: 10) {
                pending = Array(bytes[(newline + 1)...])
                bytes.removeSubrange((newline + 1)...)
                break
            }
            if bytes.count > blockSize + Limits.maxCSVLineBytes {
                throw InputError(file: path, record: nextLine, message: "a line is longer than the limit of \(Limits.describe(bytes: Limits.maxCSVLineBytes)) (see docs/limits.md)")
            }
        }
        guard !bytes.isEmpty else { return nil }
        if bytes.last != 10 { bytes.append(10) }
        let block = LineBlock(bytes: bytes, firstLine: nextLine)
        nextLine += block.lineCount
        return block
    }
}

/// Whole lines of a file: the bytes end with a line feed.
public struct LineBlock: Sendable {
    public let bytes: [UInt8]
    public let firstLine: Int
    public let lineCount: Int

    init(bytes: [UInt8], firstLine: Int) {
        self.bytes = bytes
        self.firstLine = firstLine
        lineCount = Self.lineFeeds(in: bytes, 0..<bytes.count)
    }

    /// The line feeds in `bytes[range]`, counted eight bytes at a time.
    static func lineFeeds(in bytes: [UInt8], _ range: Range<Int>) -> Int {
        bytes.withUnsafeBytes { raw -> Int in
            var count = 0
            var i = range.lowerBound
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            while i + 8 <= range.upperBound {
                // A byte of x is zero exactly where the input byte is a line feed.
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ (ones &* 10)
                let zeros = ~(((x & ~highs) &+ ~highs) | x) & highs
                count += zeros.nonzeroBitCount
                i += 8
            }
            while i < range.upperBound { if raw[i] == 10 { count += 1 }; i += 1 }
            return count
        }
    }

    /// About `parts` ranges cut at line feeds, each with the number of its first line. The cuts
    /// depend only on the bytes and `parts`.
    public func split(into parts: Int) -> [(range: Range<Int>, firstLine: Int)] {
        Self.split(bytes, end: bytes.count, firstLine: firstLine, into: parts)
    }

    /// About `parts` ranges of `bytes[0..<end]` cut after line feeds, each with the number of its
    /// first line (counting from `firstLine`): the one cutting rule of the register and points
    /// readers' blocks.
    static func split(_ bytes: [UInt8], end: Int, firstLine: Int, into parts: Int) -> [(range: Range<Int>, firstLine: Int)] {
        var ranges: [(Range<Int>, Int)] = []
        var start = 0
        var line = firstLine
        for part in 1...max(1, parts) {
            var cut = part == parts ? end : end * part / parts
            while cut < end, cut > start, bytes[cut - 1] != 10 { cut += 1 }
            guard cut > start else { continue }
            ranges.append((start..<cut, line))
            line += Self.lineFeeds(in: bytes, start..<cut)
            start = cut
        }
        return ranges
    }
}
