import Foundation

/// Alkire–Foster counting over regions (Alkire & Foster 2011, "Counting and multidimensional
/// poverty measurement"), with the district as the unit: each region is deprived in a
/// dimension when its value meets the cutoff (`p0_persen >= 15`, `ipm < 65`); its deprivation
/// count cᵢ is the number of dimensions it is deprived in (equal weights); it is identified when
/// cᵢ ≥ k; its censored score is cᵢ ÷ d when identified, else 0. Over the n regions with every
/// dimension: the headcount H = q ÷ n (q identified), the intensity A = Σ censored cᵢ ÷ (q d),
/// and the adjusted headcount M0 = H · A = Σ censored cᵢ ÷ (n d).
public struct AlkireFoster: Sendable, Hashable {
    /// One dimension and its cutoff.
    public struct Deprivation: Sendable, Hashable, CustomStringConvertible {
        public var column: String
        public var op: ComparisonOperator
        public var cutoff: Double

        /// Whether `value` is deprived.
        public func isDeprived(_ value: Double) -> Bool { op.holds(value, cutoff) }

        /// The column of the 0/1 deprivation indicator in the joined regions.
        public var deprivedColumn: String { column + IndexColumnNames.deprivedSuffix }

        public var description: String { "\(column)\(op.rawValue)\(NumberText.text(cutoff))" }
    }

    public var deprivations: [Deprivation]
    /// The cutoff on the count: identified when deprived in at least `k` dimensions (1…d).
    public var k: Int
    /// Regions counted (with every dimension).
    public var regions: Int
    /// Regions identified (cᵢ ≥ k).
    public var identified: Int
    public var headcount: Double
    public var intensity: Double
    public var adjustedHeadcount: Double

    /// Parses `p0_persen>=15,ipm<65` (each a comparison of a column with a number).
    public static func parseDeprivations(_ text: String) throws -> [Deprivation] {
        var result: [Deprivation] = []
        for (k, item) in text.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
            let part = item.trimmingCharacters(in: .whitespaces)
            let parsed = try ExpressionParser.parseComparison(part, context: "deprivation \(k + 1)")
            guard !result.contains(where: { $0.column == parsed.column }) else {
                throw IndexError.invalidDeprivations(text: text, message: "the column \(parsed.column) has two cutoffs; give one per dimension")
            }
            result.append(Deprivation(column: parsed.column, op: parsed.op, cutoff: parsed.threshold))
        }
        return result
    }

    /// Counts over `rows` (each the values of the dimensions, in order): the per-row
    /// deprivation counts and censored scores, and the summary.
    static func count(_ rows: [[Double]], deprivations: [Deprivation], k: Int) -> (counts: [Int], censored: [Double], summary: AlkireFoster) {
        let d = deprivations.count
        var counts: [Int] = [], censored: [Double] = []
        var identified = 0, censoredSum = 0
        for row in rows {
            let c = zip(deprivations, row).filter { $0.isDeprived($1) }.count
            counts.append(c)
            if c >= k { identified += 1; censoredSum += c }
            censored.append(c >= k ? Double(c) / Double(d) : 0)
        }
        let n = rows.count
        let h = n > 0 ? Double(identified) / Double(n) : 0
        let a = identified > 0 ? Double(censoredSum) / Double(identified * d) : 0
        let summary = AlkireFoster(deprivations: deprivations, k: k, regions: n, identified: identified,
                                   headcount: h, intensity: a, adjustedHeadcount: n > 0 ? Double(censoredSum) / Double(n * d) : 0)
        return (counts, censored, summary)
    }
}
