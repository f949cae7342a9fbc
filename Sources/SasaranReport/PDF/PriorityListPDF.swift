import Foundation
import Sasaran
import SasaranGeo

/// The priority list as a decree annex in PDF (A4 portrait): the title, the run's parameters,
/// the map with the selected regions numbered by their rank, the list (page breaks with the
/// header repeated), the provinces, the phases when there are several, the data attribution and
/// the inputs, with "Page N of M" on every page. The labels follow the language of the options
/// (``AnnexContent``); fonts are embedded by cairo; the same run gives the same bytes.
enum PriorityListPDF {
    static let margin = 42.0
    static var contentWidth: Double { PDFCanvas.pageWidth - 2 * margin }
    /// The lowest point of the page's content; the footer sits below.
    static var bottom: Double { PDFCanvas.pageHeight - 50 }
    /// The tallest the map is drawn.
    static let mapMaximumHeight = 340.0

    static let titleFont = PDFCanvas.Font(size: 16, bold: true)
    static let sectionFont = PDFCanvas.Font(size: 11.5, bold: true)
    static let bodyFont = PDFCanvas.Font(size: 8.5)
    static let labelFont = PDFCanvas.Font(size: 8.5, bold: true)
    static let cellFont = PDFCanvas.Font(size: 7.5)
    static let headerFont = PDFCanvas.Font(size: 7.5, bold: true)
    static let footerFont = PDFCanvas.Font(size: 7)
    static let mapNumberFont = PDFCanvas.Font(size: 3.6, bold: true)
    static let detailNumberFont = PDFCanvas.Font(size: 5.5, bold: true)

    /// The PDF bytes of the list of `result`.
    static func bytes(_ result: RunResult, options: EmitOptions) throws -> [UInt8] {
        try result.layer.requireLonLat(for: "writing pdf")
        let content = AnnexContent(result, options: options)
        let projection = MapProjection(envelope: result.layer.envelope, width: contentWidth, maxHeight: mapMaximumHeight, margin: 2)
        let shapes = try MapShapes.build(result.layer, projection: projection)
        let numbers = try MapNumbers(result, projection: projection, detailMaxHeight: 300, detailMargin: 6)
        let map = AnnexMap(projection: projection, shapes: shapes, numbers: numbers, fills: fills(result))
        let measuring = try PDFCanvas(title: content.title, drawing: false)
        var counting = Layout(canvas: measuring, content: content, result: result, map: map, totalPages: 0)
        let pages = counting.run()
        let canvas = try PDFCanvas(title: content.title, drawing: true)
        var drawing = Layout(canvas: canvas, content: content, result: result, map: map, totalPages: pages)
        _ = drawing.run()
        return try canvas.finish()
    }

    /// The fill of each region of the layer: its phase's colour (several phases) or one colour
    /// for the selected, grey for the others, lighter grey where there is no value.
    private static func fills(_ result: RunResult) -> [PDFCanvas.Colour] {
        let phased = result.selection.phases.count > 1
        return result.layer.regions.indices.map { index in
            if let entry = result.selection.entry(forRegion: index) {
                return PDFCanvas.Colour(hex: phased ? MapStyle.phaseColours[(entry.phase - 1) % MapStyle.phaseColours.count] : selectedFill)
            }
            return PDFCanvas.Colour(hex: result.join.regions[index].value == nil ? "#f3f4f6" : MapStyle.unselectedFill)
        }
    }

    static let selectedFill = "#fd8d3c"

    /// What the map draws: the shapes in points, the numbers of the selected regions
    /// (``MapNumbers``, with the enlarged crowded part) and the fill of each region.
    struct AnnexMap {
        var projection: MapProjection
        var shapes: MapShapes
        var numbers: MapNumbers
        var fills: [PDFCanvas.Colour]
    }

    /// A column of a PDF table.
    struct Column {
        var title: String
        var width: Double
        var alignment: PDFCanvas.Alignment
    }

    /// One pass over the document: measuring (to count the pages) or drawing.
    private struct Layout {
        let canvas: PDFCanvas
        let content: AnnexContent
        let result: RunResult
        let map: AnnexMap
        let totalPages: Int
        var page = 1
        var y = PriorityListPDF.margin

