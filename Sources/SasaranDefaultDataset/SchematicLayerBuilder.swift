import Foundation
import SasaranGeo

/// Builds schematic district boundaries from district centroids and registered areas: not real
/// borders, but a tiling whose cells sit where the districts are, are of the order of their size,
/// and touch their neighbours, so that maps, adjacency and pockets work without real boundary files.
///
/// The construction, all in WGS84 lon/lat degrees (Indonesia spans 11° S to 6° N, where a degree
/// is close to square):
/// 1. **Sites**: the centroids; a centroid closer than ``Parameters/minimumSiteSeparation`` to an
///    earlier one (in code order) is moved east by that distance, deterministically.
/// 2. **Land mask**: a disc around each site with the area of its district (radius
///    √(area/π), converted to degrees at its latitude), all radii scaled by one factor; the union
///    is closed (buffered out, then in, by ``Parameters/closingDistance``) to fill the gaps
///    between neighbouring discs, simplified, and its holes are filled. The factor is found by bisection so that the
///    mask's geodesic area equals the sum of the districts' areas.
/// 3. **Cities** (kota): a city's centroid usually lies within a kabupaten that surrounds it,
///    and a plain Voronoi cell would give it half of the land between them. So a city's cell is
///    its Voronoi cell among all sites, capped by its own disc (radius × ``Parameters/cityCapFactor``)
///    and by the mask.
/// 4. **Kabupaten**: the Voronoi cells of the kabupaten sites alone, clipped to the mask, minus
///    the city cells. Together with step 3 every point of the mask belongs to exactly one cell.
/// 5. Every cell is rounded to a grid of ``Parameters/gridSize`` degrees and kept valid. Borders
///    cut by different overlays can differ by floating-point noise: the 2025 cells overlap by
///    about 300 m² in all and leave gaps of the same order. A cell that comes out empty would get a
///    small disc around its site, cut out of its neighbours (it does not happen with the 2025 data).
///
/// The output depends only on the input figures and the GEOS version: the same facts give
/// byte-identical files.
public struct SchematicLayerBuilder {
    /// The knobs of the construction; the defaults made the committed layer.
    public struct Parameters: Sendable, Equatable {
        /// Output coordinates are rounded to this grid, in degrees (1e-8° ≈ 1 mm).
        public var gridSize = 1e-8
        /// Buffer out then in by this many degrees to join neighbouring discs (0.1° ≈ 11 km).
        public var closingDistance = 0.1
        /// Segments per quarter circle of every disc.
        public var quadrantSegments = 6
        /// A city's cap disc relative to its scaled area disc.
        public var cityCapFactor = 1.0
        /// Tolerance of the topology-preserving simplification of the mask, in degrees.
        public var maskSimplifyTolerance = 0.01
        /// Sites closer than this (degrees) are separated.
        public var minimumSiteSeparation = 0.001
        /// Radius of the fallback disc for a cell that comes out empty, in degrees.
        public var fallbackRadius = 0.02
        /// Bisection steps for the radius scale.
        public var scaleIterations = 14

        public init() {}
    }

    /// One district's schematic cell.
    public struct Cell {
        public var district: DistrictFacts
        /// Polygon or MultiPolygon in lon/lat degrees.
        public var geometry: Geometry
        /// The site the cell was built around (the centroid unless it had to be separated).
        public var site: (x: Double, y: Double)
        /// The cell's geodesic area in km².
        public var areaKm2: Double
    }

    /// The cells and what the construction chose.
    public struct Result {
        /// One cell per district, in code order.
        public var cells: [Cell]
        /// The factor applied to every disc radius so the mask's area matches the registered total.
        public var radiusScale: Double
        /// The geodesic area of the land mask, km².
        public var maskAreaKm2: Double
        /// The sum of the districts' sizing areas, km² (the mask's target).
        public var targetAreaKm2: Double
        /// Codes of districts whose site was moved away from a near-coincident one.
        public var separatedSites: [String]
        /// Codes of districts whose cell came out empty and got a fallback disc.
        public var fallbackCells: [String]
    }

    public var parameters: Parameters

    public init(parameters: Parameters = Parameters()) { self.parameters = parameters }

