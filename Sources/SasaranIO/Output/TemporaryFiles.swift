import Foundation

/// Temporary files to remove if the process is interrupted (SIGINT, SIGTERM, SIGHUP): the handler
/// unlinks every registered path, then lets the signal end the process as it would have.
///
/// Written by hand: no library offers signal-time cleanup. The handler only reads a fixed table
/// of C strings and calls `unlink` and `signal`/`raise`, which are async-signal-safe.
public enum TemporaryFiles {
    private static let capacity = 1024
    nonisolated(unsafe) private static let table: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        return table
    }()
    private static let lock = NSLock()
    nonisolated(unsafe) private static var installed = false

    /// Registers `path` for removal on interruption.
    public static func register(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        if !installed { install() }
        for k in 0..<capacity where table[k] == nil {
            table[k] = strdup(path)
            return
        }
    }

    /// Forgets `path` (it was committed or removed).
    public static func unregister(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        for k in 0..<capacity {
            if let entry = table[k], String(cString: entry) == path {
                table[k] = nil
                free(entry)
                return
            }
        }
    }

    private static func install() {
        installed = true
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { sig in
                for k in 0..<TemporaryFiles.capacity {
                    if let entry = TemporaryFiles.table[k] { unlink(entry) }
                }
                signal(sig, SIG_DFL)
                raise(sig)
            }
        }
    }
}
