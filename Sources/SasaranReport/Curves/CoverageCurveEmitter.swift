import Sasaran
import SasaranIO

/// Coverage curves (``CoverageCurve``) and the count-versus-rate trade-off
/// (``CountRateTradeOff``).
///
/// - CSV: the first curve, one row per district: rank, code, name, parent, value, rank_value,
///   share, cumulative_share.
/// - JSON: every curve with its points, the districts needed for 20/50/75/90% and the target,
///   and the trade-off when there is one.
/// - table: the districts needed per curve for those targets, and the trade-off.
/// - SVG: the curves (``CoverageCurveSVG``).
public enum CoverageCurveEmitter {
    /// The targets the summaries report districts needed for (plus the run's own target).
    static let milestones = [0.2, 0.5, StopRule.defaultTarget, 0.9]

    /// The formats of a coverage curve; CSV (the points) first.
    public static let formats: [OutputFormat] = [.csv, .svg, .table, .json]

    /// The curves of a run (``CoverageCurveSet``), as `sasaran curve` and `POST /api/curve` write them.
    public static func render(_ set: CoverageCurveSet, format: OutputFormat) throws -> String {
        try render(set.curves, target: set.target, tradeOff: set.tradeOff, format: format)
    }

    public static func render(_ curves: [CoverageCurve], target: Double, tradeOff: CountRateTradeOff?, format: OutputFormat) throws -> String {
        let targets = Array(Set(milestones + [target])).sorted()
        switch format {
        case .csv:
            let header = "rank,code,name,parent,value,rank_value,share,cumulative_share"
            return ResearchText.document([header] + (curves.first?.points ?? []).map { p in
                ResearchText.csvLine([String(p.rank), CSVEmitter.text(p.code), CSVEmitter.text(p.name), CSVEmitter.text(p.parent),
                                      ResearchText.cell(p.value), ResearchText.cell(p.rankValue), ResearchText.cell(p.share),
                                      ResearchText.cell(p.cumulativeShare)])
            })
        case .svg:
            return CoverageCurveSVG.render(curves, target: target)
        case .table:
            let table = TextTable(columns: [.left("Ranked by")] + targets.map { .right("\(NumberText.percent($0))%") },
                                  rows: curves.map { curve in
                [curve.rankKey.description] + targets.map { curve.districtsNeeded(for: $0).map(String.init) ?? "–" }
            })
            var lines = ["Districts needed to reach each coverage target", ""] + table.plain()
            if let tradeOff { lines += [""] + TradeOffText.lines(tradeOff) }
            return ResearchText.document(lines)
        case .json:
            return try JSONText.encode(Document(curves: curves.map { Curve($0, targets: targets) }, target: .number(target),
                                                tradeOff: tradeOff.map(TradeOffText.Record.init)))
        default:
            throw OutputUsageError.unsupported(format, "a coverage curve")
        }
    }

    struct Document: Encodable {
        var curves: [Curve]
        var target: JSONScalar
        var tradeOff: TradeOffText.Record?
    }

    struct Curve: Encodable {
        var rankBy: String
        var total: JSONScalar
        var districtsNeeded: [Needed]
        var points: [Point]

        struct Needed: Encodable {
            var target: JSONScalar
            var districts: JSONScalar
        }

        struct Point: Encodable {
            var rank: Int
            var code: String
            var name: String
            var parent: String
            var value: JSONScalar
            var rankValue: JSONScalar
            var share: JSONScalar
            var cumulativeShare: JSONScalar
        }

        init(_ curve: CoverageCurve, targets: [Double]) {
            rankBy = curve.rankKey.description
            total = .number(curve.total)
            districtsNeeded = targets.map { Needed(target: .number($0), districts: .nullable(curve.districtsNeeded(for: $0))) }
            points = curve.points.map {
                Point(rank: $0.rank, code: $0.code, name: $0.name, parent: $0.parent, value: .number($0.value),
                      rankValue: .number($0.rankValue), share: .number($0.share), cumulativeShare: .number($0.cumulativeShare))
            }
        }
    }
}

/// The count-versus-rate trade-off as text and as a JSON record.
enum TradeOffText {
    static func lines(_ t: CountRateTradeOff) -> [String] {
        ["Count versus rate at \(NumberText.percent(t.target))%", ""] + ResearchText.facts([
            ("By count", "\(t.districtsByCount) districts, coverage \(NumberText.percent(t.countCoverage))%"),
            ("By rate", "\(t.districtsByRate) districts, coverage \(NumberText.percent(t.rateCoverage))% (\(t.districtsByRate - t.districtsByCount) more)"),
            ("Rate at count size", "\(NumberText.percent(t.rateCoverageAtCountSize))% with the top \(t.districtsByCount) districts by rate"),
            ("Left out by count", "\(t.leftOut.count) of the \(t.districtsByRate) high-rate districts, holding \(NumberText.display(t.leftOutValue)) of their \(NumberText.display(t.rateListValue)) (\(NumberText.percent(t.leftOutShareOfRateList))%; \(NumberText.percent(t.leftOutShareOfNational))% of the national total)"),
        ])
    }

    struct Record: Encodable {
        var target: JSONScalar
        var districtsByCount: Int
        var districtsByRate: Int
        var countCoverage: JSONScalar
        var rateCoverage: JSONScalar
        var rateCoverageAtCountSize: JSONScalar
        var rateListValue: JSONScalar
        var leftOut: [String]
        var leftOutValue: JSONScalar
        var leftOutShareOfRateList: JSONScalar
        var leftOutShareOfNational: JSONScalar

        init(_ t: CountRateTradeOff) {
            target = .number(t.target); districtsByCount = t.districtsByCount; districtsByRate = t.districtsByRate
            countCoverage = .number(t.countCoverage); rateCoverage = .number(t.rateCoverage)
            rateCoverageAtCountSize = .number(t.rateCoverageAtCountSize); rateListValue = .number(t.rateListValue)
            leftOut = t.leftOut; leftOutValue = .number(t.leftOutValue)
            leftOutShareOfRateList = .number(t.leftOutShareOfRateList); leftOutShareOfNational = .number(t.leftOutShareOfNational)
        }
    }
}
