import Foundation

/// One component of a composite index: a numeric column, its orientation and its weight.
public struct IndexComponent: Sendable, Hashable, CustomStringConvertible {
    /// The column name (from one of the joined tables).
    public var column: String
    /// A leading `-` in the specification: lower values are worse off (IPM, sanitation), so the
    /// normalised score is reversed and higher always means worse off.
    public var lowerIsWorse: Bool
    /// The weight (above zero); `nil` where the method takes none (PCA).
    public var weight: Double?

    public init(column: String, lowerIsWorse: Bool = false, weight: Double? = nil) {
        self.column = column; self.lowerIsWorse = lowerIsWorse; self.weight = weight
    }

    /// The column of the component's normalised, oriented score in the joined regions.
    public var scoreColumn: String { column + IndexColumnNames.scoreSuffix }

    public var description: String {
        (lowerIsWorse ? "-" : "") + column + (weight.map { ":" + NumberText.text($0) } ?? "")
    }

    /// Parses `p0_persen:0.5,jumlah_miskin_ribu:0.3,-ipm:0.2` (or, with `weights: false`, the
    /// names alone: `p0_persen,-ipm`). Weights must be above zero (orientation is the `-`).
    public static func parseList(_ text: String, weights: Bool) throws -> [IndexComponent] {
        var result: [IndexComponent] = []
        for (k, raw) in text.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
            let item = raw.trimmingCharacters(in: .whitespaces)
            func fail(_ message: String) -> IndexError { .invalidComponent(text: text, item: k + 1, message: message) }
            let parts = item.split(separator: ":", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            var name = parts[0]
            let lower = name.hasPrefix("-")
            if lower { name = String(name.dropFirst()).trimmingCharacters(in: .whitespaces) }
            guard !name.isEmpty else { throw fail("empty column name") }
            var weight: Double?
            if weights {
                guard parts.count == 2 else { throw fail("'\(item)' is not COLUMN:WEIGHT (a leading - for lower is worse)") }
                guard let w = Double(parts[1]), w.isFinite else { throw fail("weight '\(parts[1])' is not a number") }
                guard w > 0 else {
                    throw fail("weight \(parts[1]) must be above zero; to make lower values worse off write -\(name):\(NumberText.text(abs(w)))")
                }
                weight = w
            } else if parts.count != 1 {
                throw fail("'\(item)': this method takes no weights, give the column names only")
            }
            guard !result.contains(where: { $0.column == name }) else { throw fail("'\(name)' is given twice") }
            result.append(IndexComponent(column: name, lowerIsWorse: lower, weight: weight))
        }
        return result
    }
}

/// The names of the columns an index adds to the joined regions (and to the outputs).
public enum IndexColumnNames {
    /// The index itself: the weighted composite, the PCA score, or the Alkire–Foster censored
    /// deprivation share.
    public static let index = "index"
    /// Its class, 1 (lowest) to k, with `--classes k`.
    public static let indexClass = "index_class"
    /// Alkire–Foster: how many deprivations a region has.
    public static let deprivations = "deprivations"
    /// Suffix of a component's normalised score column (`p0_persen_score`).
    public static let scoreSuffix = "_score"
    /// Suffix of a deprivation's 0/1 column (`ipm_deprived`).
    public static let deprivedSuffix = "_deprived"

    /// Whether `name` is one of the columns an index computes.
    static func isComputed(_ name: String) -> Bool {
        name == index || name == indexClass || name == deprivations || name.hasSuffix(scoreSuffix) || name.hasSuffix(deprivedSuffix)
    }
}
