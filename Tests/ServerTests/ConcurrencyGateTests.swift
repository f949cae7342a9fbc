import Foundation
@testable import SasaranServer
import Testing

/// At most N expensive requests at once: one more is refused at once with 429, and a slot is
/// free again when a request ends (by answer or by error).
@Suite struct ConcurrencyGateTests {
    @Test func refusesBeyondTheLimitAndFreesSlots() async throws {
        let gate = ConcurrencyGate(limit: 1)
        let started = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let holder = Task { try await gate.run { started.signal(); release.wait(); return 1 } }
        started.wait()
        await #expect(throws: RequestProblem.self) { _ = try await gate.run { 2 } }
        do {
            _ = try await gate.run { 2 }
        } catch let problem as RequestProblem {
            #expect(problem.status.code == 429)
        }
        release.signal()
        #expect(try await holder.value == 1)
        struct Boom: Error {}
        await #expect(throws: Boom.self) { _ = try await gate.run { throw Boom() } }
        #expect(try await gate.run { 3 } == 3)
    }
}
