import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TestSupport

/// A `sasaran-serve` (or `sasaran serve`) process on a free loopback port, run from the project
/// root as a user would, and stopped with SIGTERM.
final class ServerProcess {
    let process = Process()
    let port: Int
    private let errors = Pipe()

    /// The built binaries beside the test bundle (`.build/<config>/`).
    static func binary(_ name: String) -> URL {
        let besideTests = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        let argumentsFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [argumentsFolder, argumentsFolder.deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return SharedData.projectRoot.appendingPathComponent(".build/debug/\(name)")
    }

    struct StartFailed: Error, CustomStringConvertible { var description: String }

    /// Starts the server with `arguments` (a free port is asked for with `--port 0`) and waits
    /// for its first line, which names the port.
    init(_ arguments: [String], binary: String = "sasaran-serve", subcommand: [String] = []) throws {
        process.executableURL = Self.binary(binary)
        process.arguments = subcommand + arguments + ["--port", "0"]
        process.currentDirectoryURL = SharedData.projectRoot
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errors
        try process.run()
        var line = Data()
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            let byte = out.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data([0x0A]) { break }
            line.append(byte)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let range = text.range(of: #":(\d+)/$"#, options: .regularExpression),
              let port = Int(text[range].dropFirst().dropLast()) else {
            process.terminate()
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw StartFailed(description: "the server did not start: \(text) \(stderr)")
        }
        self.port = port
        // Drain the access log so the server never blocks on a full pipe.
        errors.fileHandleForReading.readabilityHandler = { handle in _ = handle.availableData }
    }

    var base: String { "http://127.0.0.1:\(port)" }

    /// Stops the server with SIGTERM; its exit status (0 after a graceful shutdown).
    @discardableResult
    func stop() -> Int32 {
        if process.isRunning {
            process.terminate()
            let deadline = Date().addingTimeInterval(20)
            while process.isRunning, Date() < deadline { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        process.waitUntilExit()
        errors.fileHandleForReading.readabilityHandler = nil
        return process.terminationStatus
    }

    deinit { if process.isRunning { process.terminate() } }
}

/// A plain HTTP exchange, for the tests.
struct HTTPAnswer {
    var status: Int
    var headers: [String: String]
    var body: Data
    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as a JSON object.
    func json() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: body) as? [String: Any] ?? [:]
    }

    func header(_ name: String) -> String? {
        headers.first { $0.key.lowercased() == name.lowercased() }?.value
    }
}

enum HTTP {
    /// A client that keeps no cookies: a test sends a session's cookie itself, so a request
    /// without one is a request of no session.
    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.httpCookieStorage = nil
        return URLSession(configuration: configuration)
    }()

    static func request(_ method: String, _ url: String, body: Data? = nil, headers: [String: String] = [:]) async throws -> HTTPAnswer {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = method
        request.httpBody = body
        request.timeoutInterval = 120
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        if body != nil, headers["Content-Type"] == nil { request.setValue("application/json", forHTTPHeaderField: "Content-Type") }
        let (data, response) = try await session.data(for: request)
        let http = response as! HTTPURLResponse
        var fields: [String: String] = [:]
        for (key, value) in http.allHeaderFields { fields["\(key)"] = "\(value)" }
        return HTTPAnswer(status: http.statusCode, headers: fields, body: data)
    }

    static func post(_ url: String, json: String, headers: [String: String] = [:]) async throws -> HTTPAnswer {
        try await request("POST", url, body: Data(json.utf8), headers: headers)
    }

    static func get(_ url: String, headers: [String: String] = [:]) async throws -> HTTPAnswer {
        try await request("GET", url, headers: headers)
    }
}

/// Runs the built `sasaran` from the project root.
func sasaran(_ arguments: [String]) throws -> ToolRun {
    try ToolRun.run(ServerProcess.binary("sasaran"), arguments, in: SharedData.projectRoot)
}
