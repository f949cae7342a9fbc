import ArgumentParser
import Sasaran

/// Options for the parents (provinces) of a run: taken from a table instead of the layer (the
/// provinces of another year), and their names.
struct ParentOptionGroup: ParsableArguments {
    @Option(help: ArgumentHelp("Take each region's parent from this table (CSV) instead of the layer, e.g. the provinces of another year (with --parents-code-column and --parents-column).", valueName: "file"))
    var parentsFrom: String?

    @Option(help: "--parents-from: the column holding the layer's region codes.")
    var parentsCodeColumn: String?

    @Option(help: "--parents-from: the column holding the parent (e.g. kode_kemendagri_2020).")
    var parentsColumn: String?

    @Option(help: "--parents-from: the parent is the first N characters of that column (e.g. 2 for the province of kode_kemendagri_2020).")
    var parentsPrefix: Int?

    @Option(help: ArgumentHelp("A table (CSV) of parent names: shown beside the parent codes in every output. Its code and name columns are detected unless given.", valueName: "file"))
    var parentNames: String?

    @Option(help: "--parent-names: the column holding the parent codes.")
    var parentNamesCodeColumn: String?

    @Option(help: "--parent-names: the column holding the names.")
    var parentNamesNameColumn: String?

    @Option(help: ArgumentHelp("The levels above the regions, top down: NAME=N for the first N characters of the code (N dot-separated parts of a dotted code), NAME=FIELD for a field of the layer, e.g. province=2,kabupaten=4,kecamatan=6. For --max-per/--min-per and the per-level summaries.", valueName: "levels"))
    var levels: String?

    var isEmpty: Bool { parentsFrom == nil && parentNames == nil && levels == nil }

    func validate() throws {
        if parentsFrom != nil, parentsCodeColumn == nil || parentsColumn == nil {
            throw ValidationError("--parents-from needs --parents-code-column and --parents-column")
        }
        if parentsFrom == nil, parentsCodeColumn != nil || parentsColumn != nil || parentsPrefix != nil {
            throw ValidationError("--parents-code-column, --parents-column and --parents-prefix go with --parents-from FILE")
        }
        try NumberFlags.check(parentsPrefix, "--parents-prefix", in: NumberFlags.prefixLength)
        _ = try hierarchy()
        if parentNames == nil, parentNamesCodeColumn != nil || parentNamesNameColumn != nil {
            throw ValidationError("--parent-names-code-column and --parent-names-name-column go with --parent-names FILE")
        }
    }

    var parents: ParentsInput? {
        parentsFrom.map { ParentsInput(path: $0, codeColumn: parentsCodeColumn ?? "", parentColumn: parentsColumn ?? "", prefix: parentsPrefix) }
    }

    /// The hierarchy of `--levels`.
    func hierarchy() throws -> RegionHierarchy? {
        do { return try levels.map(RegionHierarchy.init(parsing:)) } catch let error as HierarchyError { throw ValidationError(error.description) }
    }

    var names: ParentNamesInput? {
        parentNames.map { ParentNamesInput(path: $0, codeColumn: parentNamesCodeColumn, nameColumn: parentNamesNameColumn) }
    }
}
