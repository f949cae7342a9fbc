import Foundation

/// Runs `body` for every index in `0..<count` on all cores and returns the results in index
/// order; the error of the lowest failing index is rethrown. Each call may use the calling
/// thread's own GEOS context.
public func concurrentMap<T>(_ count: Int, _ body: (Int) throws -> T) throws -> [T] {
    var results = [Result<T, Error>?](repeating: nil, count: count)
    results.withUnsafeMutableBufferPointer { output in
        let output = output
        DispatchQueue.concurrentPerform(iterations: count) { index in
            output[index] = Result { try body(index) }
        }
    }
    return try results.map { try $0!.get() }
}
