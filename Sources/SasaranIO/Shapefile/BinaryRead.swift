/// Bounds-checked reads of fixed-size integers and doubles at byte offsets, for parsing the bytes of
/// files that may be truncated or lie: every read returns nil rather than reading past the end.
///
/// Shapefiles mix byte orders (big-endian record headers, little-endian contents), and their
/// offsets are rarely 8-byte aligned, so all reads are unaligned loads.
extension UnsafeRawBufferPointer {
    /// True when `length` bytes starting at `offset` lie inside the buffer (no overflow).
    @inline(__always)
    func has(_ offset: Int, _ length: Int) -> Bool {
        offset >= 0 && length >= 0 && offset <= count && length <= count - offset
    }

    @inline(__always)
    func uint8(at offset: Int) -> UInt8? {
        has(offset, 1) ? self[offset] : nil
    }

    @inline(__always)
    func uint16LE(at offset: Int) -> UInt16? {
        has(offset, 2) ? UInt16(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt16.self)) : nil
    }

    @inline(__always)
    func uint32LE(at offset: Int) -> UInt32? {
        has(offset, 4) ? UInt32(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt32.self)) : nil
    }

    @inline(__always)
    func uint32BE(at offset: Int) -> UInt32? {
        has(offset, 4) ? UInt32(bigEndian: loadUnaligned(fromByteOffset: offset, as: UInt32.self)) : nil
    }

    @inline(__always)
    func int32LE(at offset: Int) -> Int32? {
        uint32LE(at: offset).map { Int32(bitPattern: $0) }
    }

    @inline(__always)
    func doubleLE(at offset: Int) -> Double? {
        has(offset, 8) ? Double(bitPattern: UInt64(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt64.self))) : nil
    }

    /// The bytes `offset..<offset+length`, or nil when they do not all lie inside.
    @inline(__always)
    func slice(_ offset: Int, _ length: Int) -> UnsafeRawBufferPointer? {
        guard has(offset, length) else { return nil }
        return UnsafeRawBufferPointer(rebasing: self[offset..<(offset + length)])
    }
}
