import Sasaran
import SasaranIO

/// The Monte Carlo uncertainty of a selection (``UncertaintyResult``).
///
/// - table: the run's facts, the distribution of districts needed and of the point list's
///   coverage, then every district selected in at least one replicate.
/// - CSV: every district with a value: code, name, parent, value, standard_error, point_rank,
///   times_selected, probability (by probability descending).
/// - JSON: all of it.
public enum UncertaintyEmitter {
    public static func render(_ u: UncertaintyResult, format: OutputFormat) throws -> String {
        switch format {
        case .table: return table(u)
        case .csv:
            let header = "code,name,parent,value,standard_error,point_rank,times_selected,probability"
            return ResearchText.document([header] + u.districts.map { d in
                ResearchText.csvLine([CSVEmitter.text(d.code), CSVEmitter.text(d.name), CSVEmitter.text(d.parent),
                                      ResearchText.cell(d.value), ResearchText.cell(d.standardError), d.pointRank.map(String.init) ?? "",
                                      String(d.timesSelected), ResearchText.cell(d.probability)])
            })
        case .json: return try JSONText.encode(Document(u))
        default: throw OutputUsageError.unsupported(format, "an uncertainty run")
        }
    }

    private static func table(_ u: UncertaintyResult) -> String {
        let point = u.pointList
        var lines = ["Uncertainty: \(u.replicates) replicates, seed \(u.seed)", ""]
        lines += ResearchText.facts([
            ("Errors", u.errors.description),
            ("Distribution", u.distribution == .normal ? "normal, censored at 0" : "log-normal with the same mean and CV"),
            ("Rule", (point.target.map { "coverage \(NumberText.percent($0))%" } ?? "as requested") + ", ranked by \(point.rankKey)"),
            ("Point list", "\(point.entries.count) districts, coverage \(NumberText.percent(point.coverage))%"),
            ("Districts needed", QuantilesRecord.line(u.districtsNeeded) { NumberText.display($0) }),
            ("Point-list coverage", QuantilesRecord.line(u.pointListCoverage) { NumberText.percent($0) + "%" }),
            ("Always selected", "\(u.alwaysSelected) districts; sometimes \(u.sometimesSelected)"),
        ])
        let shown = u.districts.filter { $0.timesSelected > 0 || $0.pointRank != nil }
        let values = NumberText.display(column: shown.map(\.value))
        let errors = NumberText.display(column: shown.map(\.standardError))
        let table = TextTable(columns: [.left("Code"), .left("Name"), .left("Province"), .right("Value"), .right("SE"),
                                        .right("Point rank"), .right("Probability")],
                              rows: shown.indices.map { k in
            let d = shown[k]
            return [d.code, d.name, d.parent, values[k], errors[k], d.pointRank.map(String.init) ?? "–", ResearchText.fixed(d.probability)]
        })
        return ResearchText.document(lines + ["", "Districts selected in at least one replicate"] + table.plain())
    }

    struct Document: Encodable {
        var replicates: Int
        var seed: String
        var distribution: String
        var errors: String
        var target: JSONScalar
        var rankBy: String
        var pointList: [String]
        var pointCoverage: JSONScalar
        var districtsNeeded: QuantilesRecord
        var pointListCoverage: QuantilesRecord
        var alwaysSelected: Int
        var sometimesSelected: Int
        var districts: [District]

        struct District: Encodable {
            var code: String
            var name: String
            var parent: String
            var value: JSONScalar
            var standardError: JSONScalar
            var pointRank: JSONScalar
            var timesSelected: Int
            var probability: JSONScalar
        }

        init(_ u: UncertaintyResult) {
            replicates = u.replicates; seed = String(u.seed); distribution = u.distribution.rawValue; errors = u.errors.description
            target = .nullable(u.pointList.target); rankBy = u.pointList.rankKey.description
            pointList = u.pointList.codes; pointCoverage = .number(u.pointList.coverage)
            districtsNeeded = QuantilesRecord(u.districtsNeeded); pointListCoverage = QuantilesRecord(u.pointListCoverage)
            alwaysSelected = u.alwaysSelected; sometimesSelected = u.sometimesSelected
            districts = u.districts.map {
                District(code: $0.code, name: $0.name, parent: $0.parent, value: .number($0.value),
                         standardError: .number($0.standardError), pointRank: .nullable($0.pointRank),
                         timesSelected: $0.timesSelected, probability: .number($0.probability))
            }
        }
    }
}
