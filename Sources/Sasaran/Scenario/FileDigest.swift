import Crypto
import Foundation

/// SHA-256 of files, for run manifests.
public enum FileDigest {
    /// The lowercase hex SHA-256 of the file and its size in bytes, read in blocks.
    public static func sha256(of path: String) throws -> (hex: String, bytes: Int) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ScenarioError(file: path, message: "cannot be read to compute its checksum")
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        var size = 0
        while true {
            let block = handle.readData(ofLength: 1 << 20)
            if block.isEmpty { break }
            size += block.count
            hasher.update(data: block)
        }
        return (hasher.finalize().map { String(format: "%02x", $0) }.joined(), size)
    }

    /// The lowercase hex SHA-256 of `bytes` and their count: what ``sha256(of:)`` gives for a
    /// file holding them.
    public static func sha256(of bytes: [UInt8]) -> (hex: String, bytes: Int) {
        (SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined(), bytes.count)
    }
}
