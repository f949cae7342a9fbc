import Crypto
import Foundation

/// SHA-256 digests taken while large files were read (``FileBytes``), so that a run manifest does
/// not read a 2.7 GB boundary file a second time: the hashing runs on a second thread behind the
/// reads, where the one reading thread leaves a core idle. An entry holds the file's identity
/// (device, inode, size, modification time) when it was read; the manifest uses it only while the
/// file still has that identity.
public enum ReadDigests {
    /// A digest and the identity of the file it was taken from.
    public struct Entry: Sendable, Equatable {
        /// The file as it was when read.
        public var identity: FileIdentity
        /// Lowercase hex SHA-256 of the file's bytes.
        public var hex: String
    }

    /// Files at least this large are hashed as they are read.
    static let threshold = 64 << 20

    private static let lock = NSLock()
    nonisolated(unsafe) private static var entries: [String: Entry] = [:]

    /// The digest taken when `path` was last read whole, if any.
    public static func entry(for path: String) -> Entry? {
        lock.lock()
        defer { lock.unlock() }
        return entries[path]
    }

    static func store(_ entry: Entry, for path: String) {
        lock.lock()
        defer { lock.unlock() }
        if entries.count >= 64 { entries = [:] }
        entries[path] = entry
    }
}

/// Hashes blocks in order on a serial queue while the caller goes on reading.
final class BackgroundHasher: @unchecked Sendable {
    private var hasher = SHA256()
    private let queue = DispatchQueue(label: "sasaran.read-digest")
    private let group = DispatchGroup()

    /// Queues `block` (which must stay valid until ``finish()`` or ``wait()`` returns).
    func update(_ block: UnsafeRawBufferPointer) {
        group.enter()
        // The address travels as a number: the caller keeps the memory valid until `wait()`.
        let address = UInt(bitPattern: block.baseAddress), count = block.count
        queue.async {
            self.hasher.update(bufferPointer: UnsafeRawBufferPointer(start: UnsafeRawPointer(bitPattern: address), count: count))
            self.group.leave()
        }
    }

    /// Waits for queued blocks (before their memory goes).
    func wait() { group.wait() }

    /// The hex digest of every block queued.
    func finish() -> String {
        group.wait()
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
