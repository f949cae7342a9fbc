/// Where the sampling error of each district's value comes from.
public enum StandardErrors: Sendable, Hashable, CustomStringConvertible {
    /// A column of standard errors, in the value's units (loaded as an extra column).
    case column(String)
    /// A column of relative standard errors (coefficients of variation, SE ÷ value, as a
    /// fraction: 0.1 for 10%).
    case relativeColumn(String)
    /// One coefficient of variation for every district.
    case relative(Double)

    /// The extra column this needs loaded, if any.
    public var column: String? {
        switch self {
        case .column(let name), .relativeColumn(let name): return name
        case .relative: return nil
        }
    }

    public var description: String {
        switch self {
        case .column(let name): return "standard error column \(name)"
        case .relativeColumn(let name): return "relative standard error column \(name)"
        case .relative(let cv): return "coefficient of variation \(NumberText.text(cv)) for every district"
        }
    }

    /// The standard error of each region with a value (`nil` for those without), or an error
    /// listing the regions whose error is missing, negative or not finite.
    func standardErrors(of regions: [JoinedRegion]) throws -> [Double?] {
        var lacking: [String] = []
        let result = regions.map { r -> Double? in
            guard let value = r.value else { return nil }
            let se: Double?
            switch self {
            case .column(let name): se = r.extras[name]
            case .relativeColumn(let name): se = r.extras[name].map { $0 * abs(value) }
            case .relative(let cv): se = cv * abs(value)
            }
            guard let se, se.isFinite, se >= 0 else { lacking.append(r.code); return nil }
            return se
        }
        if !lacking.isEmpty {
            throw UncertaintyError.standardErrorMissing(source: description, codes: lacking)
        }
        return result
    }
}

/// How a replicate draws a district's value from its estimate μ and standard error σ, with a
/// standard normal z.
public enum ReplicateDistribution: String, Sendable, Hashable, CaseIterable {
    /// μ + σ z, with draws below zero set to zero (censored at 0, since a count of people
    /// cannot be negative). This happens with probability Φ(−1 ÷ CV): about 3·10⁻⁷ at a CV of
    /// 0.2, 0.02 at 0.5; it raises the mean slightly where it does.
    case normal
    /// μ · exp(s z − s² ÷ 2) with s² = ln(1 + CV²), CV = σ ÷ μ: the log-normal with the same
    /// mean μ and the same CV, never negative and skewed to the right, as survey counts of rare
    /// events are. A district with μ = 0 stays 0.
    case lognormal
}

/// An uncertainty run that cannot be made.
public enum UncertaintyError: Error, CustomStringConvertible, Equatable, Sendable {
    case invalidReplicates(Int)
    case invalidCV(Double)
    case standardErrorMissing(source: String, codes: [String])

    public var description: String {
        switch self {
        case .invalidReplicates(let n): return "replicates \(n) is invalid: give at least 1"
        case .invalidCV(let cv): return "coefficient of variation \(NumberText.text(cv)) is invalid: give a number of at least 0, such as 0.1"
        case let .standardErrorMissing(source, codes):
            return "\(source): missing, negative or not a number for \(offenderList(codes))"
        }
    }
}
