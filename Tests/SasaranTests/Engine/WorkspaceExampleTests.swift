import Foundation
import Sasaran
import Testing
import TestSupport

/// The README's and `Workspace`'s example, compiled and run as written: if the engine's API
/// changes, this stops building before the documentation goes stale.
@Suite("The engine's documented example")
struct WorkspaceExampleTests {
    @Test("two scenarios against one workspace: the second reuses the inputs and selects fewer districts")
    func example() throws {
        let path = SharedData.projectRoot.appendingPathComponent("scenarios/default-2025.yaml").path
        // — the example, as in README.md ("How it is built") —
        let workspace = Workspace()
        var scenario = try ScenarioFile.load(path: path)
        let first = try workspace.run(scenario)
        scenario.request = TargetingRequest(rule: .coverage(0.5))
        let second = try workspace.run(scenario)
        // — end of the example —
        #expect(first.selection.entries.count == 186, "the default 75% list, as scripts/run-default prints it")
        #expect(second.selection.entries.count < first.selection.entries.count)
        #expect(second.selection.coverage >= 0.5)
        #expect(first.layer === second.layer, "the layer is loaded once")
    }
}
