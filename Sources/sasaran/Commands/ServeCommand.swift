import ArgumentParser
import Foundation

/// `sasaran serve`: runs the workbench server, `sasaran-serve`, found beside this binary (it is
/// its own product so that the CLI builds without the HTTP stack). Every argument is passed on.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the planner's workbench (a page and a JSON API) on this machine.",
        discussion: """
        Runs sasaran-serve from the folder of this binary with the same arguments: \
        sasaran serve [--scenario FILE] [--port N] [--host H --token T]. Without --scenario it \
        serves the embedded default. `sasaran serve --help` shows every option once it is built \
        (swift build --product sasaran-serve).
        """)

    @Argument(parsing: .captureForPassthrough, help: "Arguments for sasaran-serve (--scenario, --port, --host, --token, …).")
    var arguments: [String] = []

    func run() throws {
        // The running executable itself (argv[0] may be a bare name found on PATH).
        let binary = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath()
        let server = Self.server(beside: binary)
        guard FileManager.default.isExecutableFile(atPath: server.path) else {
            throw ValidationError("sasaran serve needs \(server.path), which is not built; build it with: swift build --product sasaran-serve")
        }
        let argv = [server.path] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        execv(server.path, &cArguments)
        let reason = String(cString: strerror(errno))
        throw ValidationError("cannot run \(server.path): \(reason)")
    }

    static func server(beside binary: URL) -> URL {
        binary.deletingLastPathComponent().appendingPathComponent("sasaran-serve")
    }
}
