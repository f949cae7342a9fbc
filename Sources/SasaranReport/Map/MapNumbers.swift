import Foundation
import Sasaran
import SasaranGeo

/// The numbers of the selected regions on a map, one rule for the PDF annex and the HTML report:
/// each selected region is numbered by its rank, which is its row in the list, at a point inside
/// it (GEOS's point on surface). Where the numbers crowd (a box a quarter of the map's width
/// across and half that high, centred on a number, holding ``crowdedCount`` or more: Java, for
/// the Indonesian lists), that part is drawn again enlarged in a detail map, its numbers there
/// instead of on the whole map, where a frame marks it. Every rank is drawn exactly once.
struct MapNumbers {
    /// A number and where it goes, in the pixels (or points) of its map.
    struct Label {
        var rank: Int
        var code: String
        var x: Double
        var y: Double
    }

    /// The enlarged map of the crowded part.
    struct Detail {
        /// The part shown (the detail's frame), in longitude/latitude.
        var envelope: Envelope
        var projection: MapProjection
        /// The regions whose envelope meets the part shown (the others have empty paths).
        var shapes: MapShapes
        var labels: [Label]
        /// The ranks numbered on the detail map rather than the whole map.
        var ranks: Set<Int>
    }

    /// The numbers of every selected region on the whole map, in rank order.
    var labels: [Label]
    /// The enlarged crowded part, when there is one.
    var detail: Detail?

    /// A crowd of at least this many numbers is drawn again, enlarged, in a detail map.
    static let crowdedCount = 12

    /// The numbers of `result`'s list on a map drawn in `projection`; the detail map, when there
    /// is a crowd, is as wide as the map and at most `detailMaxHeight` high, with `detailMargin`.
    init(_ result: RunResult, projection: MapProjection, detailMaxHeight: Double, detailMargin: Double) throws {
        let entries = result.selection.entries
        let points = try entries.map { try result.layer.regions[$0.index].geometry.pointOnSurface() }
        let labels = zip(entries, points).map { Label(rank: $0.rank, code: $0.code, x: projection.x($1.x), y: projection.y($1.y)) }
        self.labels = labels
        let window = projection.width / 4.5
        func members(around centre: Label) -> [Int] {
            labels.indices.filter { abs(labels[$0].x - centre.x) <= window / 2 && abs(labels[$0].y - centre.y) <= window / 4 }
        }
        // The first label (in rank order) with the most others in its box. Each centre compares
        // only the labels of a sliding band of x twice the box wide (sorted once), not the whole
        // list, so thousands of numbered villages stay linear-ish rather than quadratic.
        let byX = labels.indices.sorted { (labels[$0].x, $0) < (labels[$1].x, $1) }
        var counts = [Int](repeating: 0, count: labels.count)
        var low = 0, high = 0
        for centre in byX {
            let c = labels[centre]
            while low < byX.count, labels[byX[low]].x < c.x - window { low += 1 }
            while high < byX.count, labels[byX[high]].x <= c.x + window { high += 1 }
            counts[centre] = byX[low..<high].reduce(0) { count, index in
                abs(labels[index].x - c.x) <= window / 2 && abs(labels[index].y - c.y) <= window / 4 ? count + 1 : count
            }
        }
        let most = counts.max() ?? 0
        let best = counts.firstIndex(of: most).map { members(around: labels[$0]) } ?? []
        guard best.count >= Self.crowdedCount else { return }
        let crowd = Set(best.map { labels[$0].rank })
        let envelope = entries.filter { crowd.contains($0.rank) }
            .reduce(Envelope.empty) { $0.union(result.layer.regions[$1.index].envelope) }
        let p = MapProjection(envelope: envelope, width: projection.width, maxHeight: detailMaxHeight, margin: detailMargin)
        // The part the detail shows (wider than the crowd's envelope: the map's proportions).
        let visible = Envelope(minX: p.minLon + (0 - p.margin - p.offsetX) / p.scaleX, minY: p.maxLat - (p.height - p.margin) / p.scale,
                               maxX: p.minLon + (p.width - p.margin - p.offsetX) / p.scaleX, maxY: p.maxLat + p.margin / p.scale)
        let shapes = try MapShapes.build(result.layer, projection: p) { $0.envelope.intersects(visible) }
        // Every selected region whose number falls inside the frame is numbered on the detail.
        let shown = zip(entries, points).compactMap { entry, point -> Label? in
            let x = p.x(point.x), y = p.y(point.y)
            return x >= 0 && x <= p.width && y >= 0 && y <= p.height ? Label(rank: entry.rank, code: entry.code, x: x, y: y) : nil
        }
        detail = Detail(envelope: visible, projection: p, shapes: shapes, labels: shown, ranks: Set(shown.map(\.rank)))
    }

    /// The numbers drawn on the whole map: those not on the detail map.
    var mainLabels: [Label] {
        guard let ranks = detail?.ranks else { return labels }
        return labels.filter { !ranks.contains($0.rank) }
    }

    /// The frame of the detail on the whole map (x, y, width, height in its pixels).
    func frame(on projection: MapProjection) -> (x: Double, y: Double, width: Double, height: Double)? {
        guard let e = detail?.envelope else { return nil }
        return (projection.x(e.minX), projection.y(e.maxY), projection.x(e.maxX) - projection.x(e.minX), projection.y(e.minY) - projection.y(e.maxY))
    }
}
