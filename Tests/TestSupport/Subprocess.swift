import Foundation

/// Runs a program to its end and collects what it wrote, for tests that run the real binary or a
/// peer script.
public enum Subprocess {
    public struct Output {
        public var status: Int32
        public var stdout: Data
        public var stderr: Data
    }

    /// Runs `executable` with `arguments`, in `directory` when given.
    public static func run(_ executable: URL, _ arguments: [String], in directory: URL? = nil) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }
}

/// A finished run of an external program.
public struct ToolRun {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    /// Runs `executable` with `arguments` (from `directory` when given) and collects its output.
    public static func run(_ executable: URL, _ arguments: [String], in directory: URL? = nil) throws -> ToolRun {
        let output = try Subprocess.run(executable, arguments, in: directory)
        return ToolRun(status: output.status, stdout: String(decoding: output.stdout, as: UTF8.self),
                       stderr: String(decoding: output.stderr, as: UTF8.self))
    }

    /// Runs a program found on PATH; its standard output, or an error with its standard error.
    public static func output(_ tool: String, _ arguments: [String]) throws -> String {
        let result = try run(URL(fileURLWithPath: "/usr/bin/env"), [tool] + arguments)
        guard result.status == 0 else { throw Failed(description: "\(tool) exited with \(result.status): \(result.stderr)") }
        return result.stdout
    }

    struct Failed: Error, CustomStringConvertible { var description: String }
}