        init(canvas: PDFCanvas, content: AnnexContent, result: RunResult, map: AnnexMap, totalPages: Int) {
            self.canvas = canvas
            self.content = content
            self.result = result
            self.map = map
            self.totalPages = totalPages
        }

        /// Lays out every section; returns the number of pages.
        mutating func run() -> Int {
            let s = content.strings
            let left = PriorityListPDF.margin, width = PriorityListPDF.contentWidth
            y += canvas.text(content.title, x: left, y: y, width: width, font: PriorityListPDF.titleFont) + 6
            for notice in content.notices {
                y += canvas.text(notice, x: left, y: y, width: width, font: PriorityListPDF.labelFont, colour: .warning) + 3
            }
            for (index, line) in content.parameters.enumerated() {
                let labelWidth = 130.0
                let unmet = content.unmetLines.contains(index)
                let h = max(canvas.text(line.label, x: left, y: y, width: labelWidth - 6, font: PriorityListPDF.labelFont, colour: unmet ? .warning : .black),
                            canvas.text(line.value, x: left + labelWidth, y: y, width: width - labelWidth,
                                        font: unmet ? PriorityListPDF.labelFont : PriorityListPDF.bodyFont, colour: unmet ? .warning : .black))
                y += h + 1.5
            }
            y += 8
            drawMap()
            section(s.priorityList)
            listTable()
            section(s.provinces)
            table(columns: provinceColumns(), rows: content.provinces.rows.map { row in
                zip(row, content.provinces.columns).map { PriorityListPDF.text($0, $1.kind, form: s.numberForm) }
            })
            if let phases = content.phases {
                section(s.phases)
                let widths = [30.0, 80, 110, 45, 55, 45, 55, 90]
                table(columns: zip(phases.columns, widths).map { Column(title: $0.title, width: $1, alignment: $0.kind == .text ? .left : .right) },
                      rows: phases.rows.map { row in zip(row, phases.columns).map { PriorityListPDF.text($0, $1.kind, form: s.numberForm) } })
            }
            section(s.dataSources)
            for line in content.attributions { paragraph(line) }
            section(s.runManifest)
            let m = result.manifest
            for input in m.inputs { paragraph("\(input.role): \(input.path) (SHA-256 \(input.sha256), \(NumberText.integer(input.bytes, form: s.numberForm)) \(s.bytes.lowercased()))") }
            paragraph("CRS: \(m.crs) · \(s.madeWith) \(m.tool) \(m.version)")
            footer()
            return page
        }

        /// A heading, on a new page when fewer than a few lines fit below it.
        mutating func section(_ title: String) {
            let h = canvas.height(title, font: PriorityListPDF.sectionFont, width: PriorityListPDF.contentWidth)
            if y + h + 40 > PriorityListPDF.bottom { newPage() } else if y > PriorityListPDF.margin { y += 8 }
            y += canvas.text(title, x: PriorityListPDF.margin, y: y, width: PriorityListPDF.contentWidth, font: PriorityListPDF.sectionFont) + 4
        }

        mutating func paragraph(_ text: String) {
            let h = canvas.height(text, font: PriorityListPDF.bodyFont, width: PriorityListPDF.contentWidth)
            if y + h > PriorityListPDF.bottom { newPage() }
            y += canvas.text(text, x: PriorityListPDF.margin, y: y, width: PriorityListPDF.contentWidth, font: PriorityListPDF.bodyFont) + 2
        }

        mutating func newPage() {
            footer()
            canvas.showPage()
            page += 1
            y = PriorityListPDF.margin
        }

        /// "Page N of M" and the title at the foot of the page.
        func footer() {
            let footY = PDFCanvas.pageHeight - 34
            let left = PriorityListPDF.margin, width = PriorityListPDF.contentWidth
            canvas.rule(x: left, y: footY - 4, width: width)
            canvas.text(content.title, x: left, y: footY, width: width - 110, font: PriorityListPDF.footerFont, colour: .grey)
            canvas.text(content.annex.page(page, max(totalPages, page)), x: left + width - 110, y: footY, width: 110,
                        font: PriorityListPDF.footerFont, alignment: .right, colour: .grey)
        }

