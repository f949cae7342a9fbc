import Foundation
import Sasaran
import Testing
import TestSupport

/// A workspace keeps at most its capacity of indicator tables (one per distinct `where`), the
/// least recently used dropped first, and a dropped table is read again when asked for.
@Suite struct WorkspaceCacheTests {
    static func scenario(year: String) throws -> Scenario {
        let path = SharedData.projectRoot.appendingPathComponent("scenarios/default-2025.yaml").path
        return try ScenarioDocument.load(path: path).overriding(["indicators": ["where": ["tahun": year]]], source: "the test").scenario()
    }

    @Test func tablesAreBoundedLeastRecentlyUsedFirst() throws {
        let workspace = Workspace(tableCapacity: 2)
        let first = try workspace.run(Self.scenario(year: "2023"))
        _ = try workspace.run(Self.scenario(year: "2024"))
        #expect(workspace.cachedTableCount == 2)
        _ = try workspace.run(Self.scenario(year: "2023"))   // 2023 is now the most recent
        _ = try workspace.run(Self.scenario(year: "2025"))   // drops 2024
        #expect(workspace.cachedTableCount == 2)
        for year in ["2024", "2025", "2024"] { _ = try workspace.run(Self.scenario(year: year)) }
        #expect(workspace.cachedTableCount == 2)
        let again = try workspace.run(Self.scenario(year: "2023"))
        #expect(again.selection.entries.map(\.code) == first.selection.entries.map(\.code), "a table read again ranks the same")
        #expect(Workspace().tableCapacity == 8)
    }
}
