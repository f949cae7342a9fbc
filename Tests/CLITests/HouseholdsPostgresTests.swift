import Foundation
import Testing
import TestSupport

/// `sasaran households` reading its register from a real PostgreSQL server (the throwaway one of
/// scripts/pg-cluster, in SASARAN_PG): a synthetic register loaded into a table gives the same JSON
/// as the CSV it was loaded from, by table and by query; the errors of a server that refuses, a
/// table that is not there and a missing column are clear and never hold the password.
@Suite("sasaran households from PostgreSQL", PythonPeer.required, PostgresCluster.required, .serialized)
struct HouseholdsPostgresTests {
    static let flags = ["--target", "desil<=1", "--programmes", "pkh,bpnt,pbi", "--weight-column", "bobot", "--size-column", "art",
                        "--min-cell", "5", "--format", "json"]

    /// A fresh table name, so suites sharing the server do not meet.
    static func tableName() -> String { "hh_register_\(UUID().uuidString.prefix(8).lowercased())" }

    /// Loads the synthetic register CSV at `path` into a new table `name` with typed columns.
    static func load(_ path: String, into name: String) throws {
        _ = try PostgresCluster.psql("CREATE TABLE \(name) (id text PRIMARY KEY, kode text NOT NULL, desil smallint, art smallint, bobot double precision, pkh smallint, bpnt smallint, pbi smallint)")
        _ = try PostgresCluster.psql("\\copy \(name) FROM '\(path)' WITH (FORMAT csv, HEADER)")
    }

    /// The JSON output without its manifest (which names the source).
    static func figures(_ stdout: String) throws -> NSDictionary {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        object["manifest"] = nil
        return object as NSDictionary
    }

    /// Every number of `a` within 1e-12 (relative) of `b`'s, everything else equal.
    static func expectClose(_ a: Any, _ b: Any, _ path: String) {
        switch (a, b) {
        case let (x as NSDictionary, y as NSDictionary):
            #expect(Set(x.allKeys.map { "\($0)" }) == Set(y.allKeys.map { "\($0)" }), "\(path): keys")
            for (key, value) in x { if let other = y[key] { expectClose(value, other, "\(path).\(key)") } }
        case let (x as NSArray, y as NSArray):
            #expect(x.count == y.count, "\(path): lengths")
            for (k, (u, v)) in zip(x, y).enumerated() { expectClose(u, v, "\(path)[\(k)]") }
        case let (x as NSNumber, y as NSNumber):
            #expect(abs(x.doubleValue - y.doubleValue) <= 1e-12 * max(1, abs(y.doubleValue)), "\(path): \(x) vs \(y)")
        default:
            #expect(String(describing: a) == String(describing: b), "\(path)")
        }
    }

    @Test("a register in a table gives the figures of its CSV, by table and by query")
    func tableEqualsCSV() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let register = folder.appendingPathComponent("synthetic-register.csv").path
        _ = try PythonPeer.run("scripts/synthetic-register", ["200000", register, "--weights", "--seed", "7", "--shuffle",
                                                              "--data", SharedData.root.appendingPathComponent("idn").path])
        let table = Self.tableName()
        try Self.load(register, into: table)
        defer { _ = try? PostgresCluster.psql("DROP TABLE \(table)") }
        let boundaries = try HouseholdsCommandTests.boundaryFlags()
        let list = try HouseholdsCommandTests.priorityList(in: folder)

        // The same CSV: the table as COPY writes it (`1` where the generator wrote `1.0`).
        let exported = folder.appendingPathComponent("exported.csv").path
        _ = try PostgresCluster.psql("\\copy (SELECT * FROM \(table)) TO '\(exported)' WITH (FORMAT csv, HEADER)")
        let csv = try Sasaran.run(["households", "--register", exported] + boundaries + Self.flags + ["--priority", list])
        #expect(csv.status == 0, "\(csv.stderr)")
        let connection = try PostgresCluster.connection()
        let fromTable = try Sasaran.run(["households", "--register", connection, "--register-table", table] + boundaries + Self.flags + ["--priority", list])
        #expect(fromTable.status == 0, "\(fromTable.stderr)")
        let expected = try Self.figures(csv.stdout)
        #expect(try Self.figures(fromTable.stdout) == expected)
        #expect((expected["households"] as? NSNumber)?.doubleValue ?? 0 > 0)
        #expect((expected["register"] as? [String: Any])?["householdsRead"] as? Int == 200000)

