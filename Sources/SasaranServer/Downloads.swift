import Foundation
import Sasaran
import SasaranReport

/// The files a planner downloads, each rendered by the emitter the CLI writes it with, so a
/// download equals the file `sasaran rank --scenario` writes from the downloaded scenario.
enum Downloads {
    struct File {
        var name: String
        var format: OutputFormat?
        var contentType: String
    }

    static let files: [File] = [
        File(name: "list.csv", format: .csv, contentType: "text/csv; charset=utf-8"),
        File(name: "list.json", format: .json, contentType: "application/json"),
        File(name: "list.geojson", format: .geojson, contentType: "application/geo+json"),
        File(name: "list.md", format: .md, contentType: "text/markdown; charset=utf-8"),
        File(name: "report.html", format: .html, contentType: "text/html; charset=utf-8"),
        File(name: "map.svg", format: .svg, contentType: "image/svg+xml"),
        File(name: "scenario.yaml", format: nil, contentType: "application/yaml; charset=utf-8"),
    ]

    static func file(named name: String) throws -> File {
        guard let file = files.first(where: { $0.name == name }) else {
            throw RequestProblem(status: .notFound, kind: "not-found",
                                 detail: "no download \(name); there are \(files.map(\.name).joined(separator: ", "))")
        }
        return file
    }

    /// The text of `file` for the base with `override` applied.
    static func render(_ file: File, workbench: Workbench, override: [String: Any], language: ReportLanguage) throws -> String {
        guard let format = file.format else {
            let document = workbench.document(override)
            _ = try document.scenario()
            return try document.yaml(comment: "Scenario saved from the Sasaran workbench; run it with: sasaran rank --scenario FILE")
        }
        let result = try workbench.run(override)
        return try PriorityListEmitter.render(result, format: format, options: EmitOptions(language: language))
    }
}
