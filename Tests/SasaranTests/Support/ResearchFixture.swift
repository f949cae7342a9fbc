import Foundation
import TestSupport
@testable import Sasaran

/// The real boundaries and BPS figures as a scenario, for the research tests.
enum ResearchFixture {
    static func scenario(year: Int, target: Double = 0.75, key: RankKey = .count, missing: MissingPolicy = .error) throws -> Scenario {
        Scenario(name: "\(year) \(key) \(target)",
                 boundaries: BoundaryInput(path: try SharedData.path("idn/boundaries/shp/kabkota_2025.shp"),
                                           options: LayerOptions(codeField: "KODE_KMD", nameField: "NAMA", parent: .field("KODE_PROV"))),
                 indicators: IndicatorInput(path: try SharedData.path("idn/poverty/bps_poverty_kabkota_2015_2025.csv"),
                                            columns: RealData.columns(year: year), missing: missing),
                 request: TargetingRequest(rankKey: key, rule: .coverage(target)))
    }

    /// The joined regions of one year (on the code list of 2025).
    static func regions(year: Int) throws -> [JoinedRegion] {
        let table = try IndicatorTable.load(contentsOf: RealData.povertyURL(), columns: RealData.columns(year: year))
        return try table.join(to: RealData.layer(), options: JoinOptions(missing: .skip)).regions
    }

    /// A batch file in a fresh folder, with `body` after a base scenario on the real data.
    static func batchFile(_ body: String) throws -> String {
        let yaml = """
        name: research test
        base:
          boundaries: {path: \(try SharedData.path("idn/boundaries/shp/kabkota_2025.shp")), code-field: KODE_KMD, name-field: NAMA, parent-field: KODE_PROV}
          indicators:
            path: \(try SharedData.path("idn/poverty/bps_poverty_kabkota_2015_2025.csv"))
            code-column: kode_kemendagri_2025
            value: jumlah_miskin_ribu
            population: penduduk_implied_ribu
            where: {tahun: 2025}
          target: 0.75
        \(body)
        """
        let path = try SharedData.temporaryFolder().appendingPathComponent("batch.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
