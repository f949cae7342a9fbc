import Sasaran

/// The JSON form of a convergence report, as ``ConvergenceEmitter`` writes it in `json`: keys
/// sorted on writing, numbers that are not finite or absent written as `null`.
struct ConvergenceDocument: Encodable {
    var scenario: String
    var programmesFile: String
    var unit: String
    var valueColumn: String
    var perPoorUnit: String
    var programmes: [String]
    var core: [String]
    var minProgrammes: Int
    var rankBy: String
    var total: JSONScalar
    var amountWithoutValue: JSONScalar
    var phases: [View]
    var manifest: RunManifest?

    struct View: Encodable {
        var phase: Int
        var name: String
        var score: [String: JSONScalar]
        var programmes: [[String: JSONScalar]]
        var parents: [Parent]
        var districts: [District]
        var gaps: [String]
        var unreached: [String]
    }

    struct Parent: Encodable {
        var figures: [String: JSONScalar]
        var programmesPresent: [String]

        func encode(to encoder: Encoder) throws {
            var all = figures.mapValues(Value.scalar)
            all["programmesPresent"] = .list(programmesPresent)
            try all.encode(to: encoder)
        }
    }

    struct District: Encodable {
        var figures: [String: JSONScalar]
        var amounts: [String: JSONScalar]
        var programmesPresent: [String]

        func encode(to encoder: Encoder) throws {
            var all = figures.mapValues(Value.scalar)
            all["amounts"] = .object(amounts)
            all["programmesPresent"] = .list(programmesPresent)
            try all.encode(to: encoder)
        }
    }

    /// A field of a flattened record.
    enum Value: Encodable {
        case scalar(JSONScalar)
        case list([String])
        case object([String: JSONScalar])

        func encode(to encoder: Encoder) throws {
            switch self {
            case .scalar(let x): try x.encode(to: encoder)
            case .list(let items): try items.encode(to: encoder)
            case .object(let map): try map.encode(to: encoder)
            }
        }
    }

    init(_ report: ConvergenceReport, scenario: String, manifest: RunManifest?) {
        self.scenario = scenario
        programmesFile = report.programmesFile
        unit = report.unit
        valueColumn = report.valueColumn
        perPoorUnit = report.perPoorUnit
        programmes = report.programmes
        core = report.core
        minProgrammes = report.minProgrammes
        rankBy = report.rankKey.description
        total = .number(report.total)
        amountWithoutValue = .number(report.amountWithoutValue)
        self.manifest = manifest
        phases = report.phases.map { view in
            let s = view.score
            return View(
                phase: view.phase, name: view.phaseName,
                score: ["totalAmount": .number(s.totalAmount), "amountInside": .number(s.amountInside),
                        "amountShareInside": .nullable(s.amountShareInside), "listShareOfPoor": .number(s.listShareOfPoor),
                        "priorityDistricts": .int(s.priorityDistricts), "reachedByAllCore": .int(s.reachedByAllCore),
                        "coreReachShare": .nullable(s.coreReachShare), "unreached": .int(s.unreached), "gaps": .int(s.gaps)],
                programmes: view.programmes.map { p in
                    ["programme": .string(p.programme), "core": .bool(p.isCore), "totalAmount": .number(p.totalAmount),
                     "amountInside": .number(p.amountInside), "amountOutside": .number(p.amountOutside),
                     "shareInside": .nullable(p.shareInside), "leakage": .nullable(p.leakage),
                     "listShareOfPoor": .number(p.listShareOfPoor), "targetingRatio": .nullable(p.targetingRatio),
                     "districtsReached": .int(p.districtsReached), "districtsReachedOutside": .int(p.districtsReachedOutside),
                     "amountPerPoorInside": .nullable(p.amountPerPoorInside), "amountPerPoorOutside": .nullable(p.amountPerPoorOutside),
                     "concentrationIndex": .nullable(p.concentrationIndex)]
                },
                parents: view.parents.map { p in
                    Parent(figures: ["parent": .string(p.parent), "priorityDistricts": .int(p.priorityDistricts),
                                     "unreached": .int(p.unreached), "gaps": .int(p.gaps), "reachedByAllCore": .int(p.reachedByAllCore),
                                     "poorInside": .number(p.poorInside), "poorTotal": .number(p.poorTotal),
                                     "totalAmount": .number(p.totalAmount), "amountInside": .number(p.amountInside),
                                     "shareInside": .nullable(p.shareInside), "amountPerPoorInside": .nullable(p.amountPerPoorInside)],
                           programmesPresent: p.programmesPresent)
                },
                districts: view.districts.map { d in
                    District(figures: ["rank": .int(d.rank), "code": .string(d.code), "name": .string(d.name), "parent": .string(d.parent),
                                       "value": .number(d.value), "share": .number(d.share), "phase": .int(d.phase),
                                       "programmeCount": .int(d.programmeCount), "totalAmount": .number(d.totalAmount),
                                       "amountPerPoor": .nullable(d.amountPerPoor), "reachedByAllCore": .bool(d.reachedByAllCore),
                                       "gap": .bool(d.isGap)],
                             amounts: Dictionary(uniqueKeysWithValues: zip(report.programmes, d.amounts.map(JSONScalar.number))),
                             programmesPresent: d.programmesPresent)
                },
                gaps: view.gaps, unreached: view.unreached)
        }
    }
}
