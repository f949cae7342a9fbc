import Sasaran
import SasaranIO

/// The summary of a batch (``BatchSummaryRow``), one line per scenario, in batch order.
public enum BatchSummaryEmitter {
    public static func render(_ rows: [BatchSummaryRow], format: OutputFormat) throws -> String {
        switch format {
        case .table:
            let table = TextTable(columns: [.left("Scenario"), .right("Districts"), .right("Provinces"), .right("Coverage %"),
                                            .right("Value covered"), .right("Population covered"), .left("Marginal")],
                                  rows: zip(rows, zip(NumberText.display(column: rows.map(\.valueCovered)),
                                                      NumberText.display(column: rows.map { $0.populationCovered ?? .nan }))).map { row, numbers in
                [row.scenario, String(row.districts), String(row.provinces), NumberText.percent(row.coverage), numbers.0, numbers.1,
                 row.marginal.map { code in [code, row.marginalName ?? ""].joined(separator: " ") } ?? "none"]
            })
            return ResearchText.document(table.plain())
        case .csv:
            let header = "scenario,districts,provinces,coverage,value_covered,population_covered,marginal,marginal_name,target,unmet"
            return ResearchText.document([header] + rows.map { row in
                ResearchText.csvLine([CSVEmitter.text(row.scenario), String(row.districts), String(row.provinces),
                                      ResearchText.cell(row.coverage), ResearchText.cell(row.valueCovered),
                                      ResearchText.cell(row.populationCovered), CSVEmitter.text(row.marginal ?? ""),
                                      CSVEmitter.text(row.marginalName ?? ""), ResearchText.cell(row.target), String(row.unmet)])
            })
        case .json:
            return try JSONText.encode(["scenarios": rows.map(Record.init)])
        default:
            throw OutputUsageError.unsupported(format, "a batch summary")
        }
    }

    struct Record: Encodable {
        var scenario: String
        var districts: Int
        var provinces: Int
        var coverage: JSONScalar
        var valueCovered: JSONScalar
        var populationCovered: JSONScalar
        var marginal: JSONScalar
        var marginalName: JSONScalar
        var target: JSONScalar
        var unmet: Int

        init(_ row: BatchSummaryRow) {
            scenario = row.scenario; districts = row.districts; provinces = row.provinces
            coverage = .number(row.coverage); valueCovered = .number(row.valueCovered)
            populationCovered = .nullable(row.populationCovered); marginal = .nullable(row.marginal)
            marginalName = .nullable(row.marginalName); target = .nullable(row.target); unmet = row.unmet
        }
    }
}
