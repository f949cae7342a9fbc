import Foundation

/// The JSON body of an analysis (`/api/compare`, `/api/uncertainty`, `/api/households`): the
/// analysis's own keys, which mean what the CLI command's flags of the same names mean, and
/// scenario overrides (``OverrideBody``) under keys of their own. Unknown keys are refused.
struct AnalysisBody {
    let values: [String: Any]
    let route: String

    /// Parses `bytes`, refusing keys not in `allowed`.
    static func parse(_ bytes: [UInt8], route: String, allowed: [String]) throws -> AnalysisBody {
        let values = try OverrideBody.parseObject(bytes)
        for key in values.keys.sorted() where !allowed.contains(key) {
            throw RequestProblem.invalid("the request, key \"\(key.prefix(80))\": not a key of \(route); expected one of \(allowed.joined(separator: ", "))")
        }
        return AnalysisBody(values: values, route: route)
    }

    /// The override under `key` (empty when absent), its keys checked as ``OverrideBody``'s.
    func override(_ key: String) throws -> [String: Any]? {
        guard let value = values[key] else { return nil }
        guard let map = value as? [String: Any] else {
            throw RequestProblem.invalid("the request, key \"\(key)\": expected an object of scenario keys, such as {\"target\": 0.5}")
        }
        try OverrideBody.checkKeys(map)
        return map
    }

    func text(_ key: String) throws -> String? {
        guard let value = values[key] else { return nil }
        guard let text = value as? String else { throw RequestProblem.invalid("the request, key \"\(key)\": expected a text or a number") }
        return text
    }

    func required(_ key: String, _ example: String) throws -> String {
        guard let text = try text(key), !text.isEmpty else {
            throw RequestProblem.invalid("the request, key \"\(key)\": missing; give it, such as \"\(key)\": \(example)")
        }
        return text
    }

    func int(_ key: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = try text(key) else { return nil }
        guard let n = Int(text), range.contains(n) else {
            throw RequestProblem.invalid("the request, key \"\(key)\": \(text.prefix(80)) is not a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return n
    }

    func double(_ key: String, in range: ClosedRange<Double>) throws -> Double? {
        guard let text = try text(key) else { return nil }
        guard let x = Double(text), x.isFinite, range.contains(x) else {
            throw RequestProblem.invalid("the request, key \"\(key)\": \(text.prefix(80)) is not a number from \(range.lowerBound) to \(range.upperBound)")
        }
        return x
    }

    func bool(_ key: String) throws -> Bool {
        guard let text = try text(key) else { return false }
        switch text {
        case "true": return true
        case "false": return false
        default: throw RequestProblem.invalid("the request, key \"\(key)\": expected true or false")
        }
    }

    /// A list of names: a JSON list of texts, or one comma-separated text (as the CLI takes it).
    func names(_ key: String) throws -> [String]? {
        guard let value = values[key] else { return nil }
        let items: [String]
        if let list = value as? [Any] {
            items = try list.map {
                guard let text = $0 as? String else { throw RequestProblem.invalid("the request, key \"\(key)\": expected a list of names") }
                return text
            }
        } else if let text = value as? String {
            items = text.split(separator: ",").map(String.init)
        } else {
            throw RequestProblem.invalid("the request, key \"\(key)\": expected a list of names, or one text of comma-separated names")
        }
        return items.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
