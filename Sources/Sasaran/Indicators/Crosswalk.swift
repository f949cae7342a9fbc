import Foundation
import SasaranIO

/// A mapping from the codes of an indicator table to the codes of a region layer, for example
/// BPS 2020 codes to Kemendagri 2025 codes. Applied by ``IndicatorTable/join(to:options:)``;
/// a table code absent from the crosswalk is reported as a row without a region.
public struct Crosswalk: Sendable, Hashable {
    /// The file it came from (labels messages).
    public var file: String
    /// Table code → layer code (both trimmed).
    public var mapping: [String: String]

    /// A crosswalk from an in-memory mapping.
    public init(mapping: [String: String], file: String = "<memory>") {
        self.file = file
        self.mapping = Dictionary(uniqueKeysWithValues: mapping.map {
            ($0.key.trimmingCharacters(in: .whitespaces), $0.value.trimmingCharacters(in: .whitespaces))
        })
    }

    /// Loads a crosswalk table (CSV, `.xlsx`, `.ods`; see ``TableReader``) mapping column `from`
    /// (table codes) to column `to` (layer codes). Rows with an empty side are ignored; one code
    /// mapped to two different codes is an error.
    public static func load(contentsOf url: URL, from: String, to: String, delimiter: CSVDelimiter? = nil) throws -> Crosswalk {
        try load(reader: TableReader.open(url.path, options: TableReadOptions(delimiter: delimiter)), from: from, to: to)
    }

    /// Loads a crosswalk from CSV bytes; `file` labels messages.
    public static func load(bytes: [UInt8], file: String = "<memory>", from: String, to: String,
                            delimiter: CSVDelimiter? = nil) throws -> Crosswalk {
        try load(reader: CSVReader(bytes: bytes, file: file, delimiter: delimiter), from: from, to: to)
    }

    private static func load(reader: CSVReader, from: String, to: String) throws -> Crosswalk {
        func index(_ name: String) throws -> Int {
            do { return try reader.columnIndex(of: name) } catch {
                throw IndicatorError.unknownColumn(file: reader.file, column: name, role: "crosswalk", available: reader.header)
            }
        }
        let fromIndex = try index(from), toIndex = try index(to)
        var mapping: [String: String] = [:]
        try reader.forEachRecord { record in
            let a = record[fromIndex].string.trimmingCharacters(in: .whitespaces)
            let b = record[toIndex].string.trimmingCharacters(in: .whitespaces)
            guard !a.isEmpty, !b.isEmpty else { return }
            if let existing = mapping[a], existing != b {
                throw IndicatorError.crosswalkConflict(file: reader.file, code: a, targets: [existing, b])
            }
            mapping[a] = b
        }
        var result = Crosswalk(mapping: [:], file: reader.file)
        result.mapping = mapping
        return result
    }

    /// The layer code for a table code, if mapped.
    public func map(_ code: String) -> String? { mapping[code] }
}
