import Sasaran

/// The list as CSV: a header, then one row per selected region in rank order.
///
/// Fields holding a comma, quote, CR or LF are quoted with doubled quotes (RFC 4180); lines end
/// with LF. Text cells that a spreadsheet would run as a formula get a leading apostrophe
/// (``FormulaGuard``). Numbers are exact (``NumberText/exact(_:)``); a missing population or
/// rate is an empty cell.
enum CSVEmitter {
    /// The columns, in order.
    static let header = ["rank", "code", "name", "parent", "parent_name", "value", "population", "rate", "share",
                         "cumulative_share", "phase", "phase_name", "why"]

    static func render(_ result: RunResult) -> String {
        let indexFields = IndexFields(result)
        // With levels (--levels), each region's unit at every level, after the index fields.
        let levels = result.scenario.hierarchy?.levels.map(\.name) ?? []
        var lines = [(header + indexFields.keys.map(text) + levels.map(text)).joined(separator: ",")]
        lines.reserveCapacity(result.selection.entries.count + 1)
        for entry in result.selection.entries {
            let cells = [
                String(entry.rank), text(entry.code), text(entry.name), text(entry.parent), text(entry.parentName ?? ""),
                number(entry.value), number(entry.population), number(entry.rate), number(entry.share),
                number(entry.cumulativeShare), String(entry.phase), text(entry.phaseName), text(entry.why.rawValue),
            ]
            let units = levels.isEmpty ? [] : result.join.regions[entry.index].key.units.map(text)
            lines.append((cells + indexFields.csvCells(entry.index) + units).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A text cell: guarded against formulas, then quoted where needed.
    static func text(_ value: String) -> String {
        let guarded = FormulaGuard.isFormulaLike(value) ? "'" + value : value
        guard guarded.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else {
            return guarded
        }
        return "\"" + guarded.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func number(_ x: Double?) -> String {
        x.flatMap(NumberText.exact) ?? ""
    }
}
