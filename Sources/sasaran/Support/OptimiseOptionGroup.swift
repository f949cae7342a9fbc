import ArgumentParser
import Sasaran

/// Options of exact selection (`rank --optimise`): cover targets, cost and budget, time limit,
/// alternatives. With a scenario file they replace its `optimise:` section.
struct OptimiseOptionGroup: ParsableArguments {
    @Flag(help: "Select exactly (a mixed-integer programme solved by CBC) instead of by rank.")
    var optimise = false

    @Option(help: ArgumentHelp("Cover targets on count columns, all met at once, e.g. 'jumlah_miskin_ribu>=0.75,penduduk_implied_ribu>=0.5' (with --optimise; default: the --target on --value).", valueName: "col>=share,…"))
    var cover: String?

    @Option(help: ArgumentHelp("The column a region's cost is read from (times --unit-cost); 'population' is the population column. Without --budget, minimise the total cost.", valueName: "column"))
    var costColumn: String?

    @Option(help: "Cost per unit of the cost column (default 1).")
    var unitCost: Double?

    @Option(help: "Maximise the covered --value (or --weights) within this total cost.")
    var budget: Double?

    @Option(help: ArgumentHelp("No parent's regions may cost more than this share of the budget, e.g. 0.25.", valueName: "share"))
    var parentBudgetShare: Double?

    @Option(help: ArgumentHelp("Maximise a weighted sum of covered columns under the budget, e.g. 'jumlah_miskin_ribu=1,penduduk_implied_ribu=0.1'.", valueName: "col=w,…"))
    var weights: String?

    @Option(help: "Seconds each solve may take; the best list found is returned with its gap (exit 3 when not proven optimal).")
    var timeLimit: Double = 60

    @Option(help: "The relative gap between objective and bound at which a list counts as optimal (default 1e-9).")
    var gap: Double = 1e-9

    @Option(help: "Also give this many different lists of equal or near-equal objective.")
    var alternatives: Int = 0

    @Option(help: ArgumentHelp("How far an alternative's objective may be from the best, e.g. 1% or 0.01.", valueName: "share"))
    var within: String = "1%"

    @Option(help: "Each alternative drops at least this many regions of every earlier list.")
    var minDifference: Int = 1

    var hasOptions: Bool {
        cover != nil || costColumn != nil || unitCost != nil || budget != nil || parentBudgetShare != nil || weights != nil || alternatives != 0
    }

    func validate() throws {
        if hasOptions && !optimise { throw ValidationError("--cover, --cost-column, --unit-cost, --budget, --weights and --alternatives go with --optimise") }
        if unitCost != nil && costColumn == nil { throw ValidationError("--unit-cost needs --cost-column") }
        if budget != nil && costColumn == nil { throw ValidationError("--budget needs --cost-column (what a region costs)") }
    }

    /// The request these options describe, or `nil` without `--optimise`.
    func request() throws -> OptimisationRequest? {
        guard optimise else { return nil }
        var request = OptimisationRequest(timeLimit: timeLimit, alternatives: alternatives, minDifference: minDifference)
        request.relativeGap = gap
        do {
            if let cover { request.covers = try CoverTarget.list(parsing: cover) }
        } catch let error as OptimisationError { throw ValidationError("--cover: \(error)") }
        request.cost = costColumn.map { CostSpecification(column: $0, unitCost: unitCost ?? 1) }
        request.budget = budget
        request.parentBudgetShare = parentBudgetShare
        if let weights {
            for part in weights.split(separator: ",") {
                let pieces = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pieces.count == 2, !pieces[0].isEmpty, let w = Double(pieces[1]) else {
                    throw ValidationError("--weights: '\(part)' is not COLUMN=WEIGHT")
                }
                request.weights[pieces[0]] = w
            }
        }
        var share = within.trimmingCharacters(in: .whitespaces)
        let percent = share.hasSuffix("%")
        if percent { share.removeLast() }
        guard let value = Double(share) else { throw ValidationError("--within \(within): expected a share such as 1% or 0.01") }
        request.within = percent ? value / 100 : value
        do { try request.validate() } catch let error as OptimisationError { throw ValidationError(error.description) }
        return request
    }
}
