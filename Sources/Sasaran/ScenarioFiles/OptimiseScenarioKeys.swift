/// The `optimise:` section of a scenario file: select exactly (``Optimiser``) instead of by rank.
///
/// ```yaml
/// optimise:
///   cover: {jumlah_miskin_ribu: 0.75, penduduk_implied_ribu: 0.5}   # or "jumlah_miskin_ribu>=0.75,…"
///   cost-column: penduduk_implied_ribu
///   unit-cost: 50000000          # per unit of the cost column
///   budget: 2.0e12               # maximise the covered value within it
///   weights: {jumlah_miskin_ribu: 1}
///   time-limit: 60
///   gap: 1e-9                    # relative gap counted as optimal
///   alternatives: 3
///   within: 0.01
///   min-difference: 2
/// ```
enum OptimiseScenarioKeys {
    static let section = "optimise"

    static func parse(_ root: YAMLMap) throws -> OptimisationRequest? {
        guard root.has(section) else { return nil }
        let map = try root.map(section)
        try map.allow(["cover", "cost-column", "unit-cost", "budget", "parent-budget-share", "weights", "time-limit", "gap", "alternatives", "within", "min-difference"])
        var request = OptimisationRequest()
        func fail(_ key: String, _ message: String) -> ScenarioError {
            ScenarioError(file: map.file, key: key.isEmpty ? map.key : map.path(key), message: message)
        }
        if map.has("cover") {
            do {
                if let text = map.values["cover"] as? String {
                    request.covers = try CoverTarget.list(parsing: text)
                } else {
                    let covers = try map.map("cover")
                    request.covers = try covers.values.keys.sorted().map { column in
                        guard let share = try covers.string(column) else { throw fail("cover.\(column)", "expected a share such as 0.75 or 75%") }
                        return try CoverTarget(parsing: "\(column)>=\(share)")
                    }
                }
            } catch let error as OptimisationError { throw fail("cover", error.description) }
        }
        if let column = try map.string("cost-column") {
            request.cost = CostSpecification(column: column, unitCost: try map.double("unit-cost") ?? 1)
        } else if map.has("unit-cost") {
            throw fail("unit-cost", "a unit cost needs cost-column")
        }
        request.budget = try map.double("budget")
        request.parentBudgetShare = try map.double("parent-budget-share")
        if map.has("weights") {
            let weights = try map.map("weights")
            for column in weights.values.keys.sorted() {
                guard let w = try weights.double(column) else { throw fail("weights.\(column)", "expected a number") }
                request.weights[column] = w
            }
        }
        if let t = try map.double("time-limit") { request.timeLimit = t }
        if let g = try map.double("gap") { request.relativeGap = g }
        if let k = try map.int("alternatives") { request.alternatives = k }
        if let w = try map.double("within") { request.within = w }
        if let d = try map.int("min-difference") { request.minDifference = d }
        do { try request.validate() } catch let error as OptimisationError { throw fail("", error.description) }
        return request
    }

    /// The request in the manifest's parameters, with the solver and its version.
    static func describe(_ request: OptimisationRequest, in manifest: inout RunManifest) {
        manifest.parameters["solver"] = CBCSolver.version
        if !request.covers.isEmpty { manifest.parameters["optimise.cover"] = request.covers.map(\.description).joined(separator: ",") }
        if let cost = request.cost { manifest.parameters["optimise.cost"] = cost.description }
        if let budget = request.budget { manifest.parameters["optimise.budget"] = NumberText.text(budget) }
        if let share = request.parentBudgetShare { manifest.parameters["optimise.parentBudgetShare"] = NumberText.text(share) }
        if !request.weights.isEmpty {
            manifest.parameters["optimise.weights"] = request.weights.keys.sorted().map { "\($0)=\(NumberText.text(request.weights[$0]!))" }.joined(separator: ",")
        }
        manifest.parameters["optimise.timeLimit"] = NumberText.text(request.timeLimit)
        manifest.parameters["optimise.gap"] = NumberText.text(request.relativeGap)
        if request.alternatives > 0 {
            manifest.parameters["optimise.alternatives"] = "\(request.alternatives) within \(NumberText.text(request.within)), min difference \(request.minDifference)"
        }
    }
}
