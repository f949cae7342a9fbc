import Foundation

/// Reads a points CSV (`id,lon,lat[,weight]`, header required; `x`/`y`, `longitude`/`latitude`
/// also accepted) in blocks of whole lines, so files of any size stream in bounded memory.
///
/// Hand-written rather than built on a general CSV reader: tens of millions of rows of three or
/// four plain fields are parsed straight from bytes with `strtod`, in parallel over the cores,
/// without making a String per field.
public final class PointCSVStream {
    public let path: String
    /// Column positions found in the header.
    public let idColumn: Int, lonColumn: Int, latColumn: Int
    public let weightColumn: Int?
    private let handle: FileHandle
    private var pending: [UInt8] = []
    private var nextLine = 2
    private var finished = false
    private let blockSize: Int

    /// Opens the file and reads its header.
    public init(path: String, blockSize: Int = 16 << 20) throws {
        self.path = path
        self.blockSize = blockSize
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(file: path, message: FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file")
        }
        self.handle = handle
        var header: [UInt8] = []
        while true {
            let chunk = handle.readData(ofLength: 64 << 10)
            if chunk.isEmpty { break }
            if let newline = chunk.firstIndex(of: 10) {
                header += chunk[chunk.startIndex..<newline]
                pending = Array(chunk[(newline + 1)...])
                break
            }
            header += chunk
            if header.count > Limits.maxCSVLineBytes {
                throw InputError(file: path, record: 1, message: "the header line is longer than the limit of \(Limits.describe(bytes: Limits.maxCSVLineBytes)) (see docs/limits.md)")
            }
        }
        if header.starts(with: [0xEF, 0xBB, 0xBF]) { header.removeFirst(3) }
        if header.last == 13 { header.removeLast() }
        guard !header.isEmpty else { throw InputError(file: path, message: "the file is empty; expected a header id,lon,lat") }
        let names = String(decoding: header, as: UTF8.self).split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"")).lowercased() }
        func column(_ accepted: [String]) -> Int? { names.firstIndex { accepted.contains($0) } }
        guard let id = column(["id"]), let lon = column(["lon", "lng", "longitude", "x"]), let lat = column(["lat", "latitude", "y"]) else {
            throw InputError(file: path, record: 1, message: "the header \(names.joined(separator: ",")) lacks id, lon and lat columns")
        }
        idColumn = id; lonColumn = lon; latColumn = lat
        weightColumn = column(["weight", "w", "count"])
    }

    /// The next block of whole lines, or nil at the end of the file.
    public func nextBlock() -> PointBlock? {
        guard !finished else { return nil }
        var bytes = pending
        while true {
            let chunk = handle.readData(ofLength: blockSize)
            if chunk.isEmpty {
                finished = true
                break
            }
            bytes += chunk
            if let newline = bytes.lastIndex(of: 10) {
                pending = Array(bytes[(newline + 1)...])
                bytes.removeSubrange((newline + 1)...)
                break
            }
            // No line end at all: one line longer than the limit. Stop here; the block's parse reports it.
            if bytes.count > Limits.maxCSVLineBytes {
                finished = true
                pending = []
                return PointBlock(bytes: [10], firstLine: nextLine, stream: self, lineTooLong: true)
            }
        }
        if finished { pending = [] }
        guard !bytes.isEmpty else { return nil }
        if bytes.last != 10 { bytes.append(10) }
        let block = PointBlock(bytes: bytes, firstLine: nextLine, stream: self)
        nextLine += block.lineCount
        return block
    }
}

/// Whole lines of a points CSV, split into parts that can be parsed on different cores.
public struct PointBlock {
    /// The bytes, ending with a newline, followed by a NUL so `strtod` always stops.
    public let bytes: [UInt8]
    public let firstLine: Int
    public let lineCount: Int
    let columns: (id: Int, lon: Int, lat: Int, weight: Int?, path: String)
    /// Set when the line at `firstLine` passed ``Limits/maxCSVLineBytes`` (the block holds no data then).
    let lineTooLong: Bool