    /// Builds one cell per district.
    /// - Throws: ``DefaultDatasetError/geometry(code:message:)`` where GEOS fails for a district.
    public func build(_ districts: [DistrictFacts]) throws -> Result {
        let (sites, separated) = separatedSites(districts)
        let radii = zip(districts, sites).map { district, site in
            (district.sizingAreaKm2 / Double.pi).squareRoot() / Self.kmPerDegree(latitude: site.y)
        }
        let target = districts.reduce(0) { $0 + $1.sizingAreaKm2 }
        let (scale, mask) = try fittedMask(sites: sites, radii: radii, targetKm2: target)
        let maskArea = try mask.geodesicAreaKm2()
        let preparedMask = try PreparedGeometry(mask)
        let box = mask.envelope.expanded(by: 1)

        // Cities: Voronoi cell among all sites ∩ own disc ∩ mask.
        let allCells = try voronoiCells(sites: sites, box: box)
        var geometries = [Geometry?](repeating: nil, count: districts.count)
        var cityCaps: [(index: Int, geometry: Geometry)] = []
        for index in districts.indices where districts[index].isCity {
            let disc = try Geometry.point(x: sites[index].x, y: sites[index].y)
                .buffered(by: radii[index] * scale * parameters.cityCapFactor, quadrantSegments: parameters.quadrantSegments)
            let capped = try clip(allCells[index].intersection(disc), to: mask, prepared: preparedMask)
            let cell = try capped.snapped(toGrid: parameters.gridSize).polygonalPart()
            geometries[index] = cell
            cityCaps.append((index, cell))
        }
        // Kabupaten: Voronoi among kabupaten sites ∩ mask − city cells.
        let kabupaten = districts.indices.filter { !districts[$0].isCity }
        let kabupatenCells = try voronoiCells(sites: kabupaten.map { sites[$0] }, box: box)
        let capEnvelopes = cityCaps.map { $0.geometry.envelope }
        for (position, index) in kabupaten.enumerated() {
            var cell = try clip(kabupatenCells[position], to: mask, prepared: preparedMask)
            let box = cell.envelope
            let touching = cityCaps.indices.filter { capEnvelopes[$0].intersects(box) }.map { cityCaps[$0].geometry }
            if !touching.isEmpty { cell = try cell.difference(Geometry.union(of: touching)) }
            geometries[index] = try cell.polygonalPart().snapped(toGrid: parameters.gridSize).polygonalPart()
        }
        var cells = try geometries.enumerated().map { index, geometry in
            guard let geometry else { throw DefaultDatasetError.geometry(code: districts[index].code, message: "no cell was built") }
            return Cell(district: districts[index], geometry: geometry, site: sites[index], areaKm2: 0)
        }
        let fallbacks = try giveEmptyCellsADisc(&cells, mask: mask)
        for index in cells.indices { cells[index].areaKm2 = try cells[index].geometry.geodesicAreaKm2() }
        return Result(cells: cells, radiusScale: scale, maskAreaKm2: maskArea, targetAreaKm2: target,
                      separatedSites: separated, fallbackCells: fallbacks)
    }

    /// Kilometres per degree at a latitude: the geometric mean of a degree of latitude
    /// (110.574 km) and of longitude (111.320 km × cos latitude), so a disc of radius r degrees
    /// has about the area of a circle of radius r × this in km.
    static func kmPerDegree(latitude: Double) -> Double {
        (110.574 * 111.320 * cos(latitude * Double.pi / 180)).squareRoot()
    }

    /// The centroids, each moved east until it is at least the minimum separation from every
    /// earlier site (code order), with the codes of those moved.
    private func separatedSites(_ districts: [DistrictFacts]) -> ([(x: Double, y: Double)], [String]) {
        var sites: [(x: Double, y: Double)] = []
        var moved: [String] = []
        let minimum = parameters.minimumSiteSeparation
        for district in districts {
            var site = (x: district.lon, y: district.lat)
            var shifted = false
            while sites.contains(where: { ($0.x - site.x) * ($0.x - site.x) + ($0.y - site.y) * ($0.y - site.y) < minimum * minimum }) {
                site.x += minimum
                shifted = true
            }
            if shifted { moved.append(district.code) }
            sites.append(site)
        }
        return (sites, moved)
    }

