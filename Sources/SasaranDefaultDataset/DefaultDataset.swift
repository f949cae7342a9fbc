import Foundation
import SasaranGeo
import Sasaran
import SasaranIO

/// The embedded Indonesian default in `Shapefiles/`: the schematic district layer
/// (``SchematicLayerBuilder``) with the districts' published figures, and a copy of the BPS
/// poverty table, made from the shared data by `sasaran-default-dataset`.
public enum DefaultDataset {
    /// The layer's file name without extension.
    public static let layerName = EmbeddedDefault.layerName
    /// The poverty table's file name (as in the shared data).
    public static let povertyFileName = "bps_poverty_kabkota_2015_2025.csv"
    /// The code crosswalk's file name (as in the shared data): Kemendagri 2025 ↔ BPS 2020 and
    /// Kemendagri 2020 codes, for joins of BPS-coded tables and the provinces of 2020.
    public static let crosswalkFileName = "crosswalk_kemendagri2025_bps2020.csv"
    /// The names of the 34 provinces of 2020 (before Papua was split in 2022), by the two-digit
    /// code `kode_kemendagri_2020` starts with: the parent names of the 2021 design.
    public static let provinces2020FileName = "provinsi_2020.csv"
    /// The code, name and parent fields, for ``LayerOptions``.
    public static let codeField = "KODE_KMD", nameField = "NAMA", parentField = "KODE_PROV"
    /// The options that load the layer as a ``RegionLayer``.
    public static var layerOptions: LayerOptions {
        LayerOptions(codeField: codeField, nameField: nameField, parent: .field(parentField))
    }

    /// The files written, in order: the shapefile set, then the poverty table.
    public static var fileNames: [String] {
        ["shp", "shx", "dbf", "prj", "cpg"].map { "\(layerName).\($0)" } + [povertyFileName, crosswalkFileName, provinces2020FileName]
    }

    /// WGS84 lon/lat in the ESRI dialect of a .prj.
    public static let wgs84PRJ = #"GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]"#

    /// The "last update" written into the .dbf header (year, month, day), fixed so that the files
    /// do not change with the day they are made.
    public static let dbfDate: (year: Int, month: Int, day: Int) = (2025, 1, 1)

    /// The attribute fields of the layer (dBASE names of at most 10 characters).
    public static let fields: [ShapefileWriter.FieldSpec] = [
        .init(name: "KODE_KMD", kind: .character(length: 8)),
        .init(name: "KODE_BPS", kind: .character(length: 6)),
        .init(name: "NAMA", kind: .character(length: 60)),
        .init(name: "TIPE", kind: .character(length: 10)),
        .init(name: "KODE_PROV", kind: .character(length: 4)),
        .init(name: "NAMA_PROV", kind: .character(length: 40)),
        .init(name: "LUAS_KM2", kind: .numeric(length: 12, decimals: 3)),
        .init(name: "PENDUDUK", kind: .numeric(length: 10, decimals: 0)),
    ]

    /// Makes the default dataset from the shared data folder into `output` (which must exist).
    /// - Parameters:
    ///   - data: the shared data root, holding `idn/codes` and `idn/poverty`.
    ///   - output: the folder to write the files listed in ``fileNames`` to.
    /// - Returns: the construction's result, for a summary.
    public static func make(data: URL, output: URL, parameters: SchematicLayerBuilder.Parameters = .init()) throws -> SchematicLayerBuilder.Result {
        let districts = try DistrictFacts.load(codes: data.appendingPathComponent("idn/codes"))
        let result = try SchematicLayerBuilder(parameters: parameters).build(districts)
        let source = data.appendingPathComponent("idn/poverty/\(povertyFileName)")
        let transaction = OutputTransaction(inputs: [OutputTransaction.Input(role: "poverty table", path: source.path)])
        try writeLayer(result.cells, to: output.appendingPathComponent(layerName).path, into: transaction)
        try copyPovertyTable(from: source, to: output.appendingPathComponent(povertyFileName), into: transaction)
        let crosswalk = data.appendingPathComponent("idn/codes/\(crosswalkFileName)")
        transaction.addInput(.init(role: "crosswalk", path: crosswalk.path))
        try copy(crosswalk, expecting: ["kode_kemendagri_2025", "kode_bps_2020", "kode_kemendagri_2020"],
                 to: output.appendingPathComponent(crosswalkFileName), into: transaction)
        try transaction.write(try provinces2020(crosswalk: crosswalk, codes: data.appendingPathComponent("idn/codes/kode_wilayah_2025.csv")),
                              to: output.appendingPathComponent(provinces2020FileName).path)
        try transaction.commit()
        return result
    }

