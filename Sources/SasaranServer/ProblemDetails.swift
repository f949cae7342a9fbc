import Foundation
import Hummingbird
import SasaranReport

/// RFC 9457 problem details: every error the server answers is one JSON object of `type`,
/// `title`, `status` and `detail` (the CLI's words for the same error), as
/// `application/problem+json`.
enum ProblemDetails {
    /// The members of a problem document.
    struct Document: Encodable {
        var type: String
        var title: String
        var status: Int
        var detail: String
        var instance: String
    }

    static let contentType = "application/problem+json"

    /// The response for `problem`.
    static func response(_ problem: RequestProblem, instance: String) -> Response {
        let document = Document(type: "urn:sasaran:problem:\(problem.kind)", title: problem.status.reasonPhrase,
                                status: problem.status.code, detail: problem.detail, instance: instance)
        let body = (try? JSONText.encode(document)) ?? "{}\n"
        var headers: HTTPFields = [.contentType: contentType]
        if problem.status == .tooManyRequests { headers[.retryAfter] = "1" }
        if problem.status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"sasaran\"" }
        return Response(status: problem.status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    /// The problem an error thrown while answering stands for: a refused request keeps its
    /// status; an error of the engine (a scenario key, a constraint, a join) is the request's
    /// fault (422) and says what the CLI would say.
    static func problem(for error: Error, path: String) -> RequestProblem {
        switch error {
        case let problem as RequestProblem: return problem
        case let http as HTTPError where http.status == .notFound: return .notFound(path)
        case let http as HTTPError where http.status == .contentTooLarge: return .init(status: .contentTooLarge, kind: "too-large", detail: http.body ?? "the request body is too large")
        case let http as HTTPError:
            return .init(status: http.status, kind: "http", detail: http.body ?? http.status.reasonPhrase)
        case let http as HTTPResponseError:
            return .init(status: http.status, kind: "http", detail: http.status.reasonPhrase)
        default:
            return .invalid("\(error)")
        }
    }
}
