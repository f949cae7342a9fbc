// Shared by every fuzz target: a private scratch folder (in /dev/shm when it exists) for readers
// that take a path, and a little-endian split of one input into several files.
import Foundation

enum FuzzScratch {
    /// A folder private to this process, made once.
    static let folder: String = {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let path = "\(base)/sasaran-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    /// Writes `bytes` to `name` in the scratch folder and returns its path.
    @discardableResult
    static func write(_ bytes: UnsafeRawBufferPointer, name: String) -> String {
        let path = "\(folder)/\(name)"
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// Removes `name` from the scratch folder (missing is fine).
    static func remove(_ name: String) { unlink("\(folder)/\(name)") }
}

/// Splits `input` as `[u32 LE length of part 1][u32 LE length of part 2]…` followed by the parts,
/// the last part taking the rest. Lengths past the end are clamped.
func splitInput(_ input: UnsafeRawBufferPointer, parts: Int) -> [UnsafeRawBufferPointer] {
    let headerSize = 4 * (parts - 1)
    guard input.count >= headerSize else { return [input] + Array(repeating: UnsafeRawBufferPointer(start: nil, count: 0), count: parts - 1) }
    var result: [UnsafeRawBufferPointer] = []
    var offset = headerSize
    for part in 0..<(parts - 1) {
        let declared = Int(UInt32(littleEndian: input.loadUnaligned(fromByteOffset: 4 * part, as: UInt32.self)))
        let length = min(declared, input.count - offset)
        result.append(UnsafeRawBufferPointer(rebasing: input[offset..<(offset + length)]))
        offset += length
    }
    result.append(UnsafeRawBufferPointer(rebasing: input[offset...]))
    return result
}
