import Foundation
import TestSupport

/// Runs the built `sasaran` binary, as a user would.
enum Sasaran {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary beside the test bundle (`.build/<config>/sasaran`).
    static var binary: URL {
        let besideTests = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("sasaran")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        let argumentsFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [argumentsFolder, argumentsFolder.deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent("sasaran")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return SharedData.projectRoot.appendingPathComponent(".build/debug/sasaran")
    }

    /// Runs `sasaran` with the arguments, from the project root, and collects its output.
    static func run(_ arguments: [String]) throws -> Result {
        let output = try Subprocess.run(binary, arguments, in: SharedData.projectRoot)
        return Result(status: output.status, stdout: String(decoding: output.stdout, as: UTF8.self),
                      stderr: String(decoding: output.stderr, as: UTF8.self))
    }
}
