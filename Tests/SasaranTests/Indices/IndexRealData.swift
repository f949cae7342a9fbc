import Foundation
import TestSupport
@testable import Sasaran

/// Runs on the real 514 districts (boundaries loaded once) and the peer's answers
/// (`Tests/Peers/indices_peer.py`, pandas and numpy), for the index tests.
enum IndexRealData {
    static func path(_ relative: String) throws -> String { try SharedData.path("idn/" + relative) }

    nonisolated(unsafe) private static var cachedLayer: RegionLayer?
    private static let lock = NSLock()

    /// The real district layer, loaded once per test process.
    static func layer() throws -> RegionLayer {
        lock.lock(); defer { lock.unlock() }
        if let cachedLayer { return cachedLayer }
        let layer = try RegionLayer.load(try path("boundaries/shp/kabkota_2025.shp"),
                                         options: LayerOptions(codeField: "KODE_KMD", nameField: "NAMA", parent: .field("KODE_PROV")))
        cachedLayer = layer
        return layer
    }

    /// The IPM 2023 table as a further table.
    static func ipmTable() throws -> ComponentTableInput {
        ComponentTableInput(path: try path("indicators/bps_ipm_kabkota_2020_2024.csv"), codeColumn: "kode_kemendagri_2025",
                            columns: ["ipm"], filters: [RowFilter(column: "tahun", value: "2023")])
    }

    /// BPS 2023 by the number of poor, 75%, with `index`.
    static func scenario(_ index: IndexSpecification, request: TargetingRequest = TargetingRequest(rule: .coverage(0.75))) throws -> Scenario {
        var scenario = Scenario(
            name: "index test", boundaries: BoundaryInput(path: try path("boundaries/shp/kabkota_2025.shp"), options: LayerOptions()),
            indicators: IndicatorInput(path: try path("poverty/bps_poverty_kabkota_2015_2025.csv"),
                                       columns: IndicatorColumns(code: "kode_kemendagri_2025", value: "jumlah_miskin_ribu",
                                                                 filters: [RowFilter(column: "tahun", value: "2023")])),
            request: request)
        scenario.index = index
        return scenario
    }

    static func run(_ index: IndexSpecification, request: TargetingRequest = TargetingRequest(rule: .coverage(0.75))) throws -> RunResult {
        try ScenarioRunner.run(try scenario(index, request: request), layer: try layer())
    }

    struct Peer: Decodable {
        struct Composite: Decodable { var codes: [String]; var index: [String: Double] }
        struct PCA: Decodable { var loadings: [Double]; var explainedVariance: Double; var eigenvalues: [Double] }
        var composite: Composite
        var pca: PCA
        var eligible: Int
        var regions: Int
    }

    nonisolated(unsafe) private static var cachedPeer: Peer?

    /// The peer's answers, computed once per test process.
    static func peer() throws -> Peer {
        lock.lock(); defer { lock.unlock() }
        if let cachedPeer { return cachedPeer }
        let data = try PythonPeer.run("Tests/Peers/indices_peer.py", [try SharedData.require().appendingPathComponent("idn").path])
        let peer = try JSONDecoder().decode(Peer.self, from: data)
        cachedPeer = peer
        return peer
    }
}
