/// What targeting needs to know of a region in a layer: its code, name, parent (province)
/// code, and attributes such as `tipe` (Kabupaten / Kota) for filters.
public struct RegionKey: Sendable, Hashable {
    /// The region's code, unique in its layer (compared after trimming whitespace).
    public var code: String
    /// The region's name.
    public var name: String
    /// The parent region's code (the province for a district).
    public var parent: String
    /// Further attributes, used by ``AttributeFilter``.
    public var attributes: [String: String]
    /// The region's unit at each level of the layer's ``RegionHierarchy``, top down; empty
    /// without levels.
    public var units: [String] = []

    /// Creates a region key.
    public init(code: String, name: String, parent: String, attributes: [String: String] = [:]) {
        self.code = code
        self.name = name
        self.parent = parent
        self.attributes = attributes
    }
}
