import Foundation

/// Writes a file so that readers see either the old file or the whole new one, never a part:
/// bytes go to a temporary file beside the target, which is renamed over it on ``commit()``.
/// A writer dropped without committing removes its temporary file.
public final class AtomicFileWriter {
    public let path: String
    private let temporaryPath: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var committed = false

    public init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw InputError(file: path, message: "cannot write: the folder \(folder) does not exist")
        }
        temporaryPath = folder + "/." + url.lastPathComponent + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporaryPath) else {
            throw InputError(file: path, message: "cannot write in \(folder)")
        }
        self.handle = handle
    }

    deinit {
        if !committed {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporaryPath)
        }
    }

    /// Appends bytes (buffered).
    public func write<Bytes: Sequence>(_ bytes: Bytes) throws where Bytes.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Appends UTF-8 text.
    public func write(_ text: String) throws { try write(text.utf8) }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        do { try handle.write(contentsOf: buffer) } catch {
            throw InputError(file: path, message: "cannot write: \(error.localizedDescription)")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and renames the temporary file over the target. (No fsync: the rename makes the
    /// switch all-or-nothing for readers; syncing every output would cost more than the run.)
    public func commit() throws {
        try flush()
        try handle.close()
        guard rename(temporaryPath, path) == 0 else {
            throw InputError(file: path, message: "cannot replace the file: \(String(cString: strerror(errno)))")
        }
        committed = true
    }

    /// Writes a whole file atomically.
    public static func write(_ text: String, to path: String) throws {
        let writer = try AtomicFileWriter(path: path)
        try writer.write(text)
        try writer.commit()
    }
}
