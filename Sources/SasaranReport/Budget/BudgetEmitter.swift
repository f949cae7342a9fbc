import Sasaran
import SasaranIO

/// A budget split over a list (``BudgetSplit``), in list order, with each district's name and
/// province from the ``Selection``.
public enum BudgetEmitter {
    public static func render(_ split: BudgetSplit, selection: Selection, format: OutputFormat) throws -> String {
        let entries = Dictionary(uniqueKeysWithValues: selection.entries.map { ($0.code, $0) })
        switch format {
        case .table:
            let weights = NumberText.display(column: split.shares.map(\.weight))
            let exact = NumberText.display(column: split.shares.map(\.exact))
            let table = TextTable(columns: [.left("Code"), .left("Name"), .left("Province"), .right("Weight"),
                                            .right("Proportional"), .right("Amount"), .left("Bound")],
                                  rows: split.shares.indices.map { k in
                let s = split.shares[k]
                return [s.code, entries[s.code]?.name ?? "", entries[s.code]?.parent ?? "", weights[k], exact[k],
                        NumberText.grouped(s.amount), s.atCap ? "cap" : s.atFloor ? "floor" : ""]
            })
            let total = split.shares.reduce(0) { $0 + $1.amount }
            var facts = [("Budget", NumberText.grouped(split.budget)), ("Districts", String(split.shares.count)),
                         ("Floor", NumberText.grouped(split.floor)), ("Cap", split.cap.map { NumberText.grouped($0) } ?? "none"),
                         ("Per unit of weight", NumberText.display(split.perUnitWeight)),
                         ("Sum of amounts", NumberText.grouped(total))]
            facts.append(("At floor / cap", "\(split.shares.filter(\.atFloor).count) / \(split.shares.filter(\.atCap).count)"))
            return ResearchText.document(["Budget split in proportion to value", ""] + ResearchText.facts(facts) + [""] + table.plain())
        case .csv:
            return ResearchText.document(["code,name,parent,weight,proportional,amount,at_floor,at_cap"] + split.shares.map { s in
                ResearchText.csvLine([CSVEmitter.text(s.code), CSVEmitter.text(entries[s.code]?.name ?? ""),
                                      CSVEmitter.text(entries[s.code]?.parent ?? ""), ResearchText.cell(s.weight),
                                      ResearchText.cell(s.exact), String(s.amount), String(s.atFloor), String(s.atCap)])
            })
        case .json:
            return try JSONText.encode(Document(
                budget: split.budget, floor: split.floor, cap: .nullable(split.cap), perUnitWeight: .number(split.perUnitWeight),
                shares: split.shares.map {
                    Share(code: $0.code, name: entries[$0.code]?.name ?? "", parent: entries[$0.code]?.parent ?? "",
                          weight: .number($0.weight), proportional: .number($0.exact), amount: $0.amount,
                          atFloor: $0.atFloor, atCap: $0.atCap)
                }))
        default:
            throw OutputUsageError.unsupported(format, "a budget split")
        }
    }

    struct Document: Encodable {
        var budget: Int
        var floor: Int
        var cap: JSONScalar
        var perUnitWeight: JSONScalar
        var shares: [Share]
    }

    struct Share: Encodable {
        var code: String
        var name: String
        var parent: String
        var weight: JSONScalar
        var proportional: JSONScalar
        var amount: Int
        var atFloor: Bool
        var atCap: Bool
    }
}
