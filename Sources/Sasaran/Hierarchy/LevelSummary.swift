/// A list summarised at one level of the hierarchy: for each unit (kabupaten, kecamatan), the
/// regions listed and the value they cover, against the unit's own total (the figures
/// aggregated up to that level).
public struct LevelSummary: Sendable, Hashable, Encodable {
    /// One unit of the level.
    public struct Unit: Sendable, Hashable, Encodable {
        /// The unit's code.
        public var code: String
        /// Regions of the unit.
        public var regions: Int
        /// Regions of the unit in the list.
        public var regionsSelected: Int
        /// The sum of the values of the unit's regions (the figure aggregated up).
        public var total: Double
        /// Value covered by the list in the unit.
        public var valueCovered: Double
        /// `valueCovered ÷ total` (0 when the total is 0).
        public var shareOfUnit: Double
        /// `valueCovered ÷` national total.
        public var shareOfNational: Double
    }

    /// The level's name.
    public var level: String
    /// Units with at least one region in the list.
    public var unitsTouched: Int
    /// Every unit of the level, by code.
    public var units: [Unit]

    /// Every level of `hierarchy`, top down, summarised from `regions` and the list.
    static func tally(_ regions: [JoinedRegion], hierarchy: RegionHierarchy, selection: Selection) -> [LevelSummary] {
        hierarchy.levels.indices.map { level in
            var byUnit: [String: (regions: Int, selected: Int, total: CompensatedSum, covered: CompensatedSum)] = [:]
            for (i, r) in regions.enumerated() where r.key.units.count > level {
                var s = byUnit[r.key.units[level]] ?? (0, 0, CompensatedSum(), CompensatedSum())
                s.regions += 1
                let listed = selection.entry(forRegion: i) != nil
                if listed { s.selected += 1 }
                if let v = r.value {
                    s.total.add(v)
                    if listed { s.covered.add(v) }
                }
                byUnit[r.key.units[level]] = s
            }
            let units = byUnit.keys.sorted().map { code -> Unit in
                let s = byUnit[code]!
                return Unit(code: code, regions: s.regions, regionsSelected: s.selected, total: s.total.value, valueCovered: s.covered.value,
                            shareOfUnit: s.total.value > 0 ? s.covered.value / s.total.value : 0,
                            shareOfNational: s.covered.value / selection.total)
            }
            return LevelSummary(level: hierarchy.levels[level].name, unitsTouched: units.filter { $0.regionsSelected > 0 }.count, units: units)
        }
    }
}