    init(bytes: [UInt8], firstLine: Int, stream: PointCSVStream, lineTooLong: Bool = false) {
        self.lineTooLong = lineTooLong
        self.bytes = bytes + [0]
        self.firstLine = firstLine
        self.lineCount = LineBlock.lineFeeds(in: bytes, 0..<bytes.count)
        self.columns = (stream.idColumn, stream.lonColumn, stream.latColumn, stream.weightColumn, stream.path)
    }

    /// Splits the block at newlines into about `parts` ranges, each with its first line number.
    public func split(into parts: Int) -> [(range: Range<Int>, firstLine: Int)] {
        LineBlock.split(bytes, end: bytes.count - 1, firstLine: firstLine, into: parts)    // the last byte is the 0 sentinel
    }

    /// Parses the lines in `range` (starting at line number `firstLine`).
    public func parse(_ range: Range<Int>, firstLine: Int) throws -> ParsedPoints {
        var parsed = ParsedPoints()
        let (idColumn, lonColumn, latColumn, weightColumn, path) = columns
        if lineTooLong {
            throw InputError(file: path, record: firstLine, message: "line is longer than the limit of \(Limits.describe(bytes: Limits.maxCSVLineBytes)) (see docs/limits.md)")
        }
        let needed = max(idColumn, lonColumn, latColumn, weightColumn ?? 0)
        try bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            var position = range.lowerBound
            var line = firstLine
            var starts = [Int](repeating: 0, count: needed + 2)
            while position < range.upperBound {
                // Find field starts up to the needed column, and the end of the line.
                var field = 0
                starts[0] = position
                var cursor = position
                var quoted = false
                // A line ends at its line feed even inside quotes: a quoted field cannot span
                // lines here (blocks are cut at line feeds), and the scan must not leave the block.
                while buffer[cursor] != 10 {
                    let byte = buffer[cursor]
                    if byte == 34 { quoted.toggle() } else if byte == 44, !quoted, field <= needed {
                        field += 1
                        starts[field] = cursor + 1
                    }
                    cursor += 1
                }
                let lineEnd = cursor
                if quoted {
                    throw InputError(file: path, record: line, message: "a quoted field is not closed before the end of the line")
                }
                let contentEnd = lineEnd > position && buffer[lineEnd - 1] == 13 ? lineEnd - 1 : lineEnd
                if contentEnd == position { position = lineEnd + 1; line += 1; continue }
                guard field >= needed else {
                    throw InputError(file: path, record: line, message: "\(field + 1) fields; expected at least \(needed + 1)")
                }
                func end(_ column: Int) -> Int { column + 1 <= field ? starts[column + 1] - 1 : contentEnd }
                func number(_ column: Int, _ name: String) throws -> Double {
                    let start = starts[column], stop = end(column)
                    var parsedEnd: UnsafeMutablePointer<CChar>?
                    let pointer = UnsafeMutableRawPointer(mutating: base + start).assumingMemoryBound(to: CChar.self)
                    let value = strtod(pointer, &parsedEnd)
                    let consumed = parsedEnd.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? start
                    guard stop > start, consumed == stop, value.isFinite else {
                        let text = String(decoding: buffer[start..<max(start, stop)], as: UTF8.self)
                        throw InputError(file: path, record: line, field: name, message: "\"\(text)\" is not a finite number")
                    }
                    return value
                }
                var idStart = starts[idColumn], idEnd = end(idColumn)
                if idEnd - idStart >= 2, buffer[idStart] == 34, buffer[idEnd - 1] == 34 { idStart += 1; idEnd -= 1 }
                parsed.ids.append(idStart..<idEnd)
                parsed.xy.append(try number(lonColumn, "lon"))
                parsed.xy.append(try number(latColumn, "lat"))
                if let weightColumn { parsed.weights.append(try number(weightColumn, "weight")) }
                position = lineEnd + 1
                line += 1
            }
        }
        return parsed
    }
}

/// Points parsed from part of a block: id byte ranges into the block, interleaved lon,lat, and
/// weights when the file has a weight column.
public struct ParsedPoints {
    public var ids: [Range<Int>] = []
    public var xy: [Double] = []
    public var weights: [Double] = []
}
