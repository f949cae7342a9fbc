import Foundation

/// A request's scenario override, read from its JSON body within limits: a JSON object of the
/// keys of a scenario file (`target`, `count`, `all`, `rank-by`, `focus`, `lock-in`, `lock-out`,
/// `max-per-parent`, `min-per-parent`, `max-regions`, `only`, `phases`, `national-total`, `name`,
/// and `indicators.where`, or an uploaded table as `indicators.upload` with its columns). No key may name a file: a request can read or write no server path.
/// Scalars become text, as a scenario file's are, so every key means what it means there.
public enum OverrideBody {
    /// The keys an override may give at the top level.
    public static let allowedKeys = ["name", "target", "count", "all", "focus", "max-per-parent", "min-per-parent", "lock-in", "lock-out",
                                     "max-regions", "only", "rank-by", "national-total", "phases", "indicators"]

    /// The keys of `indicators` an override may give: the row filters, and a table uploaded in
    /// the session (``UploadStore``) with its code and value columns.
    public static let indicatorKeys = ["where", "upload", "code-column", "value", "population", "missing", "unmatched"]

    /// Nesting deeper than this is refused before it is parsed.
    public static let maxDepth = 8
    /// Any one text (a key or a value) longer than this is refused.
    public static let maxStringBytes = 4096
    /// More values than this in one body are refused.
    public static let maxValues = 20_000

    /// The override in `bytes` (an empty body is the empty override).
    public static func parse(_ bytes: [UInt8]) throws -> [String: Any] {
        let text = try parseObject(bytes)
        try checkKeys(text)
        return text
    }

    /// The JSON object in `bytes` within the limits, every scalar as text, its keys not yet
    /// checked (the analyses' bodies wrap overrides in keys of their own).
    static func parseObject(_ bytes: [UInt8]) throws -> [String: Any] {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return [:] }
        try checkDepth(bytes)
        let object: JSONValue
        do { object = try JSONDecoder().decode(JSONValue.self, from: Data(bytes)) } catch {
            throw RequestProblem.badJSON("the request body is not valid JSON: \(describe(error))")
        }
        guard case .object = object else {
            throw RequestProblem.badJSON("the request body must be a JSON object of scenario keys, such as {\"target\": 0.5}")
        }
        var budget = maxValues
        return try scalarsAsText(object, path: "", budget: &budget) as! [String: Any]
    }

    /// The override in a query parameter (downloads are links): the same JSON, URL-decoded.
    public static func parse(query: String?) throws -> [String: Any] {
        guard let query, !query.isEmpty else { return [:] }
        return try parse(Array(query.utf8))
    }

    static func checkKeys(_ map: [String: Any]) throws {
        for key in map.keys.sorted() where !allowedKeys.contains(key) {
            throw RequestProblem.invalid("the request, key \"\(key)\": not a key a request may change; expected one of \(allowedKeys.joined(separator: ", ")) (inputs are the server's scenario file's)")
        }
        if let indicators = map["indicators"] {
            guard let inner = indicators as? [String: Any] else {
                throw RequestProblem.invalid("the request, key \"indicators\": expected a mapping such as {\"where\": {\"tahun\": \"2023\"}}")
            }
            for key in inner.keys.sorted() where !indicatorKeys.contains(key) {
                throw RequestProblem.invalid("the request, key \"indicators.\(key)\": a request may change only indicators.\(indicatorKeys.joined(separator: ", indicators.")) (a table is named by the name it was uploaded under)")
            }
        }
    }

    /// Refuses nesting deeper than ``maxDepth`` by counting brackets outside strings.
    static func checkDepth(_ bytes: [UInt8]) throws {
        var depth = 0, inString = false, escaped = false
        for byte in bytes {
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22: inString = true
            case 0x5B, 0x7B:
                depth += 1
                if depth > maxDepth {
                    throw RequestProblem.tooDeep("the request body nests deeper than \(maxDepth) levels, the limit for a scenario override")
                }
            case 0x5D, 0x7D: depth -= 1
            default: break
            }
        }
    }

    /// The value with every scalar as text (numbers as written in JSON's shortest form,
    /// booleans as true/false); nulls are refused.
    static func scalarsAsText(_ value: JSONValue, path: String, budget: inout Int) throws -> Any {
        budget -= 1
        if budget < 0 { throw RequestProblem.tooDeep("the request body holds more than \(maxValues) values, the limit for a scenario override") }
        let at = path.isEmpty ? "the request" : "the request, key \"\(path)\""
        switch value {
        case .object(let map):
            var out: [String: Any] = [:]
            for (key, inner) in map {
                guard key.utf8.count <= maxStringBytes else { throw RequestProblem.tooDeep("\(at): a key is longer than \(maxStringBytes) bytes") }
                out[key] = try scalarsAsText(inner, path: path.isEmpty ? key : "\(path).\(key)", budget: &budget)
            }
            return out
        case .array(let list):
            return try list.enumerated().map { try scalarsAsText($1, path: "\(path)[\($0 + 1)]", budget: &budget) }
        case .string(let text):
            guard text.utf8.count <= maxStringBytes else { throw RequestProblem.tooDeep("\(at): a text is longer than \(maxStringBytes) bytes") }
            return text
        case .number(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .null:
            throw RequestProblem.invalid("\(at): null is not a value; leave the key out to keep the scenario's")
        }
    }

    private static func describe(_ error: Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            return (context.underlyingError.map { ($0 as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\($0)" })
                ?? context.debugDescription
        }
        return "\(error)"
    }
}
