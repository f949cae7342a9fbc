import Foundation

/// One output of an ``OutputTransaction``: bytes go to a temporary file beside the target
/// (`.NAME.PID.tmp`), which the transaction renames over it on commit; or, for a device or FIFO,
/// they are kept and written to it on commit. A staged file that is never committed is removed.
public final class StagedFile {
    /// The output's path.
    public let path: String
    /// Where the bytes go until commit (empty for a stream).
    let temporaryPath: String
    private let handle: FileHandle?
    private var buffer: [UInt8] = []
    private var done = false

    /// A temporary file beside `path`. Stale temporaries of the same output left by a killed run
    /// (`.NAME.PID.tmp` whose process is gone) are removed first.
    init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        Self.removeStaleTemporaries(of: url.lastPathComponent, in: folder)
        temporaryPath = folder + "/." + url.lastPathComponent + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporaryPath) else {
            throw OutputError(path: path, message: "cannot write in \(folder): \(String(cString: strerror(errno)))")
        }
        self.handle = handle
        TemporaryFiles.register(temporaryPath)
    }

    /// A device or FIFO written as a stream on commit.
    init(streamingTo path: String) {
        self.path = path
        temporaryPath = ""
        handle = nil
    }

    deinit { if !done { discard() } }

    /// Appends bytes (buffered; a temporary file is written in blocks of 1 MiB).
    public func write<Bytes: Sequence>(_ bytes: Bytes) throws where Bytes.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        if handle != nil && buffer.count >= 1 << 20 { try flush() }
    }

    /// Appends UTF-8 text.
    public func write(_ text: String) throws { try write(text.utf8) }

    private func flush() throws {
        guard let handle, !buffer.isEmpty else { return }
        do { try handle.write(contentsOf: buffer) } catch {
            throw OutputError(path: path, message: "cannot write: \(error.localizedDescription); no output of this run was replaced")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes the temporary file.
    func close() throws {
        try flush()
        do { try handle?.close() } catch {
            throw OutputError(path: path, message: "cannot write: \(error.localizedDescription); no output of this run was replaced")
        }
    }

    /// Writes a stream target's bytes to it.
    func writeStream() throws {
        done = true
        guard let stream = FileHandle(forWritingAtPath: path) else {
            throw OutputError(path: path, message: "cannot open for writing: \(String(cString: strerror(errno)))")
        }
        defer { try? stream.close() }
        do { try stream.write(contentsOf: buffer) } catch {
            throw OutputError(path: path, message: "cannot write: \(error.localizedDescription)")
        }
    }

    /// The temporary file became the output.
    func committed() {
        done = true
        TemporaryFiles.unregister(temporaryPath)
    }

    /// Removes the temporary file.
    func discard() {
        guard !done else { return }
        done = true
        try? handle?.close()
        if !temporaryPath.isEmpty {
            unlink(temporaryPath)
            TemporaryFiles.unregister(temporaryPath)
        }
    }

    private static func removeStaleTemporaries(of name: String, in folder: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let prefix = "." + name + "."
        for entry in entries where entry.hasPrefix(prefix) && (entry.hasSuffix(".tmp") || entry.hasSuffix(".tmp.bak")) {
            let middle = entry.dropFirst(prefix.count).prefix { $0 != "." }
            guard let pid = Int32(middle), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(folder + "/" + entry)
        }
    }
}
