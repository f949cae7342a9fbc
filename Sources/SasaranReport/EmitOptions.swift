/// Choices that change what an emitter writes, beyond the format.
public struct EmitOptions: Sendable {
    /// GeoJSON: every region of the layer, in layer order, each marked `selected` (true or
    /// false), instead of only the selected regions in rank order.
    public var allRegions: Bool
    /// A line of caution printed with the list where the format has room for it (Markdown),
    /// e.g. "Boundaries are schematic".
    public var notice: String?

    /// Options; the defaults write only the selected regions and no notice.
    public init(allRegions: Bool = false, notice: String? = nil) {
        self.allRegions = allRegions
        self.notice = notice
    }
}
