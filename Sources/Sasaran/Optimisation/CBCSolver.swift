import CCBC
import Foundation

/// How a solve ended.
public enum SolveStatus: String, Sendable, Hashable, Encodable {
    /// The list is proven optimal (within ``CBCSolver/relativeGap``).
    case optimal
    /// The time limit stopped the search with a feasible list whose gap is stated.
    case timeLimit = "time limit"
    /// The time limit stopped the search before any feasible list was found.
    case timeLimitNoSolution = "time limit, no solution"
    /// No list satisfies the constraints.
    case infeasible
    /// The solver gave up (numerical difficulties).
    case abandoned

    /// Whether the status comes with a list.
    public var hasSolution: Bool { self == .optimal || self == .timeLimit }
}

/// What a solve returned: the status, the solution (when there is one), its objective, the best
/// bound proven, the relative gap between them and the time taken.
public struct SolveResult: Sendable, Hashable {
    public var status: SolveStatus
    /// Column values rounded to integers for integer columns; empty without a solution.
    public var solution: [Double]
    public var objective: Double?
    public var bound: Double?
    /// |objective − bound| ÷ max(|objective|, 1e-10); 0 when proven optimal.
    public var gap: Double?
    public var seconds: Double
}

/// CBC (COIN-OR Branch and Cut) through its C API. Every solve runs on one thread with a fixed
/// random seed, so the same programme gives the same solution; a time limit returns the best
/// solution found with its gap. CBC's solve keeps state in globals (its command-line driver), so
/// solves in one process take turns.
public struct CBCSolver: Sendable {
    private static let turn = NSLock()

    /// The solver's name and version, for manifests ("CBC 2.10.8").
    public static var version: String { "CBC " + String(cString: Cbc_getVersion()) }

    /// Seconds after which the search stops with the best solution found.
    public var timeLimit: Double
    /// The relative gap at which a solution counts as optimal (CBC's `ratioGap`).
    public var relativeGap: Double

    public init(timeLimit: Double = 60, relativeGap: Double = 1e-9) {
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
    }

