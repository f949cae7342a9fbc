import Sasaran
import SasaranGeo

/// The drawing of a layer: one SVG path per region (simplified for the map's pixel size) and the
/// province borders (the regions of each parent dissolved with GEOS, then simplified).
///
/// Coordinates are rounded to 0.1 px; each ring starts with an absolute move and continues with
/// relative line segments, which keeps the file small. Parts and holes under ``minimumArea``
/// square pixels are left out (invisible at this size), except a region's largest part, so every
/// region keeps a path.
struct MapShapes {
    /// Path data per region of the layer, in layer order.
    var regionPaths: [String]
    /// Path data of each parent's outline, by parent code ascending (parents "" left out).
    var borderPaths: [String]
    /// Vertices written, over regions and borders.
    var vertices: Int
    /// The same drawing as rings of points in tenths of a pixel (shells and holes, to fill
    /// even-odd), per region in layer order and per parent: for a painter other than SVG (the PDF).
    var regionRings: [[[PixelPoint]]]
    var borderRings: [[[PixelPoint]]]

    /// A point in tenths of a pixel.
    typealias PixelPoint = (x: Int, y: Int)

    /// Simplification error allowed, in pixels.
    static let tolerancePixels = 0.5
    /// Parts and holes smaller than this (square pixels) are not drawn.
    static let minimumArea = 0.5
    /// Holes in a province outline smaller than this are gaps between districts, not drawn.
    static let minimumBorderHole = 4.0

    /// The drawing of `layer` in `projection`; only the regions `include` accepts are drawn
    /// (the others get empty paths, and province borders are dissolved from the included ones):
    /// a detail map leaves out what falls outside its frame.
    static func build(_ layer: RegionLayer, projection: MapProjection, include: (Region) -> Bool = { _ in true }) throws -> MapShapes {
        let regions = layer.regions
        let included = regions.map(include)
        let tolerance = projection.tolerance(pixels: tolerancePixels)
        let minimumDegrees2 = minimumArea / (projection.scale * projection.scaleX)
        // Regions: leave out the parts too small to see (thousands of islets in some provinces),
        // simplify the rest, then draw.
        let simplified = try SasaranGeo.concurrentMap(regions.count) { index -> (Geometry, String, Int, [[PixelPoint]]) in
            let geometry = regions[index].geometry
            guard included[index] else { return (geometry, "", 0, []) }
            let shown = try visible(geometry, minimumDegrees2)
            var simple = try (shown.isEmpty ? geometry : shown).simplified(tolerance: tolerance)
            if simple.isEmpty { simple = geometry }
            let (data, count, rings) = path(try simple.polygonRings(), projection, keepLargest: true, holeArea: minimumArea)
            return (simple, data, count, rings)
        }
        let parents = Dictionary(grouping: regions.indices.filter { !regions[$0].parent.isEmpty }, by: { regions[$0].parent })
        let parentCodes = parents.keys.sorted()
        // Provinces: dissolve the simplified regions (far fewer vertices than the originals, the
        // same picture at this scale; a simplified shape whose parts ran into each other is
        // repaired first). Gaps between districts become small holes, left out when drawn. Should
        // the union fail all the same, the original shapes are dissolved instead (slower).
        let borders = try SasaranGeo.concurrentMap(parentCodes.count) { job -> (String, Int, [[PixelPoint]]) in
            let members = parents[parentCodes[job]]!.filter { included[$0] }
            guard !members.isEmpty else { return ("", 0, []) }
            let outline: Geometry
            do {
                let parts = try members.map { try valid(simplified[$0].0) }
                outline = try Geometry.union(of: parts)
            } catch {
                outline = try Geometry.union(of: members.map { regions[$0].geometry }).simplified(tolerance: tolerance)
            }
            return path(try outline.polygonRings(), projection, keepLargest: false, holeArea: minimumBorderHole)
        }
        return MapShapes(regionPaths: simplified.map(\.1), borderPaths: borders.map(\.0),
                         vertices: simplified.reduce(0) { $0 + $1.2 } + borders.reduce(0) { $0 + $1.1 },
                         regionRings: simplified.map(\.3), borderRings: borders.map(\.2))
    }

    /// The parts of `geometry` of at least `area` (square degrees): what the map can show.
    private static func visible(_ geometry: Geometry, _ area: Double) throws -> Geometry {
        guard geometry.geometryCount > 1 else { return geometry }
        let parts = try geometry.polygons()
        let kept = try parts.filter { try $0.planarArea() >= area }
        return kept.count == parts.count ? geometry : try Geometry.polygonal(kept)
    }

    /// `geometry`, or its repaired polygonal part when it is invalid.
    private static func valid(_ geometry: Geometry) throws -> Geometry {
        try geometry.isValid() ? geometry : geometry.madeValid().polygonalPart()
    }

    /// A ring in tenths of a pixel, without repeated points or the closing point.
    private struct PixelRing {
        var points: [(Int, Int)]
        /// Area in square pixels.
        var area: Double
    }

    private static func ring(_ xy: [Double], _ projection: MapProjection) -> PixelRing {
        var points: [(Int, Int)] = []
        points.reserveCapacity(xy.count / 2)
        var k = 0
        while k + 1 < xy.count {
            let p = (Int((projection.x(xy[k]) * 10).rounded()), Int((projection.y(xy[k + 1]) * 10).rounded()))
            if let last = points.last, last == p { k += 2; continue }
            points.append(p)
            k += 2
        }
        if points.count > 1, points.first! == points.last! { points.removeLast() }
        var twice = 0
        if points.count >= 3 {
            let (x0, y0) = points[0]
            for i in 1..<(points.count - 1) {
                twice += (points[i].0 - x0) * (points[i + 1].1 - y0) - (points[i + 1].0 - x0) * (points[i].1 - y0)
            }
        }
        return PixelRing(points: points, area: Double(abs(twice)) / 200)
    }

    /// Path data for polygons, the number of vertices written, and the rings written.
    private static func path(_ polygons: [PolygonRings], _ projection: MapProjection, keepLargest: Bool, holeArea: Double)
        -> (String, Int, [[PixelPoint]]) {
        let projected = polygons.map { $0.map { ring($0, projection) } }
        let largest = projected.indices.max { projected[$0].first?.area ?? 0 < projected[$1].first?.area ?? 0 }
        var out = ""
        var count = 0
        var kept: [[PixelPoint]] = []
        for (index, rings) in projected.enumerated() {
            guard let shell = rings.first else { continue }
            let keep = shell.points.count >= 3 && shell.area >= minimumArea
            guard keep || (keepLargest && index == largest && !shell.points.isEmpty) else { continue }
            count += append(shell, to: &out)
            kept.append(shell.points.map { PixelPoint($0.0, $0.1) })
            for hole in rings.dropFirst() where hole.points.count >= 3 && hole.area >= holeArea {
                count += append(hole, to: &out)
                kept.append(hole.points.map { PixelPoint($0.0, $0.1) })
            }
        }
        return (out, count, kept)
    }

    private static func append(_ ring: PixelRing, to out: inout String) -> Int {
        var (x, y) = ring.points[0]
        out += "M" + Markup.tenths(x) + " " + Markup.tenths(y)
        if ring.points.count > 1 { out += "l" }
        for (index, p) in ring.points.dropFirst().enumerated() {
            let dx = p.0 - x, dy = p.1 - y
            if index > 0 && dx >= 0 { out += " " }
            out += Markup.tenths(dx)
            if dy >= 0 { out += " " }
            out += Markup.tenths(dy)
            (x, y) = p
        }
        out += "z"
        return ring.points.count
    }
}
