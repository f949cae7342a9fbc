import Foundation
import Testing
import TestSupport

/// The help texts, compared with snapshots in `Tests/CLITests/Golden/` (as swift-argument-parser
/// tests its own examples): a flag renamed or a help line changed shows here. After a deliberate
/// change, regenerate with `UPDATE_GOLDEN=1 swift test --filter HelpGoldenTests`.
@Suite("Help texts")
struct HelpGoldenTests {
    static let commands = ["", "rank", "inspect", "locate", "aggregate", "run", "compare", "curve", "uncertainty", "years",
                           "budget", "adjacency", "pockets", "hotspots", "convergence", "households", "serve"]

    @Test("each command's help equals its snapshot", arguments: commands)
    func help(command: String) throws {
        let run = try Sasaran.run(command.isEmpty ? ["--help"] : ["help", command])
        #expect(run.status == 0)
        let golden = SharedData.projectRoot.appendingPathComponent("Tests/CLITests/Golden/help\(command.isEmpty ? "" : "-" + command).txt")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try Data(run.stdout.utf8).write(to: golden)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(run.stdout == expected, "help of \(command.isEmpty ? "sasaran" : command) changed; see \(golden.lastPathComponent)")
    }
}
