/// What ranking by count instead of by rate costs and gains, for one coverage target t, with no
/// constraints.
///
/// - The **count list** C is the shortest prefix of the ranking by count (value descending)
///   whose cumulative share reaches t; the **rate list** R is the same for the ranking by rate
///   (value ÷ population descending). ``districtsByCount`` = |C|, ``districtsByRate`` = |R|.
/// - The **high-rate districts** are those of R. Their poor are `Σ value over R`
///   (``rateListValue``). The count list **leaves out** the districts of R not in C
///   (``leftOut``, codes ascending), holding ``leftOutValue`` = `Σ value over R \ C` of them:
///   ``leftOutShareOfRateList`` = leftOutValue ÷ rateListValue, and
///   ``leftOutShareOfNational`` = leftOutValue ÷ national total.
/// - ``rateCoverageAtCountSize``: the share the rate ranking covers with |C| districts, the
///   coverage given up by ranking by rate with the same number of districts.
public struct CountRateTradeOff: Sendable, Hashable {
    public var target: Double
    public var total: Double
    public var districtsByCount: Int
    public var districtsByRate: Int
    public var countCoverage: Double
    public var rateCoverage: Double
    public var rateListValue: Double
    public var leftOut: [String]
    public var leftOutValue: Double
    public var leftOutShareOfRateList: Double
    public var leftOutShareOfNational: Double
    public var rateCoverageAtCountSize: Double

    /// The trade-off from the two curves (`count` ranked by count, `rate` by rate, same regions).
    public init(target: Double, count: CoverageCurve, rate: CoverageCurve) throws {
        guard target.isFinite, target > 0, target <= 1 else { throw TargetingError.invalidTarget(target) }
        let nCount = count.districtsNeeded(for: target) ?? count.points.count
        let nRate = rate.districtsNeeded(for: target) ?? rate.points.count
        let countCodes = Set(count.points.prefix(nCount).map(\.code))
        let rateList = rate.points.prefix(nRate)
        let missed = rateList.filter { !countCodes.contains($0.code) }
        self.target = target
        total = count.total
        districtsByCount = nCount
        districtsByRate = nRate
        countCoverage = count.coverage(atDistricts: nCount)
        rateCoverage = rate.coverage(atDistricts: nRate)
        rateListValue = CompensatedSum.of(rateList.map(\.value))
        leftOut = missed.map(\.code).sorted()
        leftOutValue = CompensatedSum.of(missed.map(\.value))
        leftOutShareOfRateList = rateListValue > 0 ? leftOutValue / rateListValue : 0
        leftOutShareOfNational = leftOutValue / count.total
        rateCoverageAtCountSize = rate.coverage(atDistricts: nCount)
    }
}
