import Hummingbird

/// The routes the server registers, recorded as they are registered, so a test can hold the
/// OpenAPI document (``PageAssets/openAPI``) against what the server really answers.
public struct RegisteredRoute: Hashable, Sendable, CustomStringConvertible {
    public var method: String
    /// The path in OpenAPI form (`/api/download/{file}`).
    public var path: String
    public var description: String { "\(method) \(path)" }
}

/// A router that records each route it is given.
struct RecordingRouter<Context: RequestContext> {
    let router: Router<Context>
    private(set) var routes: [RegisteredRoute] = []

    init(_ router: Router<Context>) { self.router = router }

    /// Registers `handler` for GET `path` (Hummingbird's `:name` for a parameter).
    mutating func get(_ path: String, _ handler: @escaping @Sendable (Request, Context) async throws -> Response) {
        router.get(RouterPath(path), use: handler)
        routes.append(RegisteredRoute(method: "get", path: Self.openAPIPath(path)))
    }

    /// Registers `handler` for POST `path`.
    mutating func post(_ path: String, _ handler: @escaping @Sendable (Request, Context) async throws -> Response) {
        router.post(RouterPath(path), use: handler)
        routes.append(RegisteredRoute(method: "post", path: Self.openAPIPath(path)))
    }

    static func openAPIPath(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { part in
            part.hasPrefix(":") ? "{\(part.dropFirst())}" : String(part)
        }.joined(separator: "/")
    }
}
