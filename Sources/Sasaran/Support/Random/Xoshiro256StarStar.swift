/// xoshiro256** 1.0 (Blackman & Vigna 2018, public-domain C reference at prng.di.unimi.it):
/// the Monte Carlo generator of ``UncertaintyAnalysis``.
///
/// Written here rather than taken from a library because a run must be reproducible from its
/// seed on every platform and Swift version: the standard library's generator cannot be seeded,
/// Foundation and GameplayKit differ by platform, and this algorithm is twenty lines with
/// published reference output (checked by the tests). It is fast (a few shifts, rotations and a
/// multiply per 64 bits), passes BigCrush, and its ``jump()`` advances 2¹²⁸ steps, which gives
/// blocks of replicates non-overlapping streams whatever the number of threads.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    private var s0, s1, s2, s3: UInt64

    /// The state expanded from `seed` by ``SplitMix64``.
    public init(seed: UInt64) {
        var mix = SplitMix64(seed: seed)
        s0 = mix.next(); s1 = mix.next(); s2 = mix.next(); s3 = mix.next()
    }

    /// A generator in a given state (not all zero), for checks against the reference output.
    init(state: (UInt64, UInt64, UInt64, UInt64)) {
        (s0, s1, s2, s3) = state
    }

    @inline(__always)
    private static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    @inline(__always)
    public mutating func next() -> UInt64 {
        let result = Self.rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = Self.rotl(s3, 45)
        return result
    }

    /// A uniform double in (0, 1]: the top 53 bits, plus one, times 2⁻⁵³ (never 0, so its
    /// logarithm is finite).
    @inline(__always)
    public mutating func nextOpenUnit() -> Double {
        Double((next() >> 11) + 1) * 0x1.0p-53
    }

    /// Advances the state by 2¹²⁸ calls of ``next()``.
    public mutating func jump() {
        let jump: [UInt64] = [0x180E_C6D3_3CFD_0ABA, 0xD5A6_1266_F0C9_392C, 0xA958_2618_E03F_C9AA, 0x39AB_DC45_29B1_661C]
        var t0: UInt64 = 0, t1: UInt64 = 0, t2: UInt64 = 0, t3: UInt64 = 0
        for word in jump {
            for bit in 0..<64 {
                if word & (1 << UInt64(bit)) != 0 { t0 ^= s0; t1 ^= s1; t2 ^= s2; t3 ^= s3 }
                _ = next()
            }
        }
        s0 = t0; s1 = t1; s2 = t2; s3 = t3
    }
}
