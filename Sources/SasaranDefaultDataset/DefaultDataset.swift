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
    /// The code, name and parent fields, for ``LayerOptions``.
    public static let codeField = "KODE_KMD", nameField = "NAMA", parentField = "KODE_PROV"
    /// The options that load the layer as a ``RegionLayer``.
    public static var layerOptions: LayerOptions {
        LayerOptions(codeField: codeField, nameField: nameField, parent: .field(parentField))
    }

    /// The files written, in order: the shapefile set, then the poverty table.
    public static var fileNames: [String] {
        ["shp", "shx", "dbf", "prj", "cpg"].map { "\(layerName).\($0)" } + [povertyFileName]
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
        let expected = ["kode_kemendagri_2025", "kode_bps_2020", "provinsi_bps", "nama_bps", "tahun",
                        "p0_persen", "jumlah_miskin_ribu", "penduduk_implied_ribu"]
        let reader = try CSVReader(contentsOf: source)
        guard reader.header == expected else {
            throw DefaultDatasetError.input(file: source.path, line: 1, message: "expected the columns \(expected.joined(separator: ",")), found \(reader.header.joined(separator: ","))")
        }
        guard let bytes = FileManager.default.contents(atPath: source.path) else {
            throw InputError(file: source.path, message: "cannot read")
        }
        try transaction.write(bytes, to: target.path)
    }
}
