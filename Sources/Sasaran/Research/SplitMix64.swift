/// SplitMix64 (Steele, Lea & Flood 2014; Vigna's public-domain C reference): a 64-bit counter
/// stepped by the golden-ratio constant and mixed. Used only to expand one 64-bit seed into the
/// 256-bit state of ``Xoshiro256StarStar``, as that generator's authors recommend.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
