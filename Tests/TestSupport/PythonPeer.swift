import Foundation
import Testing

/// The peers' Python (numpy, pandas) in `.peers-venv` at the project root, made by
/// `../shared/peers/setup.sh .peers-venv`: tests that compare with it skip with a message where
/// it is absent, and fail where `CI` is set (`.ci/run` makes it).
public enum PythonPeer {
    /// `.peers-venv/bin/python` under the project root.
    public static let python = SharedData.projectRoot.appendingPathComponent(".peers-venv/bin/python")

    public static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: python.path) }

    /// The trait for tests that run a peer script: skipped with a message where neither the venv
    /// nor `CI` is there.
    public static var required: ConditionTrait {
        .enabled(if: (isAvailable && SharedData.isAvailable) || SharedData.isCI,
                 "needs the peers' Python venv (../shared/peers/setup.sh .peers-venv) and ../shared/data, absent here")
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs `script` (relative to the project root) with `arguments`; returns its standard
    /// output, or throws with its standard error.
    public static func run(_ script: String, _ arguments: [String]) throws -> Data {
        guard isAvailable else { throw Failure(description: "\(python.path) is missing: run ../shared/peers/setup.sh .peers-venv") }
        let output = try Subprocess.run(python, [SharedData.projectRoot.appendingPathComponent(script).path] + arguments)
        guard output.status == 0 else {
            throw Failure(description: "\(script) failed (\(output.status)): \(String(decoding: output.stderr, as: UTF8.self))")
        }
        return output.stdout
    }
}
