import Sasaran

/// The `index` object of the list's JSON (present only with an index stage): how the index was
/// made and what it found. Keys: `method`, `normalise`, `levels`, `components` (`column`,
/// `lowerIsWorse`, `weight`, `loading`), `explainedVariance` and `eigenvalues` (PCA),
/// `alkireFoster` (`deprivations`, `k`, `regions`, `identified`, `headcount`, `intensity`,
/// `adjustedHeadcount`), `classes` (`method`, `count`, `minimum`, `maximum`, `breaks`,
/// `sizes`), `eligibility` (`rule` verbatim, `eligible`, `notEligible`, `undecided` counts and
/// the undecided codes), `withoutIndex`, and `tables` (each further table's join report).
struct IndexDocument: Encodable {
    var method: String
    var description: JSONScalar
    var normalise: String
    var levels: Int
    var components: [Component]
    var explainedVariance: JSONScalar
    var eigenvalues: [JSONScalar]?
    var alkireFoster: AlkireFosterRecord?
    var classes: Classes?
    var eligibility: Eligibility?
    var withoutIndex: [String]
    var tables: [Table]

    struct Component: Encodable {
        var column: String
        var lowerIsWorse: Bool
        var weight: JSONScalar
        var loading: JSONScalar
    }

    struct AlkireFosterRecord: Encodable {
        var deprivations: [String]
        var k: Int
        var regions: Int
        var identified: Int
        var headcount: JSONScalar
        var intensity: JSONScalar
        var adjustedHeadcount: JSONScalar
    }

    struct Classes: Encodable {
        var method: String
        var count: Int
        var minimum: JSONScalar
        var maximum: JSONScalar
        var breaks: [JSONScalar]
        var sizes: [Int]
    }

    struct Eligibility: Encodable {
        var rule: String
        var eligible: Int
        var notEligible: Int
        var undecided: [String]
    }

    struct Table: Encodable {
        var file: String
        var columns: [String]
        var filters: [String]
        var regionsWithoutRow: [String]
        var regionsWithMissingValue: [String]
        var rowsWithoutRegion: Int
        var warnings: [String]
    }

    init(_ run: IndexRun) {
        let spec = run.specification
        normalise = spec.normalisation.rawValue
        description = .nullable(spec.compositeDescription)
        levels = run.levels
        switch spec.composite {
        case .weighted(let c)?:
            method = "weighted"
            components = c.map { Component(column: $0.column, lowerIsWorse: $0.lowerIsWorse, weight: .nullable($0.weight), loading: .null) }
        case .pca(let c)?:
            method = "pca"
            let loadings = run.principalComponent?.loadings ?? []
            components = c.enumerated().map { j, x in
                Component(column: x.column, lowerIsWorse: x.lowerIsWorse, weight: .null, loading: j < loadings.count ? .number(loadings[j]) : .null)
            }
        case .alkireFoster?:
            method = "alkire-foster"
            components = []
        case nil:
            method = "none"
            components = []
        }
        explainedVariance = .nullable(run.principalComponent?.explainedVariance)
        eigenvalues = run.principalComponent.map { $0.eigenvalues.map(JSONScalar.number) }
        alkireFoster = run.alkireFoster.map {
            AlkireFosterRecord(deprivations: $0.deprivations.map(\.description), k: $0.k, regions: $0.regions, identified: $0.identified,
                               headcount: .number($0.headcount), intensity: .number($0.intensity), adjustedHeadcount: .number($0.adjustedHeadcount))
        }
        classes = run.classes.map {
            Classes(method: $0.method.rawValue, count: $0.count, minimum: .number($0.minimum), maximum: .number($0.maximum),
                    breaks: $0.breaks.map(JSONScalar.number), sizes: $0.sizes)
        }
        eligibility = run.eligibility.map {
            Eligibility(rule: $0.rule, eligible: $0.eligible.count, notEligible: $0.notEligible.count, undecided: $0.undecided)
        }
        withoutIndex = run.withoutIndex
        tables = run.joins.map {
            Table(file: $0.file, columns: $0.columns, filters: $0.filters.map(\.description), regionsWithoutRow: $0.report.regionsWithoutRow,
                  regionsWithMissingValue: $0.report.regionsWithMissingValue, rowsWithoutRegion: $0.report.rowsWithoutRegion.count,
                  warnings: $0.report.warnings)
        }
    }
}