    /// Writes the cells with their figures as a Polygon shapefile with a WGS84 .prj.
    static func writeLayer(_ cells: [SchematicLayerBuilder.Cell], to base: String, into transaction: OutputTransaction) throws {
        let records = try cells.map { cell in
            let district = cell.district
            return try ShapefileWriter.Record(geometry: cell.geometry, values: [
                .string(district.code), .string(district.bpsCode), .string(district.name), .string(district.type),
                .string(district.provinceCode), .string(district.provinceName),
                district.areaKm2.map { .number($0) } ?? .null, .number(Double(district.population)),
            ])
        }
        try ShapefileWriter.write(path: base, fields: fields, records: records, prj: wgs84PRJ, date: dbfDate, into: transaction)
    }

    /// Copies the poverty table byte for byte after checking its header, so the same column
    /// flags work on the copy as on the original.
    static func copyPovertyTable(from source: URL, to target: URL, into transaction: OutputTransaction) throws {
        try copy(source, exactly: ["kode_kemendagri_2025", "kode_bps_2020", "provinsi_bps", "nama_bps", "tahun",
                                   "p0_persen", "jumlah_miskin_ribu", "penduduk_implied_ribu"], to: target, into: transaction)
    }

    /// The 2020 provinces (`kode_prov_2020,nama_prov_2020`): every two-digit prefix of the
    /// crosswalk's `kode_kemendagri_2020`, named as the province of that code in the 2025 register
    /// (the 2020 provinces kept their codes and names; Papua's new provinces of 2022 took new codes).
    static func provinces2020(crosswalk: URL, codes: URL) throws -> String {
        var prefixes = Set<String>()
        let links = try CSVReader(contentsOf: crosswalk)
        let column = try links.columnIndex(of: "kode_kemendagri_2020")
        try links.forEachRecord { prefixes.insert(String($0[column].string.trimmingCharacters(in: .whitespaces).prefix(2))) }
        var names: [String: String] = [:]
        let register = try CSVReader(contentsOf: codes)
        let code = try register.columnIndex(of: "kode_kemendagri"), level = try register.columnIndex(of: "level")
        let name = try register.columnIndex(of: "nama")
        try register.forEachRecord { record in
            if record[level].string == "provinsi" { names[record[code].string] = record[name].string }
        }
        let missing = prefixes.filter { names[$0] == nil }.sorted()
        guard missing.isEmpty else {
            throw DefaultDatasetError.input(file: codes.path, line: 0, message: "no province named for the 2020 codes \(missing.joined(separator: ", "))")
        }
        return (["kode_prov_2020,nama_prov_2020"] + prefixes.sorted().map { "\($0),\(names[$0]!)" }).joined(separator: "\n") + "\n"
    }

    /// Copies a table byte for byte after checking that its header is `exactly` these columns,
    /// or holds all of `expecting`.
    static func copy(_ source: URL, exactly: [String]? = nil, expecting: [String] = [], to target: URL,
                     into transaction: OutputTransaction) throws {
        let reader = try CSVReader(contentsOf: source)
        if let exactly, reader.header != exactly {
            throw DefaultDatasetError.input(file: source.path, line: 1, message: "expected the columns \(exactly.joined(separator: ",")), found \(reader.header.joined(separator: ","))")
        }
        let absent = expecting.filter { !reader.header.contains($0) }
        guard absent.isEmpty else {
            throw DefaultDatasetError.input(file: source.path, line: 1, message: "missing the columns \(absent.joined(separator: ","))")
        }
        guard let bytes = FileManager.default.contents(atPath: source.path) else {
            throw InputError(file: source.path, message: "cannot read")
        }
        try transaction.write(bytes, to: target.path)
    }
}