    /// Solves `program`, starting from `start` (a feasible solution, if known).
    public func solve(_ program: LinearProgram, start: [Double]? = nil) -> SolveResult {
        var began = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - began) / 1e9 }
        let n = program.columns.count
        if n == 0 {
            let feasible = program.rows.allSatisfy { $0.lower <= 0 && $0.upper >= 0 }
            return SolveResult(status: feasible ? .optimal : .infeasible, solution: [], objective: feasible ? 0 : nil,
                               bound: feasible ? 0 : nil, gap: feasible ? 0 : nil, seconds: elapsed())
        }
        // Compressed sparse columns from the rows.
        var counts = [Int32](repeating: 0, count: n + 1)
        for row in program.rows { for c in row.columns { counts[Int(c) + 1] += 1 } }
        for k in 0..<n { counts[k + 1] += counts[k] }
        var starts = counts
        var indices = [Int32](repeating: 0, count: Int(counts[n]))
        var values = [Double](repeating: 0, count: Int(counts[n]))
        for (r, row) in program.rows.enumerated() {
            for (c, a) in zip(row.columns, row.coefficients) {
                let at = Int(starts[Int(c)])
                indices[at] = Int32(r)
                values[at] = a
                starts[Int(c)] += 1
            }
        }
        let big = 1e30
        let colLower = program.columns.map(\.lower), colUpper = program.columns.map(\.upper)
        let objective = program.columns.map(\.objective)
        let rowLower = program.rows.map { $0.lower.isFinite ? $0.lower : -big }
        let rowUpper = program.rows.map { $0.upper.isFinite ? $0.upper : big }

        Self.turn.lock()
        defer { Self.turn.unlock() }
        began = DispatchTime.now().uptimeNanoseconds  // the time of this solve, not of waiting for the turn
        guard let model = Cbc_newModel() else {
            return SolveResult(status: .abandoned, solution: [], objective: nil, bound: nil, gap: nil, seconds: elapsed())
        }
        defer { Cbc_deleteModel(model) }
        Cbc_loadProblem(model, Int32(n), Int32(program.rows.count), counts, indices, values,
                        colLower, colUpper, objective, rowLower, rowUpper)
        for (k, column) in program.columns.enumerated() where column.isInteger { Cbc_setInteger(model, Int32(k)) }
        Cbc_setObjSense(model, program.direction == .minimise ? 1 : -1)
        Cbc_setLogLevel(model, 0)
        Cbc_setParameter(model, "threads", "1")
        Cbc_setParameter(model, "randomCbcSeed", "1")
        Cbc_setParameter(model, "randomSeed", "1")
        Cbc_setMaximumSeconds(model, max(timeLimit, 0.01))
        Cbc_setAllowableFractionGap(model, relativeGap)
        Cbc_setAllowableGap(model, 1e-9)
        if let start, start.count == n {
            let columns = (0..<Int32(n)).map { $0 }
            Cbc_setMIPStartI(model, Int32(n), columns, start)
        }
        _ = Cbc_solve(model)
        let seconds = elapsed()

        let status = Cbc_status(model)
        let hasSolution: Bool
        if let raw = Cbc_getColSolution(model) {
            let x = Array(UnsafeBufferPointer(start: raw, count: n))
            hasSolution = Cbc_numberSavedSolutions(model) > 0 || Cbc_isProvenOptimal(model) != 0
                ? Self.satisfies(program, x) : false
            if hasSolution {
                let rounded = zip(x, program.columns).map { $1.isInteger ? $0.rounded() : $0 }
                let value = program.objective(at: rounded)
                var bound = Cbc_getBestPossibleObjValue(model)
                let proven = Cbc_isProvenOptimal(model) != 0
                if proven || !bound.isFinite || abs(bound) >= big { bound = proven ? value : bound }
                let gap = proven ? 0 : (bound.isFinite && abs(bound) < big ? abs(value - bound) / max(abs(value), 1e-10) : nil)
                return SolveResult(status: proven ? .optimal : .timeLimit, solution: rounded, objective: value,
                                   bound: bound.isFinite && abs(bound) < big ? bound : nil, gap: gap, seconds: seconds)
            }
        } else {
            hasSolution = false
        }
        _ = hasSolution
        let outcome: SolveStatus
        if Cbc_isProvenInfeasible(model) != 0 || (status == 0 && Cbc_isSecondsLimitReached(model) == 0) {
            outcome = .infeasible
        } else if Cbc_isSecondsLimitReached(model) != 0 {
            outcome = .timeLimitNoSolution
        } else {
            outcome = .abandoned
        }
        return SolveResult(status: outcome, solution: [], objective: nil, bound: nil, gap: nil, seconds: seconds)
    }

    /// Whether `x` (rounded where integer) satisfies the bounds and rows of `program`, within 1e-6.
    static func satisfies(_ program: LinearProgram, _ x: [Double]) -> Bool {
        let tolerance = 1e-6
        for (k, c) in program.columns.enumerated() {
            let v = c.isInteger ? x[k].rounded() : x[k]
            if c.isInteger && abs(v - x[k]) > 1e-4 { return false }
            if v < c.lower - tolerance || v > c.upper + tolerance { return false }
        }
        for row in program.rows {
            var sum = 0.0
            for (c, a) in zip(row.columns, row.coefficients) {
                let v = program.columns[Int(c)].isInteger ? x[Int(c)].rounded() : x[Int(c)]
                sum += a * v
            }
            let scale = max(1, abs(row.lower.isFinite ? row.lower : 0), abs(row.upper.isFinite ? row.upper : 0))
            if sum < row.lower - tolerance * scale || sum > row.upper + tolerance * scale { return false }
        }
        return true
    }
}
