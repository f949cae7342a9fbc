import Foundation
import Sasaran

/// What the HTML report and the map SVG say beyond the run itself: the language, whether the
/// boundaries are schematic, a free notice, and the data attribution.
public struct ReportOptions: Sendable {
    /// The language of the labels.
    public var language: ReportLanguage
    /// Whether the boundaries are schematic (the embedded default): the report and the map then
    /// carry a prominent notice saying so. `nil` decides from the boundary file's name
    /// (``EmbeddedDefault/isSchematicLayer(_:)``).
    public var schematic: Bool?
    /// A line of caution shown prominently at the top (and under the map), as given.
    public var notice: String?
    /// Lines of data attribution ("Sumber: BPS ..."). `nil` uses ``defaultAttributions(for:)``.
    public var attributions: [String]?
    /// The report's title; `nil` for "Priority list: SCENARIO".
    public var title: String?

    public init(language: ReportLanguage = .en, schematic: Bool? = nil, notice: String? = nil, attributions: [String]? = nil,
                title: String? = nil) {
        self.language = language
        self.schematic = schematic
        self.notice = notice
        self.attributions = attributions
        self.title = title
    }

    /// The report options that go with the list options of ``PriorityListEmitter``.
    public init(_ options: EmitOptions) {
        self.init(language: options.language, schematic: options.schematic, notice: options.notice, attributions: options.attributions,
                  title: options.title)
    }

    /// Whether the report of `result` is to carry the schematic notice.
    func isSchematic(_ result: RunResult) -> Bool {
        schematic ?? EmbeddedDefault.isSchematicLayer(result.scenario.boundaries.path)
    }

    /// The attribution lines for `result`: the given ones, or those known from the input file
    /// names (the BPS poverty table, the embedded default, the shared wilayah_boundaries layer),
    /// or else the bare file names.
    func attributionLines(_ result: RunResult) -> [String] {
        attributions ?? Self.defaultAttributions(for: result)
    }

    /// Attribution known from the input file names.
    public static func defaultAttributions(for result: RunResult) -> [String] {
        var lines: [String] = []
        let boundaries = result.scenario.boundaries.path
        let boundaryName = URL(fileURLWithPath: boundaries).lastPathComponent
        if EmbeddedDefault.isSchematicLayer(boundaries) {
            lines.append("Boundaries: schematic cells made by Sasaran (not real borders) around district centroids and registered areas; codes, names, provinces and populations from Kepmendagri No 300.2.2-2430/2025, centroids and areas as compiled in the wilayah_boundaries dataset by Cahya DSN (MIT License).")
        } else if boundaryName.hasPrefix("kabkota_2025") || boundaryName.hasPrefix("provinsi_2025") {
            lines.append("Boundaries: wilayah_boundaries dataset by Cahya DSN (MIT License), following Kepmendagri No 300.2.2-2430/2025.")
        } else {
            lines.append("Boundaries: \(boundaryName)")
        }
        let indicators = URL(fileURLWithPath: result.scenario.indicators.path).lastPathComponent
        if indicators.hasPrefix("bps_poverty") {
            lines.append("Poverty figures: Sumber: BPS (Badan Pusat Statistik), \"Jumlah Penduduk Miskin (Ribu Jiwa) Menurut Kabupaten/Kota\" and \"Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota\", March Susenas, national poverty line.")
        } else {
            lines.append("Figures: \(indicators)")
        }
        return lines
    }
}
