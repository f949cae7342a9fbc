import SasaranIO

/// Where a household register is read from: a CSV file (plain or gzip), a PostgreSQL table, or the
/// rows of a PostgreSQL query. Either way the rows reach the one register line parser as CSV lines
/// (the server's `COPY … TO STDOUT WITH (FORMAT csv, HEADER)`), so the same rows give the same
/// figures, and the same errors, from a file or from the database.
public enum HouseholdRegisterSource: Sendable, Equatable {
    case file(String)
    /// A table or view (`registers.dtsen_2025`), of which only the columns the layout reads are sent.
    case postgresTable(connection: String, table: String)
    /// A SELECT whose result has the register's columns.
    case postgresQuery(connection: String, query: String)

    /// The line stream of the register; `layout` chooses a table's columns (a missing one is an
    /// error naming the table's columns, as a CSV header's is).
    func open(layout: HouseholdRegisterLayout, blockSize: Int) throws -> LineBlockStream {
        switch self {
        case let .file(path):
            return try LineBlockStream(path: path, blockSize: blockSize)
        case let .postgresTable(connection, table):
            let server = try PostgresConnection(connection)
            let label = "\(server.description), table \(table)"
            let (name, columns) = try server.table(table)
            var selected: [String] = []
            for (name, role) in layout.columns {
                guard let found = columns.first(where: { $0 == name }) ?? columns.first(where: { $0.lowercased() == name.lowercased() }) else {
                    throw InputError(file: label, message: "no column \"\(name)\" (\(role)); the table has \(columns.joined(separator: ", "))")
                }
                if !selected.contains(found) { selected.append(found) }
            }
            // The table's order, so the parser reads the same header as the table's CSV export.
            let list = columns.filter(selected.contains).map(PostgresConnection.quoted).joined(separator: ", ")
            let source = try PostgresCopySource(connection: server, query: "SELECT \(list) FROM \(name)", label: label)
            return LineBlockStream(source: source, blockSize: blockSize)
        case let .postgresQuery(connection, query):
            let server = try PostgresConnection(connection)
            let source = try PostgresCopySource(connection: server, query: query, label: "\(server.description), query")
            return LineBlockStream(source: source, blockSize: blockSize)
        }
    }
}
