import Foundation
import Testing
import TestSupport
@testable import Sasaran
import SasaranIO

/// The digest a large file gets while it is read must be the file's SHA-256 (checked against
/// `sha256sum`), and must not outlive a change to the file.
@Suite("Digests taken while reading")
struct ReadDigestTests {
    static func sha256sum(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self).split(separator: " ").first.map(String.init) ?? ""
    }

    @Test("a 70 MB file read whole gives the manifest sha256sum's digest, and a changed file is hashed again")
    func digestWhileReading() throws {
        let path = try SharedData.temporaryFolder().appendingPathComponent("large.shp").path
        var random = SplitMix64(seed: 70)
        var bytes = [UInt8](repeating: 0, count: 70 << 20)
        for index in stride(from: 0, to: bytes.count, by: 8) {
            withUnsafeBytes(of: random.next()) { word in for k in 0..<8 { bytes[index + k] = word[k] } }
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let read = try FileBytes(path: path)
        #expect(read.count == bytes.count)
        let expected = try Self.sha256sum(path)
        #expect(ReadDigests.entry(for: path)?.hex == expected)
        #expect(try FileDigest.sha256(of: path).hex == expected)
        // A new file at the same path (new inode and time): the digest taken on reading is not used.
        bytes[12345] ^= 0xFF
        try FileManager.default.removeItem(atPath: path)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let changed = try Self.sha256sum(path)
        #expect(changed != expected)
        #expect(try FileDigest.sha256(of: path).hex == changed)
    }
}
