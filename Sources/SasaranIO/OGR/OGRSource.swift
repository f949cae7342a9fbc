import CGDAL
import Foundation

/// A vector source as the user named it, and as GDAL is to open it: a file (GeoPackage,
/// FlatGeobuf, KML, GML …), a zipped shapefile (`.zip`, read through `/vsizip/`), or a database
/// connection string (`PG:dbname=… host=…`).
public struct OGRSource: Sendable, Equatable {
    /// What the user gave.
    public let given: String
    /// The name GDAL opens.
    public let gdalPath: String
    /// The name for messages: the path, or the connection string with any password removed.
    public let displayName: String
    /// A database connection rather than a file.
    public let isDatabase: Bool

    /// Schemes of GDAL's network file systems: Sasaran reads local files and databases only.
    private static let networkPrefixes = ["/vsicurl", "/vsis3", "/vsigs", "/vsiaz", "/vsiadls", "/vsioss", "/vsiswift",
                                          "/vsiwebhdfs", "/vsihdfs", "http://", "https://", "ftp://"]

    /// Resolves a user's name for a source.
    /// - Throws: ``InputError`` for a network address, or a file that does not exist.
    public init(_ given: String) throws {
        self.given = given
        if Self.isConnectionString(given) {
            gdalPath = given
            displayName = Self.redacted(given)
            isDatabase = true
            return
        }
        isDatabase = false
        displayName = given
        let lowered = given.lowercased()
        if Self.networkPrefixes.contains(where: lowered.hasPrefix) {
            throw InputError(file: given, message: "reading from the network is not supported: download the file first")
        }
        if lowered.hasPrefix("/vsi") {
            gdalPath = given
            return
        }
        guard FileManager.default.fileExists(atPath: given) else { throw InputError(file: given, message: "no such file") }
        let absolute = URL(fileURLWithPath: given).standardizedFileURL.path
        gdalPath = Self.isArchive(given) ? "/vsizip/" + absolute : absolute
    }

    /// `PG:…` (PostgreSQL/PostGIS), the form GDAL's PG driver takes.
    public static func isConnectionString(_ text: String) -> Bool {
        text.hasPrefix("PG:") || text.hasPrefix("pg:")
    }

    /// A `.zip` file, read as the folder it holds.
    static func isArchive(_ path: String) -> Bool {
        URL(fileURLWithPath: path).pathExtension.lowercased() == "zip"
    }

    /// The connection string without its password (`password=…`, quoted or not, and the
    /// `user:password@` of a URI), for messages and manifests.
    public static func redacted(_ connection: String) -> String {
        var text = connection
        let patterns = [#"(?i)(password\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s]+)"#, #"(://[^:/@\s]+:)([^@\s]+)(@)"#]
        for (index, pattern) in patterns.enumerated() {
            guard let expression = try? NSRegularExpression(pattern: pattern) else { continue }
            let range = NSRange(text.startIndex..., in: text)
            text = expression.stringByReplacingMatches(in: text, range: range, withTemplate: index == 0 ? "$1***" : "$1***$3")
        }
        return text
    }

    /// Refuses an archive whose entries would expand past `limit` bytes, or far more than any real
    /// file compresses (a zip bomb), before GDAL inflates anything. The sizes are those the zip's
    /// central directory declares, which also bound what GDAL's `/vsizip/` reads.
    func checkArchive(limit: Int, what: String) throws {
        guard gdalPath.hasPrefix("/vsizip/") || Self.isZipContainer(given) else { return }
        let root = gdalPath.hasPrefix("/vsizip/") ? gdalPath : "/vsizip/" + URL(fileURLWithPath: given).standardizedFileURL.path
        let compressed = (try? FileManager.default.attributesOfItem(atPath: given)[.size] as? NSNumber)?.intValue ?? 0
        guard let directory = VSIOpenDir(root, -1, nil) else {
            throw InputError(file: displayName, message: "not a readable zip archive")
        }
        defer { VSICloseDir(directory) }
        var total = 0
        var entries = 0
        while let entry = VSIGetNextDirEntry(directory) {
            entries += 1
            guard entries <= Limits.maxArchiveEntries else {
                throw InputError(file: displayName, message: "the archive holds more than \(Limits.maxArchiveEntries) entries (see docs/limits.md)")
            }
            guard entry.pointee.bSizeKnown != 0, entry.pointee.nSize > 0 else { continue }
            let (sum, overflow) = total.addingReportingOverflow(Int(clamping: entry.pointee.nSize))
            total = overflow ? Int.max : sum
        }
        if total > limit {
            throw InputError(file: displayName, message: "the archive expands to \(total) bytes, more than the limit of \(Limits.describe(bytes: limit)) for \(what) (see docs/limits.md)")
        }
        if compressed > 0, total > Limits.archiveBombMinimumBytes, total / compressed > Limits.maxArchiveExpansion {
            throw InputError(file: displayName, message: "the archive expands \(total / compressed) times (\(compressed) bytes to \(total)): a zip bomb, not \(what); refused (see docs/limits.md)")
        }
    }

    /// Office documents (`.xlsx`, `.ods`) are zip archives too.
    static func isZipContainer(_ path: String) -> Bool {
        ["zip", "xlsx", "ods", "kmz"].contains(URL(fileURLWithPath: path).pathExtension.lowercased())
    }
}
