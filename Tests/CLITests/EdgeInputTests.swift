import Foundation
import Testing
import TestSupport

/// Numbers at the edge of their type, lists a rank never writes, and names that would act on a
/// terminal: each is refused or made inert where it enters, with the flag or file named.
@Suite("Edge inputs on the command line")
struct EdgeInputTests {
    static let scenario = "scenarios/default-2025.yaml"

    @Test("a number flag outside its documented range is a usage error naming the flag, not a trap or a hang",
          arguments: [
            ["uncertainty", "--scenario", scenario, "--cv", "0.1", "--replicates", "9223372036854775807"],
            ["hotspots", "--scenario", scenario, "--permutations", "9223372036854775807"],
            ["hotspots", "--scenario", scenario, "--alpha", "1"],
            ["adjacency", "--boundaries", "Shapefiles/idn_kabkota_schematic.shp", "--tolerance-km", "1e308"],
            ["adjacency", "--boundaries", "Shapefiles/idn_kabkota_schematic.shp", "--tolerance-km", "nan"],
            ["sensitivity", "--scenario", scenario, "--vary", "0.2", "--draws", "9223372036854775807"],
            ["uncertainty", "--scenario", scenario, "--cv", "inf"],
          ])
    func numberFlags(arguments: [String]) throws {
        let run = try Sasaran.run(arguments)
        #expect(run.status == 64, "\(arguments): \(run.stderr)")
        let flag = arguments.reversed().first { $0.hasPrefix("--") && $0 != "--scenario" && $0 != "--boundaries" }!
        #expect(run.stderr.contains(flag) && run.stderr.contains("docs/limits.md"), "\(run.stderr)")
    }

    @Test("a budget, floor or cap beyond 10^15 is an input error saying the limit", arguments: [
        ["--budget", "9223372036854775807"], ["--budget", "1000000", "--floor", "9223372036854775807"],
        ["--budget", "1000000", "--cap", "9223372036854775807"],
    ])
    func budgetEdges(flags: [String]) throws {
        let run = try Sasaran.run(["budget", "--scenario", Self.scenario] + flags)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("above the largest amount accepted, 10^15"), "\(run.stderr)")
    }

    @Test("compare refuses a list that names a district twice (coverage above 100% otherwise)")
    func duplicateCodes() throws {
        let folder = try SharedData.temporaryFolder()
        let good = folder.appendingPathComponent("good.json").path
        let made = try Sasaran.run(["rank", "--scenario", Self.scenario, "--output", good])
        #expect(made.status == 0, "\(made.stderr)")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: good))) as? [String: Any])
        var selected = try #require(object["selected"] as? [[String: Any]])
        selected.append(selected[0])
        object["selected"] = selected
        let twice = folder.appendingPathComponent("twice.json").path
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: twice))
        let run = try Sasaran.run(["compare", good, twice])
        #expect(run.status == 1)
        #expect(run.stderr.contains("twice.json") && run.stderr.contains("is listed twice (also at selected[1])"), "\(run.stderr)")
    }

    @Test("escape sequences and carriage returns from input reach the terminal as visible text")
    func inertMessages() throws {
        let hostile = "99\u{1B}[2J\u{1B}]8;;http://x\u{07}\r"
        let run = try Sasaran.run(["rank", "--boundaries", "Shapefiles/idn_kabkota_schematic.shp", "--code-field", "KODE_KMD",
                                   "--indicators", "Shapefiles/bps_poverty_kabkota_2015_2025.csv", "--code-column", "kode_kemendagri_2025",
                                   "--value", "jumlah_miskin_ribu", "--where", "tahun=2025", "--lock-in", hostile])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(!run.stderr.contains("\u{1B}") && !run.stderr.contains("\r") && !run.stderr.contains("\u{07}"))
        #expect(run.stderr.contains("\\u{1B}[2J"), "\(run.stderr)")
    }

    @Test("a quoted megabyte line is cut in the message, the cut counted")
    func cappedMessages() throws {
        let folder = try SharedData.temporaryFolder()
        let path = folder.appendingPathComponent("long.yaml").path
        let long = String(repeating: "x", count: 1_000_000)
        try "name: [\(long)\n".write(toFile: path, atomically: true, encoding: .utf8)
        let run = try Sasaran.run(["rank", "--scenario", path])
        #expect(run.status == 1 || run.status == 64, "\(run.stderr.prefix(300))")
        #expect(run.stderr.count < 20_000, "the message is \(run.stderr.count) characters")
    }
}
