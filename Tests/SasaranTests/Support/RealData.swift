import Foundation
import TestSupport
import SasaranIO
@testable import Sasaran

/// Real Indonesian inputs from `../shared/data/idn`, and an independent reference computation.
enum RealData {
    static func url(_ relative: String) throws -> URL {
        try SharedData.require().appendingPathComponent("idn").appendingPathComponent(relative)
    }

    static func povertyURL() throws -> URL { try url("poverty/bps_poverty_kabkota_2015_2025.csv") }
    static func crosswalkURL() throws -> URL { try url("codes/crosswalk_kemendagri2025_bps2020.csv") }

    /// The 514 kabupaten/kota of 2025 as region keys; parent = province code (prefix before ".").
    static func layer() throws -> [RegionKey] {
        let table = try CSVReader(contentsOf: url("codes/kode_wilayah_2025.csv")).readAll()
        let h = Dictionary(uniqueKeysWithValues: table.header.enumerated().map { ($1, $0) })
        return table.rows.filter { $0[h["level"]!] == "kabkota" }.map { row in
            let code = row[h["kode_kemendagri"]!]
            return RegionKey(code: code, name: row[h["nama"]!], parent: String(code.split(separator: ".")[0]),
                             attributes: ["tipe": row[h["tipe"]!], "kode": row[h["kode"]!], "nama_prov": row[h["nama_prov"]!]])
        }
    }

    static func columns(year: Int, code: String = "kode_kemendagri_2025", value: String = "jumlah_miskin_ribu") -> IndicatorColumns {
        IndicatorColumns(code: code, value: value, population: "penduduk_implied_ribu",
                         filters: [RowFilter(column: "tahun", value: String(year))])
    }

    /// Loads, joins (skipping regions without a value) and selects.
    static func select(year: Int, rule: StopRule, key: RankKey = .count, code: String = "kode_kemendagri_2025",
                       crosswalk: Crosswalk? = nil, layer: [RegionKey]) throws -> (Selection, JoinReport) {
        let table = try IndicatorTable.load(contentsOf: povertyURL(), columns: columns(year: year, code: code))
        let joined = try table.join(to: layer, options: JoinOptions(crosswalk: crosswalk, missing: .skip))
        return (try Targeting.select(joined.regions, request: TargetingRequest(rankKey: key, rule: rule)), joined.report)
    }

    /// The reference list, computed without the engine: split lines, sort, cumulative sum.
    static func reference(year: Int, target: Double, byRate: Bool = false) throws -> [String] {
        let text = try String(contentsOf: povertyURL(), encoding: .utf8)
        var items: [(code: String, key: Double, value: Double)] = []
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard Int(f[4]) == year, let value = Double(f[6]) else { continue }
            let key = byRate ? value / Double(f[7])! : value
            items.append((f[0], key, value))
        }
        items.sort { $0.key != $1.key ? $0.key > $1.key : $0.code < $1.code }
        let total = items.reduce(0) { $0 + $1.value }
        var cumulative = 0.0
        var result: [String] = []
        for item in items {
            result.append(item.code)
            cumulative += item.value
            if cumulative / total >= target - 1e-12 { break }
        }
        return result
    }
}
