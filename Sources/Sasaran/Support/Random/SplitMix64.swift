/// SplitMix64 (Steele, Lea & Flood 2014; Vigna's public-domain C reference): a 64-bit counter
/// stepped by the golden-ratio constant and mixed. Used only to expand one 64-bit seed into the
/// 256-bit state of ``Xoshiro256StarStar``, as that generator's authors recommend, and by tests
/// that need the same random points everywhere.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform double in [0, 1) from the top 53 bits.
    public mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
