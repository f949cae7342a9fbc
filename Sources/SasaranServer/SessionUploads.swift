import Foundation
import Sasaran

/// One request's view of its session's uploads (``UploadStore``): the tables it may name, and
/// the scrubbing that keeps the server's folder out of every answer, errors included.
struct SessionUploads: Sendable {
    let store: UploadStore
    /// The session the request's cookie names, if any.
    let session: String?

    /// The server path of the uploaded table `name`.
    func path(_ name: String) throws -> String { try store.path(of: name, session: session) }

    /// `text` without the upload folder (a request of no session names no upload, so its
    /// answers are not searched: a ranked list is tens of kilobytes).
    func scrub(_ text: String) -> String { session == nil ? text : store.scrub(text) }

    /// Runs `override` on `workbench` with this session's uploads; the manifest and the
    /// scenario name an uploaded table by its name only. A changed scenario's manifest lists
    /// as its scenario file the download that reproduces it (``Downloads/scenarioFileName``,
    /// with that file's checksum), so the CLI run on the download writes the same bytes.
    func run(_ workbench: Workbench, _ override: [String: Any], extraColumns: [String] = []) throws -> RunResult {
        var result = try guarded { try workbench.run(override, extraColumns: extraColumns, upload: path) }
        if !override.isEmpty, let k = result.manifest.inputs.firstIndex(where: { $0.role == "scenario" }) {
            let saved = try guarded { try Downloads.scenarioFile(workbench: workbench, override: override, uploads: self) }
            result.manifest.inputs[k] = .of(role: "scenario", path: Downloads.scenarioFileName, contents: saved)
        }
        for k in result.manifest.inputs.indices { result.manifest.inputs[k].path = scrub(result.manifest.inputs[k].path) }
        result.manifest.warnings = result.manifest.warnings.map(scrub)
        result.scenario.indicators.path = scrub(result.scenario.indicators.path)
        return result
    }

    /// `body`, with an engine error's words scrubbed of the upload folder (a refused request
    /// passes as it is).
    func guarded<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let problem as RequestProblem {
            throw problem
        } catch {
            throw RequestProblem.invalid(scrub("\(error)"))
        }
    }
}
