/// Checks a request against its input before anything is selected.
enum TargetingValidation {
    /// Validates the request's phases and constraints.
    static func validate(_ request: TargetingRequest, regions: [JoinedRegion], codeIndex: [String: Int]) throws {
        guard !request.phases.isEmpty else { throw TargetingError.noPhases }
        let parents = Set(regions.map(\.key.parent))
        for phase in request.phases {
            switch phase.rule {
            case .coverage(let t):
                guard t.isFinite, t > 0, t <= 1 else { throw TargetingError.invalidTarget(t) }
            case .count(let n):
                guard n >= 1 else { throw TargetingError.invalidCount(n) }
            case .constraintsOnly:
                break
            }
            let c = phase.constraints
            for quota in c.levelQuotas where quota.level == nil {
                throw TargetingError.invalidConstraint("\(quota.description) names no level of the layer's hierarchy (resolve it with LevelQuota.resolved)")
            }
            let maxima = Dictionary(c.levelQuotas.filter { $0.bound == .atMost }.map { ("\($0.level!)|\($0.unit ?? "")", $0.count) }, uniquingKeysWith: min)
            for q in c.levelQuotas where q.bound == .atLeast {
                if let hi = maxima["\(q.level!)|\(q.unit ?? "")"], q.count > hi {
                    throw TargetingError.invalidConstraint("\(q.description) is above max \(hi) at the same level")
                }
            }
            if let m = c.maxPerParent, m < 1 { throw TargetingError.invalidConstraint("max per parent \(m) must be at least 1") }
            if let m = c.minPerParent, m < 0 { throw TargetingError.invalidConstraint("min per parent \(m) must not be negative") }
            if let m = c.maxRegions, m < 1 { throw TargetingError.invalidConstraint("max regions \(m) must be at least 1") }
            if let lo = c.minPerParent, let hi = c.maxPerParent, lo > hi {
                throw TargetingError.invalidConstraint("min per parent \(lo) is above max per parent \(hi)")
            }
            for (parent, m) in c.maxByParent.sorted(by: { $0.key < $1.key }) where m < 1 {
                throw TargetingError.invalidConstraint("max per parent \(m) in \(parent) must be at least 1")
            }
            for (parent, m) in c.minByParent.sorted(by: { $0.key < $1.key }) where m < 0 {
                throw TargetingError.invalidConstraint("min per parent \(m) in \(parent) must not be negative")
            }
            for parent in Set(c.maxByParent.keys).union(c.minByParent.keys).sorted() {
                if let lo = c.minimum(in: parent), let hi = c.maximum(in: parent), lo > hi {
                    throw TargetingError.invalidConstraint("min per parent \(lo) is above max per parent \(hi) in \(parent)")
                }
            }
            let named = Set(c.maxByParent.keys).union(c.minByParent.keys).filter { !parents.contains($0) }.sorted()
            if !named.isEmpty { throw TargetingError.unknownParents(named, available: parents.sorted()) }
            if let focus = c.focusParents {
                let unknown = focus.filter { !parents.contains($0) }
                if !unknown.isEmpty { throw TargetingError.unknownParents(unknown, available: parents.sorted()) }
                if focus.isEmpty { throw TargetingError.invalidConstraint("focus parents list is empty") }
            }
            for filter in c.attributeFilters where !regions.contains(where: { filter.admits($0.key) }) {
                let present = Set(regions.compactMap { $0.key.attributes[filter.key] }).sorted()
                throw TargetingError.filterMatchesNothing(filter: filter.description, field: filter.key, present: present)
            }
            let unknownIn = c.lockIn.filter { codeIndex[$0] == nil }
            if !unknownIn.isEmpty { throw TargetingError.unknownCodes(role: "lock-in", unknownIn) }
            let unknownOut = c.lockOut.filter { codeIndex[$0] == nil }
            if !unknownOut.isEmpty { throw TargetingError.unknownCodes(role: "lock-out", unknownOut) }
            let out = Set(c.lockOut)
            let conflict = c.lockIn.filter { out.contains($0) }
            if !conflict.isEmpty { throw TargetingError.lockConflict(conflict) }
            let noValue = c.lockIn.filter { regions[codeIndex[$0]!].value == nil }
            if !noValue.isEmpty { throw TargetingError.lockInWithoutValue(noValue) }
        }
    }
}
