import Foundation
import Hummingbird

/// A request the server refuses, as an RFC 9457 problem: its status, a type and the words the
/// CLI uses for the same error.
public struct RequestProblem: Error, CustomStringConvertible {
    public var status: HTTPResponse.Status
    /// A short identifier of the kind of problem; the problem's `type` is `urn:sasaran:problem:<kind>`.
    public var kind: String
    public var detail: String

    public var description: String { detail }

    static func badJSON(_ detail: String) -> RequestProblem { .init(status: .badRequest, kind: "bad-json", detail: detail) }
    static func tooDeep(_ detail: String) -> RequestProblem { .init(status: .badRequest, kind: "too-complex", detail: detail) }
    static func invalid(_ detail: String) -> RequestProblem { .init(status: .unprocessableContent, kind: "invalid-scenario", detail: detail) }
    static func tooLarge(_ limit: Int) -> RequestProblem {
        .init(status: .contentTooLarge, kind: "too-large", detail: "the request body is larger than \(limit) bytes, the limit of this server")
    }
    static let busy = RequestProblem(status: .tooManyRequests, kind: "busy",
                                     detail: "the server is running as many rankings as it allows at once; try again in a moment")
    static let unauthorized = RequestProblem(status: .unauthorized, kind: "unauthorized",
                                             detail: "this server needs its token: send the header Authorization: Bearer TOKEN")
    static func notFound(_ path: String) -> RequestProblem {
        .init(status: .notFound, kind: "not-found", detail: "no such resource: \(path) (the API is described at /api/openapi.json)")
    }
}
