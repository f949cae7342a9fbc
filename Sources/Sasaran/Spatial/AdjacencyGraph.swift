/// The neighbours of every region of a layer: links between unordered pairs, the regions without
/// a neighbour by contiguity (islands), and connected components. Built by
/// ``RegionLayer/adjacency(_:)``; region indices are the layer's.
public struct AdjacencyGraph: Sendable {
    /// The code of every region, by layer index.
    public let codes: [String]
    /// One link per unordered pair, sorted by (code a, code b) with code a < code b.
    public let links: [AdjacencyLink]
    /// The neighbours of every region (ascending indices), bridges included.
    public let neighbours: [[Int]]
    /// Regions with no neighbour by contiguity (before sea bridges), by code.
    public let islands: [Int]
    /// The options the graph was built with.
    public let options: AdjacencyOptions

    /// Assembles a graph from links between regions `0..<codes.count`; links are put in order.
    public init(codes: [String], links: [AdjacencyLink], islands: [Int], options: AdjacencyOptions) {
        self.codes = codes
        var ordered = links.map { link -> AdjacencyLink in
            var link = link
            if (codes[link.b], link.b) < (codes[link.a], link.a) { swap(&link.a, &link.b) }
            return link
        }
        ordered.sort { (codes[$0.a], codes[$0.b], $0.a, $0.b) < (codes[$1.a], codes[$1.b], $1.a, $1.b) }
        self.links = ordered
        var lists = [[Int]](repeating: [], count: codes.count)
        for link in ordered {
            lists[link.a].append(link.b)
            lists[link.b].append(link.a)
        }
        neighbours = lists.map { $0.sorted() }
        self.islands = islands.sorted { (codes[$0], $0) < (codes[$1], $1) }
        self.options = options
    }

    /// Number of regions.
    public var count: Int { codes.count }

    /// The connected components of the regions in `members` (all regions when nil) under the links
    /// between members: each component's indices ascending; components by size descending, then
    /// by their smallest code.
    public func components(of members: Set<Int>? = nil) -> [[Int]] {
        var seen = [Bool](repeating: false, count: count)
        let inside: (Int) -> Bool = { members?.contains($0) ?? true }
        var result: [[Int]] = []
        for start in 0..<count where inside(start) && !seen[start] {
            var component: [Int] = []
            var stack = [start]
            seen[start] = true
            while let region = stack.popLast() {
                component.append(region)
                for next in neighbours[region] where inside(next) && !seen[next] {
                    seen[next] = true
                    stack.append(next)
                }
            }
            result.append(component.sorted())
        }
        let smallestCode = result.map { $0.map { codes[$0] }.min()! }
        return result.indices.sorted { (-result[$0].count, smallestCode[$0]) < (-result[$1].count, smallestCode[$1]) }.map { result[$0] }
    }
}
