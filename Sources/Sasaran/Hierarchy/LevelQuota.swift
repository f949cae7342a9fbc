/// A limit on how many listed regions the units of one level of a ``RegionHierarchy`` hold:
/// `--max-per kabupaten:10` (at most 10 villages in each kabupaten), `--max-per 32.01:4` (at most
/// 4 in unit 32.01), `--min-per province:1` (at least one in every province, best first).
///
/// Written with a level name or a unit code as its target; ``resolved(in:regions:)`` turns the
/// target into a level and, for a code, its unit, once the hierarchy is applied.
public struct LevelQuota: Sendable, Hashable {
    /// Whether the quota is a maximum or a minimum.
    public enum Bound: String, Sendable, Hashable { case atMost = "max", atLeast = "min" }

    /// A level name or a unit code, as written.
    public var target: String
    public var bound: Bound
    /// The number of regions.
    public var count: Int
    /// The level's index in the hierarchy, once resolved.
    public private(set) var level: Int?
    /// The level's name, once resolved.
    public private(set) var levelName: String?
    /// The one unit the quota is for, when the target is a code; nil for every unit of the level.
    public private(set) var unit: String?

    public init(target: String, bound: Bound, count: Int) { self.target = target; self.bound = bound; self.count = count }

    /// Parses `TARGET:N` (`kabupaten:10`, `32.01:4`) for `flag` (`--max-per`, `--min-per`).
    public init(parsing text: String, bound: Bound, flag: String) throws {
        guard let colon = text.lastIndex(of: ":"), let n = Int(text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)),
              !text[..<colon].trimmingCharacters(in: .whitespaces).isEmpty else {
            throw HierarchyError("\(flag) \(text): expected LEVEL:N or CODE:N, e.g. kabupaten:10 or 32.01:4")
        }
        guard bound == .atLeast ? n >= 0 : n >= 1 else {
            throw HierarchyError("\(flag) \(text): the number must be at least \(bound == .atLeast ? 0 : 1)")
        }
        self.init(target: text[..<colon].trimmingCharacters(in: .whitespaces), bound: bound, count: n)
    }

    /// "max 10 per kabupaten", "max 4 in kabupaten 32.01".
    public var description: String {
        let name = levelName ?? target
        return unit.map { "\(bound.rawValue) \(count) in \(name) \($0)" } ?? "\(bound.rawValue) \(count) per \(name)"
    }

    /// The quota with its target read: a level name of `hierarchy`, else a unit code found at
    /// exactly one level of `regions`. Throws when it is neither or both.
    public func resolved(in hierarchy: RegionHierarchy?, regions: [RegionKey]) throws -> LevelQuota {
        let flag = bound == .atMost ? "--max-per" : "--min-per"
        guard let hierarchy, !hierarchy.levels.isEmpty else {
            throw HierarchyError("\(flag) \(target):\(count) needs the layer's levels (--levels, or levels: in the scenario's boundaries)")
        }
        var quota = self
        if let level = hierarchy.level(named: target) {
            quota.level = level
            quota.levelName = target
            return quota
        }
        let levels = hierarchy.levels.indices.filter { depth in regions.contains { $0.units.count > depth && $0.units[depth] == target } }
        guard levels.count == 1 else {
            let names = hierarchy.levels.map(\.name).joined(separator: ", ")
            throw HierarchyError(levels.isEmpty
                ? "\(flag) \(target):\(count): \(target) is neither a level (\(names)) nor a unit of one"
                : "\(flag) \(target):\(count): \(target) is a unit of several levels (\(levels.map { hierarchy.levels[$0].name }.joined(separator: ", ")))")
        }
        quota.level = levels[0]
        quota.levelName = hierarchy.levels[levels[0]].name
        quota.unit = target
        return quota
    }

    /// The units this quota limits, ascending, with the regions (indices into `regions`) of each:
    /// the one grouping behind the ranked walk and the summaries. Empty until resolved.
    func groups(_ regions: [JoinedRegion]) -> [(unit: String, members: [Int])] {
        guard let level else { return [] }
        var byUnit: [String: [Int]] = [:]
        for (i, r) in regions.enumerated() where r.key.units.count > level {
            let u = r.key.units[level]
            if unit == nil || unit == u { byUnit[u, default: []].append(i) }
        }
        return byUnit.keys.sorted().map { ($0, byUnit[$0]!) }
    }
}

extension LevelQuota {
    /// Resolves the level quotas of every phase of `request` against `hierarchy` (see
    /// ``resolved(in:regions:)``).
    public static func resolve(_ request: inout TargetingRequest, in hierarchy: RegionHierarchy?, regions: [RegionKey]) throws {
        for k in request.phases.indices {
            request.phases[k].constraints.levelQuotas = try request.phases[k].constraints.levelQuotas.map {
                try $0.resolved(in: hierarchy, regions: regions)
            }
        }
    }
}
