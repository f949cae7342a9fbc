import CPQ
import Foundation

/// A connection to a PostgreSQL server through libpq, for reading tables. Its ``description``
/// names the server without the password, and every error from the server has the password
/// taken out, so neither reaches a message or a log.
///
/// ```swift
/// let connection = try PostgresConnection("postgresql://reader@db.example/registers")
/// let (name, columns) = try connection.table("dtsen_2025")
/// ```
public final class PostgresConnection {
    let handle: OpaquePointer
    /// `PostgreSQL host=… port=… dbname=… user=…`: the server, never the password.
    public let description: String
    private let secrets: [String]

    /// Whether `text` is a PostgreSQL connection string rather than a file path: a
    /// `postgresql://` or `postgres://` URI, or GDAL's `PG:` followed by libpq's `key=value` pairs.
    public static func isConnectionString(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://") || text.hasPrefix("PG:")
    }

    /// Connects with `connection` (a URI, libpq `key=value` pairs, or those after GDAL's `PG:`).
    public init(_ connection: String) throws {
        let conninfo = connection.hasPrefix("PG:") ? String(connection.dropFirst(3)) : connection
        var parseError: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(conninfo, &parseError) else {
            if let parseError { PQfreemem(parseError) }
            // libpq's parse error may quote part of the string, which may be the password.
            throw InputError(file: "--register", message: "not a PostgreSQL connection string: give a postgresql://user@host:port/database URI or key=value pairs (host=… dbname=… user=…)")
        }
        var values: [String: String] = [:], secrets: [String] = []
        var option = options
        while let keyword = option.pointee.keyword {
            let key = String(cString: keyword)
            if let value = option.pointee.val.map({ String(cString: $0) }), !value.isEmpty {
                values[key] = value
                if key == "password" { secrets.append(value) }
            }
            option += 1
        }
        PQconninfoFree(options)
        let shown = ["host", "hostaddr", "port", "dbname", "user"].compactMap { key in values[key].map { "\(key)=\($0)" } }
        self.secrets = secrets
        description = "PostgreSQL " + (shown.isEmpty ? "(libpq defaults)" : shown.joined(separator: " "))
        guard let handle = PQconnectdb(conninfo) else {
            throw InputError(file: description, message: "libpq could not allocate a connection")
        }
        self.handle = handle
        guard PQstatus(handle) == CONNECTION_OK else {
            // deinit finishes the connection.
            let reason = Self.scrub(String(cString: PQerrorMessage(handle)), secrets)
            throw InputError(file: description, message: "cannot connect: \(reason)")
        }
        PQsetClientEncoding(handle, "UTF8")
    }

    deinit { PQfinish(handle) }

    /// `text` with every secret replaced by `***` and trailing line ends removed.
    static func scrub(_ text: String, _ secrets: [String]) -> String {
        var text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        for secret in secrets { text = text.replacingOccurrences(of: secret, with: "***") }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The server's last error on this connection, or that of `result`, without secrets.
    func errorMessage(_ result: OpaquePointer?) -> String {
        let message = result.flatMap { PQresultErrorMessage($0) }.map { String(cString: $0) } ?? ""
        return Self.scrub(message.isEmpty ? String(cString: PQerrorMessage(handle)) : message, secrets)
    }

    /// Runs `sql` with text parameters `$1…`, returning the rows as text (`nil` for SQL NULL).
    public func query(_ sql: String, _ parameters: [String] = []) throws -> [[String?]] {
        let copies = parameters.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        let values = copies.map { UnsafePointer<CChar>($0) }
        let result = values.withUnsafeBufferPointer { buffer in
            PQexecParams(handle, sql, Int32(parameters.count), nil, buffer.baseAddress, nil, nil, 0)
        }
        defer { PQclear(result) }
        guard let result, PQresultStatus(result) == PGRES_TUPLES_OK else {
            throw InputError(file: description, message: errorMessage(result))
        }
        return (0..<PQntuples(result)).map { row in
            (0..<PQnfields(result)).map { column in
                PQgetisnull(result, row, column) == 1 ? nil : String(cString: PQgetvalue(result, row, column))
            }
        }
    }

    /// The table or view `table` names (as SQL spells it: `registers.dtsen`, `"Register"`): its
    /// name as the server quotes it, safe to put in a query, and its columns in table order; an
    /// error when there is no such table or view.
    public func table(_ table: String) throws -> (name: String, columns: [String]) {
        let found: String? = try query("SELECT to_regclass($1)::text", [table]).first?.first ?? nil
        guard let found else {
            throw InputError(file: description, message: "no table or view \"\(table)\" in the database (names fold to lower case unless quoted; give schema.table when it is not on the search path)")
        }
        let columns = try query("SELECT attname FROM pg_attribute WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped ORDER BY attnum",
                                [table]).compactMap { $0.first ?? nil }
        return (found, columns)
    }

    /// `name` quoted as an SQL identifier, exactly as spelled.
    public static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
