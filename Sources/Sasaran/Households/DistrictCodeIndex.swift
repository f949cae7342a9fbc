import Foundation

/// The layer's district codes, found in a register's code field by their longest prefix: a
/// district code (`32.01`) or any finer code that starts with one (`32.01.05.2003`). Looked up
/// straight from the bytes of a line, without making a string.
struct DistrictCodeIndex: Sendable {
    private let codes: [[UInt8]]
    /// Code lengths present, longest first.
    private let lengths: [Int]
    private let slots: [Int32]
    private let mask: Int

    init(codes: [String]) {
        self.codes = codes.map { Array($0.utf8) }
        lengths = Set(self.codes.map(\.count)).sorted(by: >)
        var size = 16
        while size < codes.count * 4 { size <<= 1 }
        mask = size - 1
        var slots = [Int32](repeating: -1, count: size)
        for (index, code) in self.codes.enumerated() {
            var slot = code.withUnsafeBufferPointer { Self.hash($0.baseAddress!, 0, $0.count) } & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(index)
        }
        self.slots = slots
    }

    @inline(__always)
    static func hash(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in start..<end { h = (h ^ UInt64(p[i])) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The district whose code is the longest prefix of the bytes `start..<end`, or -1.
    @inline(__always)
    func district(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        for length in lengths where length <= end - start {
            var slot = Self.hash(p, start, start + length) & mask
            while true {
                let index = Int(slots[slot])
                if index < 0 { break }
                let code = codes[index]
                if code.count == length, code.withUnsafeBufferPointer({ memcmp($0.baseAddress!, p + start, length) == 0 }) { return index }
                slot = (slot + 1) & mask
            }
        }
        return -1
    }
}
