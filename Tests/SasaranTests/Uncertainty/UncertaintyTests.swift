import Foundation
import Testing
import TestSupport
@testable import Sasaran

@Suite("Random numbers")
struct ResearchRandomTests {
    @Test("xoshiro256** and SplitMix64 give their authors' reference output")
    func reference() {
        var x = Xoshiro256StarStar(state: (1, 2, 3, 4))
        let expected: [UInt64] = [11520, 0, 1509978240, 1215971899390074240, 1216172134540287360,
                                  607988272756665600, 16172922978634559625, 8476171486693032832,
                                  10595114339597558777, 2904607092377533576]
        let outputs: [UInt64] = (0..<10).map { _ in x.next() }
        #expect(outputs == expected)
        var s = SplitMix64(seed: 1234567)
        let mixed: [UInt64] = [6457827717110365317, 3203168211198807973, 9817491932198370423, 4593380528125082431, 16408922859458223821]
        let seeds: [UInt64] = (0..<5).map { _ in s.next() }
        #expect(seeds == mixed)
    }

    @Test("a jump gives another stream; uniforms lie in (0, 1]")
    func jump() {
        var a = Xoshiro256StarStar(seed: 7), b = a
        b.jump()
        #expect(a.next() != b.next())
        for _ in 0..<10_000 { let u = a.nextOpenUnit(); #expect(u > 0 && u <= 1) }
    }

    @Test("quantiles interpolate linearly between order statistics (type 7)")
    func quantiles() {
        let q = Quantiles([4, 1, 3, 2, 5])
        let summary: [Double] = [q.min, q.median, q.max, q.mean]
        #expect(summary == [1, 3, 5, 3])
        #expect(abs(q.p5 - 1.2) < 1e-12)
        #expect(abs(q.p95 - 4.8) < 1e-12)
    }

    @Test("both distributions keep the mean; the log-normal keeps the CV")
    func moments() {
        for distribution in ReplicateDistribution.allCases {
            let sampler = ReplicateSampler(mean: Array(repeating: 100, count: 1000), sigma: Array(repeating: 20, count: 1000), distribution: distribution)
            var generator = Xoshiro256StarStar(seed: 3)
            var values = [Double](repeating: 0, count: 1000)
            var sum = 0.0, squares = 0.0
            for _ in 0..<100 {
                values.withUnsafeMutableBufferPointer { sampler.draw(into: $0, using: &generator) }
                for v in values { sum += v; squares += v * v }
            }
            let mean = sum / 100_000, sd = (squares / 100_000 - mean * mean).squareRoot()
            #expect(abs(mean - 100) < 0.3, "\(distribution)")
            #expect(abs(sd - 20) < 0.3, "\(distribution)")
        }
    }
}

@Suite("Monte Carlo uncertainty on the real BPS data", SharedData.required)
struct ResearchUncertaintyTests {
    static let requests: [TargetingRequest] = [
        TargetingRequest(rule: .coverage(0.75)),
        TargetingRequest(rankKey: .rate, rule: .coverage(0.5)),
        TargetingRequest(rule: .coverage(0.75), constraints: Constraints(maxPerParent: 8, lockOut: ["32.01"], maxRegions: 150)),
        TargetingRequest(rule: .count(35), constraints: Constraints(focusParents: ["32", "33", "35", "53", "81", "91", "92"], maxPerParent: 5,
                                                                    attributeFilters: [AttributeFilter(key: "tipe", values: ["Kabupaten"])])),
    ]

    @Test("with a CV of 0 every probability is 0 or 1 and the districts at 1 are the point list", arguments: 0..<4)
    func zeroCV(request: Int) throws {
        let regions = try ResearchFixture.regions(year: 2025)
        for distribution in ReplicateDistribution.allCases {
            let u = try UncertaintyAnalysis.run(regions, request: Self.requests[request],
                                                options: .init(errors: .relative(0), replicates: 300, seed: 11, distribution: distribution))
            #expect(u.fastPath)
            #expect(u.districts.allSatisfy { $0.probability == 0 || $0.probability == 1 })
            #expect(Set(u.districts.filter { $0.probability == 1 }.map(\.code)) == Set(u.pointList.codes))
            let size = Double(u.pointList.entries.count)
            #expect(u.districtsNeeded.min == size)
            #expect(u.districtsNeeded.max == size)
            #expect(abs(u.pointListCoverage.mean - u.pointList.coverage) < 1e-12)
        }
    }

