import SasaranIO

/// How a region layer takes codes, names and parents from a file's fields.
public struct LayerOptions: Sendable {
    /// The field holding the region code; nil picks a field named like a code (see ``RegionLayer``).
    public var codeField: String?
    /// The field holding the name; nil picks a field named like a name, else the code.
    public var nameField: String?
    /// Where the parent (province) code comes from.
    public var parent: ParentRule
    /// Check every geometry GEOS builds and repair invalid ones with make-valid (on by default);
    /// off (`--trusted-geometry`) polygons are taken as valid, recorded in the manifest.
    public var repairInvalid: Bool
    /// The layer of a multi-layer source and the CRS the user states (`--layer`, `--crs`).
    public var reading: LayerReadOptions
    /// Without a code field (given or found by name), number the regions by record ("#12")
    /// instead of failing: for describing a file, never for joins.
    public var recordNumbersAsCodes = false

    public init(codeField: String? = nil, nameField: String? = nil, parent: ParentRule = .automatic, repairInvalid: Bool = true,
                reading: LayerReadOptions = LayerReadOptions()) {
        self.codeField = codeField; self.nameField = nameField; self.parent = parent; self.repairInvalid = repairInvalid
        self.reading = reading
    }
}

/// Where a region's parent code comes from.
public enum ParentRule: Sendable, Equatable {
    /// A field of the file.
    case field(String)
    /// The first `n` characters of the code ("3201" → "32" with n = 2).
    case codePrefix(Int)
    /// The code up to its last dot ("32.01" → "32"), or none for codes without a dot.
    case automatic
    /// No parents.
    case none

    /// The parent of `code` under a prefix rule (field rules are resolved by the layer).
    func parent(ofCode code: String) -> String {
        switch self {
        case let .codePrefix(length): return String(code.prefix(length))
        case .automatic:
            guard let dot = code.lastIndex(of: ".") else { return "" }
            return String(code[..<dot])
        case .field, .none: return ""
        }
    }
}
