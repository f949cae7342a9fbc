import SasaranGeo

/// A poverty pocket ("kantong kemiskinan"): selected regions that form one connected group under
/// an adjacency graph.
public struct Pocket: Sendable {
    /// Position by value, from 1.
    public var rank: Int
    /// The regions' codes, in the selection's list order.
    public var codes: [String]
    /// Their names, in the same order.
    public var names: [String]
    /// Their layer indices, in the same order.
    public var regionIndices: [Int]
    /// Sum of the regions' values (e.g. poor, thousands).
    public var value: Double
    /// ``value`` ÷ the selection's national total.
    public var share: Double
    /// The parents (provinces) the pocket touches, ascending.
    public var parents: [String]

    /// The pocket's regions dissolved into one geometry (GEOS unary union).
    public func dissolved(in layer: RegionLayer) throws -> Geometry {
        try Geometry.union(of: regionIndices.map { layer.regions[$0].geometry })
    }
}

extension Selection {
    /// The pockets of the selection: connected components of the selected regions under `graph`
    /// (links between two selected regions only), ranked by value descending, ties by the first
    /// code in list order. A selected region with no selected neighbour is a pocket of one. The
    /// pockets' values sum to ``valueCovered``.
    public func pockets(graph: AdjacencyGraph) -> [Pocket] {
        var firstIndex: [String: Int] = [:]
        for (index, code) in graph.codes.enumerated() where firstIndex[code] == nil { firstIndex[code] = index }
        var position: [Int: Int] = [:]
        for (place, entry) in entries.enumerated() {
            if let index = firstIndex[entry.code] { position[index] = place }
        }
        var pockets = graph.components(of: Set(position.keys)).map { component -> Pocket in
            let places = component.map { position[$0]! }.sorted()
            let chosen = places.map { entries[$0] }
            let value = CompensatedSum.of(chosen.map(\.value))
            return Pocket(rank: 0, codes: chosen.map(\.code), names: chosen.map(\.name),
                          regionIndices: places.map { place in component.first { position[$0] == place }! },
                          value: value, share: total > 0 ? value / total : .nan,
                          parents: Array(Set(chosen.map(\.parent))).sorted())
        }
        pockets.sort { ($1.value, $0.codes[0]) < ($0.value, $1.codes[0]) }
        for index in pockets.indices { pockets[index].rank = index + 1 }
        return pockets
    }
}
