/// A mixed-integer linear programme as the optimisation room builds it and ``CBCSolver`` solves
/// it: columns with bounds, an objective coefficient and integrality; rows as sparse sums between
/// a lower and an upper bound.
public struct LinearProgram: Sendable, Hashable {
    /// Whether the objective is minimised or maximised.
    public enum Direction: String, Sendable, Hashable { case minimise, maximise }

    /// One variable.
    public struct Column: Sendable, Hashable {
        public var lower: Double
        public var upper: Double
        public var objective: Double
        public var isInteger: Bool

        public init(lower: Double, upper: Double, objective: Double, isInteger: Bool) {
            self.lower = lower; self.upper = upper; self.objective = objective; self.isInteger = isInteger
        }
    }

    /// One constraint: `lower ≤ Σ coefficients[k] · x[columns[k]] ≤ upper` (±∞ for a side that
    /// is absent).
    public struct Row: Sendable, Hashable {
        public var columns: [Int32]
        public var coefficients: [Double]
        public var lower: Double
        public var upper: Double

        public init(columns: [Int32], coefficients: [Double], lower: Double = -.infinity, upper: Double = .infinity) {
            self.columns = columns; self.coefficients = coefficients; self.lower = lower; self.upper = upper
        }
    }

    public var direction: Direction
    public var columns: [Column]
    public var rows: [Row]

    public init(direction: Direction, columns: [Column] = [], rows: [Row] = []) {
        self.direction = direction; self.columns = columns; self.rows = rows
    }

    /// Adds a binary column; returns its index.
    @discardableResult
    public mutating func addBinary(objective: Double, lower: Double = 0, upper: Double = 1) -> Int {
        columns.append(Column(lower: lower, upper: upper, objective: objective, isInteger: true))
        return columns.count - 1
    }

    /// Adds a row; returns its index.
    @discardableResult
    public mutating func addRow(_ row: Row) -> Int {
        rows.append(row)
        return rows.count - 1
    }

    /// The objective at `x`.
    public func objective(at x: [Double]) -> Double {
        var sum = CompensatedSum()
        for (k, c) in columns.enumerated() where c.objective != 0 { sum.add(c.objective * x[k]) }
        return sum.value
    }
}
