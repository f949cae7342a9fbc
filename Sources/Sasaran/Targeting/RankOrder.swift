/// Rank-key values and the canonical order: key descending, ties by code ascending.
enum RankOrder {
    /// The rank-key value of each region in `indices`, or an error listing every region that
    /// lacks what the key needs.
    static func values(for indices: [Int], of regions: [JoinedRegion], key: RankKey) throws -> [Int: Double] {
        var result: [Int: Double] = [:]
        var lacking: [String] = []
        for i in indices {
            let r = regions[i]
            guard let value = r.value else { continue }
            switch key {
            case .count:
                result[i] = value
            case .rate:
                if let p = r.population, p > 0 { result[i] = value / p } else { lacking.append(r.code) }
            case .column(let name):
                if let x = r.extras[name] { result[i] = x } else { lacking.append(r.code) }
            }
        }
        if !lacking.isEmpty {
            switch key {
            case .count:
                break
            case .rate:
                throw TargetingError.populationMissing(lacking)
            case .column(let name):
                let available = Set(regions.flatMap { $0.extras.keys })
                if !available.contains(name) { throw TargetingError.unknownRankColumn(name, available: available.sorted()) }
                throw TargetingError.rankValueMissing(column: name, lacking)
            }
        }
        return result
    }

    /// `indices` sorted by `values` descending, ties by code ascending.
    static func sorted(_ indices: [Int], values: [Int: Double], regions: [JoinedRegion]) -> [Int] {
        indices.sorted { a, b in
            let va = values[a] ?? -.infinity, vb = values[b] ?? -.infinity
            if va != vb { return va > vb }
            return regions[a].code < regions[b].code
        }
    }
}
