import Foundation
import Hummingbird
import Logging
import HummingbirdCore
import NIOCore
import ServiceLifecycle
import Sasaran
import SasaranReport

/// `sasaran serve`: the workbench's HTTP server. It loads the scenario's inputs once
/// (``Workbench``) and answers each change from memory; see ``routes`` for what it answers.
public struct WorkbenchServer: Sendable {
    public let options: ServerOptions
    let workbench: Workbench
    let gate: ConcurrencyGate
    let logger: Logger
    let assets: [String: (bytes: [UInt8], type: String)]
    let openAPI: [UInt8]
    /// The sessions' uploaded tables.
    let uploads: UploadStore

    /// Checks the options and loads the scenario (errors say what the CLI says).
    public init(options: ServerOptions, logger: Logger = Logger(label: "sasaran.serve")) throws {
        try options.validate()
        self.options = options
        self.logger = logger
        let scenario = try options.scenarioPath ?? EmbeddedScenario.locate()
        workbench = try Workbench(scenarioPath: scenario)
        gate = ConcurrencyGate(limit: options.maxConcurrent)
        var assets: [String: (bytes: [UInt8], type: String)] = [:]
        for file in PageAssets.files { assets[file.path] = (try PageAssets.load(file.name), file.type) }
        self.assets = assets
        openAPI = try PageAssets.openAPI()
        uploads = try UploadStore()
    }

    /// The scenario file the server runs.
    public var scenarioPath: String { workbench.scenarioPath }

    /// The routes, registered on `router`; returns what was registered.
    @discardableResult
    func routes(_ router: Router<BasicRequestContext>) -> [RegisteredRoute] {
        var r = RecordingRouter(router)
        let workbench = self.workbench, gate = self.gate, maxBody = options.maxBodyBytes, store = uploads
        for (path, asset) in assets {
            r.get(path) { _, _ in
                var headers: HTTPFields = [.contentType: asset.type]
                headers[.cacheControl] = "no-cache"
                return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: asset.bytes)))
            }
        }
        let openAPI = self.openAPI
        r.get("/api/openapi.json") { _, _ in Self.respond(openAPI, type: "application/json") }
        r.get("/api/health") { _, _ in
            let health = Health(status: "ok", scenario: workbench.base.values["name"] as? String ?? workbench.scenarioPath,
                                version: ScenarioRunner.version)
            return Self.respond(Array(try JSONText.encode(health).utf8), type: "application/json")
        }
        r.get("/api/scenario") { _, _ in
            Self.respond(Array(try JSONText.encode(ScenarioSummary(workbench)).utf8), type: "application/json")
        }
        r.post("/api/rank") { request, _ in
            let override = try OverrideBody.parse(try await Self.body(of: request, limit: maxBody))
            let uploads = Self.uploads(store, request)
            let json = try await gate.run {
                let result = try uploads.run(workbench, override)
                return uploads.scrub(try uploads.guarded { try PriorityListEmitter.render(result, format: .json) })
            }
            return Self.respond(Array(json.utf8), type: "application/json")
        }
        analysisRoutes(&r)
        r.get("/api/map.svg") { request, _ in
            let language = try Self.language(request)
            let svg = try await gate.run {
                try PriorityListEmitter.render(try workbench.run([:]), format: .svg, options: EmitOptions(language: language))
            }
            var response = Self.respond(Array(svg.utf8), type: "image/svg+xml")
            response.headers[.cacheControl] = "private, max-age=3600"
            return response
        }
        r.get("/api/download/:file") { request, context in
            let file = try Downloads.file(named: context.parameters.get("file") ?? "")
            let override = try OverrideBody.parse(query: request.uri.queryParameters.get("scenario"))
            let language = try Self.language(request)
            let uploads = Self.uploads(store, request)
            let bytes = try await gate.run {
                try uploads.guarded { try Downloads.render(file, workbench: workbench, override: override, language: language, uploads: uploads) }
            }
            var response = Self.respond(bytes, type: file.contentType)
            response.headers[.contentDisposition] = "attachment; filename=\"sasaran-\(file.name)\""
            // A downloaded report opened from here runs nothing of this origin.
            response.headers[FieldName("Content-Security-Policy")!] = "sandbox"
            return response
        }
        return r.routes
    }

    /// The registered routes (for the OpenAPI test).
    public func registeredRoutes() -> [RegisteredRoute] {
        routes(Router())
    }

    /// Serves until SIGTERM or SIGINT, then finishes the requests in flight and stops.
    /// `onListening` is told the bound port (useful with port 0).
    public func run(onListening: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        let router = Router()
        router.add(middleware: AccessLogMiddleware(logger: logger))
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ProblemMiddleware())
        router.add(middleware: AccessGuardMiddleware(token: options.token))
        routes(router)
        var http = HTTP1Channel.Configuration()
        http.idleTimeout = .milliseconds(Int64(options.idleTimeout * 1000))
        let app = Application(
            router: router,
            server: .http1(configuration: http),
            configuration: ApplicationConfiguration(address: .hostname(options.host, port: options.port), serverName: nil,
                                                    backlog: 1024, availableConnectionsDelegate: MaximumAvailableConnections(options.maxConnections)),
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? 0) },
            logger: logger)
        defer { uploads.removeAll() }
        try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }

    static func respond(_ bytes: [UInt8], type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// The request body, refused (413) past `limit` bytes: by its Content-Length before any is
    /// read, else as it arrives.
    static func body(of request: Request, limit: Int) async throws -> [UInt8] {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit { throw RequestProblem.tooLarge(limit) }
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return Array(buffer.readableBytesView)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw RequestProblem.tooLarge(limit)
        }
    }

    static func language(_ request: Request) throws -> ReportLanguage {
        guard let text = request.uri.queryParameters.get("lang") else { return .en }
        guard let language = ReportLanguage(rawValue: text) else {
            throw RequestProblem.invalid("lang \(text): give en or id")
        }
        return language
    }
}

/// `GET /api/health`.
struct Health: Encodable {
    var status: String
    var scenario: String
    var version: String
}

/// `GET /api/scenario`: what the page starts from — the base scenario's keys a request may
/// change (no file paths), and the values of its filter columns (the years).
struct ScenarioSummary: Encodable {
    var name: String
    var keys: [String: AnyText]
    var filters: [String: [String]]

    init(_ workbench: Workbench) {
        name = workbench.base.values["name"] as? String ?? workbench.scenarioPath
        var keys: [String: AnyText] = [:]
        for key in OverrideBody.allowedKeys where key != "indicators" {
            if let value = workbench.base.values[key] { keys[key] = AnyText(value) }
        }
        if let indicators = workbench.base.values["indicators"] as? [String: Any], let filters = indicators["where"] {
            keys["where"] = AnyText(filters)
        }
        self.keys = keys
        filters = workbench.filterValues
    }
}

/// A parsed YAML value (text, lists, mappings) as JSON.
struct AnyText: Encodable {
    let value: Any
    init(_ value: Any) { self.value = value }

    func encode(to encoder: Encoder) throws {
        switch value {
        case let map as [String: Any]:
            var container = encoder.container(keyedBy: Key.self)
            for (key, inner) in map { try container.encode(AnyText(inner), forKey: Key(stringValue: key)) }
        case let list as [Any]:
            var container = encoder.unkeyedContainer()
            for inner in list { try container.encode(AnyText(inner)) }
        default:
            var container = encoder.singleValueContainer()
            if let text = value as? String { try container.encode(text) } else { try container.encodeNil() }
        }
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
