/// The curves `sasaran curve` gives for a run, built in one place for the CLI and the server:
/// the coverage curve of the run's rank key (every district with a value, no constraints) and,
/// when the scenario has a population column and ranks by count or rate, the curve of the other
/// of the two with the count-versus-rate trade-off at the target.
public struct CoverageCurveSet {
    /// The rank key's curve first, then the other of count and rate when there is one.
    public var curves: [CoverageCurve]
    /// The coverage target of the run's last phase (the default target when none is given).
    public var target: Double
    /// Districts needed by count and by rate at ``target``, when both curves exist.
    public var tradeOff: CountRateTradeOff?

    /// The curves of `result`.
    public init(_ result: RunResult) throws {
        let scenario = result.scenario
        let regions = result.join.regions
        let key = scenario.request.rankKey
        var curves = [try CoverageCurve(result.selection.ranking, of: regions)]
        let target = scenario.request.phases.last?.rule.target ?? StopRule.defaultTarget
        var tradeOff: CountRateTradeOff?
        if scenario.indicators.columns.population != nil, key == .count || key == .rate {
            let other = try CoverageCurve(result.ranking(by: key == .count ? .rate : .count), of: regions)
            curves.append(other)
            let (count, rate) = key == .count ? (curves[0], other) : (other, curves[0])
            tradeOff = try CountRateTradeOff(target: target, count: count, rate: rate)
        }
        self.curves = curves
        self.target = target
        self.tradeOff = tradeOff
    }
}