        /// The map, its numbers and its key.
        mutating func drawMap() {
            let height = map.projection.height
            if y + height + 30 > PriorityListPDF.bottom { newPage() }
            let x0 = PriorityListPDF.margin, y0 = y
            canvas.rectangle(x: x0, y: y0, width: PriorityListPDF.contentWidth, height: height, fill: PDFCanvas.Colour(hex: MapStyle.seaFill))
            for (index, rings) in map.shapes.regionRings.enumerated() {
                canvas.rings(rings, x: x0, y: y0, scale: 1, fill: map.fills[index], stroke: .white, lineWidth: 0.12)
            }
            for rings in map.shapes.borderRings {
                canvas.rings(rings, x: x0, y: y0, scale: 1, fill: nil, stroke: PDFCanvas.Colour(hex: "#3f3f46"), lineWidth: 0.35)
            }
            for label in map.numbers.mainLabels {
                canvas.label(String(label.rank), centreX: x0 + label.x, centreY: y0 + label.y, font: PriorityListPDF.mapNumberFont)
            }
            if let frame = map.numbers.frame(on: map.projection) {
                canvas.frame(x: x0 + frame.x, y: y0 + frame.y, width: frame.width, height: frame.height)
            }
            y += height + 4
            let s = content.strings
            let key: [(String, String)] = result.selection.phases.count > 1
                ? result.selection.phases.map { (MapStyle.phaseColours[($0.phase - 1) % MapStyle.phaseColours.count], s.phaseLegend($0.phase, $0.name)) }
                : [(PriorityListPDF.selectedFill, s.selected)]
            var x = x0
            for (colour, label) in key + [(MapStyle.unselectedFill, s.notSelected)] {
                let labelWidth = canvas.width(label, font: PriorityListPDF.cellFont) + 1
                if x > x0 && x + 11 + labelWidth > x0 + PriorityListPDF.contentWidth {
                    x = x0
                    y += 11
                }
                canvas.rectangle(x: x, y: y + 1.5, width: 8, height: 6, fill: PDFCanvas.Colour(hex: colour))
                canvas.text(label, x: x + 11, y: y, width: labelWidth, font: PriorityListPDF.cellFont)
                x += 16 + labelWidth
            }
            y += 11
            y += canvas.text(content.annex.mapKey(withDetail: map.numbers.detail != nil), x: x0, y: y, width: PriorityListPDF.contentWidth, font: PriorityListPDF.cellFont, colour: .grey) + 6
            if let detail = map.numbers.detail { drawDetail(detail) }
        }

        /// The enlarged map of the crowded part, clipped to its frame, with its numbers.
        mutating func drawDetail(_ detail: MapNumbers.Detail) {
            let width = PriorityListPDF.contentWidth, height = detail.projection.height
            if y + height + 20 > PriorityListPDF.bottom { newPage() }
            let x0 = PriorityListPDF.margin, y0 = y
            canvas.clipped(x: x0, y: y0, width: width, height: height) {
                canvas.rectangle(x: x0, y: y0, width: width, height: height, fill: PDFCanvas.Colour(hex: MapStyle.seaFill))
                for (index, rings) in detail.shapes.regionRings.enumerated() {
                    canvas.rings(rings, x: x0, y: y0, scale: 1, fill: map.fills[index], stroke: .white, lineWidth: 0.3)
                }
                for rings in detail.shapes.borderRings {
                    canvas.rings(rings, x: x0, y: y0, scale: 1, fill: nil, stroke: PDFCanvas.Colour(hex: "#3f3f46"), lineWidth: 0.6)
                }
                for label in detail.labels {
                    canvas.label(String(label.rank), centreX: x0 + label.x, centreY: y0 + label.y, font: PriorityListPDF.detailNumberFont)
                }
            }
            canvas.frame(x: x0, y: y0, width: width, height: height)
            y += height + 3
            y += canvas.text(content.annex.detailKey, x: x0, y: y, width: width, font: PriorityListPDF.cellFont, colour: .grey) + 6
        }

