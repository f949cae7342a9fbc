import Foundation
import Yams

/// A scenario file as a document that a program can change key by key before it is read as a
/// ``Scenario``: the web workbench loads one, applies each request's overrides
/// (``YAMLOverride`` semantics: the same as a batch file's scenarios) and turns the result back
/// into YAML that `sasaran rank --scenario` reads as the same scenario.
///
/// ```swift
/// let base = try ScenarioDocument.load(path: "scenarios/default-2025.yaml")
/// let changed = try base.overriding(["target": "0.5", "lock-in": ["32.01"]], source: "the request")
/// let scenario = try changed.scenario()
/// print(changed.yaml())
/// ```
public struct ScenarioDocument: @unchecked Sendable {
    /// The file the document was read from, as given (errors and the manifest name it).
    public let path: String
    /// The document's keys, every scalar as text (as the basic YAML resolver reads them).
    public let values: [String: Any]
    /// Where relative paths in the document are resolved.
    public let folder: URL
    /// What errors name as the document's source ("the request" for an override).
    let source: String

    /// Reads a scenario file, within the limits of any scenario file, and checks that it reads
    /// as a scenario.
    public static func load(path: String) throws -> ScenarioDocument {
        let root = try ScenarioFile.readDocument(path: path)
        guard let values = root as? [String: Any] else {
            throw ScenarioError(file: path, message: "expected a mapping of keys to values")
        }
        let document = ScenarioDocument(path: path, values: values, folder: URL(fileURLWithPath: path).deletingLastPathComponent(),
                                        source: path)
        _ = try document.scenario()
        return document
    }

    /// The keys that name files (and so may not come from an override a server receives), by
    /// mapping: every key of these mappings is refused in an untrusted override.
    public static let fileKeys: Set<String> = ["boundaries", "parents", "parent-names", "index"]

    /// This document with `override`'s keys applied as a batch file applies a scenario's keys to
    /// its base; errors in the result name `source`. The name stays the base's unless the
    /// override gives one.
    public func overriding(_ override: [String: Any], source: String) -> ScenarioDocument {
        var merged = YAMLOverride.apply(override, to: values)
        if merged["name"] == nil { merged["name"] = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent }
        return ScenarioDocument(path: path, values: merged, folder: folder, source: source)
    }

    /// This document with `key` set to `value` whole, replacing the base's mapping rather than
    /// merging into it (the workbench's uploaded table replaces the indicator table and its
    /// columns and filters).
    public func setting(_ key: String, to value: Any) -> ScenarioDocument {
        var changed = values
        changed[key] = value
        return ScenarioDocument(path: path, values: changed, folder: folder, source: source)
    }

    /// The scenario the document describes.
    public func scenario() throws -> Scenario {
        try ScenarioFile.parse(YAMLMap(values, file: source, key: nil), folder: folder)
    }

    /// The document as YAML (keys sorted), with every file path made absolute so the file reads
    /// the same inputs wherever it is saved on this machine.
    public func yaml(comment: String? = nil) throws -> String {
        var absolute = values
        for key in ["boundaries", "indicators", "parents", "parent-names"] {
            guard var map = absolute[key] as? [String: Any] else { continue }
            if let path = map["path"] as? String { map["path"] = ScenarioFile.resolve(path, folder) }
            if var crosswalk = map["crosswalk"] as? [String: Any], let path = crosswalk["path"] as? String {
                crosswalk["path"] = ScenarioFile.resolve(path, folder)
                map["crosswalk"] = crosswalk
            }
            absolute[key] = map
        }
        if var index = absolute["index"] as? [String: Any], let tables = index["tables"] as? [Any] {
            index["tables"] = tables.map { table -> Any in
                guard var map = table as? [String: Any], let path = map["path"] as? String else { return table }
                map["path"] = ScenarioFile.resolve(path, folder)
                return map
            }
            absolute["index"] = index
        }
        let body = try Yams.dump(object: absolute, width: -1, allowUnicode: true, sortKeys: true)
        return (comment.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map { "# \($0)\n" }.joined() } ?? "") + body
    }
}
