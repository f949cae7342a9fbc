import Foundation

/// At most a fixed number of expensive requests (rankings, downloads) at once: one more is
/// refused at once (429) rather than queued, so a flood cannot pile up work.
final class ConcurrencyGate: @unchecked Sendable {
    private let lock = NSLock()
    private var running = 0
    let limit: Int

    init(limit: Int) { self.limit = limit }

    private func acquire() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard running < limit else { return false }
        running += 1
        return true
    }

    private func release() {
        lock.lock()
        running -= 1
        lock.unlock()
    }

    /// Runs `work` on a worker thread (off the event loops, on every core) when a slot is free;
    /// throws ``RequestProblem/busy`` when none is.
    func run<T>(_ work: @escaping () throws -> T) async throws -> T {
        guard acquire() else { throw RequestProblem.busy }
        defer { release() }
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result { try work() })
            }
        }
    }
}
