import Sasaran

/// A ``Quantiles`` summary as the research outputs write it: one line for a table, one object
/// for JSON (`min`, `p5`, `median`, `p95`, `max`, `mean`).
struct QuantilesRecord: Encodable {
    var min, p5, median, p95, max, mean: JSONScalar

    init(_ q: Quantiles) {
        min = .number(q.min); p5 = .number(q.p5); median = .number(q.median)
        p95 = .number(q.p95); max = .number(q.max); mean = .number(q.mean)
    }

    /// "min …, 5% …, median …, 95% …, max …; mean …", each number written by `text`.
    static func line(_ q: Quantiles, _ text: (Double) -> String) -> String {
        "min \(text(q.min)), 5% \(text(q.p5)), median \(text(q.median)), 95% \(text(q.p95)), max \(text(q.max)); mean \(text(q.mean))"
    }
}
