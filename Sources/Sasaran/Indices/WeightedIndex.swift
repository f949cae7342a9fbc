/// The weighted composite of one region's scores: Σ wⱼ sⱼ ÷ Σ wⱼ, summed in component order.
/// One function for the ranking and for every weight draw of the sensitivity analysis, so both
/// give the same bits for the same weights.
enum WeightedIndex {
    @inline(__always)
    static func combine(_ scores: UnsafeBufferPointer<Double>, _ weights: UnsafeBufferPointer<Double>, weightSum: Double) -> Double {
        var sum = 0.0
        for j in 0..<scores.count { sum += weights[j] * scores[j] }
        return sum / weightSum
    }

    /// The sum of `weights`, in order.
    static func weightSum(_ weights: [Double]) -> Double { weights.reduce(0, +) }

    static func combine(_ scores: [Double], _ weights: [Double]) -> Double {
        scores.withUnsafeBufferPointer { s in
            weights.withUnsafeBufferPointer { w in combine(s, w, weightSum: weightSum(weights)) }
        }
    }
}
