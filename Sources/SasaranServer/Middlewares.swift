import Foundation
import Hummingbird
import Logging

/// A header field name (HTTPTypes' `HTTPField.Name`, reached through Hummingbird's exports).
typealias FieldName = HTTPFields.Element.Name

/// Turns every error (a refused request, an engine error, no such route) into a problem
/// document (``ProblemDetails``), so a client always gets `application/problem+json`.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            return ProblemDetails.response(ProblemDetails.problem(for: error, path: request.uri.path), instance: request.uri.path)
        }
    }
}

/// One structured log line per request (method, path, status, milliseconds, body bytes), at
/// info level, through swift-log. The query (which may hold a scenario) is not logged.
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        logger.info("request", metadata: [
            "method": .string(request.method.rawValue),
            "path": .string(request.uri.path),
            "status": .stringConvertible(response.status.code),
            "ms": .string(String(format: "%.2f", ms)),
            "bytes": .stringConvertible(response.body.contentLength ?? -1),
        ])
        return response
    }
}

/// Headers on every answer: a Content-Security-Policy that runs only the server's own script
/// file (no inline script, nothing from elsewhere), no sniffing, no framing, no referrer.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var contentSecurityPolicy: String { "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[FieldName("Content-Security-Policy")!] = Self.contentSecurityPolicy
        response.headers[FieldName("X-Content-Type-Options")!] = "nosniff"
        response.headers[FieldName("X-Frame-Options")!] = "DENY"
        response.headers[FieldName("Referrer-Policy")!] = "no-referrer"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}

/// The API's guard: with a token, every `/api/` request must send `Authorization: Bearer
/// TOKEN` (compared in constant time); without one (loopback only), a request must name a
/// loopback host, so a page elsewhere cannot reach the server by DNS rebinding. The page and its
/// script need no token (they hold no data); the page reads the token from its URL fragment.
struct AccessGuardMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: String?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let token {
            if request.uri.path.hasPrefix("/api/") {
                let sent = request.headers[.authorization] ?? ""
                guard sent.hasPrefix("Bearer "), Self.equal(Array(sent.utf8.dropFirst(7)), Array(token.utf8)) else {
                    throw RequestProblem.unauthorized
                }
            }
        } else {
            let host = request.head.authority ?? ""
            guard Self.isLoopbackAuthority(host) else {
                throw RequestProblem(status: .misdirectedRequest, kind: "host", detail: "this server answers only requests to 127.0.0.1, localhost or [::1] (start it with --host and --token to serve others)")
            }
        }
        return try await next(request, context)
    }

    static func isLoopbackAuthority(_ authority: String) -> Bool {
        var host = authority
        if host.hasPrefix("[") { host = String(host.prefix { $0 != "]" }) + "]" } else if let colon = host.lastIndex(of: ":") { host = String(host[..<colon]) }
        return ServerOptions.isLoopback(host)
    }

    /// Compares in time independent of where the first difference is.
    static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for k in 0..<max(a.count, b.count) { difference |= (k < a.count ? a[k] : 0) ^ (k < b.count ? b[k] : 0) }
        return difference == 0
    }
}
