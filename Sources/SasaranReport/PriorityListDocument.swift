import Sasaran

/// The JSON form of a run, as ``JSONEmitter`` writes it. Keys are sorted on writing; numbers
/// that are not finite are written as `null` (``JSONScalar``).
struct PriorityListDocument: Encodable {
    var scenario: String
    /// The value column of the indicator table.
    var indicator: String
    /// The row filters, as `column=value`.
    var filters: [String]
    var rankBy: String
    var total: JSONScalar
    var totalGiven: Bool
    var target: JSONScalar
    var coverage: JSONScalar
    var valueCovered: JSONScalar
    var count: Int
    var marginal: JSONScalar
    var selected: [RegionRecord]
    var parentsTouched: [String]
    var parents: [Parent]
    var phases: [PhaseRecord]
    var unmet: [Unmet]
    var join: Join
    var manifest: RunManifest
    /// How the index was made, with an index stage (``IndexDocument``); absent otherwise.
    var index: IndexDocument?

    struct Parent: Encodable {
        var parent: String
        var regionsSelected: Int
        var regionsWithValue: Int
        var valueCovered: JSONScalar
        var parentTotal: JSONScalar
        var shareOfParent: JSONScalar
        var shareOfNational: JSONScalar
    }

    struct PhaseRecord: Encodable {
        var phase: Int
        var name: String
        var rule: String
        var regionsAdded: Int
        var valueAdded: JSONScalar
        var shareAdded: JSONScalar
        var regionsTotal: Int
        var coverage: JSONScalar
        var marginal: JSONScalar
    }

    struct Unmet: Encodable {
        var kind: String
        var phase: Int
        var parent: JSONScalar
        var required: JSONScalar
        var achieved: JSONScalar
        var message: String
    }

    struct Join: Encodable {
        var regionsWithoutRow: [String]
        var regionsWithMissingValue: [String]
        /// How many table rows name no region.
        var rowsWithoutRegion: Int
        var warnings: [String]
    }

    init(_ result: RunResult) {
        let s = result.selection
        let columns = result.scenario.indicators.columns
        scenario = result.scenario.name
        indicator = columns.value
        filters = columns.filters.map(\.description)
        rankBy = s.rankKey.description
        total = .number(s.total)
        totalGiven = s.totalGiven
        target = .nullable(s.target)
        coverage = .number(s.coverage)
        valueCovered = .number(s.valueCovered)
        count = s.entries.count
        marginal = .nullable(s.marginal)
        let indexFields = IndexFields(result)
        selected = s.entries.map(indexFields.record)
        index = result.index.map(IndexDocument.init)
        parentsTouched = s.parentsTouched
        parents = s.parents.map {
            Parent(parent: $0.parent, regionsSelected: $0.regionsSelected, regionsWithValue: $0.regionsWithValue,
                   valueCovered: .number($0.valueCovered), parentTotal: .number($0.parentTotal),
                   shareOfParent: .number($0.shareOfParent), shareOfNational: .number($0.shareOfNational))
        }
        phases = s.phases.map {
            PhaseRecord(phase: $0.phase, name: $0.name, rule: $0.rule.description, regionsAdded: $0.regionsAdded,
                        valueAdded: .number($0.valueAdded), shareAdded: .number($0.shareAdded),
                        regionsTotal: $0.regionsTotal, coverage: .number($0.coverage), marginal: .nullable($0.marginal))
        }
        unmet = s.unmet.map {
            Unmet(kind: $0.kind.rawValue, phase: $0.phase, parent: .nullable($0.parent),
                  required: .number($0.required), achieved: .number($0.achieved), message: $0.message)
        }
        let report = result.join.report
        join = Join(regionsWithoutRow: report.regionsWithoutRow, regionsWithMissingValue: report.regionsWithMissingValue,
                    rowsWithoutRegion: report.rowsWithoutRegion.count, warnings: report.warnings)
        manifest = result.manifest
    }
}
