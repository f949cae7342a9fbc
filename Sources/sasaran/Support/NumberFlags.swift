import ArgumentParser
import Sasaran

/// The documented range of every number the command line takes (docs/limits.md, "Numbers on the
/// command line"), checked where it enters, before any work: a number at the edge of its type
/// (`--replicates 9223372036854775807`, `--tolerance-km 1e308`) is a usage error naming the flag
/// and its range, never a trap, an overflow or an hour of work.
enum NumberFlags {
    /// Counts of things: regions, per-parent quotas, replicates, draws, permutations.
    static let regions: ClosedRange<Int> = 0...10_000_000
    static let replicates: ClosedRange<Int> = 1...1_000_000
    static let permutations: ClosedRange<Int> = 1...999_999
    static let prefixLength: ClosedRange<Int> = 1...64
    static let classes: ClosedRange<Int> = 2...100
    static let dimensions: ClosedRange<Int> = 1...1_000
    /// Distances in kilometres: wider than any country's neighbours, finite.
    static let kilometres: ClosedRange<Double> = 0...1_000
    /// Coefficients of variation and other positive scale factors.
    static let scale: ClosedRange<Double> = 0...1_000_000

    /// Throws a usage error when `value` (if given) lies outside `range`.
    static func check(_ value: Int?, _ flag: String, in range: ClosedRange<Int>) throws {
        guard let value, !range.contains(value) else { return }
        throw ValidationError("\(flag) \(value) is outside the accepted range \(NumberText.grouped(range.lowerBound))…\(NumberText.grouped(range.upperBound)) (see docs/limits.md)")
    }

    /// Throws a usage error when `value` (if given) is not finite or lies outside `range`.
    static func check(_ value: Double?, _ flag: String, in range: ClosedRange<Double>) throws {
        guard let value, !(value.isFinite && range.contains(value)) else { return }
        try refuse(value, flag, "from \(NumberText.text(range.lowerBound)) to \(NumberText.text(range.upperBound))")
    }

    /// Throws a usage error when `value` (if given) is not strictly between 0 and 1 (a
    /// significance level).
    static func checkOpenShare(_ value: Double?, _ flag: String) throws {
        guard let value, !(value > 0 && value < 1) else { return }
        try refuse(value, flag, "strictly between 0 and 1")
    }

    private static func refuse(_ value: Double, _ flag: String, _ range: String) throws -> Never {
        let shown = value.isFinite ? NumberText.text(value) : String(describing: value)
        throw ValidationError("\(flag) \(shown) is outside the accepted range, \(range) (see docs/limits.md)")
    }
}
