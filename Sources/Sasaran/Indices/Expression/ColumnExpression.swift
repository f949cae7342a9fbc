/// A rule over a region's numeric columns, such as
/// `p0_persen >= 20 or (ipm < 60 and jumlah_miskin_ribu >= 50)`: comparisons combined with
/// `and`, `or`, `not` and parentheses. Parsed by ``ExpressionParser``; used for eligibility
/// rules and Alkire–Foster deprivation cutoffs.
///
/// Evaluation is three-valued: a comparison with a missing column is *unknown*; `true or
/// unknown` is true, `false and unknown` is false, and a rule that stays unknown is reported,
/// never silently taken as false.
public indirect enum ColumnExpression: Sendable, Hashable, CustomStringConvertible {
    /// `left op right`.
    case comparison(ExpressionOperand, ComparisonOperator, ExpressionOperand)
    case and(ColumnExpression, ColumnExpression)
    case or(ColumnExpression, ColumnExpression)
    case not(ColumnExpression)

    /// The value of the rule for a region whose columns `value(name)` gives (`nil` = missing);
    /// `nil` when it cannot be decided.
    public func evaluate(_ value: (String) -> Double?) -> Bool? {
        switch self {
        case let .comparison(left, op, right):
            guard let a = left.value(value), let b = right.value(value) else { return nil }
            return op.holds(a, b)
        case let .and(a, b):
            let x = a.evaluate(value)
            if x == false { return false }
            let y = b.evaluate(value)
            if y == false { return false }
            return x == nil || y == nil ? nil : true
        case let .or(a, b):
            let x = a.evaluate(value)
            if x == true { return true }
            let y = b.evaluate(value)
            if y == true { return true }
            return x == nil || y == nil ? nil : false
        case let .not(a):
            return a.evaluate(value).map { !$0 }
        }
    }

    /// The columns the rule reads, with their 1-based character positions, in order of
    /// appearance.
    public var columns: [(name: String, position: Int)] {
        switch self {
        case let .comparison(left, _, right): return left.columns + right.columns
        case let .and(a, b), let .or(a, b): return a.columns + b.columns
        case let .not(a): return a.columns
        }
    }

    /// The rule in a canonical form, fully parenthesised.
    public var description: String {
        switch self {
        case let .comparison(left, op, right): return "\(left) \(op.rawValue) \(right)"
        case let .and(a, b): return "(\(a) and \(b))"
        case let .or(a, b): return "(\(a) or \(b))"
        case let .not(a): return "not \(a)"
        }
    }

    public static func == (a: ColumnExpression, b: ColumnExpression) -> Bool { a.description == b.description }
    public func hash(into hasher: inout Hasher) { hasher.combine(description) }
}

/// One side of a comparison: a column or a number.
public enum ExpressionOperand: Sendable, Hashable, CustomStringConvertible {
    /// A column, and its 1-based character position in the rule's text.
    case column(String, position: Int)
    case number(Double)

    func value(_ lookup: (String) -> Double?) -> Double? {
        switch self {
        case let .column(name, _): return lookup(name)
        case let .number(x): return x
        }
    }

    var columns: [(name: String, position: Int)] {
        if case let .column(name, position) = self { return [(name, position)] }
        return []
    }

    public var description: String {
        switch self {
        case let .column(name, _): return name
        case let .number(x): return NumberText.text(x)
        }
    }
}

/// A comparison operator; `=` is read as `==`.
public enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
    case greaterOrEqual = ">="
    case lessOrEqual = "<="
    case greater = ">"
    case less = "<"
    case equal = "=="
    case notEqual = "!="

    func holds(_ a: Double, _ b: Double) -> Bool {
        switch self {
        case .greaterOrEqual: return a >= b
        case .lessOrEqual: return a <= b
        case .greater: return a > b
        case .less: return a < b
        case .equal: return a == b
        case .notEqual: return a != b
        }
    }
}
