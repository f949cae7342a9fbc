import Foundation
import Sasaran

/// What a decree annex holds, worked out once for the workbook and the PDF: the title, the run's
/// parameters as lines of label and value, the list, the provinces, the phases (when there are
/// several), the manifest and the attribution, labelled in the report's language.
///
/// Text from the user or the data (the title, the notice, names) is carried as plain text; each
/// format writes it inertly (a workbook's string cells, pango's plain text), never as markup or
/// a formula.
struct AnnexContent {
    let strings: ReportStrings
    let annex: AnnexStrings
    var title: String
    /// The title block: label and value lines, each constraint not met right after the target
    /// (the engine's statement, as the terminal says it: "target 75% not met: 70.12% with 184
    /// regions; …").
    var parameters: [(label: String, value: String)]
    /// The indices of ``parameters`` that say what was not met (drawn as warnings).
    var unmetLines: Set<Int>
    var notices: [String]
    var unmet: [String]
    var list: SheetTable
    var provinces: SheetTable
    var phases: SheetTable?
    var manifest: SheetTable
    var attributions: [String]

    init(_ result: RunResult, options: EmitOptions) {
        let s = ReportStrings.of(options.language)
        let a = AnnexStrings.of(options.language)
        strings = s
        annex = a
        let selection = result.selection
        let form = s.numberForm
        let heading = RunHeading(result, form: form)
        title = options.title ?? "\(s.priorityList): \(result.scenario.name)"
        let withValue = selection.parents.reduce(0) { $0 + $1.regionsWithValue }
        let totalNote = selection.totalGiven ? s.totalGiven : s.totalSum(withValue)
        var lines: [(String, String)] = [
            (a.scenario, result.scenario.name),
            (s.indicator, heading.indicator),
            (a.data, heading.filters.isEmpty ? s.none : heading.filters),
            (s.rankedBy, s.rankKey(selection.rankKey)),
            (s.nationalTotal, "\(NumberText.display(selection.total, form: form)) (\(totalNote))"),
            (s.target, heading.target ?? s.noTarget),
        ]
        unmet = selection.unmet.map(\.message)
        unmetLines = Set(lines.count..<(lines.count + unmet.count))
        lines += unmet.map { (a.unmet, $0) }
        lines += [
            (s.coverage, heading.coverage),
            (s.valueCovered, heading.valueCovered),
            (s.regionsSelected, "\(NumberText.integer(heading.count, form: form)) \(s.ofWithValue(withValue))"),
        ]
        if let marginal = selection.marginalEntry {
            lines.append((s.marginal, "\(marginal.name) (\(marginal.code)): \(NumberText.display(marginal.value, form: form)), \(s.cumulative.lowercased()) \(NumberText.percent(marginal.cumulativeShare, form: form))%"))
        }
        lines.append((s.provincesTouched, String(selection.parentsTouched.count)))
        parameters = lines
        var notices: [String] = []
        if options.schematic ?? EmbeddedDefault.isSchematicLayer(result.scenario.boundaries.path) { notices.append(s.schematicShort) }
        if let notice = options.notice { notices.append(notice) }
        self.notices = notices
        attributions = ReportOptions(options).attributionLines(result)

        let phased = selection.phases.count > 1
        let why = selection.entries.contains { $0.why != .ranked }
        var columns: [SheetTable.Column] = [
            .integer(s.rank), .text(s.code), .text(s.name), .text(a.provinceCode), .text(s.province),
            .decimal("\(a.value) (\(heading.indicator))"), .integer(s.population), .general(s.rate),
            .percent(a.sharePercent), .percent(a.cumulativePercent),
        ]
        if phased { columns.append(.integer(s.phase)) }
        if why { columns.append(.text(s.why)) }
        let rows = selection.entries.map { entry -> [SheetTable.Cell] in
            var row: [SheetTable.Cell] = [
                .integer(entry.rank), .text(entry.code), .text(entry.name), .text(entry.parent), .text(entry.parentName ?? ""),
                .number(entry.value), .number(entry.population), .number(entry.rate), .number(entry.share), .number(entry.cumulativeShare),
            ]
            if phased { row.append(.integer(entry.phase)) }
            if why { row.append(.text(s.reasons[entry.why] ?? entry.why.rawValue)) }
            return row
        }
        list = SheetTable(name: a.list, title: title, headingLines: lines + notices.map { (s.notice, $0) },
                          columns: columns, rows: rows).withoutEmptyColumns()

        let touched = selection.parents.filter { $0.regionsSelected > 0 }.sorted { $0.parent < $1.parent }
        provinces = SheetTable(name: s.provinces, columns: [
            .text(s.province), .text(s.provinceName), .integer(s.selected), .integer(a.regionsOf),
            .decimal(s.valueCovered), .decimal(s.provinceTotal), .percent(s.shareOfProvince), .percent(a.coverageOfNational),
        ], rows: touched.map {
            [.text($0.parent), .text($0.name ?? ""), .integer($0.regionsSelected), .integer($0.regionsWithValue),
             .number($0.valueCovered), .number($0.parentTotal), .number($0.shareOfParent), .number($0.shareOfNational)]
        }).withoutEmptyColumns()

        phases = phased ? SheetTable(name: s.phases, columns: [
            .integer(s.phase), .text(s.name), .text(s.rule), .integer(s.added), .percent(s.shareAdded),
            .integer(s.regionsSelected), .percent(s.coverage), .text(s.marginal),
        ], rows: selection.phases.map {
            [.integer($0.phase), .text($0.name), .text($0.rule.description), .integer($0.regionsAdded), .number($0.shareAdded),
             .integer($0.regionsTotal), .number($0.coverage), .text($0.marginal ?? "")]
        }) : nil

        let m = result.manifest
        var manifestRows: [[SheetTable.Cell]] = m.inputs.map {
            [.text(s.inputs), .text($0.role), .text($0.path), .text($0.sha256), .integer($0.bytes)]
        }
        manifestRows += m.parameters.keys.sorted().map { [.text(s.parameters), .text($0), .text(m.parameters[$0] ?? ""), .empty, .empty] }
        manifestRows += [
            [.text(s.boundaries), .text("format"), .text(m.boundaryFormat), .empty, .empty],
            [.text(s.boundaries), .text("CRS"), .text(m.crs), .empty, .empty],
            [.text(s.boundaries), .text("encoding"), .text(m.encoding), .empty, .empty],
        ]
        manifestRows += m.warnings.map { [.text(s.warnings), .text(""), .text($0), .empty, .empty] }
        manifestRows += attributions.map { [.text(a.attribution), .text(""), .text($0), .empty, .empty] }
        manifestRows.append([.text(s.madeWith), .text(m.tool), .text(m.version), .empty, .empty])
        manifest = SheetTable(name: s.runManifest, columns: [
            .text(""), .text(s.role), .text(s.file), .text(a.sha256), .integer(s.bytes),
        ], rows: manifestRows)
    }

    /// The sheets of the workbook, in order.
    var sheets: [SheetTable] { [list, provinces] + (phases.map { [$0] } ?? []) + [manifest] }
}
