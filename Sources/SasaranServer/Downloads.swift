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
        File(name: "list.xlsx", format: .xlsx, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        File(name: "annex.pdf", format: .pdf, contentType: "application/pdf"),
        File(name: "scenario.yaml", format: nil, contentType: "application/yaml; charset=utf-8"),
    ]

    /// The name a browser saves the scenario download under, which the manifest of every
    /// changed scenario lists: `sasaran rank --scenario sasaran-scenario.yaml` run beside the
    /// download writes the very bytes the server sent.
    static let scenarioFileName = "sasaran-scenario.yaml"

    /// The scenario file (YAML) that reproduces the base with `override` applied.
    static func scenarioFile(workbench: Workbench, override: [String: Any], uploads: SessionUploads) throws -> [UInt8] {
        let document = try workbench.document(override, upload: uploads.path)
        _ = try document.scenario()
        return Array(uploads.scrub(try document.yaml(comment: "Scenario saved from the Sasaran workbench; run it with: sasaran rank --scenario FILE")).utf8)
    }

    static func file(named name: String) throws -> File {
        guard let file = files.first(where: { $0.name == name }) else {
            throw RequestProblem(status: .notFound, kind: "not-found",
                                 detail: "no download \(name); there are \(files.map(\.name).joined(separator: ", "))")
        }
        return file
    }

    /// The bytes of `file` for the base with `override` applied, made whole in memory (the
    /// workbook and the PDF annex too) before any is sent, so a failed download sends none.
    /// An uploaded table is named by its upload name (`uploads` scrubs the folder): the saved
    /// scenario reads it from beside itself.
    static func render(_ file: File, workbench: Workbench, override: [String: Any], language: ReportLanguage,
                       uploads: SessionUploads) throws -> [UInt8] {
        guard let format = file.format else { return try scenarioFile(workbench: workbench, override: override, uploads: uploads) }
        let result = try uploads.run(workbench, override)
        return try PriorityListEmitter.renderBytes(result, format: format, options: EmitOptions(language: language))
    }
}
