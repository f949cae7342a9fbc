import Foundation
import Testing
import TestSupport
@testable import Sasaran

/// A join of the wrong code system is refused: the Kemendagri and BPS codes share most code
/// strings but name different districts, and the names give it away.
@Suite("Joins are checked by name")
struct NameCheckTests {
    @Test("names are compared without case, accents, punctuation, spaces and the leading type word",
          arguments: [("Kabupaten Labuhanbatu", "Labuhan Batu"), ("Kota Pematangsiantar", "Kota Pematang Siantar"),
                      ("Kabupaten Kotabaru", "Kota Baru"), ("Kota Administrasi Jakarta Pusat", "Jakarta Pusat"),
                      ("Kabupaten Kep. Siau Tagulandang Biaro", "Siau Tagulandang Biaro"), ("Kab. Fak Fak", "FAKFAK"),
                      ("Kabupaten Toba", "Toba Samosir")])
    func agree(layer: String, table: String) {
        #expect(NameCheck.agree(layer, table))
    }

    @Test("different districts disagree", arguments: [("Kabupaten Aceh Selatan", "Simeulue"), ("Kota Binjai", "Kota Medan"),
                                                     ("Kabupaten Bogor", "Kabupaten Bandung")])
    func disagree(layer: String, table: String) {
        #expect(!NameCheck.agree(layer, table))
    }

    /// A table with the names of the real poverty table, keyed on `code`, for the real 2025 layer.
    static func table(codes: String) throws -> IndicatorTable {
        try IndicatorTable.load(contentsOf: RealData.povertyURL(),
                                columns: IndicatorColumns(code: codes, value: "jumlah_miskin_ribu", filters: [RowFilter(column: "tahun", value: "2023")]))
    }

    /// The layer keyed on its four-digit `kode` field (which looks like a BPS code but is not one).
    static func layerByFourDigitCode() throws -> [RegionKey] {
        try RealData.layer().map { var key = $0; key.code = $0.attributes["kode"]!; return key }
    }

    @Test("the layer's four-digit KODE joined to kode_bps_2020 is refused as another code system, whatever the policies say",
          .enabled(if: SharedData.shouldRun))
    func wrongSystemRefused() throws {
        let table = try Self.table(codes: "kode_bps_2020")
        #expect(table.nameColumn == "nama_bps")
        for options in [JoinOptions(), JoinOptions(missing: .skip, unmatched: .warn)] {
            let error = try #require(thrown(JoinError.self) { _ = try table.join(to: Self.layerByFourDigitCode(), options: options) })
            guard case let .otherCodeSystem(_, column, matched, disagreements) = error else {
                Issue.record("expected otherCodeSystem, got \(error)")
                continue
            }
            #expect(column == "nama_bps")
            #expect(matched == 479)
            #expect(Double(disagreements.count) > 0.1 * Double(matched))
            // Kota Binjai (12.75, KODE 1275) would otherwise carry Kota Medan's poor (BPS 1275 is Medan).
            #expect(disagreements.contains { $0.code == "1275" && $0.tableName == "Kota Medan" })
            #expect(error.description.contains("another code system") && error.description.contains("--crosswalk"))
        }
    }

    @Test("the right code system passes, renamed districts listed as warnings", .enabled(if: SharedData.shouldRun))
    func rightSystemWarns() throws {
        let joined = try Self.table(codes: "kode_kemendagri_2025").join(to: RealData.layer())
        #expect(joined.report.nameDisagreements.map(\.code).sorted() == ["76.01", "81.03"])
        #expect(joined.report.warnings.contains { $0.hasPrefix("names differ for 2 of 514 matched codes") })
        let crosswalk = try Crosswalk.load(contentsOf: RealData.crosswalkURL(), from: "kode_bps_2020", to: "kode_kemendagri_2025")
        let through = try Self.table(codes: "kode_bps_2020").join(to: RealData.layer(), options: JoinOptions(crosswalk: crosswalk))
        #expect(through.report.nameDisagreements.count == 2)
        #expect(through.regions.map(\.value) == joined.regions.map(\.value))
    }

    @Test("codes that match nothing: the error says what each side's codes look like and names --crosswalk")
    func noMatch() throws {
        let table = IndicatorTable(file: "t.csv", rows: [IndicatorRow(code: "3201", value: 1), IndicatorRow(code: "3202", value: 2)])
        let layer = [RegionKey(code: "32.01", name: "A", parent: "32"), RegionKey(code: "32.02", name: "B", parent: "32")]
        let error = try #require(thrown(JoinError.self) { _ = try table.join(to: layer, options: JoinOptions(unmatched: .warn)) })
        #expect(error.description.contains("four-digit codes like BPS's (3201)"))
        #expect(error.description.contains("dotted codes like Kemendagri's (32.01)"))
        #expect(error.description.contains("--crosswalk"))
    }
}
