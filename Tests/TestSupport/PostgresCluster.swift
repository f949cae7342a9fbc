import Foundation
import Testing

/// A real PostgreSQL/PostGIS server for the tests that read from and write to one: the one
/// `scripts/test` started (its connection string in `SASARAN_PG`), or else a throwaway cluster
/// this test process starts with `scripts/pg-cluster` in a temporary folder and stops at exit.
/// Where PostgreSQL is not installed the tests skip with a message, and under `CI` they fail.
public enum PostgresCluster {
    /// The GDAL connection string (`PG:host=… port=… dbname=sasaran user=sasaran`).
    public static func connection() throws -> String {
        switch started {
        case let .success(connection): return connection
        case let .failure(error): throw error
        }
    }

    /// Whether the tests that need a server should run: a server is given, PostgreSQL is
    /// installed, or CI is set (where its absence must fail).
    public static var shouldRun: Bool {
        ProcessInfo.processInfo.environment["SASARAN_PG"] != nil || FileManager.default.fileExists(atPath: "/usr/lib/postgresql")
            || SharedData.isCI
    }

    /// The trait of suites that need the server.
    public static var required: ConditionTrait {
        .enabled(if: shouldRun, "needs PostgreSQL with PostGIS (scripts/ensure-system-libraries installs them)")
    }

    struct StartFailed: Error, CustomStringConvertible { var description: String }

    /// The folder of the cluster this process started, stopped at exit.
    nonisolated(unsafe) private static var folder: String?

    private static let started: Result<String, Error> = {
        if let given = ProcessInfo.processInfo.environment["SASARAN_PG"], !given.isEmpty { return .success(given) }
        let path = "/tmp/sasaran-pg-\(getpid())"
        // The script's output goes to a file, not a pipe: the server it starts outlives it.
        let log = path + ".log"
        FileManager.default.createFile(atPath: log, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: log) }
        let process = Process()
        process.executableURL = SharedData.projectRoot.appendingPathComponent("scripts/pg-cluster")
        process.arguments = ["start", path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(forWritingAtPath: log)
        do { try process.run() } catch { return .failure(error) }
        process.waitUntilExit()
        let connection = ((try? String(contentsOfFile: path + "/connection", encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0, connection.hasPrefix("PG:") else {
            let message = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            return .failure(StartFailed(description: "scripts/pg-cluster start failed: \(message)"))
        }
        folder = path
        atexit {
            guard let folder = PostgresCluster.folder else { return }
            let stop = Process()
            stop.executableURL = SharedData.projectRoot.appendingPathComponent("scripts/pg-cluster")
            stop.arguments = ["stop", folder]
            stop.standardOutput = FileHandle.nullDevice
            stop.standardError = FileHandle.nullDevice
            try? stop.run()
            stop.waitUntilExit()
        }
        return .success(connection)
    }()

    /// Runs `psql` on the test database with `sql`, returning its unaligned output.
    public static func psql(_ sql: String) throws -> String {
        let connection = try connection()
        let parts = Dictionary(uniqueKeysWithValues: connection.dropFirst(3).split(separator: " ").compactMap { part -> (String, String)? in
            let pair = part.split(separator: "=", maxSplits: 1)
            return pair.count == 2 ? (String(pair[0]), String(pair[1])) : nil
        })
        return try ToolRun.output("psql", ["-X", "-At", "-v", "ON_ERROR_STOP=1", "-h", parts["host"] ?? "", "-p", parts["port"] ?? "5432",
                                           "-U", parts["user"] ?? "sasaran", "-d", parts["dbname"] ?? "sasaran", "-c", sql])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
