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
