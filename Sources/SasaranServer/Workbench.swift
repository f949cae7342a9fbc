import Foundation
import Sasaran
import SasaranIO
import SasaranReport

/// The engine behind the server: the base scenario read once, its inputs loaded once into a
/// ``Workspace``, and every request run as the base with the request's overrides applied. It
/// holds no state of any browser session (a session's scenario lives in its page and comes with
/// each request), so the only thing requests share is the read-only data.
public final class Workbench: Sendable {
    /// The base scenario, as read from its file.
    public let base: ScenarioDocument
    /// The scenario path as given on the command line: the manifest lists it as `rank` does.
    public let scenarioPath: String
    private let workspace: Workspace
    /// The values of the base's filter columns in the indicator table (the years a page offers).
    public let filterValues: [String: [String]]

    /// Reads the scenario file and runs it once, so the layer and tables are loaded (and any
    /// error in them is found) before the server answers.
    public init(scenarioPath: String) throws {
        self.scenarioPath = scenarioPath
        base = try ScenarioDocument.load(path: scenarioPath)
        workspace = Workspace()
        let scenario = try base.scenario()
        _ = try workspace.run(scenario, extraInputs: [("scenario", scenarioPath)])
        filterValues = try Self.values(of: scenario.indicators.columns.filters.map(\.column), in: scenario.indicators.path)
    }

    /// The base with `override` applied (keys already checked by ``OverrideBody``). An uploaded
    /// table (`indicators.upload`, found by `upload`) replaces the base's indicator table whole:
    /// its path, columns and filters are the override's.
    public func document(_ override: [String: Any], upload: (String) throws -> String = Workbench.noUploads) throws -> ScenarioDocument {
        guard !override.isEmpty else { return base }
        var override = override
        var table: [String: Any]?
        if var indicators = override["indicators"] as? [String: Any], let name = indicators["upload"] as? String {
            guard indicators["code-column"] != nil, indicators["value"] != nil else {
                throw RequestProblem.invalid("the request, key \"indicators.upload\": give indicators.code-column and indicators.value too, the columns of the uploaded table")
            }
            indicators["upload"] = nil
            indicators["path"] = try upload(name)
            table = indicators
            override["indicators"] = nil
        }
        let document = override.isEmpty ? base : base.overriding(override, source: "the request")
        return table.map { document.setting("indicators", to: $0) } ?? document
    }

    /// Refuses every uploaded table (a caller without a session).
    public static func noUploads(_ name: String) throws -> String {
        throw RequestProblem.invalid("no uploaded table \(name.prefix(80)) in this session: upload it first (POST /api/upload/\(name.prefix(80)))")
    }

    /// Runs the base with `override` applied, with `extraColumns` (standard errors) read too;
    /// the manifest lists the scenario file as `rank --scenario` does, so an empty override
    /// gives `rank`'s very document.
    public func run(_ override: [String: Any], extraColumns: [String] = [],
                    upload: (String) throws -> String = Workbench.noUploads) throws -> RunResult {
        var scenario = try document(override, upload: upload).scenario()
        for column in extraColumns where !scenario.indicators.columns.extra.contains(column) {
            scenario.indicators.columns.extra.append(column)
        }
        return try workspace.run(scenario, extraInputs: [("scenario", scenarioPath)])
    }

    /// The distinct values of `columns` in the table at `path`, sorted.
    private static func values(of columns: [String], in path: String) throws -> [String: [String]] {
        guard !columns.isEmpty else { return [:] }
        let reader = try TableReader.open(path)
        let indices = try columns.map { try reader.columnIndex(of: $0) }
        var seen = Array(repeating: Set<String>(), count: columns.count)
        try reader.forEachRecord { record in
            for (k, index) in indices.enumerated() where index < record.count {
                seen[k].insert(record[index].string.trimmingCharacters(in: .whitespaces))
            }
        }
        var result: [String: [String]] = [:]
        for (k, column) in columns.enumerated() { result[column] = seen[k].filter { !$0.isEmpty }.sorted() }
        return result
    }
}
