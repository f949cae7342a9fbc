import Foundation

/// The file outputs of one run, written all or nothing, never over an input.
///
/// Every file the tool writes goes through a transaction:
/// 1. ``claim(_:role:)`` checks each output before anything is written: it must not be an input
///    of the run (the same file, by device and inode: the indicator table, the crosswalk, the
///    scenario file, the boundary file or any of its sidecars), not named twice, not a symbolic
///    link (refused, naming its target) nor a folder, and not read-only unless `force`; its folder
///    must exist. A device or FIFO (`/dev/null`, a pipe) is written as a stream.
/// 2. ``stage(_:role:)`` writes an output into a temporary file beside it (`.NAME.PID.tmp`); a
///    replaced file's permissions are given to the new one.
/// 3. ``commit()`` renames every staged file over its target. If any rename fails, the files
///    already replaced are put back from hard-link backups, so either every output is new or none
///    is. A transaction dropped without committing removes its temporary files, and so do SIGINT,
///    SIGTERM and SIGHUP (``TemporaryFiles``); SIGKILL can leave one, which the next write of the
///    same output removes.
public final class OutputTransaction {
    /// An input of the run, by role ("indicators", "boundaries .dbf", …).
    public struct Input: Sendable {
        public var role: String
        public var path: String
        public init(role: String, path: String) { self.role = role; self.path = path }
    }

    private struct FileID: Hashable { var device: UInt64; var inode: UInt64 }

    private enum Target {
        /// A regular file, replaced by renaming; `mode` is the replaced file's permissions.
        case file(staged: StagedFile, mode: mode_t?)
        /// A device or FIFO, written at commit.
        case stream(StagedFile)
    }

    private var inputs: [(input: Input, id: FileID)] = []
    private var claimed: [String: String] = [:]     // canonical path → role
    private var targets: [(path: String, target: Target)] = []
    private let force: Bool
    private var finished = false

    /// A transaction guarding `inputs`; `force` lets read-only outputs be replaced.
    public init(inputs: [Input] = [], force: Bool = false) {
        self.force = force
        for input in inputs { addInput(input) }
    }

    deinit { if !finished { abort() } }

    /// Guards one more input of the run (a file that does not exist guards nothing).
    public func addInput(_ input: Input) {
        guard let id = Self.fileID(input.path, followLinks: true) else { return }
        inputs.append((input, id))
    }

    /// Checks that `path` may be written as the output `role` (see the type's notes).
    public func claim(_ path: String, role: String = "output") throws {
        let canonical = Self.canonical(path)
        if let other = claimed[canonical] {
            throw OutputError(path: path, message: "named twice in one run (as the \(other) and the \(role)); give each output its own file")
        }
        var info = stat()
        if lstat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                throw OutputError(path: path, message: "is a symbolic link (to \(target)); an output does not replace a link's target: give the target's path, or remove the link")
            case S_IFDIR:
                throw OutputError(path: path, message: "is a folder; give a file name")
            case S_IFREG:
                let id = FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
                if let input = inputs.first(where: { $0.id == id })?.input {
                    throw OutputError(path: path, message: "is the \(input.role) file of this run (\(input.path)); an output never replaces an input: choose another name for the \(role)")
                }
                if info.st_mode & 0o222 == 0 && !force {
                    throw OutputError(path: path, message: "exists and is read-only; it is not replaced (give --force to replace it)")
                }
            default:
                break   // a device or FIFO: written as a stream
            }
        } else {
            let folder = (path as NSString).deletingLastPathComponent
            var isFolder: ObjCBool = false
            let folderPath = folder.isEmpty ? "." : folder
            guard FileManager.default.fileExists(atPath: folderPath, isDirectory: &isFolder), isFolder.boolValue else {
                throw OutputError(path: path, message: "cannot write: the folder \(folderPath) does not exist")
            }
        }
        claimed[canonical] = role
    }

    /// Claims `path` (if not yet claimed) and returns the file its bytes go to.
    public func stage(_ path: String, role: String = "output") throws -> StagedFile {
        if claimed[Self.canonical(path)] == nil { try claim(path, role: role) }
        var info = stat()
        let exists = lstat(path, &info) == 0
        if exists && (info.st_mode & S_IFMT) != S_IFREG {
            let stream = StagedFile(streamingTo: path)
            targets.append((path, .stream(stream)))
            return stream
        }
        let staged = try StagedFile(path: path)
        targets.append((path, .file(staged: staged, mode: exists ? info.st_mode & 0o7777 : nil)))
        return staged
    }

    /// Stages the whole of `bytes` as `path`.
    public func write<Bytes: Sequence>(_ bytes: Bytes, to path: String, role: String = "output") throws where Bytes.Element == UInt8 {
        try stage(path, role: role).write(bytes)
    }

    /// Stages `text` (UTF-8) as `path`.
    public func write(_ text: String, to path: String, role: String = "output") throws {
        try write(text.utf8, to: path, role: role)
    }

    /// Renames every staged file over its target (all or nothing), then writes the streams.
    public func commit() throws {
        precondition(!finished, "an output transaction commits once")
        finished = true
        var files: [(path: String, staged: StagedFile, mode: mode_t?)] = []
        do {
            for (path, target) in targets {
                if case .file(let staged, let mode) = target { try staged.close(); files.append((path, staged, mode)) }
            }
            for file in files { if let mode = file.mode { chmod(file.staged.temporaryPath, mode) } }
        } catch {
            abort()
            throw error
        }
        var replaced: [(path: String, backup: String?)] = []
        for (k, file) in files.enumerated() {
            var backup: String?
            if FileManager.default.fileExists(atPath: file.path) {
                let candidate = file.staged.temporaryPath + ".bak"
                unlink(candidate)
                if link(file.path, candidate) == 0 { backup = candidate }
            }
            if rename(file.staged.temporaryPath, file.path) != 0 {
                let reason = String(cString: strerror(errno))
                if let backup { unlink(backup) }
                for undo in replaced.reversed() {
                    if let b = undo.backup { rename(b, undo.path) } else { unlink(undo.path) }
                }
                for later in files[k...] { later.staged.discard() }
                throw OutputError(path: file.path, message: "cannot replace the file: \(reason); no output of this run was replaced")
            }
            file.staged.committed()
            replaced.append((file.path, backup))
        }
        for item in replaced { if let b = item.backup { unlink(b) } }
        for (_, target) in targets {
            if case .stream(let stream) = target { try stream.writeStream() }
        }
    }

    /// Discards every staged file; nothing is replaced.
    public func abort() {
        finished = true
        for (_, target) in targets { if case .file(let staged, _) = target { staged.discard() } }
    }

    private static func fileID(_ path: String, followLinks: Bool) -> FileID? {
        var info = stat()
        guard (followLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        return FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
