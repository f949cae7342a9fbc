import ArgumentParser
import Sasaran
import SasaranIO

/// Options naming the fields of a boundary file, shared by every command that loads one.
struct LayerOptionGroup: ParsableArguments {
    @Option(help: "Field holding the region code (default: the field whose values match the most of the table's codes, said on standard error; else one named code, kode, KODE_KMD or id).")
    var codeField: String?

    @Option(help: "Field holding the region name (default: a field named name or nama, else the code).")
    var nameField: String?

    @Option(help: "Field holding the parent (province) code.")
    var parentField: String?

    @Option(help: "Take the parent code as the first N characters of the code (e.g. 2: \"3201\" → \"32\"). Without this or --parent-field, a code with dots gives its part before the last dot (\"32.01\" → \"32\").")
    var parentPrefix: Int?

    @Option(help: "The layer to read from a source with several (GeoPackage, PostGIS …); the error lists them.")
    var layer: String?

    @Option(help: "The boundaries' coordinate reference system, where the file states none or a wrong one: an EPSG code (EPSG:32749), WKT or a PROJ string.")
    var crs: String?

    @Flag(help: "Take the boundaries' polygons as valid without checking them (no GEOS validity check or repair): much faster and lighter on large layers (83,000 villages), for files already checked (e.g. by `sasaran inspect` or ST_IsValid). An invalid polygon then gives wrong answers; the manifest records the choice.")
    var trustedGeometry = false

    var options: LayerOptions {
        let parent: ParentRule = parentField.map(ParentRule.field) ?? parentPrefix.map(ParentRule.codePrefix) ?? .automatic
        return LayerOptions(codeField: codeField, nameField: nameField, parent: parent, repairInvalid: !trustedGeometry,
                            reading: LayerReadOptions(layer: layer, crs: crs))
    }

    func validate() throws {
        if parentField != nil && parentPrefix != nil {
            throw ValidationError("give --parent-field or --parent-prefix, not both")
        }
        try NumberFlags.check(parentPrefix, "--parent-prefix", in: NumberFlags.prefixLength)
    }
}
