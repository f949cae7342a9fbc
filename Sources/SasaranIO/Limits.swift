/// The largest inputs Sasaran reads. Each is enforced by its reader before memory is committed,
/// with an ``InputError`` (or `CSVError`) that names the file, the limit and what to do, instead
/// of a process that grows until the machine kills it. Documented in docs/limits.md; raise one
/// here (and there) when a real file needs more.
public enum Limits {
    // MARK: Whole files

    /// A .shp, .shx or .dbf. Offsets in a .shp are 32-bit counts of 16-bit words, so the format
    /// itself cannot address more than 8 GiB. They are read whole with `pread` (``FileBytes``).
    public static let maxShapefileBytes = 8 << 30
    /// A .prj or .cpg (a WKT definition is a few kilobytes).
    public static let maxSmallTextBytes = 1 << 20
    /// A GeoJSON file. It is parsed as a whole, and a parsed JSON tree takes several times the
    /// file's size in memory; bigger layers should come as shapefiles.
    public static let maxGeoJSONBytes = 512 << 20
    /// GeoJSON files above this size are read through GDAL's GeoJSON driver, which streams
    /// features (peak memory about 3 × the file) where the native reader's JSON tree takes about
    /// 30 × (a 100 MB file: 2.75 GB natively, 0.32 GB through GDAL).
    public static let geoJSONNativeBytes = 16 << 20
    /// An indicator or crosswalk CSV (read as a whole; a national table is well under 1 MiB).
    public static let maxCSVBytes = 1 << 30
    /// A scenario file (YAML).
    public static let maxScenarioBytes = 1 << 20
    /// Values (keys, scalars, lists, mappings) in a scenario file once YAML aliases are expanded:
    /// a few lines of nested aliases would otherwise expand to 10^8 values.
    public static let maxScenarioValues = 100_000

    /// What the entries of a `.zip`, `.xlsx` or `.ods` may expand to, as their central directory
    /// declares it (GDAL's `/vsizip/` reads no more than that): a spreadsheet's sheets and strings.
    public static let maxSpreadsheetBytes = 1 << 30
    /// Entries in one archive.
    public static let maxArchiveEntries = 100_000
    /// An archive expanding more than this many times its size is a zip bomb, once it expands
    /// past ``archiveBombMinimumBytes`` (real shapefiles and spreadsheets compress 3-30 times).
    public static let maxArchiveExpansion = 200
    public static let archiveBombMinimumBytes = 64 << 20

    // MARK: Shapes

    /// Parts (rings) in one polygon record. The most fragmented Indonesian district has a few
    /// thousand islands.
    public static let maxPartsPerShape = 100_000
    /// Points in one shape (a polygon record, a multipoint, or one GeoJSON geometry).
    public static let maxVerticesPerShape = 10_000_000

    // MARK: Tables

    /// Fields in a .dbf. The dBASE header length is 16 bits, so the format cannot describe more
    /// than 2,046 fields; the limit is that bound, stated.
    public static let maxFields = 2_046
    /// Bytes in one .dbf record (a 16-bit count in the header; stated for completeness).
    public static let maxRecordBytes = 65_535
    /// Fields of a layer read through GDAL (GeoPackage, PostGIS …).
    public static let maxLayerFields = 10_000
    /// Columns in a CSV header or a spreadsheet's first row.
    public static let maxCSVColumns = 10_000
    /// Bytes in one CSV record (one line, or several when a quoted field holds line ends), and in
    /// one line of a points CSV.
    public static let maxCSVLineBytes = 1 << 20

    /// "1.5 MiB", "512 MiB", "8 GiB": a byte count for messages.
    public static func describe(bytes: Int) -> String {
        if bytes >= 1 << 30, bytes % (1 << 30) == 0 { return "\(bytes >> 30) GiB" }
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }

    /// The error for a file over `limit` bytes.
    static func tooLarge(_ path: String, size: Int, limit: Int, what: String, advice: String = "") -> InputError {
        InputError(file: path, message: "file is too large: \(size) bytes, more than the limit of \(describe(bytes: limit)) for \(what)\(advice.isEmpty ? "" : "; \(advice)") (see docs/limits.md)")
    }
}