    /// The land mask for a radius scale: union of the scaled discs, closed and simplified.
    private func mask(sites: [(x: Double, y: Double)], radii: [Double], scale: Double) throws -> Geometry {
        let discs = try zip(sites, radii).map { site, radius in
            try Geometry.point(x: site.x, y: site.y).buffered(by: radius * scale, quadrantSegments: parameters.quadrantSegments)
        }
        let closed = try Geometry.union(of: discs)
            .buffered(by: parameters.closingDistance, quadrantSegments: parameters.quadrantSegments)
            .buffered(by: -parameters.closingDistance, quadrantSegments: parameters.quadrantSegments)
        let simplified = try closed.simplified(tolerance: parameters.maskSimplifyTolerance).snapped(toGrid: parameters.gridSize)
        return try withoutHoles(simplified.polygonalPart())
    }

    /// The polygons' shells only: the land between discs that the closing could not reach
    /// (inland "lakes") becomes land, so the cells around it meet.
    private func withoutHoles(_ geometry: Geometry) throws -> Geometry {
        let shells = try geometry.polygonRings().map { rings in
            try rings[0].withUnsafeBufferPointer { try Geometry.polygon(shell: $0) }
        }
        return try Geometry.polygonal(shells)
    }

    /// Bisects the radius scale so that the mask's geodesic area meets the target.
    private func fittedMask(sites: [(x: Double, y: Double)], radii: [Double], targetKm2: Double) throws -> (Double, Geometry) {
        var low = 0.5, high = 1.5
        for _ in 0..<parameters.scaleIterations {
            let middle = (low + high) / 2
            if try mask(sites: sites, radii: radii, scale: middle).geodesicAreaKm2() < targetKm2 { low = middle } else { high = middle }
        }
        let scale = (low + high) / 2
        return (scale, try mask(sites: sites, radii: radii, scale: scale))
    }

    /// The Voronoi cells of the sites, in the sites' order (GEOS 3.11 returns them in its own
    /// order, so each cell is matched to the site it contains).
    private func voronoiCells(sites: [(x: Double, y: Double)], box: Envelope) throws -> [Geometry] {
        let cells = try Geometry.voronoiDiagram(sites: sites, envelope: box)
        let tree = try STRtree(cells)
        var ordered = [Geometry?](repeating: nil, count: sites.count)
        for (index, site) in sites.enumerated() {
            let point = try Geometry.point(x: site.x, y: site.y)
            let box = Envelope(minX: site.x, minY: site.y, maxX: site.x, maxY: site.y)
            for candidate in try tree.query(box) where try cells[candidate].intersects(point) {
                ordered[index] = cells[candidate]
                break
            }
        }
        return try ordered.enumerated().map { index, cell in
            guard let cell else {
                throw DefaultDatasetError.geometry(code: "site \(index)", message: "no Voronoi cell holds the site (\(sites[index].x), \(sites[index].y))")
            }
            return cell
        }
    }

    /// The part of a cell inside the mask (the whole cell when the mask holds it).
    private func clip(_ cell: Geometry, to mask: Geometry, prepared: PreparedGeometry) throws -> Geometry {
        try prepared.contains(cell) ? cell : cell.intersection(mask).polygonalPart()
    }

    /// Gives each empty cell a small disc around its site (within the mask), cut out of the cells
    /// it overlaps; returns the codes of those cells.
    private func giveEmptyCellsADisc(_ cells: inout [Cell], mask: Geometry) throws -> [String] {
        var codes: [String] = []
        for index in cells.indices where cells[index].geometry.isEmpty {
            let site = cells[index].site
            let disc = try Geometry.point(x: site.x, y: site.y)
                .buffered(by: parameters.fallbackRadius, quadrantSegments: parameters.quadrantSegments)
                .intersection(mask).snapped(toGrid: parameters.gridSize).polygonalPart()
            for other in cells.indices where other != index && !cells[other].geometry.isEmpty {
                if try cells[other].geometry.intersects(disc) {
                    cells[other].geometry = try cells[other].geometry.difference(disc).snapped(toGrid: parameters.gridSize).polygonalPart()
                }
            }
            cells[index].geometry = disc
            codes.append(cells[index].district.code)
        }
        return codes
    }
}
