import Sasaran

/// Writes the priority list of a run in any of the ``PriorityListFormat``s.
///
/// ```swift
/// let result = try ScenarioRunner.run(scenario)
/// let csv = try PriorityListEmitter.render(result, format: .csv)
/// try AtomicFileWriter.write(csv, to: "priority.csv")
/// ```
///
/// Every format is deterministic: the same result gives the same bytes.
public enum PriorityListEmitter {
    /// The list of `result` as text in `format`.
    public static func render(_ result: RunResult, format: PriorityListFormat, options: EmitOptions = EmitOptions()) throws -> String {
        switch format {
        case .table: return TableEmitter.render(result)
        case .csv: return CSVEmitter.render(result)
        case .json: return try JSONEmitter.render(result)
        case .geojson: return try GeoJSONEmitter.render(result, allRegions: options.allRegions)
        case .md: return MarkdownEmitter.render(result, notice: options.notice)
        case .svg: return try HTMLReport.map(result, options: ReportOptions(options))
        case .html: return try HTMLReport.render(result, options: ReportOptions(options))
        }
    }
}
