import Sasaran

/// The report's tables as HTML: phases, provinces, the full list and the run manifest. The
/// province and list tables sort by clicking a heading (numeric columns have class `n`).
enum ReportTables {
    /// A column: its title and whether it holds numbers.
    struct Column {
        var title: String
        var numeric: Bool
    }

    /// A table of the report: numeric columns right-aligned (class `n`).
    static func table(id: String, sortable: Bool, columns: [Column], rows: [[String]], rowClasses: [String?] = []) -> String {
        TextTable(columns: columns.map { $0.numeric ? .right($0.title) : .left($0.title) }, rows: rows)
            .html(id: id, sortable: sortable, rowClasses: rowClasses)
    }

    static func phases(_ model: ReportModel) -> String {
        let s = model.strings
        let form = s.numberForm
        let columns = [Column(title: s.phase, numeric: true), Column(title: s.name, numeric: false),
                       Column(title: s.rule, numeric: false), Column(title: s.added, numeric: true),
                       Column(title: s.shareAdded, numeric: true), Column(title: s.regionsSelected, numeric: true),
                       Column(title: s.coverage + " %", numeric: true), Column(title: s.marginal, numeric: false)]
        let rows = model.result.selection.phases.map {
            [String($0.phase), $0.name, $0.rule.description, String($0.regionsAdded), NumberText.percent($0.shareAdded, form: form),
             String($0.regionsTotal), NumberText.percent($0.coverage, form: form), $0.marginal ?? ""]
        }
        return "<section id=\"phases\">\n<h2>\(Markup.escape(s.phases))</h2>\n" + table(id: "phase-table", sortable: false, columns: columns, rows: rows) + "</section>\n"
    }

    static func provinces(_ model: ReportModel) -> String {
        let s = model.strings
        let form = s.numberForm
        let named = !model.parentNames.isEmpty
        var columns = [Column(title: s.province, numeric: false)]
        if named { columns.append(Column(title: s.provinceName, numeric: false)) }
        columns += [Column(title: s.regionsSelected, numeric: true), Column(title: s.regionsWithValue, numeric: true),
                    Column(title: s.valueCovered, numeric: true), Column(title: s.provinceTotal, numeric: true),
                    Column(title: s.shareOfProvince, numeric: true), Column(title: s.shareOfNational + " %", numeric: true)]
        let parents = model.result.selection.parents
        let covered = NumberText.display(column: parents.map(\.valueCovered), form: form)
        let totals = NumberText.display(column: parents.map(\.parentTotal), form: form)
        let rows = parents.indices.map { k -> [String] in
            let p = parents[k]
            var row = [p.parent]
            if named { row.append(model.parentNames[p.parent] ?? "") }
            row += [String(p.regionsSelected), String(p.regionsWithValue), covered[k], totals[k],
                    NumberText.percent(p.shareOfParent, form: form), NumberText.percent(p.shareOfNational, form: form)]
            return row
        }
        return "<section id=\"provinces\">\n<h2>\(Markup.escape(s.provinces))</h2>\n<p class=\"sub\">\(Markup.escape(s.provincesCaption + " " + s.clickToSort))</p>\n<div class=\"scroll\">\n"
            + table(id: "province-table", sortable: true, columns: columns, rows: rows) + "</div>\n</section>\n"
    }

    static func list(_ model: ReportModel) -> String {
        let s = model.strings
        let form = s.numberForm
        let selection = model.result.selection
        let entries = selection.entries
        let phased = selection.phases.count > 1
        let withPopulation = entries.contains { $0.population != nil }
        let why = entries.contains { $0.why != .ranked }
        let named = !model.parentNames.isEmpty
        var columns = [Column(title: s.rank, numeric: true), Column(title: s.code, numeric: false),
                       Column(title: s.name, numeric: false), Column(title: s.province, numeric: false)]
        if named { columns.append(Column(title: s.provinceName, numeric: false)) }
        columns.append(Column(title: "\(s.value) (\(model.result.scenario.indicators.columns.value))", numeric: true))
        if withPopulation { columns += [Column(title: s.population, numeric: true), Column(title: s.rate, numeric: true)] }
        columns += [Column(title: s.share + " %", numeric: true), Column(title: s.cumulative + " %", numeric: true)]
        if phased { columns.append(Column(title: s.phase, numeric: true)) }
        if why { columns.append(Column(title: s.why, numeric: false)) }
        let values = NumberText.display(column: entries.map(\.value), form: form)
        let populations = NumberText.display(column: entries.map { $0.population ?? .nan }, form: form)
        let rows = entries.indices.map { k -> [String] in
            let entry = entries[k]
            var row = [String(entry.rank), entry.code, entry.name, entry.parent]
            if named { row.append(model.parentNames[entry.parent] ?? "") }
            row.append(values[k])
            if withPopulation {
                row += [populations[k], entry.rate.map { NumberText.exact(($0 * 1e6).rounded() / 1e6).map { NumberText.localized($0, form) } ?? "–" } ?? "–"]
            }
            row += [NumberText.percent(entry.share, form: form), NumberText.percent(entry.cumulativeShare, form: form)]
            if phased { row.append(String(entry.phase)) }
            if why { row.append(s.reasons[entry.why] ?? entry.why.rawValue) }
            return row
        }
        let classes = entries.map { $0.code == selection.marginal ? "marg" : nil }
        return "<section id=\"list\">\n<h2>\(Markup.escape(s.priorityList)) (\(entries.count))</h2>\n<p class=\"sub\">\(Markup.escape(s.clickToSort))</p>\n<div class=\"scroll\">\n"
            + table(id: "list-table", sortable: true, columns: columns, rows: rows, rowClasses: classes) + "</div>\n</section>\n"
    }

    static func manifest(_ model: ReportModel) -> String {
        let s = model.strings
        let m = model.result.manifest
        let e = Markup.escape
        var out = "<section id=\"manifest\">\n<h2>\(e(s.runManifest))</h2>\n<h3>\(e(s.inputs))</h3>\n"
        out += "<table id=\"input-table\">\n<thead><tr><th>\(e(s.role))</th><th>\(e(s.file))</th><th class=\"n\">\(e(s.bytes))</th><th>SHA-256</th></tr></thead>\n<tbody>\n"
        for input in m.inputs {
            out += "<tr><td>\(e(input.role))</td><td>\(e(input.path))</td><td class=\"n\">\(input.bytes)</td><td><code>\(e(input.sha256))</code></td></tr>\n"
        }
        out += "</tbody>\n</table>\n<h3>\(e(s.parameters))</h3>\n<dl class=\"facts\">\n"
        let facts: [(String, String)] = [
            ("tool", "\(m.tool) \(m.version)"), ("scenario", m.scenario), ("boundaryFormat", m.boundaryFormat),
            ("crs", m.crs), ("encoding", m.encoding),
        ] + m.parameters.keys.sorted().map { ($0, m.parameters[$0]!) }
        out += facts.map { "<dt>\(e($0.0))</dt><dd>\(e($0.1))</dd>\n" }.joined()
        out += "</dl>\n"
        if !m.warnings.isEmpty {
            out += "<h3>\(e(s.warnings))</h3>\n<ul class=\"warn\">\n" + m.warnings.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        }
        out += "</section>\n"
        return out
    }
}
