import Foundation
import Testing

/// The real data in `../shared/data` beside the project (see its README): tests that need it skip
/// with a message where it is absent (a user's fresh clone) and fail where `CI` is set.
public enum SharedData {
    /// The project root, found from this file's place in `Tests/TestSupport/`.
    public static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/data` from the project root.
    public static let root = projectRoot.deletingLastPathComponent().appendingPathComponent("shared/data")

    public static var isAvailable: Bool { FileManager.default.fileExists(atPath: root.appendingPathComponent("idn").path) }

    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false }

    /// Whether a test needing the data should run: where it is present, and always under CI
    /// (where its absence must fail the test, through ``path(_:)``).
    public static var shouldRun: Bool { isAvailable || isCI }

    /// The trait for suites and tests that read the real data: skipped with a message where it is
    /// absent, run (and so failing) under CI.
    public static var required: ConditionTrait {
        .enabled(if: shouldRun, "needs the real data in ../shared/data, which is absent here")
    }

    public struct Missing: Error, CustomStringConvertible {
        public let description = "../shared/data is missing but CI is set: the real-data tests must run in CI"
    }

    /// The data root; throws where it is absent.
    public static func require() throws -> URL {
        guard isAvailable else { throw Missing() }
        return root
    }

    /// The absolute path of a file under `../shared/data`; throws where the data is absent.
    public static func path(_ relative: String) throws -> String {
        guard isAvailable else { throw Missing() }
        return root.appendingPathComponent(relative).path
    }

    /// A fresh temporary folder for a test's files.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sasaran-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
