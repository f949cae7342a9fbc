import ArgumentParser
import Sasaran

/// Options describing the ranking rule: rank key, stop rule and constraints (one phase; use a
/// scenario file for several).
struct TargetingOptionGroup: ParsableArguments {
    @Option(help: "Rank key: count (default), rate (value ÷ population) or the name of a numeric column.")
    var rankBy: String = "count"

    @Option(help: "Coverage target: stop when the cumulative share reaches it (0 < target ≤ 1; default 0.75).")
    var target: Double?

    @Option(help: "Stop at this many regions instead of a coverage target.")
    var count: Int?

    @Flag(help: "Take every region the constraints admit (no target).")
    var all = false

    @Option(help: "Only regions of these parents (provinces), comma-separated codes.")
    var focus: String?

    @Option(help: "At most this many regions per parent.")
    var maxPerParent: Int?

    @Option(help: "At least this many regions per parent (best first).")
    var minPerParent: Int?

    @Option(help: ArgumentHelp("At most N regions in each unit of a level (kabupaten:10), or in one unit (32.01:4); repeatable; needs --levels.", valueName: "level:n"))
    var maxPer: [String] = []

    @Option(help: ArgumentHelp("At least N regions in each unit of a level (province:1), or in one unit, best first; repeatable; needs --levels.", valueName: "level:n"))
    var minPer: [String] = []

    @Option(help: "Codes always selected, comma-separated (they count toward coverage).")
    var lockIn: String?

    @Option(help: "Codes never selected, comma-separated.")
    var lockOut: String?

    @Option(help: "At most this many regions in all.")
    var maxRegions: Int?

    @Option(help: "Only regions whose boundary field matches, e.g. --only TIPE=Kabupaten or TIPE!=Kota (repeatable).")
    var only: [String] = []

    @Option(help: "The national total to compute shares against, when the layer covers only part of the country.")
    var nationalTotal: Double?

    func validate() throws {
        let rules = [target != nil, count != nil, all].filter { $0 }.count
        if rules > 1 { throw ValidationError("give one of --target, --count and --all") }
        try NumberFlags.check(count, "--count", in: 1...NumberFlags.regions.upperBound)
        try NumberFlags.check(maxPerParent, "--max-per-parent", in: NumberFlags.regions)
        try NumberFlags.check(minPerParent, "--min-per-parent", in: NumberFlags.regions)
        try NumberFlags.check(maxRegions, "--max-regions", in: NumberFlags.regions)
        _ = try levelQuotas()
    }

    /// The quotas of `--max-per` and `--min-per`, unresolved.
    func levelQuotas() throws -> [LevelQuota] {
        do {
            return try maxPer.map { try LevelQuota(parsing: $0, bound: .atMost, flag: "--max-per") }
                + minPer.map { try LevelQuota(parsing: $0, bound: .atLeast, flag: "--min-per") }
        } catch let error as HierarchyError { throw ValidationError(error.description) }
    }

    var hasRuleFlags: Bool {
        target != nil || count != nil || all || focus != nil || maxPerParent != nil || minPerParent != nil || lockIn != nil
            || !maxPer.isEmpty || !minPer.isEmpty || lockOut != nil || maxRegions != nil || !only.isEmpty || nationalTotal != nil || rankBy != "count"
    }

    /// The one-phase request these options describe.
    func request() throws -> TargetingRequest {
        let rule: StopRule = count.map(StopRule.count) ?? (all ? .constraintsOnly : .coverage(target ?? 0.75))
        let filters = try only.map { text -> AttributeFilter in
            guard let filter = AttributeFilter(parsing: text) else { throw ValidationError("--only \(text): expected FIELD=VALUE or FIELD!=VALUE") }
            return filter
        }
        var constraints = Constraints(focusParents: focus.map(Self.codes), maxPerParent: maxPerParent, minPerParent: minPerParent,
                                      lockIn: lockIn.map(Self.codes) ?? [], lockOut: lockOut.map(Self.codes) ?? [],
                                      maxRegions: maxRegions, attributeFilters: filters)
        constraints.levelQuotas = try levelQuotas()
        return TargetingRequest(rankKey: RankKey(parsing: rankBy), rule: rule, constraints: constraints, nationalTotal: nationalTotal)
    }

    private static func codes(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