    @Test("the fast selector picks what Targeting.select picks on random replicates", arguments: 0..<4)
    func fastEqualsFull(request: Int) throws {
        let regions = try ResearchFixture.regions(year: 2024)
        let slots = regions.indices.filter { regions[$0].value != nil }
        let valued = slots.map { regions[$0] }
        let selector = ReplicateSelector(valued, request: Self.requests[request])
        var scratch = ReplicateSelector.Scratch(selector)
        let sampler = ReplicateSampler(mean: valued.map { $0.value! }, sigma: valued.map { $0.value! * 0.3 }, distribution: .normal)
        var generator = Xoshiro256StarStar(seed: 99)
        var values = [Double](repeating: 0, count: valued.count)
        for _ in 0..<40 {
            let fast: [String] = values.withUnsafeMutableBufferPointer { buffer in
                sampler.draw(into: buffer, using: &generator)
                selector.select(buffer, total: selector.total(of: buffer), scratch: &scratch)
                return scratch.chosen.map { valued[Int($0)].code }
            }
            var replicate = regions
            for (k, i) in slots.enumerated() { replicate[i].value = values[k] }
            #expect(fast == (try Targeting.select(replicate, request: Self.requests[request])).codes)
        }
    }

    @Test("the same seed gives the same numbers; another seed other numbers; lists outside the fast path agree with it")
    func seeds() throws {
        let regions = try ResearchFixture.regions(year: 2025)
        let request = TargetingRequest(rule: .coverage(0.75))
        let options = UncertaintyAnalysis.Options(errors: .relative(0.15), replicates: 700, seed: 42, distribution: .lognormal)
        let first = try UncertaintyAnalysis.run(regions, request: request, options: options)
        let again = try UncertaintyAnalysis.run(regions, request: request, options: options)
        #expect(first == again)
        var other = options
        other.seed = 43
        #expect(try UncertaintyAnalysis.run(regions, request: request, options: other).districts != first.districts)
        #expect(first.sometimesSelected > 0)
        let needed = first.districtsNeeded
        #expect(needed.p5 <= needed.median)
        #expect(needed.median <= needed.p95)
        // Two phases go through Targeting.select; the first phase's list is then always in.
        let phased = TargetingRequest(phases: [Phase(rule: .count(10)), Phase(rule: .coverage(0.5))])
        let slow = try UncertaintyAnalysis.run(regions, request: phased, options: .init(errors: .relative(0), replicates: 20, seed: 1))
        #expect(!slow.fastPath)
        #expect(Set(slow.districts.filter { $0.probability == 1 }.map(\.code)) == Set(slow.pointList.codes))
    }

    @Test("the results are the same on 1, 2 and 3 worker threads, on the fast path and the full selector")
    func workers() throws {
        let regions = try ResearchFixture.regions(year: 2025)
        for request in [TargetingRequest(rule: .coverage(0.75)), TargetingRequest(phases: [Phase(rule: .count(10)), Phase(rule: .coverage(0.5))])] {
            var options = UncertaintyAnalysis.Options(errors: .relative(0.2), replicates: 1000, seed: 7, workers: 1)
            let one = try UncertaintyAnalysis.run(regions, request: request, options: options)
            options.workers = 2
            #expect(try UncertaintyAnalysis.run(regions, request: request, options: options) == one)
            options.workers = 3
            #expect(try UncertaintyAnalysis.run(regions, request: request, options: options) == one)
        }
    }

    @Test("standard errors from a column; a missing or negative one is an error naming the districts")
    func columns() throws {
        var regions = try ResearchFixture.regions(year: 2025)
        for i in regions.indices { regions[i].extras["se"] = regions[i].value! * 0.1 }
        let u = try UncertaintyAnalysis.run(regions, request: TargetingRequest(), options: .init(errors: .column("se"), replicates: 50, seed: 5))
        let v = try UncertaintyAnalysis.run(regions, request: TargetingRequest(), options: .init(errors: .relative(0.1), replicates: 50, seed: 5))
        #expect(u.districts.map(\.probability) == v.districts.map(\.probability))
        regions[0].extras["se"] = -1
        let e = thrown(UncertaintyError.self) {
            _ = try UncertaintyAnalysis.run(regions, request: TargetingRequest(), options: .init(errors: .column("se"), replicates: 5))
        }
        #expect(e == .standardErrorMissing(source: "standard error column se", codes: [regions[0].code]))
    }
}
