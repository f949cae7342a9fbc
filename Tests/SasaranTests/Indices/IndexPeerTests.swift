import Foundation
import Testing
import TestSupport
@testable import Sasaran

@Suite("Indices against pandas and numpy on the real districts", .serialized, PythonPeer.required)
struct IndexPeerTests {
    @Test("z-scores of p0_persen and jumlah_miskin_ribu, 0.5/0.5, 2023, 75%: the list and every index equal pandas'")
    func composite() throws {
        let spec = try IndexSpecification(composite: .weighted(try IndexComponent.parseList("p0_persen:0.5,jumlah_miskin_ribu:0.5", weights: true)))
        let result = try IndexRealData.run(spec)
        let peer = try IndexRealData.peer()
        #expect(result.selection.codes == peer.composite.codes)
        #expect(result.selection.rankKey == .column("index"))
        #expect(abs(result.selection.coverage - 0.75) < 0.01 && result.selection.coverage >= 0.75)
        var compared = 0
        for region in result.join.regions {
            guard let expected = peer.composite.index[region.code], let index = region.extras["index"] else { continue }
            #expect(abs(index - expected) < 1e-12, "\(region.code)")
            compared += 1
        }
        #expect(compared == peer.regions && compared == 514)
    }

    @Test("PCA of p0_persen, jumlah_miskin_ribu and -ipm: loadings, explained variance and eigenvalues equal numpy's eigh")
    func pca() throws {
        let spec = try IndexSpecification(composite: .pca(try IndexComponent.parseList("p0_persen,jumlah_miskin_ribu,-ipm", weights: false)),
                                          tables: [try IndexRealData.ipmTable()])
        let result = try IndexRealData.run(spec)
        let pc = try #require(result.index?.principalComponent)
        let peer = try IndexRealData.peer()
        #expect(pc.loadings.count == 3 && pc.loadings[0] > 0)
        for (a, b) in zip(pc.loadings, peer.pca.loadings) { #expect(abs(a - b) < 1e-10) }
        #expect(abs(pc.explainedVariance - peer.pca.explainedVariance) < 1e-12)
        for (a, b) in zip(pc.eigenvalues, peer.pca.eigenvalues) { #expect(abs(a - b) < 1e-10) }
        #expect(result.index?.joins.first?.report.isClean == true)
    }

    @Test("an eligibility rule admits as many districts as the same filter in pandas; the others are locked out")
    func eligibility() throws {
        let rule = "p0_persen >= 20 or (ipm < 60 and jumlah_miskin_ribu >= 50)"
        let spec = try IndexSpecification(composite: nil, eligibility: try .init(rule), tables: [try IndexRealData.ipmTable()])
        let result = try IndexRealData.run(spec, request: TargetingRequest(rule: .constraintsOnly))
        let peer = try IndexRealData.peer()
        let eligibility = try #require(result.index?.eligibility)
        #expect(eligibility.eligible.count == peer.eligible)
        #expect(eligibility.eligible.count + eligibility.notEligible.count == 514)
        #expect(Set(result.selection.codes) == Set(eligibility.eligible))
        #expect(result.manifest.parameters["eligible"] == rule)
        #expect(result.selection.rankKey == .count)
    }
}
