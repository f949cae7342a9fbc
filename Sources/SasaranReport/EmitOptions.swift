import Sasaran

/// Choices that change what an emitter writes, beyond the format: one set for every format of a
/// list (the report and the map read ``ReportOptions``, made from these).
public struct EmitOptions: Sendable {
    /// GeoJSON: every region of the layer, in layer order, each marked `selected` (true or
    /// false), instead of only the selected regions in rank order.
    public var allRegions: Bool
    /// A line of caution printed with the list where the format has room for it (Markdown, the
    /// report, the map), e.g. "Boundaries are schematic".
    public var notice: String?
    /// The language of the report and the map.
    public var language: ReportLanguage
    /// Lines of data attribution; `nil` for those known from the input files.
    public var attributions: [String]?
    /// Whether the boundaries are schematic; `nil` decides from the boundary file's name.
    public var schematic: Bool?
    /// The title of the report, the workbook and the PDF annex; `nil` for "Priority list: SCENARIO".
    public var title: String?

    /// Options; the defaults write only the selected regions and no notice, in English.
    public init(allRegions: Bool = false, notice: String? = nil, language: ReportLanguage = .en,
                attributions: [String]? = nil, schematic: Bool? = nil, title: String? = nil) {
        self.allRegions = allRegions
        self.notice = notice
        self.language = language
        self.attributions = attributions
        self.schematic = schematic
        self.title = title
    }

    /// The notice of a list: the one given, or the schematic boundaries' when the run used them.
    public func listNotice(_ result: RunResult) -> String? {
        notice ?? ((schematic ?? EmbeddedDefault.isSchematicLayer(result.scenario.boundaries.path))
            ? "Boundaries are schematic (not the real borders); the figures are real." : nil)
    }
}
