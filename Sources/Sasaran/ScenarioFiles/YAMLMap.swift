import Foundation

/// Typed access to one mapping of a parsed YAML document, with errors naming the file and the
/// key path ("phases[2].target").
struct YAMLMap {
    let values: [String: Any]
    let file: String
    /// The path of this mapping in the document; nil at the top.
    let key: String?

    init(_ value: Any?, file: String, key: String?) throws {
        guard let values = value as? [String: Any] else {
            throw ScenarioError(file: file, key: key, message: "expected a mapping of keys to values")
        }
        self.values = values; self.file = file; self.key = key
    }

    func path(_ name: String) -> String { key.map { "\($0).\(name)" } ?? name }

    func has(_ name: String) -> Bool {
        guard let value = values[name] else { return false }
        return !(value is NSNull) && (value as? String).map { !["", "~", "null"].contains($0) } ?? true
    }

    /// Refuses keys other than `allowed`, naming the first unknown one.
    func allow(_ allowed: [String]) throws {
        if let unknown = values.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw ScenarioError(file: file, key: path(unknown), message: "unknown key; expected one of \(allowed.joined(separator: ", "))")
        }
    }

    private func fail(_ name: String, _ message: String) -> ScenarioError {
        ScenarioError(file: file, key: path(name), message: message)
    }

    func map(_ name: String) throws -> YAMLMap {
        guard has(name) else { throw fail(name, "missing") }
        return try YAMLMap(values[name], file: file, key: path(name))
    }

    func list(_ name: String) throws -> [YAMLMap] {
        guard let items = values[name] as? [Any], !items.isEmpty else { throw fail(name, "expected a non-empty list") }
        return try items.enumerated().map { try YAMLMap($1, file: file, key: "\(path(name))[\($0 + 1)]") }
    }

    /// A scalar as written (documents are loaded with the basic resolver: every scalar is text).
    func string(_ name: String) throws -> String? {
        guard has(name) else { return nil }
        guard let text = values[name] as? String else { throw fail(name, "expected a single value") }
        return text
    }

    func requiredString(_ name: String) throws -> String {
        guard let value = try string(name) else { throw fail(name, "missing") }
        return value
    }

    func strings(_ name: String) throws -> [String]? {
        guard has(name) else { return nil }
        if values[name] is String { return try [requiredString(name)] }
        guard let items = values[name] as? [Any] else { throw fail(name, "expected a list") }
        return try items.map { item in
            guard let text = item as? String else { throw fail(name, "expected a list of codes or text") }
            return text
        }
    }

    func int(_ name: String) throws -> Int? {
        guard let text = try string(name) else { return nil }
        guard let value = Int(text.replacingOccurrences(of: "_", with: "")) else { throw fail(name, "\"\(text)\" is not a whole number") }
        return value
    }

    func double(_ name: String) throws -> Double? {
        guard let text = try string(name) else { return nil }
        guard let value = Double(text.replacingOccurrences(of: "_", with: "")), value.isFinite else {
            throw fail(name, "\"\(text)\" is not a number")
        }
        return value
    }

    func bool(_ name: String) throws -> Bool? {
        guard let text = try string(name) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw fail(name, "\"\(text)\" is not true or false")
        }
    }

    func choice<Choice: RawRepresentable & CaseIterable>(_ name: String, _ type: Choice.Type) throws -> Choice? where Choice.RawValue == String {
        guard let text = try string(name) else { return nil }
        guard let value = Choice(rawValue: text) else {
            throw fail(name, "\"\(text)\" is not one of \(Choice.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    /// Row filters from a mapping (`{tahun: 2021}`) or a list (`[tahun=2021]`).
    func filters(_ name: String) throws -> [RowFilter] {
        guard has(name) else { return [] }
        if let mapping = values[name] as? [String: Any] {
            let map = try YAMLMap(mapping, file: file, key: path(name))
            return try mapping.keys.sorted().map { RowFilter(column: $0, value: try map.requiredString($0)) }
        }
        return try (strings(name) ?? []).map(RowFilter.init(parsing:))
    }
}
