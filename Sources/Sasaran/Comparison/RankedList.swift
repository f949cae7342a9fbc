import Foundation

/// A priority list as comparisons see it: the districts in list order with their province and
/// value, and the national total the shares are taken of. Made from a ``Selection`` or read
/// back from the JSON that `sasaran rank --format json` writes.
public struct RankedList: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var code: String
        public var name: String
        public var parent: String
        public var value: Double

        public init(code: String, name: String, parent: String, value: Double) {
            self.code = code; self.name = name; self.parent = parent; self.value = value
        }
    }

    /// A label (the scenario's name, or the file's).
    public var name: String
    public var entries: [Entry]
    /// The national total; `nil` when the source does not give it (shares are then unknown).
    public var total: Double?

    public init(name: String, entries: [Entry], total: Double?) {
        self.name = name; self.entries = entries; self.total = total
    }

    /// The list of a selection.
    public init(name: String, selection: Selection) {
        self.init(name: name, entries: selection.entries.map { Entry(code: $0.code, name: $0.name, parent: $0.parent, value: $0.value) },
                  total: selection.total)
    }

    /// Reads the JSON of `sasaran rank --format json`: `selected[]` with `code`, `parent`,
    /// `value` (and `name`, `rank` when present; entries are put in `rank` order), the `total`
    /// and the `scenario` name.
    public init(json data: Data, file: String) throws {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ScenarioError(file: file, message: "not a JSON object (expected the output of sasaran rank --format json)")
        }
        guard let selected = object["selected"] as? [[String: Any]] else {
            throw ScenarioError(file: file, key: "selected", message: "missing: expected the output of sasaran rank --format json")
        }
        var ranked: [(rank: Int, entry: Entry)] = []
        var seen: [String: Int] = [:]
        for (k, item) in selected.enumerated() {
            guard let code = item["code"] as? String else {
                throw ScenarioError(file: file, key: "selected[\(k + 1)].code", message: "missing or not text")
            }
            // A district listed twice would be counted twice: coverage above 100%, a Jaccard
            // index of a list with itself below 1. Such a file was not written by rank.
            if let first = seen.updateValue(k + 1, forKey: code) {
                throw ScenarioError(file: file, key: "selected[\(k + 1)].code",
                                    message: "district \(code) is listed twice (also at selected[\(first)]); a priority list names each district once")
            }
            let value = (item["value"] as? NSNumber)?.doubleValue
            guard let value else { throw ScenarioError(file: file, key: "selected[\(k + 1)].value", message: "missing or not a number") }
            ranked.append(((item["rank"] as? NSNumber)?.intValue ?? k + 1,
                           Entry(code: code, name: item["name"] as? String ?? code, parent: item["parent"] as? String ?? "", value: value)))
        }
        let name = object["scenario"] as? String ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        self.init(name: name, entries: ranked.sorted { $0.rank < $1.rank }.map(\.entry),
                  total: (object["total"] as? NSNumber)?.doubleValue)
    }

    /// Reads a file written by `sasaran rank --format json`.
    public init(contentsOfFile path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScenarioError(file: path, message: FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file")
        }
        try self.init(json: data, file: path)
    }

    /// The codes in list order.
    public var codes: [String] { entries.map(\.code) }
}
