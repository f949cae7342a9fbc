import Foundation

/// How the workbench server is started: where it listens, its token, and its limits.
public struct ServerOptions: Sendable {
    /// The scenario file, as given; nil for the embedded default (``EmbeddedScenario``).
    public var scenarioPath: String?
    public var host: String
    /// 0 picks a free port (the server prints the one it got).
    public var port: Int
    /// The bearer token every API request must carry; required for any host but loopback.
    public var token: String?
    /// Largest request body, in bytes (413 beyond).
    public var maxBodyBytes: Int
    /// Rankings and downloads run at once at most (429 beyond).
    public var maxConcurrent: Int
    /// Open connections at most; further ones wait in the backlog until one closes.
    public var maxConnections: Int
    /// Seconds a connection may stay idle (or a slow client take between bytes) before it is closed.
    public var idleTimeout: Double

    public init(scenarioPath: String? = nil, host: String = "127.0.0.1", port: Int = 8080, token: String? = nil,
                maxBodyBytes: Int = 1 << 20, maxConcurrent: Int = 4, maxConnections: Int = 4096, idleTimeout: Double = 30) {
        self.scenarioPath = scenarioPath; self.host = host; self.port = port; self.token = token
        self.maxBodyBytes = maxBodyBytes; self.maxConcurrent = maxConcurrent; self.maxConnections = maxConnections
        self.idleTimeout = idleTimeout
    }

    /// Whether `host` is a loopback address (127.0.0.0/8, ::1, localhost).
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    /// Refuses to serve beyond loopback without a token, and limits that make no sense.
    public func validate() throws {
        if !Self.isLoopback(host), token?.isEmpty ?? true {
            throw ServerStartError("--host \(host) serves beyond this machine: give --token TOKEN (every API request must then send Authorization: Bearer TOKEN), or bind 127.0.0.1")
        }
        if let token, token.count < 16 {
            throw ServerStartError("--token: give at least 16 characters (a random one: openssl rand -hex 16)")
        }
        guard (0...65535).contains(port) else { throw ServerStartError("--port \(port): give a port from 0 to 65535") }
        guard maxBodyBytes > 0, maxConcurrent > 0, maxConnections > 0, idleTimeout > 0 else {
            throw ServerStartError("limits must be positive")
        }
    }
}

/// The server cannot start: the message says why and what to give instead.
public struct ServerStartError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// The embedded default scenario (`scenarios/default-2025.yaml`, on the schematic boundaries in
/// `Shapefiles/`), found from the current folder or from the folder of the running binary
/// upwards (a built binary sits in `.build/<configuration>/`).
public enum EmbeddedScenario {
    public static let relativePath = "scenarios/default-2025.yaml"

    /// The path of the default scenario, as `sasaran rank --scenario` would be given it from the
    /// current folder when it is there.
    public static func locate(executable: String = Bundle.main.executablePath ?? CommandLine.arguments[0]) throws -> String {
        if FileManager.default.fileExists(atPath: relativePath) { return relativePath }
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent(relativePath).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        throw ServerStartError("no --scenario given, and the embedded default \(relativePath) is neither in the current folder nor above the binary; give --scenario FILE")
    }
}