        // The generator's own file and a query returning the rows in another order: the same
        // figures but for the last bits of weighted sums added in another grouping.
        let original = try Sasaran.run(["households", "--register", register] + boundaries + Self.flags + ["--priority", list])
        Self.expectClose(try Self.figures(original.stdout), expected, "generator's CSV")
        let query = "SELECT * FROM \(table) ORDER BY id DESC"
        let fromQuery = try Sasaran.run(["households", "--register", connection, "--register-query", query] + boundaries + Self.flags + ["--priority", list])
        #expect(fromQuery.status == 0, "\(fromQuery.stderr)")
        Self.expectClose(try Self.figures(fromQuery.stdout), expected, "query")

        // The manifest names the server and the table, never a password.
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(fromTable.stdout.utf8)) as? [String: Any])["manifest"]
        let text = String(describing: manifest)
        #expect(text.contains(table), "\(text)")
    }

    @Test("a bad value in a table names its line and column, as in the CSV")
    func badValueNamesLine() throws {
        let table = Self.tableName()
        _ = try PostgresCluster.psql("CREATE TABLE \(table) (id text, kode text, desil integer, pkh integer)")
        defer { _ = try? PostgresCluster.psql("DROP TABLE \(table)") }
        _ = try PostgresCluster.psql("INSERT INTO \(table) VALUES ('a', '11.01', 1, 1), ('b', '11.01.02', 2, 0), ('c', '11.01', 11, 1)")
        let run = try Sasaran.run(["households", "--register", try PostgresCluster.connection(), "--register-table", table]
            + (try HouseholdsCommandTests.boundaryFlags()) + ["--target", "desil<=1", "--programmes", "pkh"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("table \(table), record 4, field \"desil\": \"11\" is not a welfare decile"), "\(run.stderr)")
        #expect(!run.stderr.contains("\"c\""), "an id in the message: \(run.stderr)")
    }

    @Test("a refused connection, a missing table and a missing column are clear errors without the password")
    func connectionErrors() throws {
        let boundaries = try HouseholdsCommandTests.boundaryFlags()
        let flags = ["--target", "desil<=1", "--programmes", "pkh"]
        // Port 1 refuses; the password is in the URI.
        let refused = try Sasaran.run(["households", "--register", "postgresql://sasaran:s3cret-Pw@127.0.0.1:1/sasaran", "--register-table", "r"]
            + boundaries + flags)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("PostgreSQL host=127.0.0.1 port=1 dbname=sasaran user=sasaran: cannot connect"), "\(refused.stderr)")
        #expect(refused.stderr.contains("refused"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("s3cret"), "\(refused.stderr)")

        let connection = try PostgresCluster.connection()
        let missing = try Sasaran.run(["households", "--register", connection + " password=s3cret-Pw", "--register-table", "no_such_register"]
            + boundaries + flags)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no table or view \"no_such_register\" in the database"), "\(missing.stderr)")
        #expect(!missing.stderr.contains("s3cret"), "\(missing.stderr)")

        let table = Self.tableName()
        _ = try PostgresCluster.psql("CREATE TABLE \(table) (id text, kode text, desil integer, pkh integer)")
        defer { _ = try? PostgresCluster.psql("DROP TABLE \(table)") }
        let column = try Sasaran.run(["households", "--register", connection, "--register-table", table] + boundaries + flags + ["--weight-column", "bobot"])
        #expect(column.status == 1)
        #expect(column.stderr.contains("table \(table): no column \"bobot\" (survey weight); the table has id, kode, desil, pkh"), "\(column.stderr)")

        let query = try Sasaran.run(["households", "--register", connection, "--register-query", "SELECT id, kode FROM \(table)"] + boundaries + flags)
        #expect(query.status == 1)
        #expect(query.stderr.contains("no column \"desil\""), "\(query.stderr)")

        let neither = try Sasaran.run(["households", "--register", connection] + boundaries + flags)
        #expect(neither.status == 64)
        #expect(neither.stderr.contains("--register-table"), "\(neither.stderr)")
    }
}
