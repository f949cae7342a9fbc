/// How a scenario of a batch overrides the keys of the batch's base scenario, on the parsed YAML
/// before it is read as a scenario (so every key means what it means in a scenario file).
///
/// - Mappings under `boundaries`, `indicators`, `indicators.where` and `indicators.crosswalk`
///   merge key by key; any other key is replaced whole.
/// - A stop rule (`target`, `count` or `all`) replaces the base's stop rule.
/// - `phases` replaces the base's one-phase keys, and one-phase keys replace the base's `phases`.
/// - A `where` given as a list (`[tahun=2021]`) is read as the mapping it means before merging.
enum YAMLOverride {
    static let mergedMappings: Set<String> = ["boundaries", "indicators", "where", "crosswalk"]
    static let stopRules = ["target", "count", "all"]

    static func apply(_ override: [String: Any], to base: [String: Any]) -> [String: Any] {
        var result = base
        if override.keys.contains(where: stopRules.contains) {
            for key in stopRules { result[key] = nil }
        }
        if override["phases"] != nil {
            for key in PhaseKeys.all { result[key] = nil }
        } else if override.keys.contains(where: PhaseKeys.all.contains) {
            result["phases"] = nil
        }
        for (key, value) in override {
            if mergedMappings.contains(key), let inner = mapping(value), let current = result[key].flatMap(mapping) {
                result[key] = apply(inner, to: current)
            } else {
                result[key] = value
            }
        }
        return result
    }

    /// A mapping, or a list of `column=value` texts read as one.
    private static func mapping(_ value: Any) -> [String: Any]? {
        if let map = value as? [String: Any] { return map }
        guard let items = value as? [String] else { return nil }
        var map: [String: Any] = [:]
        for item in items {
            guard let eq = item.firstIndex(of: "=") else { return nil }
            map[String(item[..<eq]).trimmingCharacters(in: .whitespaces)] = String(item[item.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
        }
        return map
    }
}
