import Sasaran
import SasaranIO

/// The weight sensitivity of a composite index (``SensitivityResult``).
///
/// - table: the facts (draws, perturbation, the spread of each weight, Spearman's ρ, districts
///   needed), then every district selected in at least one draw or in the baseline list.
/// - CSV: every admissible district: code, name, parent, baseline_index, baseline_rank,
///   baseline_selected, times_selected, frequency, rank_min, rank_p5, rank_median, rank_p95,
///   rank_max (by frequency descending, then baseline rank).
/// - JSON: all of it (keys as in the CSV, camelCase).
public enum SensitivityEmitter {
    public static func render(_ r: SensitivityResult, format: OutputFormat) throws -> String {
        switch format {
        case .table: return table(r)
        case .csv:
            let header = "code,name,parent,baseline_index,baseline_rank,baseline_selected,times_selected,frequency,rank_min,rank_p5,rank_median,rank_p95,rank_max"
            return ResearchText.document([header] + r.districts.map { d in
                ResearchText.csvLine([CSVEmitter.text(d.code), CSVEmitter.text(d.name), CSVEmitter.text(d.parent),
                                      ResearchText.cell(d.baselineIndex), String(d.baselineRank), d.baselineSelected ? "true" : "false",
                                      String(d.timesSelected), ResearchText.cell(d.frequency), String(d.rankMin), String(d.rankP5),
                                      String(d.rankMedian), String(d.rankP95), String(d.rankMax)])
            })
        case .json: return try JSONText.encode(Document(r))
        default: throw OutputUsageError.unsupported(format, "a sensitivity run")
        }
    }

    /// Each draw's weights as CSV: `draw` (from 1), then one column per component (its name, with
    /// a leading `-` where lower is worse off), as shares of the draw's weights.
    public static func draws(_ r: SensitivityResult) -> String {
        let header = (["draw"] + r.weights.map { CSVEmitter.text(($0.lowerIsWorse ? "-" : "") + $0.column) }).joined(separator: ",")
        return ResearchText.document([header] + r.drawnShares.enumerated().map { k, shares in
            ResearchText.csvLine([String(k + 1)] + shares.map { ResearchText.cell($0) })
        })
    }

    private static func table(_ r: SensitivityResult) -> String {
        var facts: [(String, String)] = [
            ("Perturbation", r.perturbation.description),
            ("Sampling errors", r.errors.map { "\($0.description), \(r.distribution == .normal ? "normal, censored at 0" : "log-normal")" } ?? "none (weights only)"),
        ]
        facts += r.weights.map { w in
            ("Weight \(w.lowerIsWorse ? "-" : "")\(w.column)", "given \(ResearchText.fixed(w.share)); drawn " + QuantilesRecord.line(w.drawn) { ResearchText.fixed($0) })
        }
        facts += [
            ("Spearman ρ", QuantilesRecord.line(r.spearman) { ResearchText.fixed($0) }),
            ("Districts needed", "baseline \(r.baselineCount); " + QuantilesRecord.line(r.districtsNeeded) { NumberText.display($0) }),
            ("Always selected", "\(r.alwaysSelected) districts; sometimes \(r.sometimesSelected)"),
        ]
        let shown = r.districts.filter { $0.timesSelected > 0 || $0.baselineSelected }
        let table = TextTable(columns: [.left("Code"), .left("Name"), .left("Province"), .right("Index"), .right("Rank"),
                                        .right("In list"), .right("Frequency"), .right("Rank 5–95%")],
                              rows: shown.map { d in
            [d.code, d.name, d.parent, ResearchText.fixed(d.baselineIndex), String(d.baselineRank), d.baselineSelected ? "yes" : "no",
             ResearchText.fixed(d.frequency), "\(d.rankP5)–\(d.rankP95)"]
        })
        return ResearchText.document(["Weight sensitivity: \(r.draws) draws, seed \(r.seed)", ""] + ResearchText.facts(facts)
            + ["", "Districts selected in at least one draw or in the baseline list"] + table.plain())
    }

    struct Document: Encodable {
        var draws: Int
        var seed: String
        var perturbation: String
        var errors: JSONScalar
        var distribution: String
        var weights: [Weight]
        var spearman: QuantilesRecord
        var districtsNeeded: QuantilesRecord
        var baselineCount: Int
        var alwaysSelected: Int
        var sometimesSelected: Int
        var districts: [District]

        struct Weight: Encodable {
            var column: String
            var lowerIsWorse: Bool
            var share: JSONScalar
            var drawn: QuantilesRecord
        }

        struct District: Encodable {
            var code, name, parent: String
            var baselineIndex: JSONScalar
            var baselineRank: Int
            var baselineSelected: Bool
            var timesSelected: Int
            var frequency: JSONScalar
            var rankMin, rankP5, rankMedian, rankP95, rankMax: Int
        }

        init(_ r: SensitivityResult) {
            draws = r.draws; seed = String(r.seed); perturbation = r.perturbation.description
            errors = .nullable(r.errors?.description); distribution = r.distribution.rawValue
            weights = r.weights.map { Weight(column: $0.column, lowerIsWorse: $0.lowerIsWorse, share: .number($0.share), drawn: QuantilesRecord($0.drawn)) }
            spearman = QuantilesRecord(r.spearman); districtsNeeded = QuantilesRecord(r.districtsNeeded); baselineCount = r.baselineCount
            alwaysSelected = r.alwaysSelected; sometimesSelected = r.sometimesSelected
            districts = r.districts.map {
                District(code: $0.code, name: $0.name, parent: $0.parent, baselineIndex: .number($0.baselineIndex),
                         baselineRank: $0.baselineRank, baselineSelected: $0.baselineSelected, timesSelected: $0.timesSelected,
                         frequency: .number($0.frequency), rankMin: $0.rankMin, rankP5: $0.rankP5, rankMedian: $0.rankMedian,
                         rankP95: $0.rankP95, rankMax: $0.rankMax)
            }
        }
    }
}
