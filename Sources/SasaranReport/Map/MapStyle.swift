import Sasaran

/// How regions are coloured: by phase (categorical) when the run has several phases, else by
/// share of the national total (sequential classes of the selected regions, quantile breaks).
/// Left-out regions are grey, regions without a value hatched. Colours are CSS classes, so a
/// path carries a short class name only.
struct MapStyle {
    /// One legend entry: a CSS class and its label.
    struct Entry {
        var cssClass: String
        var label: String
    }

    /// Okabe–Ito colours, told apart with colour-blindness too; phase 1 first.
    static let phaseColours = ["#d55e00", "#0072b2", "#009e73", "#e69f00", "#cc79a7", "#56b4e9", "#f0e442", "#000000"]
    /// Light to dark (ColorBrewer YlOrRd).
    static let shareColours = ["#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"]
    static let unselectedFill = "#dcdfe4"
    static let seaFill = "#eef4f8"

    /// The legend of the selected regions, in order.
    var entries: [Entry]
    /// Share class upper bounds (ascending), when colouring by share.
    private var shareBounds: [Double]
    private var phased: Bool
    /// Whether any region has no value (and so the hatch is in the legend).
    var hasNoData: Bool

    init(_ model: ReportModel) {
        let selection = model.result.selection
        let s = model.strings
        let form = s.numberForm
        phased = selection.phases.count > 1
        hasNoData = model.result.join.regions.contains { $0.value == nil }
        entries = []
        shareBounds = []
        if phased {
            for phase in selection.phases {
                entries.append(Entry(cssClass: Self.phaseClass(phase.phase), label: s.phaseLegend(phase.phase, phase.name)))
            }
        } else {
            let shares = selection.entries.map(\.share).sorted()
            let classes = min(Self.shareColours.count, Set(shares).count)
            var lower = 0
            for k in 0..<classes {
                let upper = max(lower, (shares.count * (k + 1)) / classes - 1)
                let low = shares[lower], high = shares[upper]
                shareBounds.append(high)
                let colour = classes == 1 ? Self.shareColours.count - 2 : k * (Self.shareColours.count - 1) / max(classes - 1, 1)
                entries.append(Entry(cssClass: "s\(colour)", label: "\(NumberText.percent(low, form: form))–\(NumberText.percent(high, form: form))%"))
                lower = upper + 1
                if lower >= shares.count { break }
            }
        }
    }

    static func phaseClass(_ phase: Int) -> String { "p\((phase - 1) % phaseColours.count)" }

    /// The CSS class of a region.
    func cssClass(selected entry: SelectionEntry?, hasValue: Bool) -> String {
        guard let entry else { return hasValue ? "u" : "n" }
        if phased { return Self.phaseClass(entry.phase) }
        let index = shareBounds.firstIndex { entry.share <= $0 } ?? max(shareBounds.count - 1, 0)
        return entries.isEmpty ? "u" : entries[index].cssClass
    }

    /// The SVG style sheet of the map: fills by class, thin white district edges, dark borders,
    /// the numbers of the selected regions (dark on a white halo, larger on the detail map) and
    /// the detail's frame.
    static var css: String {
        var css = ".regions path{stroke:#fff;stroke-width:.3;stroke-linejoin:round}.u{fill:\(unselectedFill)}.n{fill:url(#hatch)}"
        for (k, colour) in phaseColours.enumerated() { css += ".p\(k){fill:\(colour)}" }
        for (k, colour) in shareColours.enumerated() { css += ".s\(k){fill:\(colour)}" }
        css += ".pb{fill:none;stroke:#3f3f46;stroke-width:.8;pointer-events:none}"
        css += "text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:13px;fill:#1f2937}"
        css += ".lt{font-weight:600}.warn{fill:#b91c1c;font-weight:700}"
        css += ".nm{font-size:8px;font-weight:700;text-anchor:middle;fill:#111827;paint-order:stroke;stroke:#fff;stroke-width:2px;stroke-linejoin:round;pointer-events:none}"
        css += ".nd .nm{font-size:11px;stroke-width:2.6px}.frame{fill:none;stroke:#111827;stroke-width:1.2;pointer-events:none}"
        return css
    }
}
