import Foundation
import Testing
import TestSupport

/// docs/limits.md's memory figures, held under a 2 GiB address space (`ulimit -v`): a 100 MB
/// GeoJSON (the size that once needed 2.9 GB and aborted without a message) and one just under the
/// native reader's 16 MiB threshold are described in full.
@Suite("Under a 2 GiB address space")
struct AddressSpaceTests {
    /// A FeatureCollection of small squares with long properties, about `megabytes` MB.
    static func geoJSON(megabytes: Int, at path: String) throws {
        let note = String(repeating: "n", count: 4_000)
        var text = "{\"type\":\"FeatureCollection\",\"features\":["
        text.reserveCapacity(megabytes << 20 + 10_000)
        var k = 0
        while text.utf8.count < megabytes << 20 {
            let (x, y) = (100 + Double(k % 100) * 0.1, -10 + Double(k / 100) * 0.01)
            if k > 0 { text += ",\n" }
            text += #"{"type":"Feature","properties":{"code":"\#(k)","note":"\#(note)"},"geometry":{"type":"Polygon","coordinates":[[[\#(x),\#(y)],[\#(x + 0.1),\#(y)],[\#(x + 0.1),\#(y + 0.01)],[\#(x),\#(y + 0.01)],[\#(x),\#(y)]]]}}"#
            k += 1
        }
        try (text + "]}").write(toFile: path, atomically: false, encoding: .utf8)
    }

    @Test("inspect of a 100 MB and of a 15 MB GeoJSON finishes with exit 0 under ulimit -v 2 GiB", arguments: [100, 15])
    func geoJSON(megabytes: Int) throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("squares.geojson").path
        try Self.geoJSON(megabytes: megabytes, at: path)
        let script = "ulimit -v 2097152 && exec \"$0\" inspect \"$1\" --code-field code"
        let run = try ToolRun.run(URL(fileURLWithPath: "/bin/bash"), ["-c", script, Sasaran.binary.path, path], in: SharedData.projectRoot)
        #expect(run.status == 0, "\(run.stderr.prefix(500))")
        #expect(run.stdout.contains("Regions"), "\(run.stdout.prefix(300))")
    }
}
