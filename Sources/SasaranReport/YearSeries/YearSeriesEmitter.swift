import Sasaran
import SasaranIO

/// The same rule over the values of a column, with churn (``YearSeries``).
///
/// - table: one line per value (districts, provinces, coverage, marginal, entering, leaving),
///   then the stable core.
/// - CSV: the same lines, with the entering and leaving codes separated by spaces.
/// - JSON: every value with its list, entering and leaving codes, and the stable core.
public enum YearSeriesEmitter {
    public static func render(_ y: YearSeries, format: OutputFormat) throws -> String {
        switch format {
        case .table:
            let table = TextTable(columns: [.left(y.column), .right("Districts"), .right("Provinces"), .right("Coverage %"),
                                            .left("Marginal"), .right("Entering"), .right("Leaving")],
                                  rows: y.steps.enumerated().map { k, step in
                let s = step.result.selection
                return [step.value, String(s.entries.count), String(s.parentsTouched.count), NumberText.percent(s.coverage),
                        s.marginal ?? "none", k == 0 ? "–" : String(step.entering.count), k == 0 ? "–" : String(step.leaving.count)]
            })
            var lines = ["The same rule for every \(y.column)", ""] + table.plain()
            lines += ["", "Stable core: \(y.stableCore.count) districts in every list; \(y.ever.count) in at least one"]
            lines += wrapped(y.stableCore)
            return ResearchText.document(lines)
        case .csv:
            let header = "\(CSVEmitter.text(y.column)),districts,provinces,coverage,marginal,entering,leaving,entering_codes,leaving_codes"
            return ResearchText.document([header] + y.steps.map { step in
                let s = step.result.selection
                return ResearchText.csvLine([CSVEmitter.text(step.value), String(s.entries.count), String(s.parentsTouched.count),
                                             ResearchText.cell(s.coverage), CSVEmitter.text(s.marginal ?? ""),
                                             String(step.entering.count), String(step.leaving.count),
                                             CSVEmitter.text(step.entering.joined(separator: " ")),
                                             CSVEmitter.text(step.leaving.joined(separator: " "))])
            })
        case .json:
            return try JSONText.encode(Document(
                column: y.column, stableCore: y.stableCore, ever: y.ever,
                steps: y.steps.map { step in
                    let s = step.result.selection
                    return Step(value: step.value, districts: s.entries.count, provinces: s.parentsTouched.count,
                                coverage: .number(s.coverage), marginal: .nullable(s.marginal), selected: s.codes,
                                entering: step.entering, leaving: step.leaving)
                }))
        default:
            throw OutputUsageError.unsupported(format, "a year series")
        }
    }

    /// Codes ten to a line.
    private static func wrapped(_ codes: [String]) -> [String] {
        stride(from: 0, to: codes.count, by: 10).map { codes[$0..<min($0 + 10, codes.count)].joined(separator: " ") }
    }

    struct Document: Encodable {
        var column: String
        var stableCore: [String]
        var ever: [String]
        var steps: [Step]
    }

    struct Step: Encodable {
        var value: String
        var districts: Int
        var provinces: Int
        var coverage: JSONScalar
        var marginal: JSONScalar
        var selected: [String]
        var entering: [String]
        var leaving: [String]
    }
}
