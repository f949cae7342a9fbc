import Crypto
import Foundation
import SasaranIO

/// SHA-256 of files, for run manifests.
public enum FileDigest {
    /// The lowercase hex SHA-256 of the file and its size in bytes, read in blocks. A file whose
    /// device, inode, size and modification time (to the nanosecond) are those of its last
    /// digest is not read again: a server listing the same inputs in every answer's manifest
    /// hashed megabytes per request.
    public static func sha256(of path: String) throws -> (hex: String, bytes: Int) {
        let identity = FileIdentity(path: path)
        if let identity, let known = cache.lookup(path, identity) { return known }
        if let identity, let read = ReadDigests.entry(for: path), read.identity == identity {
            let digest = (hex: read.hex, bytes: Int(identity.size))
            cache.store(path, identity, digest)
            return digest
        }
        let digest = try read(path)
        if let identity { cache.store(path, identity, digest) }
        return digest
    }

    /// The digests already computed, by path (at most ``Cache/capacity``; cleared past it).
    final class Cache: @unchecked Sendable {
        static let capacity = 256
        private let lock = NSLock()
        private var entries: [String: (FileIdentity, (hex: String, bytes: Int))] = [:]

        func lookup(_ path: String, _ identity: FileIdentity) -> (hex: String, bytes: Int)? {
            lock.lock()
            defer { lock.unlock() }
            guard let entry = entries[path], entry.0 == identity else { return nil }
            return entry.1
        }

        func store(_ path: String, _ identity: FileIdentity, _ digest: (hex: String, bytes: Int)) {
            lock.lock()
            defer { lock.unlock() }
            if entries.count >= Self.capacity { entries = [:] }
            entries[path] = (identity, digest)
        }
    }

    static let cache = Cache()

    /// Reads the file in blocks into one buffer (a 2.7 GB boundary file is hashed without
    /// allocating a block per read).
    private static func read(_ path: String) throws -> (hex: String, bytes: Int) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw ScenarioError(file: path, message: "cannot be read to compute its checksum")
        }
        defer { close(descriptor) }
        let blockSize = 4 << 20
        let block = UnsafeMutableRawBufferPointer.allocate(byteCount: blockSize, alignment: 64)
        defer { block.deallocate() }
        var hasher = SHA256()
        var size = 0
        while true {
            let got = Foundation.read(descriptor, block.baseAddress, blockSize)
            if got < 0 {
                if errno == EINTR { continue }
                throw ScenarioError(file: path, message: "cannot be read to compute its checksum: \(String(cString: strerror(errno)))")
            }
            if got == 0 { break }
            size += got
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: block[0..<got]))
        }
        return (hasher.finalize().map { String(format: "%02x", $0) }.joined(), size)
    }

    /// The lowercase hex SHA-256 of `bytes` and their count: what ``sha256(of:)`` gives for a
    /// file holding them.
    public static func sha256(of bytes: [UInt8]) -> (hex: String, bytes: Int) {
        (SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined(), bytes.count)
    }
}
