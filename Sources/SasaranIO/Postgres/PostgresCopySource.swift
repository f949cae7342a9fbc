import CPQ
import Foundation

/// The CSV of a query streamed from PostgreSQL with `COPY (query) TO STDOUT WITH (FORMAT csv,
/// HEADER)`, row by row through libpq: a ``ChunkSource`` for ``LineBlockStream``, so a table is
/// read by the same line parsers as a CSV file, in bounded memory. The server writes NULL as an
/// empty field and quotes a field holding a comma, a quote or a line end, as a CSV file would.
public final class PostgresCopySource: ChunkSource {
    private let connection: PostgresConnection
    public let path: String
    /// Unknown in advance (0): progress shows rows and rows per second, without a share.
    public let fileBytes = 0
    public private(set) var consumedBytes = 0
    private var finished = false
    /// The part of the last row beyond the bytes asked for, given first at the next read.
    private var carry: [UInt8] = []
    private var carryOffset = 0

    /// Starts the COPY of `query` (a SELECT) on `connection`; `label` is what errors name
    /// (the server and the table, never the password).
    public init(connection: PostgresConnection, query: String, label: String) throws {
        self.connection = connection
        path = label
        let result = PQexec(connection.handle, "COPY (\(query)) TO STDOUT WITH (FORMAT csv, HEADER)")
        defer { PQclear(result) }
        guard let result, PQresultStatus(result) == PGRES_COPY_OUT else {
            throw InputError(file: label, message: connection.errorMessage(result))
        }
    }

    /// Exactly `size` bytes but at the end, as a file gives them: the rows of a table are then cut
    /// into the same blocks as the same bytes in a CSV file, so the sums come out to the same bits.
    public func read(into buffer: inout [UInt8], size: Int) throws -> Bool {
        let before = buffer.count
        let fromCarry = min(size, carry.count - carryOffset)
        buffer.append(contentsOf: carry[carryOffset..<(carryOffset + fromCarry)])
        carryOffset += fromCarry
        if carryOffset == carry.count { carry.removeAll(keepingCapacity: true); carryOffset = 0 }
        while !finished, buffer.count - before < size {
            var row: UnsafeMutablePointer<CChar>?
            let length = Int(PQgetCopyData(connection.handle, &row, 0))
            if length > 0, let row {
                row.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
                    let fits = min(length, size - (buffer.count - before))
                    buffer.append(contentsOf: UnsafeBufferPointer(start: bytes, count: fits))
                    if fits < length { carry.append(contentsOf: UnsafeBufferPointer(start: bytes + fits, count: length - fits)) }
                }
                PQfreemem(row)
                consumedBytes += length
                continue
            }
            finished = true
            guard length == -1 else { throw InputError(file: path, message: "the COPY stream broke: \(connection.errorMessage(nil))") }
            // The COPY ended: its final result says whether it ended well.
            while let result = PQgetResult(connection.handle) {
                defer { PQclear(result) }
                if PQresultStatus(result) != PGRES_COMMAND_OK {
                    throw InputError(file: path, message: "the server stopped the COPY: \(connection.errorMessage(result))")
                }
            }
        }
        return buffer.count > before
    }
}
