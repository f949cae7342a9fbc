import Sasaran

/// One table of a household report as CSV (``HouseholdsTable``): exact numbers, `<N` where a
/// cell is suppressed, empty where a figure is undefined, text guarded against formulas
/// (``CSVEmitter/text(_:)``).
enum HouseholdsCSVEmitter {
    static func render(_ report: HouseholdReport, table: HouseholdsCSVTable) throws -> String {
        let typed = try HouseholdsTable.make(report, table)
        let mark = "<\(report.minCell)"
        var lines = [typed.columns.map { CSVEmitter.text($0.title) }]
        for row in typed.rows {
            lines.append(row.map { value in
                switch value {
                case let .text(text): return CSVEmitter.text(text)
                case let .number(x): return NumberText.exact(x) ?? ""
                case .suppressed: return mark
                case .undefined: return ""
                }
            })
        }
        return lines.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}
