extension PriorityListFormat {
    /// Formats that draw or write geometry (GeoJSON, the SVG map, the HTML report) and so need
    /// the layer in longitude/latitude: `RegionLayer.requireLonLat(for:)` before rendering them.
    public var needsLonLat: Bool { self == .geojson || self == .svg || self == .html }
}
