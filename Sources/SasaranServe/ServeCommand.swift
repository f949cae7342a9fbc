import ArgumentParser
import Foundation
import Logging
import SasaranServer

/// `sasaran-serve` (run as `sasaran serve`): the planner's workbench, a page and a JSON API over
/// the engine, on this machine only unless given a host and a token.
@main
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sasaran serve",
        abstract: "Serve the planner's workbench: a page and a JSON API over the same engine.",
        discussion: """
        Loads the scenario's boundaries and tables once, then answers each change from memory. \
        Open http://127.0.0.1:PORT/ in a browser. POST /api/rank with a JSON object of scenario keys \
        ({"target": 0.5, "lock-in": ["32.01"]}) answers the document of `sasaran rank --format json`; \
        /api/openapi.json describes the API. Without --scenario, the embedded default \
        (scenarios/default-2025.yaml) is served.

        Binds 127.0.0.1. Any other --host needs --token (or SASARAN_TOKEN): every API request must \
        then send Authorization: Bearer TOKEN; the page takes it from its address, #token=TOKEN. \
        Stops cleanly on SIGTERM or SIGINT.

        Examples:
          sasaran serve
          sasaran serve --scenario scenarios/design-2021.yaml --port 8080
        """)

    @Option(help: "Scenario file (YAML); by default the embedded default scenario.")
    var scenario: String?

    @Option(help: "Port to listen on (0: any free port, printed at start).")
    var port: Int = 8080

    @Option(help: "Address to bind; anything but loopback needs --token.")
    var host: String = "127.0.0.1"

    @Option(help: "Bearer token the API requires (at least 16 characters); also read from SASARAN_TOKEN.")
    var token: String?

    @Option(help: "Largest request body, in bytes.")
    var maxBody: Int = 1 << 20

    @Option(help: "Rankings and downloads computed at once at most; more are refused with 429.")
    var maxConcurrent: Int = 4

    @Option(help: "Open connections at most.")
    var maxConnections: Int = 4096

    @Option(help: "Seconds before an idle or stalled connection is closed.")
    var idleTimeout: Double = 30

    func run() async throws {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
            return handler
        }
        let options = ServerOptions(scenarioPath: scenario, host: host, port: port,
                                    token: token ?? ProcessInfo.processInfo.environment["SASARAN_TOKEN"],
                                    maxBodyBytes: maxBody, maxConcurrent: maxConcurrent, maxConnections: maxConnections,
                                    idleTimeout: idleTimeout)
        let server: WorkbenchServer
        do { server = try WorkbenchServer(options: options) } catch let error as ServerStartError {
            throw ValidationError(error.description)
        }
        let host = options.host.contains(":") && !options.host.hasPrefix("[") ? "[\(options.host)]" : options.host
        let scenario = server.scenarioPath
        try await server.run { port in
            // The first line on standard output says where the page is (tests read it).
            print("serving \(scenario) on http://\(host):\(port)/", terminator: "\n")
            fflush(stdout)
        }
    }
}
