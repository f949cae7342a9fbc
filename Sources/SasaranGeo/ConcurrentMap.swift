import Foundation

/// How many worker threads parallel work uses: `SASARAN_THREADS` when set to a number of at
/// least 1, else every core.
public enum Parallelism {
    public static var defaultWorkers: Int {
        if let text = ProcessInfo.processInfo.environment["SASARAN_THREADS"], let n = Int(text), n >= 1 { return n }
        return ProcessInfo.processInfo.activeProcessorCount
    }
}

/// Runs `body` for every index in `0..<count` on `workers` threads (default
/// ``Parallelism/defaultWorkers``) and returns the results in index order; the error of the
/// lowest failing index is rethrown. Worker k takes the indices k, k + workers, …, so which
/// thread ran an index never changes a result. Each call may use the calling thread's own GEOS
/// context.
public func concurrentMap<T>(_ count: Int, workers: Int? = nil, _ body: (Int) throws -> T) throws -> [T] {
    var results = [Result<T, Error>?](repeating: nil, count: count)
    let threads = max(1, min(workers ?? Parallelism.defaultWorkers, count))
    results.withUnsafeMutableBufferPointer { output in
        let output = output
        if threads == 1 {
            for index in 0..<count { output[index] = Result { try body(index) } }
            return
        }
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            for index in stride(from: worker, to: count, by: threads) { output[index] = Result { try body(index) } }
        }
    }
    return try results.map { try $0!.get() }
}
