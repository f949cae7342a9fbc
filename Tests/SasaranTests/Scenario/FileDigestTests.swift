import Foundation
import Testing
@testable import Sasaran

/// The manifest's SHA-256 of a file, remembered while the file is unchanged and computed anew
/// when it changes, even to the same size; checked against sha256sum's known digests.
@Suite("File digests")
struct FileDigestTests {
    @Test func rememberedOnlyWhileTheFileIsUnchanged() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sasaran-digest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.txt").path
        try Data("abc".utf8).write(to: URL(fileURLWithPath: file))
        // sha256sum of "abc" and of "abd".
        let abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        let abd = "a52d159f262b2c6ddb724a61840befc36eb30c88877a4030b65cbe86298449c9"
        #expect(try FileDigest.sha256(of: file) == (abc, 3))
        #expect(try FileDigest.sha256(of: file) == (abc, 3))
        #expect(FileDigest.sha256(of: Array("abc".utf8)) == (abc, 3))
        // The same size, written again: another modification time, so read again.
        usleep(10_000)
        try Data("abd".utf8).write(to: URL(fileURLWithPath: file))
        #expect(try FileDigest.sha256(of: file) == (abd, 3))
    }
}
