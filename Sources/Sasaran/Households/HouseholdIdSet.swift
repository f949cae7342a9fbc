import SasaranGeo

/// The ids seen so far, kept as 64-bit hashes in open-addressing tables split into shards by the
/// hash's top bits, so the shards fill on several cores at once: 8 to 16 bytes a household
/// whatever the id's length. Two different ids share a hash with a probability of about n²/2⁶⁵
/// (10⁻⁵ for 20 million households): a duplicate reported is then a false alarm, which the
/// message says is possible.
struct HouseholdIdSet {
    static let shardBits = 2
    static var shardCount: Int { 1 << shardBits }
    private var shards = [Shard](repeating: Shard(), count: HouseholdIdSet.shardCount)

    /// The shard of a hash.
    @inline(__always)
    static func shard(of hash: UInt64) -> Int { Int(hash >> UInt64(64 - shardBits)) }

    /// A well-mixed 64-bit hash of the id bytes (FNV-1a, then a murmur finaliser); never 0.
    @inline(__always)
    static func hash(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in start..<end { h = (h ^ UInt64(p[i])) &* 0x100_0000_01b3 }
        h ^= h >> 33; h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33; h = h &* 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h == 0 ? 1 : h
    }

    /// Runs the shards' inserts on `workers` threads; the first duplicate's line in file order.
    mutating func insert(_ parts: [ParsedRegisterPart], workers: Int?) -> Int? {
        let found = shards.withUnsafeMutableBufferPointer { buffer -> [Int?] in
            let buffer = buffer
            return (try? concurrentMap(buffer.count, workers: workers) { shard in buffer[shard].insert(parts: parts, shard: shard) }) ?? []
        }
        return found.compactMap { $0 }.min()
    }

    struct Shard {
        private var slots: [UInt64] = []
        private var count = 0

        mutating func insert(parts: [ParsedRegisterPart], shard: Int) -> Int? {
            var duplicate: Int?
            for part in parts {
                for (k, hash) in part.idHashes.enumerated() where HouseholdIdSet.shard(of: hash) == shard {
                    if !insert(hash), duplicate == nil { duplicate = part.firstLine + Int(part.lineOffsets[k]) }
                }
            }
            return duplicate
        }

        /// Adds `hash`; false when it was there.
        @inline(__always)
        mutating func insert(_ hash: UInt64) -> Bool {
            if (count + 1) * 4 > slots.count * 3 { grow() }
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let present = slots[slot]
                if present == 0 { slots[slot] = hash; count += 1; return true }
                if present == hash { return false }
                slot = (slot + 1) & mask
            }
        }

        private mutating func grow() {
            let old = slots
            slots = [UInt64](repeating: 0, count: max(1 << 16, old.count * 2))
            let mask = slots.count - 1
            for hash in old where hash != 0 {
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = hash
            }
        }
    }
}
