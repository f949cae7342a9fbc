import Foundation

/// Maps over indices on every core (`DispatchQueue.concurrentPerform`), keeping results in
/// index order so the output does not depend on scheduling. The first error thrown, by index,
/// is rethrown.
enum ParallelMap {
    static func map<T>(_ count: Int, _ body: (Int) throws -> T) throws -> [T] {
        var results = [Result<T, Error>?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = buffer
            DispatchQueue.concurrentPerform(iterations: count) { k in
                slots[k] = Result { try body(k) }
            }
        }
        return try results.map { try $0!.get() }
    }
}
