import Sasaran

/// The tables the terminal and Markdown emitters share: the list, the parents touched and the
/// phases. Text cells pass through `text`, so Markdown can escape them; numbers are written in
/// `form`.
enum SummaryTables {
    /// The list in rank order: rank, code, name, province (its name when known), value, share %,
    /// cumulative %, the phase when there is more than one, and why a region is in the list when
    /// any is there for another reason than its rank (locked in, a parent's minimum).
    static func list(_ selection: Selection, form: NumberForm = .plain, text: (String) -> String) -> TextTable {
        let phased = selection.phases.count > 1
        let why = selection.entries.contains { $0.why != .ranked }
        var columns: [TextTable.Column] = [
            .right("Rank"), .left("Code"), .left("Name"), .left("Province"),
            .right("Value"), .right("Share %"), .right("Cumulative %"),
        ]
        if phased { columns.append(.right("Phase")) }
        if why { columns.append(.left("Why")) }
        let values = NumberText.display(column: selection.entries.map(\.value), form: form)
        let rows = zip(selection.entries, values).map { entry, value -> [String] in
            var row = [String(entry.rank), text(entry.code), text(entry.name), text(entry.parentName ?? entry.parent), value,
                       NumberText.percent(entry.share, form: form), NumberText.percent(entry.cumulativeShare, form: form)]
            if phased { row.append(String(entry.phase)) }
            if why { row.append(entry.why.rawValue) }
            return row
        }
        return TextTable(columns: columns, rows: rows)
    }

    /// The parents with at least one region in the list, by code: regions selected of those
    /// with a value, value covered, and the share of the parent's total covered.
    static func parents(_ selection: Selection, form: NumberForm = .plain, text: (String) -> String) -> TextTable {
        let named = selection.parents.contains { $0.name != nil }
        var columns: [TextTable.Column] = [.left("Province")]
        if named { columns.append(.left("Name")) }
        columns += [.right("Selected"), .right("Of"),
            .right("Value covered"), .right("Province total"), .right("Share of province %"),
        ]
        let touched = selection.parents.filter { $0.regionsSelected > 0 }.sorted { $0.parent < $1.parent }
        let covered = NumberText.display(column: touched.map(\.valueCovered), form: form)
        let totals = NumberText.display(column: touched.map(\.parentTotal), form: form)
        let rows = touched.indices.map { k in
            [text(touched[k].parent)] + (named ? [text(touched[k].name ?? "")] : [])
                + [String(touched[k].regionsSelected), String(touched[k].regionsWithValue),
                   covered[k], totals[k], NumberText.percent(touched[k].shareOfParent, form: form)]
        }
        return TextTable(columns: columns, rows: rows)
    }

    /// What each phase added, and the list at its end.
    static func phases(_ selection: Selection, form: NumberForm = .plain, text: (String) -> String) -> TextTable {
        let columns: [TextTable.Column] = [
            .right("Phase"), .left("Name"), .left("Rule"), .right("Added"),
            .right("Share added %"), .right("Regions"), .right("Coverage %"), .left("Marginal"),
        ]
        let rows = selection.phases.map {
            [String($0.phase), text($0.name), text($0.rule.description), String($0.regionsAdded),
             NumberText.percent($0.shareAdded, form: form), String($0.regionsTotal), NumberText.percent($0.coverage, form: form),
             text($0.marginal ?? "")]
        }
        return TextTable(columns: columns, rows: rows)
    }
}
