import Foundation
import SasaranIO

/// The published figures of one Indonesian district (kabupaten/kota) that the schematic default
/// layer carries: codes, names, province, centroid, registered area and population. Facts, not
/// geometry: read from `idn/codes/kabkota_2025_points.csv` of the shared data.
public struct DistrictFacts: Sendable, Equatable {
    /// Kemendagri 2025 code, "32.01".
    public var code: String
    /// BPS 2020 code, "3201" (differs from the Kemendagri code for 199 districts).
    public var bpsCode: String
    public var name: String
    /// "Kabupaten" or "Kota".
    public var type: String
    /// Province code, "32".
    public var provinceCode: String
    public var provinceName: String
    /// Centroid longitude and latitude in degrees (WGS84).
    public var lon: Double
    public var lat: Double
    /// The registered area in km², nil where the register gives none.
    public var areaKm2: Double?
    /// The area used to size the schematic cell: the registered area, or for a district without
    /// one the province's registered area not covered by its other districts, shared evenly.
    public var sizingAreaKm2: Double
    /// Registered population 2025.
    public var population: Int

    public init(code: String, bpsCode: String, name: String, type: String, provinceCode: String, provinceName: String,
                lon: Double, lat: Double, areaKm2: Double?, sizingAreaKm2: Double, population: Int) {
        self.code = code; self.bpsCode = bpsCode; self.name = name; self.type = type
        self.provinceCode = provinceCode; self.provinceName = provinceName; self.lon = lon; self.lat = lat
        self.areaKm2 = areaKm2; self.sizingAreaKm2 = sizingAreaKm2; self.population = population
    }

    /// True for a city (kota), whose cell is capped to its own size (see ``SchematicLayerBuilder``).
    public var isCity: Bool { type == "Kota" }
}

extension DistrictFacts {
    /// Reads the districts in code order from the points file, estimating the sizing area of the
    /// few without a registered area from the province areas of `kode_wilayah_2025.csv`.
    /// - Parameter codes: the `idn/codes` folder of the shared data.
    /// - Throws: ``DefaultDatasetError`` naming the file and line of a missing or malformed value.
    public static func load(codes: URL) throws -> [DistrictFacts] {
        let pointsURL = codes.appendingPathComponent("kabkota_2025_points.csv")
        let points = try TableReader.open(pointsURL.path).readAll()
        let column = { (name: String) throws -> Int in
            guard let index = points.header.firstIndex(of: name) else {
                throw DefaultDatasetError.input(file: pointsURL.path, line: 1, message: "no column \"\(name)\"")
            }
            return index
        }
        let code = try column("kode_kemendagri"), bps = try column("kode_bps_2020"), name = try column("nama")
        let type = try column("tipe"), province = try column("kode_prov"), provinceName = try column("nama_prov")
        let lon = try column("lon"), lat = try column("lat"), area = try column("luas_km2"), population = try column("penduduk_2025")
        var districts: [DistrictFacts] = []
        for (row, line) in zip(points.rows, points.lines) {
            func number(_ index: Int) throws -> Double {
                guard let value = CSVNumber.parseDouble(row[index]), value.isFinite else {
                    throw DefaultDatasetError.input(file: pointsURL.path, line: line, message: "\(points.header[index]) \"\(row[index])\" is not a number")
                }
                return value
            }
            let registered = row[area].trimmingCharacters(in: .whitespaces).isEmpty ? nil : try number(area)
            districts.append(DistrictFacts(
                code: row[code], bpsCode: row[bps], name: row[name], type: row[type],
                provinceCode: row[province], provinceName: row[provinceName],
                lon: try number(lon), lat: try number(lat), areaKm2: registered,
                sizingAreaKm2: registered ?? 0, population: Int(try number(population))))
        }
        guard !districts.isEmpty else { throw DefaultDatasetError.input(file: pointsURL.path, line: 1, message: "no districts") }
        if districts.contains(where: { $0.areaKm2 == nil }) {
            try estimateMissingAreas(&districts, register: codes.appendingPathComponent("kode_wilayah_2025.csv"))
        }
        return districts.sorted { $0.code < $1.code }
    }

    /// Shares each province's registered area not covered by its districts' registered areas
    /// evenly among its districts that have none (4 of 514 in the 2025 register).
    private static func estimateMissingAreas(_ districts: inout [DistrictFacts], register url: URL) throws {
        let table = try TableReader.open(url.path).readAll()
        guard let level = table.header.firstIndex(of: "level"), let province = table.header.firstIndex(of: "kode_prov"),
              let area = table.header.firstIndex(of: "luas_km2") else {
            throw DefaultDatasetError.input(file: url.path, line: 1, message: "needs columns level, kode_prov, luas_km2")
        }
        var provinceArea: [String: Double] = [:]
        for row in table.rows where row[level] == "provinsi" {
            if let value = CSVNumber.parseDouble(row[area]) { provinceArea[row[province]] = value }
        }
        let missing = Dictionary(grouping: districts.indices.filter { districts[$0].areaKm2 == nil }) { districts[$0].provinceCode }
        for (code, indices) in missing {
            guard let total = provinceArea[code] else {
                throw DefaultDatasetError.input(file: url.path, line: 0, message: "no registered area for province \(code), needed to size \(indices.map { districts[$0].code })")
            }
            let known = districts.filter { $0.provinceCode == code }.reduce(0) { $0 + ($1.areaKm2 ?? 0) }
            let share = (total - known) / Double(indices.count)
            guard share > 0 else {
                throw DefaultDatasetError.input(file: url.path, line: 0, message: "province \(code): its districts' areas exceed its own; cannot size \(indices.map { districts[$0].code })")
            }
            for index in indices { districts[index].sizingAreaKm2 = share }
        }
    }
}
