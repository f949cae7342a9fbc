import Sasaran

/// District maps of a household figure for ``HouseholdsHTML``: the layer's shapes drawn once and
/// shaded per map in five classes (shares by fixed fifths; counts by quintiles of the values
/// shown), hatched where the figure is suppressed, grey where there is none.
struct HouseholdsMaps {
    enum Kind { case share, count }

    let layer: RegionLayer
    let projection: MapProjection
    let shapes: MapShapes

    init(layer: RegionLayer) throws {
        self.layer = layer
        projection = MapProjection(envelope: layer.envelope, width: 640)
        shapes = try MapShapes.build(layer, projection: projection)
    }

    /// The class (0–4) of `value` against `breaks` (the upper bounds of classes 0–3).
    static func step(_ value: Double, breaks: [Double]) -> Int {
        breaks.firstIndex { value <= $0 } ?? breaks.count
    }

    /// The breaks of a map: fifths for shares; for counts, the quintiles of the values above zero
    /// (class 0 is then 0 and the lowest fifth).
    static func breaks(_ values: [Double], kind: Kind) -> [Double] {
        switch kind {
        case .share: return [0.2, 0.4, 0.6, 0.8]
        case .count:
            let sorted = values.filter { $0 > 0 }.sorted()
            guard !sorted.isEmpty else { return [0, 0, 0, 0] }
            return (1...4).map { sorted[min(sorted.count - 1, sorted.count * $0 / 5)] }
        }
    }

    /// An SVG map: `figure` gives a district's value and whether it was suppressed, or nil for a
    /// district not mapped (grey).
    func choropleth(id: String, label: String, byCode: [String: AreaFigures], kind: Kind,
                    figure: (AreaFigures) -> (value: Double?, suppressed: Bool)?) -> String {
        let e = Markup.escape
        let figures = layer.regions.map { region in byCode[region.code].flatMap(figure) }
        let breaks = Self.breaks(figures.compactMap { $0?.value }, kind: kind)
        let w = Markup.px(projection.width), h = Markup.px(projection.height)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(e(id))\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\""
        out += " role=\"img\" aria-label=\"\(e(label))\">\n"
        out += "<defs><pattern id=\"hh-hatch\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\"><path d=\"M0 4L4 0\" stroke=\"#6b7280\" stroke-width=\"0.8\"/></pattern></defs>\n"
        for (index, region) in layer.regions.enumerated() where !shapes.regionPaths[index].isEmpty {
            let entry = figures[index]
            let cssClass: String, data: String, shown: String
            if let entry, let value = entry.value {
                cssClass = "c\(Self.step(value, breaks: breaks))"
                data = NumberText.exact(value) ?? ""
                shown = kind == .share ? NumberText.percent(value) + "%" : NumberText.grouped(value, decimals: value.rounded() == value ? 0 : 1)
            } else if let entry, entry.suppressed {
                cssClass = "x"; data = "suppressed"; shown = "suppressed (small cell)"
            } else {
                cssClass = "o"; data = ""; shown = entry == nil ? "not mapped" : "no figure"
            }
            out += "<path class=\"\(cssClass)\" data-code=\"\(e(region.code))\" data-value=\"\(e(data))\" d=\"\(shapes.regionPaths[index])\">"
            out += "<title>\(e("\(region.code) \(region.name): \(shown)"))</title></path>\n"
        }
        out += "</svg>\n<ul class=\"hh-legend\">"
        let bounds = [0] + breaks + [kind == .share ? 1 : (figures.compactMap { $0?.value }.max() ?? 0)]
        for k in 0..<5 {
            let text = kind == .share ? "\(k * 20)–\((k + 1) * 20)%"
                : "\(NumberText.grouped(bounds[k], decimals: 0))–\(NumberText.grouped(bounds[k + 1], decimals: 0))"
            out += "<li><span style=\"background:\(Self.colours[k])\"></span>\(e(text))</li>"
        }
        return out + "<li><span style=\"background:#9ca3af\"></span>suppressed</li><li><span style=\"background:#e5e7eb\"></span>no figure</li></ul>\n"
    }

    static let colours = ["#fff5eb", "#fdbe85", "#fd8d3c", "#e6550d", "#a63603"]
}
