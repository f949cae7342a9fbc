import Sasaran
import SasaranIO

/// A comparison of two lists (``ListComparison``). JSON keys: `listA`, `listB`, `both`,
/// `onlyA`, `onlyB` (codes ascending), `jaccard`, `spearman`, `districtsA`, `districtsB`,
/// `coverageA`, `coverageB`, `provinces`. CSV: one row per district in either list, with its
/// status (`both`, `onlyA`, `onlyB`).
public enum ComparisonEmitter {
    public static func render(_ c: ListComparison, format: OutputFormat) throws -> String {
        switch format {
        case .table: return table(c)
        case .csv:
            let rows = c.both.map { ($0, "both") } + c.onlyA.map { ($0, "onlyA") } + c.onlyB.map { ($0, "onlyB") }
            return ResearchText.document(["code,status"] + rows.sorted { $0.0 < $1.0 }.map { "\(CSVEmitter.text($0.0)),\($0.1)" })
        case .json: return try JSONText.encode(Document(c))
        default: throw OutputUsageError.unsupported(format, "a comparison")
        }
    }

    private static func table(_ c: ListComparison) -> String {
        var lines = ["Comparison: A = \(c.nameA), B = \(c.nameB)", ""]
        lines += ResearchText.facts([
            ("Districts", "A \(c.districtsA), B \(c.districtsB), in both \(c.both.count), only A \(c.onlyA.count), only B \(c.onlyB.count)"),
            ("Coverage", "A \(ResearchText.percent(c.coverageA))%, B \(ResearchText.percent(c.coverageB))%"),
            ("Jaccard", ResearchText.fixed(c.jaccard)),
            ("Spearman", c.spearman.map { ResearchText.fixed($0) } ?? "– (fewer than 2 common districts)"),
            ("Only A", c.onlyA.joined(separator: " ")),
            ("Only B", c.onlyB.joined(separator: " ")),
        ])
        let table = TextTable(columns: [.left("Province"), .right("A"), .right("B"), .right("Change"),
                                        .right("Coverage A %"), .right("Coverage B %"), .right("Change (points)")],
                              rows: c.provinces.map { p in
            [p.parent, String(p.districtsA), String(p.districtsB), signed(p.districtChange),
             ResearchText.percent(p.coverageA), ResearchText.percent(p.coverageB), p.coverageChange.map { signedPercent($0) } ?? "–"]
        })
        return ResearchText.document(lines + ["", "By province"] + table.plain())
    }

    private static func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : String(n) }
    private static func signedPercent(_ x: Double) -> String { (x > 0 ? "+" : "") + NumberText.percent(x) }

    struct Document: Encodable {
        var listA: String
        var listB: String
        var both: [String]
        var onlyA: [String]
        var onlyB: [String]
        var jaccard: JSONScalar
        var spearman: JSONScalar
        var districtsA: Int
        var districtsB: Int
        var coverageA: JSONScalar
        var coverageB: JSONScalar
        var provinces: [Province]

        struct Province: Encodable {
            var parent: String
            var districtsA: Int
            var districtsB: Int
            var districtChange: Int
            var coverageA: JSONScalar
            var coverageB: JSONScalar
            var coverageChange: JSONScalar
        }

        init(_ c: ListComparison) {
            listA = c.nameA; listB = c.nameB; both = c.both; onlyA = c.onlyA; onlyB = c.onlyB
            jaccard = .number(c.jaccard); spearman = .nullable(c.spearman)
            districtsA = c.districtsA; districtsB = c.districtsB
            coverageA = .nullable(c.coverageA); coverageB = .nullable(c.coverageB)
            provinces = c.provinces.map {
                Province(parent: $0.parent, districtsA: $0.districtsA, districtsB: $0.districtsB, districtChange: $0.districtChange,
                         coverageA: .nullable($0.coverageA), coverageB: .nullable($0.coverageB), coverageChange: .nullable($0.coverageChange))
            }
        }
    }
}