        /// The list: rank, code, name, province, value, share, cumulative share (and phase).
        mutating func listTable() {
            let s = content.strings, a = content.annex
            let phased = result.selection.phases.count > 1
            let rankWidth = max(26, canvas.width(s.rank, font: PriorityListPDF.headerFont) + 6)
            var columns = [
                Column(title: s.rank, width: rankWidth, alignment: .right), Column(title: s.code, width: 42, alignment: .left),
                Column(title: s.name, width: (phased ? 145 : 165) + 26 - rankWidth, alignment: .left),
                Column(title: s.province, width: phased ? 95 : 105, alignment: .left),
                Column(title: "\(a.value)", width: 60, alignment: .right),
                Column(title: a.sharePercent, width: 50, alignment: .right), Column(title: a.cumulativePercent, width: 62, alignment: .right),
            ]
            if phased { columns.append(Column(title: s.phase, width: 30, alignment: .right)) }
            let values = NumberText.display(column: result.selection.entries.map(\.value), form: s.numberForm)
            let rows = zip(result.selection.entries, values).map { entry, value -> [String] in
                var row = [String(entry.rank), entry.code, entry.name, entry.parentName ?? entry.parent, value,
                           NumberText.percent(entry.share, form: s.numberForm), NumberText.percent(entry.cumulativeShare, form: s.numberForm)]
                if phased { row.append(String(entry.phase)) }
                return row
            }
            table(columns: columns, rows: rows)
        }

        func provinceColumns() -> [Column] {
            let columns = content.provinces.columns
            let textWidth = { (c: Int) in c == 0 ? 40.0 : 120.0 }
            let texts = columns.indices.filter { columns[$0].kind == .text }
            let numberWidth = (PriorityListPDF.contentWidth - texts.map(textWidth).reduce(0, +)) / Double(max(columns.count - texts.count, 1))
            return columns.indices.map { c in
                Column(title: columns[c].title, width: columns[c].kind == .text ? textWidth(c) : numberWidth,
                       alignment: columns[c].kind == .text ? .left : .right)
            }
        }

        /// A table that breaks across pages, its header repeated at the top of each.
        mutating func table(columns: [Column], rows: [[String]]) {
            let left = PriorityListPDF.margin
            let padding = 2.5
            func header() -> Double {
                let h = columns.map { canvas.height($0.title, font: PriorityListPDF.headerFont, width: $0.width - 2 * padding) }.max() ?? 0
                var x = left
                for column in columns {
                    canvas.text(column.title, x: x + padding, y: y, width: column.width - 2 * padding, font: PriorityListPDF.headerFont, alignment: column.alignment)
                    x += column.width
                }
                canvas.rule(x: left, y: y + h + 1.5, width: columns.reduce(0) { $0 + $1.width }, colour: .black, lineWidth: 0.7)
                return h + 3
            }
            let headerHeight = columns.map { canvas.height($0.title, font: PriorityListPDF.headerFont, width: $0.width - 2 * padding) }.max() ?? 0
            if y + headerHeight + 20 > PriorityListPDF.bottom { newPage() }
            y += header()
            for (number, row) in rows.enumerated() {
                let h = zip(row, columns).map { canvas.height($0, font: PriorityListPDF.cellFont, width: $1.width - 2 * padding) }.max() ?? 0
                if y + h + 2 > PriorityListPDF.bottom {
                    newPage()
                    y += header()
                }
                if number % 2 == 1 {
                    canvas.rectangle(x: left, y: y, width: columns.reduce(0) { $0 + $1.width }, height: h + 2,
                                     fill: PDFCanvas.Colour(red: 0.95, green: 0.96, blue: 0.97))
                }
                var x = left
                for (cell, column) in zip(row, columns) {
                    canvas.text(cell, x: x + padding, y: y + 1, width: column.width - 2 * padding, font: PriorityListPDF.cellFont, alignment: column.alignment)
                    x += column.width
                }
                y += h + 2
            }
        }
    }

    /// A cell of the annex's tables as text: numbers as the terminal table shows them, in
    /// `form`, fractions as percentages.
    static func text(_ cell: SheetTable.Cell, _ kind: SheetTable.Column.Kind, form: NumberForm) -> String {
        switch cell {
        case .empty: return ""
        case let .text(text): return text
        case let .number(x):
            switch kind {
            case .percent: return NumberText.percent(x, form: form)
            case .integer: return x.isFinite ? NumberText.integer(Int(x.rounded()), form: form) : ""
            default: return NumberText.display(x, form: form)
            }
        }
    }
}
