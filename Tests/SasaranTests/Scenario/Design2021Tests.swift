import Foundation
import Testing
import TestSupport
@testable import Sasaran

/// The shipped `scenarios/design-2021.yaml`: five kabupaten in each of the seven provinces of 2021,
/// the provinces taken as they were before Papua's split (the first two digits of the 2020
/// Kemendagri code), then 75% nationally.
@Suite("The 2021 design, on the provinces of 2021")
struct Design2021Tests {
    static let root = SharedData.projectRoot

    /// The rows of a small CSV without quotes (the shipped tables have none), by column name.
    static func rows(_ relative: String) throws -> [[String: String]] {
        let lines = try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
            .split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(lines[0], $0)) }
    }

    @Test("phase 1 is the five kabupaten with the most poor in 2021 of each 2021 province, computed independently")
    func firstPhase() throws {
        let result = try ScenarioRunner.run(try ScenarioFile.load(path: Self.root.appendingPathComponent("scenarios/design-2021.yaml").path))
        let phase1 = result.selection.entries.filter { $0.phase == 1 }

        // Independently: the crosswalk gives each 2025 district its type and its 2020 code; the
        // poverty table its 2021 number of poor.
        let links = try Self.rows("Shapefiles/crosswalk_kemendagri2025_bps2020.csv")
        let poor = Dictionary(uniqueKeysWithValues: try Self.rows("Shapefiles/bps_poverty_kabkota_2015_2025.csv")
            .filter { $0["tahun"] == "2021" }.compactMap { row in Double(row["jumlah_miskin_ribu"]!).map { (row["kode_kemendagri_2025"]!, $0) } })
        var expected: [String] = []
        for province in ["32", "33", "35", "53", "81", "91", "92"] {
            let kabupaten = links.filter { $0["tipe"] == "Kabupaten" && $0["kode_kemendagri_2020"]!.hasPrefix(province) }
                .compactMap { row in poor[row["kode_kemendagri_2025"]!].map { (code: row["kode_kemendagri_2025"]!, poor: $0) } }
                .sorted { $0.poor != $1.poor ? $0.poor > $1.poor : $0.code < $1.code }
            expected += kabupaten.prefix(5).map(\.code)
        }
        #expect(phase1.count == 35)
        #expect(Set(phase1.map(\.code)) == Set(expected))
        // Papua of 2021 includes the highlands that became Papua Pegunungan (95) and Papua Tengah (94).
        let papua = phase1.filter { $0.parent == "91" }
        #expect(papua.count == 5 && papua.contains { $0.code.hasPrefix("95.") })
        #expect(papua.allSatisfy { $0.parentName == "Papua" })
        #expect(phase1.filter { $0.parent == "92" }.allSatisfy { $0.parentName == "Papua Barat" })
        // Phase 2 reaches the target with phase 1 locked in; the province table uses the 34 provinces of 2020.
        #expect(result.selection.coverage >= 0.75 - Targeting.epsilon)
        #expect(result.selection.parents.count == 34)
        #expect(result.selection.unmet.isEmpty)
        #expect(result.manifest.inputs.map(\.role).contains("parents"))
    }
}
