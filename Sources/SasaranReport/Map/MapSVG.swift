import Foundation
import Sasaran

/// The map as SVG: every region (selected ones coloured, ``MapStyle``), the province borders, and
/// under the map a band with the title, the legend, a scale bar and, for schematic boundaries,
/// the warning. The same SVG stands alone (`--format svg`, for slides) and sits inline in the
/// HTML report. Each region's path carries `data-code` (and `data-rank` when selected) and a
/// `<title>` tooltip.
///
/// Each selected region is numbered by its rank, its row in the list (``MapNumbers``, the rule
/// the PDF annex numbers by): a `<text class="nm" data-rank="N" data-code="CODE">N</text>` at a
/// point inside it, with a white halo, legible on screen and on paper. In the report the crowded
/// part is framed and drawn again enlarged below the map with its numbers (``detail(_:)``); the
/// standalone SVG numbers everything on the one map.
enum MapSVG {
    /// A standalone SVG file.
    static func document(_ model: ReportModel) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(model, standalone: true) + "\n"
    }

    /// The `<svg>` element; `standalone` adds the title and the figures to the band (the report
    /// shows them above the map).
    static func element(_ model: ReportModel, standalone: Bool) -> String {
        let projection = model.projection
        let style = MapStyle(model)
        let s = model.strings
        let form = s.numberForm
        let result = model.result
        let width = projection.width
        var band = Band(width: width, top: projection.height, form: form)
        let heading = RunHeading(result, form: form)
        let title = "\(s.priorityList): \(result.scenario.name)"
        var summary = "\(heading.count) \(s.regionsSelected.lowercased()), \(s.coverage.lowercased()) \(heading.coverage)"
        if let target = heading.target { summary += " (\(s.target.lowercased()) \(target))" }
        summary += " · \(s.rankedBy.lowercased()) \(s.rankKey(result.selection.rankKey)) · \(heading.indicator)"
        if !heading.filters.isEmpty { summary += " (\(heading.filters))" }
        if standalone {
            band.line([.text(title, bold: true)])
            band.line([.text(summary, bold: false)])
            band.line(legendItems(model, style) + [.scale(projection.kilometresPerPixel)])
            if model.schematic { band.line([.warning(s.schematicShort)]) }
            if let notice = model.options.notice { band.line([.warning(notice)]) }
        } else {
            // The report writes the legend and the notices as HTML under the map (``legend(_:)``),
            // where they reflow and stay legible at phone width; the scale bar stays with the map.
            band.line([.scale(projection.kilometresPerPixel)])
        }
        let height = band.bottom + 6

        var out = ""
        out.reserveCapacity(model.shapes.vertices * 9 + result.layer.regions.count * 160 + 4096)
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" viewBox=\"0 0 \(Markup.px(width)) \(Markup.px(height))\""
        out += " width=\"\(Markup.px(width))\" height=\"\(Markup.px(height))\" role=\"img\" aria-label=\"\(Markup.escape(title))\">\n"
        out += "<title>\(Markup.escape(title))</title>\n"
        out += "<style>\(MapStyle.css)</style>\n"
        out += "<defs><pattern id=\"hatch\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
        out += "<rect width=\"4\" height=\"4\" fill=\"#f8fafc\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\" stroke=\"#9ca3af\" stroke-width=\"1.2\"/></pattern></defs>\n"
        out += "<rect width=\"\(Markup.px(width))\" height=\"\(Markup.px(projection.height))\" fill=\"\(MapStyle.seaFill)\"/>\n"
        out += "<g class=\"regions\">\n"
        out += regionPaths(model, style, model.shapes.regionPaths, detail: false)
        out += "</g>\n"
        if !model.shapes.borderPaths.isEmpty {
            out += "<path class=\"pb\" d=\"\(model.shapes.borderPaths.joined())\"/>\n"
        }
        let numbers = model.numbers
        if !standalone, let frame = numbers.frame(on: projection) {
            out += "<rect class=\"frame\" x=\"\(Markup.px(frame.x))\" y=\"\(Markup.px(frame.y))\" width=\"\(Markup.px(frame.width))\" height=\"\(Markup.px(frame.height))\"/>\n"
        }
        out += numberTexts(standalone ? numbers.labels : numbers.mainLabels)
        out += band.svg
        out += "</svg>"
        return out
    }

    /// The legend's items: the colour classes of the selected regions, the left-out and the
    /// no-data swatches, the province border.
    private static func legendItems(_ model: ReportModel, _ style: MapStyle) -> [Band.Item] {
        let s = model.strings
        var items: [Band.Item] = style.entries.map { .swatch($0.cssClass, $0.label) }
        if !style.entries.isEmpty, model.result.selection.phases.count == 1 { items.insert(.text(s.shareOfNational + ":", bold: false), at: 0) }
        items.append(.swatch("u", s.notSelected))
        if style.hasNoData { items.append(.swatch("n", s.noData)) }
        if !model.shapes.borderPaths.isEmpty { items.append(.border(s.provinceBorder)) }
        return items
    }

    /// The report's legend under the map, as HTML: the same items as the standalone band (each
    /// swatch a small SVG with the map's class), the numbering key, and the schematic warning and
    /// the notice.
    static func legend(_ model: ReportModel) -> String {
        let e = Markup.escape
        let s = model.strings
        var out = "<ul class=\"legend\">\n"
        for item in legendItems(model, MapStyle(model)) {
            switch item {
            case .text(let text, _): out += "<li class=\"lk\">\(e(text))</li>\n"
            case .swatch(let cssClass, let label):
                out += "<li><svg class=\"sw\" viewBox=\"0 0 14 12\" width=\"14\" height=\"12\" aria-hidden=\"true\"><rect class=\"\(cssClass)\" width=\"14\" height=\"12\" stroke=\"#9ca3af\" stroke-width=\".5\"/></svg>\(e(label))</li>\n"
            case .border(let label):
                out += "<li><svg class=\"sw\" viewBox=\"0 0 14 12\" width=\"14\" height=\"12\" aria-hidden=\"true\"><line x1=\"0\" y1=\"6\" x2=\"14\" y2=\"6\" stroke=\"#3f3f46\" stroke-width=\"1.5\"/></svg>\(e(label))</li>\n"
            case .warning(let text): out += "<li class=\"warn\">\(e(text))</li>\n"
            case .scale: break
            }
        }
        out += "<li class=\"lk\"><span class=\"nmk\">12</span>\(e(AnnexStrings.of(model.options.language).mapKey(withDetail: model.numbers.detail != nil)))</li>\n"
        out += "</ul>\n"
        if model.schematic { out += "<p class=\"legend-warn\">\(e(s.schematicShort))</p>\n" }
        if let notice = model.options.notice { out += "<p class=\"legend-warn\">\(e(notice))</p>\n" }
        return out
    }

    /// The enlarged crowded part of the map, for the report (``MapNumbers/detail``): its regions
    /// (with tooltips), the province borders and the numbers, in a frame; empty when the numbers
    /// do not crowd.
    static func detail(_ model: ReportModel) -> String {
        guard let detail = model.numbers.detail else { return "" }
        let style = MapStyle(model)
        let p = detail.projection
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map detail\" viewBox=\"0 0 \(Markup.px(p.width)) \(Markup.px(p.height))\""
        out += " width=\"\(Markup.px(p.width))\" height=\"\(Markup.px(p.height))\" role=\"img\" aria-label=\"\(Markup.escape(AnnexStrings.of(model.options.language).detailKey))\">\n"
        out += "<rect width=\"\(Markup.px(p.width))\" height=\"\(Markup.px(p.height))\" fill=\"\(MapStyle.seaFill)\"/>\n<g class=\"regions\">\n"
        out += regionPaths(model, style, detail.shapes.regionPaths, detail: true)
        out += "</g>\n"
        let borders = detail.shapes.borderPaths.joined()
        if !borders.isEmpty { out += "<path class=\"pb\" d=\"\(borders)\"/>\n" }
        out += numberTexts(detail.labels, detail: true)
        out += "<rect class=\"frame\" width=\"\(Markup.px(p.width))\" height=\"\(Markup.px(p.height))\"/>\n</svg>"
        return out
    }

    /// The regions' paths, coloured and with their tooltips: on the whole map each carries
    /// `data-code` (and `data-rank` when selected); on the detail, `data-detail-code`, and the
    /// regions outside it (empty paths) are left out.
    private static func regionPaths(_ model: ReportModel, _ style: MapStyle, _ paths: [String], detail: Bool) -> String {
        let result = model.result
        var out = ""
        for (index, region) in result.layer.regions.enumerated() where !(detail && paths[index].isEmpty) {
            let entry = result.selection.entry(forRegion: index)
            let cssClass = style.cssClass(selected: entry, hasValue: result.join.regions[index].value != nil)
            out += "<path class=\"\(cssClass)\" \(detail ? "data-detail-code" : "data-code")=\"\(Markup.escape(region.code))\""
            if !detail, let entry { out += " data-rank=\"\(entry.rank)\"" }
            out += " d=\"\(paths[index])\"><title>\(Markup.escape(model.tooltip(at: index)))</title></path>\n"
        }
        return out
    }

    /// The numbers as SVG text, each with its rank and code (tests and scripts key them to the list).
    private static func numberTexts(_ labels: [MapNumbers.Label], detail: Bool = false) -> String {
        guard !labels.isEmpty else { return "" }
        var out = "<g class=\"\(detail ? "nums nd" : "nums")\">\n"
        for label in labels {
            out += "<text class=\"nm\" x=\"\(Markup.px(label.x))\" y=\"\(Markup.px(label.y + (detail ? 4 : 3)))\" data-rank=\"\(label.rank)\" data-code=\"\(Markup.escape(label.code))\">\(label.rank)</text>\n"
        }
        return out + "</g>\n"
    }

    /// The band under the map: lines of text, swatches, a border sample and a scale bar, laid
    /// out left to right and wrapped at the width (text widths estimated at 7 px a character).
    struct Band {
        enum Item {
            case text(String, bold: Bool)
            case swatch(String, String)
            case border(String)
            case scale(Double)
            case warning(String)
        }

        let width: Double
        /// How the scale bar's length is written.
        let form: NumberForm
        private(set) var bottom: Double
        private(set) var svg = ""
        static let lineHeight = 22.0
        static let characterWidth = 7.0

        init(width: Double, top: Double, form: NumberForm = .plain) {
            self.width = width
            self.form = form
            self.bottom = top + 4
        }

        mutating func line(_ items: [Item]) {
            var x = 10.0
            var baseline = bottom + 16
            for item in items {
                let itemWidth = Self.width(of: item)
                if x > 10, x + itemWidth > width - 10 {
                    x = 10
                    baseline += Self.lineHeight
                }
                draw(item, x: x, baseline: baseline)
                x += itemWidth + 18
            }
            bottom = baseline + Self.lineHeight - 16
        }

        private static func width(of item: Item) -> Double {
            switch item {
            case .text(let text, _), .warning(let text): return Double(text.count) * characterWidth
            case .swatch(_, let label), .border(let label): return 20 + Double(label.count) * characterWidth
            case .scale: return 130
            }
        }

        private mutating func draw(_ item: Item, x: Double, baseline: Double) {
            switch item {
            case .text(let text, let bold):
                svg += "<text x=\"\(Markup.px(x))\" y=\"\(Markup.px(baseline))\"\(bold ? " class=\"lt\"" : "")>\(Markup.escape(text))</text>\n"
            case .warning(let text):
                svg += "<text x=\"\(Markup.px(x))\" y=\"\(Markup.px(baseline))\" class=\"warn\">\(Markup.escape(text))</text>\n"
            case .swatch(let cssClass, let label):
                svg += "<rect class=\"\(cssClass)\" x=\"\(Markup.px(x))\" y=\"\(Markup.px(baseline - 11))\" width=\"14\" height=\"12\" stroke=\"#9ca3af\" stroke-width=\".5\"/>"
                svg += "<text x=\"\(Markup.px(x + 20))\" y=\"\(Markup.px(baseline))\">\(Markup.escape(label))</text>\n"
            case .border(let label):
                svg += "<line x1=\"\(Markup.px(x))\" y1=\"\(Markup.px(baseline - 5))\" x2=\"\(Markup.px(x + 14))\" y2=\"\(Markup.px(baseline - 5))\" stroke=\"#3f3f46\" stroke-width=\"1.5\"/>"
                svg += "<text x=\"\(Markup.px(x + 20))\" y=\"\(Markup.px(baseline))\">\(Markup.escape(label))</text>\n"
            case .scale(let kmPerPixel):
                let (km, pixels) = Self.niceScale(kmPerPixel: kmPerPixel, maxPixels: 90)
                let y = baseline - 4
                svg += "<path d=\"M\(Markup.px(x)) \(Markup.px(y - 4))v4h\(Markup.px(pixels))v-4\" fill=\"none\" stroke=\"#1f2937\" stroke-width=\"1.2\"/>"
                svg += "<text x=\"\(Markup.px(x + pixels + 6))\" y=\"\(Markup.px(baseline))\">\(NumberText.display(km, form: form)) km</text>\n"
            }
        }

        /// A round length (1, 2 or 5 × 10^k km) drawn in at most `maxPixels`.
        static func niceScale(kmPerPixel: Double, maxPixels: Double) -> (km: Double, pixels: Double) {
            let most = kmPerPixel * maxPixels
            guard most.isFinite, most > 0 else { return (0, 0) }
            let power = pow(10, floor(log10(most)))
            let km = [5.0, 2.0, 1.0].map { $0 * power }.first { $0 <= most } ?? power
            return (km, km / kmPerPixel)
        }
    }
}
