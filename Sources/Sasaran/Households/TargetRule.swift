import Foundation
import SasaranIO

/// Who is in the target group: a 0/1 flag column (`ekstrem`), or a welfare decile or rank with a
/// cut (`desil<=1`, `rank<500000`, `status=1`).
public struct TargetRule: Sendable, Equatable, CustomStringConvertible {
    public enum Comparison: String, Sendable, CaseIterable {
        case lessOrEqual = "<=", greaterOrEqual = ">=", notEqual = "!=", less = "<", greater = ">", equal = "="
    }

    /// The register's column the rule reads.
    public var column: String
    /// `nil` for a flag column (which must hold 0 or 1; 1 is the target group).
    public var comparison: Comparison?
    public var threshold: Double

    /// A flag column.
    public init(flag column: String) {
        self.column = column; comparison = nil; threshold = 1
    }

    public init(column: String, comparison: Comparison, threshold: Double) {
        self.column = column; self.comparison = comparison; self.threshold = threshold
    }

    /// Reads `desil<=1`, `rank < 1000`, `flag` (a 0/1 column); the error says what is accepted.
    public init(parsing text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for comparison in Comparison.allCases {
            guard let range = trimmed.range(of: comparison.rawValue) else { continue }
            let column = trimmed[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            let number = trimmed[range.upperBound...].trimmingCharacters(in: .whitespaces)
            guard !column.isEmpty, let threshold = Double(number), threshold.isFinite else { break }
            self.init(column: column, comparison: comparison, threshold: threshold)
            return
        }
        let isName = !trimmed.isEmpty && trimmed.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == " " }
        guard isName else {
            throw InputError(file: "--target", message: "\"\(text)\" is not a rule: give a 0/1 column (ekstrem) or a column, one of <= < >= > = !=, and a number (desil<=1)")
        }
        self.init(flag: trimmed)
    }

    /// Whether a household whose column holds `value` is in the target group.
    @inline(__always)
    public func holds(_ value: Double) -> Bool {
        switch comparison {
        case nil: return value == 1
        case .lessOrEqual: return value <= threshold
        case .less: return value < threshold
        case .greaterOrEqual: return value >= threshold
        case .greater: return value > threshold
        case .equal: return value == threshold
        case .notEqual: return value != threshold
        }
    }

    public var description: String {
        comparison.map { "\(column)\($0.rawValue)\(NumberText.exact(threshold) ?? String(threshold))" } ?? "\(column)=1"
    }
}
