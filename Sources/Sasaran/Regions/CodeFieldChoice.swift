import SasaranIO

/// The layer's code field, when none is given: the field whose values match the most of the
/// table's codes (after the crosswalk), ties to the earlier field. Naming a field like a code is
/// not enough: a district layer often has two code fields of different systems (`KODE_KMD`
/// `32.01` and `KODE` `3201`) and the table's codes decide which one it is joined on.
public struct CodeFieldChoice: Sendable, Equatable {
    public var field: String
    /// Distinct table codes found among the field's values.
    public var matches: Int
    /// Distinct table codes.
    public var codes: Int

    /// The best field of `layer` for `codes`, or `nil` when no field holds any of them.
    public static func pick(_ layer: FeatureLayer, codes: Set<String>) -> CodeFieldChoice? {
        guard !codes.isEmpty else { return nil }
        var best: CodeFieldChoice?
        for (index, field) in layer.fields.enumerated() {
            var values = Set<String>()
            for feature in layer.features { values.insert(feature.attributes[index].text.trimmingCharacters(in: .whitespaces)) }
            let matches = values.intersection(codes).count
            if matches > (best?.matches ?? 0) { best = CodeFieldChoice(field: field.name, matches: matches, codes: codes.count) }
        }
        return best
    }

    /// The sentence saying which field was chosen.
    public var note: String {
        "code field \(field) chosen: \(matches) of \(codes) table codes match its values (give --code-field to choose another)"
    }
}
