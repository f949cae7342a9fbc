import Sasaran

/// The JSON form of a household report: the nation's figures at the top level (`households`,
/// `targetHouseholds`, `programmes`, `priority`, `convergence`, `gap`), then `districts` and
/// `provinces` with the same figures, the concentration table, what was read, and the manifest.
/// Keys sorted on writing; absent or suppressed figures are `null` (suppressed ones are named in
/// the `suppressed` list beside them).
struct HouseholdsDocument: Encodable {
    var households: Double?
    var targetHouseholds: Double?
    var persons: Double?
    var targetPersons: Double?
    var programmes: [ProgrammeFigures]
    var priority: PriorityFigures?
    var convergence: ConvergenceFigures
    var gap: GapFigures?
    var suppressed: [String]
    var districts: [AreaFigures]
    var provinces: [AreaFigures]
    var deciles: [DecileFigures]?
    var concentration: [DecileConcentration]?
    /// Each district's concentration table (with a decile column).
    var districtDeciles: [DistrictDeciles]?
    var register: Register
    var location: HouseholdReport.LocationCheck?
    var manifest: RunManifest?

    struct DistrictDeciles: Encodable {
        var code: String
        var deciles: [DecileFigures]
    }

    struct Register: Encodable {
        var target: String
        var programmes: [String]
        var core: [String]
        var weighted: Bool
        var amounts: Bool
        var minCell: Int
        var householdsRead: Int
        var unmatched: Int
        var unmatchedWeighted: Double
    }

    init(_ report: HouseholdReport, manifest: RunManifest?) {
        let n = report.national
        households = n.households; targetHouseholds = n.targetHouseholds; persons = n.persons; targetPersons = n.targetPersons
        programmes = n.programmes; priority = report.priority; convergence = n.convergence; gap = n.gap; suppressed = n.suppressed
        districts = report.districts; provinces = report.provinces; deciles = report.deciles; concentration = report.concentration
        register = Register(target: report.rule, programmes: report.programmes, core: report.core, weighted: report.weighted,
                            amounts: report.amounts, minCell: report.minCell, householdsRead: report.householdsRead,
                            unmatched: report.unmatched, unmatchedWeighted: report.unmatchedWeighted)
        location = report.location
        districtDeciles = report.districtDeciles.map { tables in
            zip(report.districts, tables).map { DistrictDeciles(code: $0.code ?? "", deciles: $1) }
        }
        self.manifest = manifest
    }
}
