import Sasaran
import SasaranIO

/// The Jaccard matrix of a batch (``JaccardMatrix``). The table numbers the lists (1, 2, …)
/// and names them below; CSV and JSON carry the names.
public enum JaccardMatrixEmitter {
    public static func render(_ m: JaccardMatrix, format: OutputFormat) throws -> String {
        let fixed = m.values.map { $0.map { ResearchText.fixed($0) } }
        switch format {
        case .table:
            let table = TextTable(columns: [.right("#")] + m.names.indices.map { .right(String($0 + 1)) },
                                  rows: m.names.indices.map { [String($0 + 1)] + fixed[$0] })
            return ResearchText.document(["Jaccard index of every pair of lists", ""] + table.plain() + [""]
                + m.names.enumerated().map { "\($0 + 1)  \($1)" })
        case .csv:
            return ResearchText.document([(["scenario"] + m.names).map(CSVEmitter.text).joined(separator: ",")]
                + m.names.indices.map { ([CSVEmitter.text(m.names[$0])] + m.values[$0].map { ResearchText.cell($0) }).joined(separator: ",") })
        case .json:
            return try JSONText.encode(Document(names: m.names, values: m.values.map { $0.map(JSONScalar.number) }))
        default:
            throw OutputUsageError.unsupported(format, "a Jaccard matrix")
        }
    }

    struct Document: Encodable {
        var names: [String]
        var values: [[JSONScalar]]
    }
}
