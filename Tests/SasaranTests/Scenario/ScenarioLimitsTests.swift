import Foundation
@testable import Sasaran
import SasaranIO
import Testing

/// Scenario files and indicator tables from anywhere: limits and saved fuzz inputs.
@Suite("Scenario and indicator input limits")
struct ScenarioLimitsTests {
    private func write(_ text: String, _ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sasaran-scenario-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("nested YAML aliases (a billion laughs) are refused in well under 5 s")
    func aliasBomb() throws {
        let levels = "abcdefgh".map(String.init)
        var lines = ["a: &a [\(Array(repeating: "\"x\"", count: 10).joined(separator: ","))]"]
        for (previous, level) in zip(levels, levels.dropFirst()) {
            lines.append("\(level): &\(level) [\(Array(repeating: "*\(previous)", count: 10).joined(separator: ","))]")
        }
        let path = try write(lines.joined(separator: "\n") + "\n", "bomb.yaml")
        let clock = ContinuousClock()
        let start = clock.now
        let error = #expect(throws: ScenarioError.self) { try ScenarioFile.load(path: path) }
        #expect(clock.now - start < .seconds(5))
        #expect("\(error.map { "\($0)" } ?? "")".contains("more than 100000 values once aliases are expanded"))
    }

    @Test("a scenario file over 1 MiB is refused before it is parsed")
    func size() throws {
        let path = try write("name: x\n# " + String(repeating: "y", count: Limits.maxScenarioBytes) + "\n", "big.yaml")
        let error = #expect(throws: ScenarioError.self) { try ScenarioFile.load(path: path) }
        #expect("\(error.map { "\($0)" } ?? "")".contains("more than the limit of 1 MiB for a scenario file"))
    }

    @Test("a few aliases within the limit still load")
    func aliasesAllowed() throws {
        let root = try ScenarioFile.loadYAML("codes: &c [\"32\", \"33\"]\nagain: *c\n", file: "s.yaml") as? [String: Any]
        #expect((root?["again"] as? [Any])?.count == 2)
    }

    @Test("inputs saved by the indicators and scenario fuzz targets read or fail cleanly")
    func fuzzCrashRegressions() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz-crashes")
        func inputs(_ target: String) -> [URL] {
            let directory = folder.appendingPathComponent(target)
            return ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
                .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted().map { directory.appendingPathComponent($0) }
        }
        for input in inputs("indicators") {
            let bytes = Array(try Data(contentsOf: input))
            guard let reader = try? CSVReader(bytes: bytes, file: "fuzz.csv"), reader.header.count >= 2 else { continue }
            let header = reader.header
            _ = try? IndicatorTable.load(bytes: bytes, file: "fuzz.csv",
                                         columns: IndicatorColumns(code: header[0], value: header[1], population: header.count > 2 ? header[2] : nil))
        }
        for input in inputs("scenario") { _ = try? ScenarioFile.load(path: input.path) }
    }
}

/// The input the scenario fuzz target found: a mapping key that is a list stopped the process
/// inside Yams (`String.construct(from:)!` in Constructor.swift). It is now a ScenarioError.
@Suite("Scenario fuzz findings")
struct ScenarioFuzzFindingTests {
    @Test("a mapping whose key is a list or a mapping is refused, not a crash")
    func nonScalarKey() throws {
        for text in ["\n  ? #r]\n  - gr%t: 2.\n", "? [a, b]\n: 1\n", "{[x]: 1}\n", "name: x\nphases:\n  - {{a: b}: 1}\n"] {
            let error = #expect(throws: ScenarioError.self) { try ScenarioFile.loadYAML(text, file: "s.yaml") }
            #expect(error?.message.contains("a key must be text, not a list or a mapping") == true, "\(text): \(String(describing: error))")
        }
    }
}
