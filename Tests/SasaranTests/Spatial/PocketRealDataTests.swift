import Foundation
import Testing
import TestSupport
@testable import Sasaran

@Suite("Pockets of the 75% selection of BPS 2023", SharedData.required)
struct PocketRealDataTests {
    @Test("pockets partition the selection and their totals add up to its total")
    func totals() throws {
        let scenario = Scenario(
            name: "2023",
            boundaries: BoundaryInput(path: try SharedData.path("idn/boundaries/shp/kabkota_2025.shp"),
                                      options: LayerOptions(codeField: "KODE_KMD", nameField: "NAMA", parent: .field("KODE_PROV"))),
            indicators: IndicatorInput(path: try SharedData.path("idn/poverty/bps_poverty_kabkota_2015_2025.csv"),
                                       columns: IndicatorColumns(code: "kode_kemendagri_2025", value: "jumlah_miskin_ribu",
                                                                 filters: [RowFilter(column: "tahun", value: "2023")]),
                                       missing: .skip),
            request: TargetingRequest(rankKey: .count, rule: .coverage(0.75)))
        let result = try ScenarioRunner.run(scenario)
        let selection = result.selection
        let graph = try result.layer.adjacency(AdjacencyOptions(toleranceKm: 0.5, seaBridgeKm: 50))
        let pockets = selection.pockets(graph: graph)
        #expect(selection.coverage >= 0.75)
        let total = pockets.reduce(0) { $0 + $1.value }
        #expect(abs(total - selection.valueCovered) < 1e-9 * selection.valueCovered)
        #expect(abs(pockets.reduce(0) { $0 + $1.share } - selection.coverage) < 1e-9)
        let codes = pockets.flatMap(\.codes)
        #expect(codes.count == selection.entries.count)
        #expect(Set(codes) == Set(selection.codes))
        #expect(pockets.map(\.rank) == Array(1...pockets.count))
        #expect(zip(pockets, pockets.dropFirst()).allSatisfy { $0.value >= $1.value })
        #expect(pockets[0].codes.count > 10, "Java's selected districts form one large pocket")
        // Within a pocket every region links to another selected region of the pocket.
        for pocket in pockets where pocket.codes.count > 1 {
            let members = Set(pocket.regionIndices)
            #expect(pocket.regionIndices.allSatisfy { !Set(graph.neighbours[$0]).isDisjoint(with: members) })
        }
        let dissolved = try pockets[1].dissolved(in: result.layer)
        #expect(!dissolved.isEmpty)
    }
}
