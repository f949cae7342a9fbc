/// What loading found wrong or odd in a boundary file. Nothing here stops a load: invalid
/// geometries are repaired, overlaps are normal in real files; duplicate and empty codes are
/// reported here and refused where a code must identify one region (joins).
public struct ValidationReport: Sendable, Codable, Equatable {
    /// An invalid geometry and what GEOS said about it before the repair.
    public struct Repair: Sendable, Codable, Equatable {
        public var code: String
        public var record: Int
        public var reason: String
        /// Geodesic areas before and after; nil where the CRS is unknown or GEOS gave no area.
        public var areaKm2Before: Double?
        public var areaKm2After: Double?
    }

    /// Two regions whose interiors overlap, and by how much.
    public struct Overlap: Sendable, Codable, Equatable {
        public var codeA: String
        public var codeB: String
        public var areaKm2: Double
    }

    public var repaired: [Repair] = []
    /// Filled by ``RegionLayer/findOverlaps()``; nil until it runs.
    public var overlaps: [Overlap]?
    /// Codes held by more than one record.
    public var duplicateCodes: [String: [Int]] = [:]
    /// Records whose code is empty.
    public var emptyCodeRecords: [Int] = []
    /// Records with a null or empty geometry (left out of the layer).
    public var nullGeometryRecords: [Int] = []
}
