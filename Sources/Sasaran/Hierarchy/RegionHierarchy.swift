/// The levels above the regions of a layer, top down: a village layer whose codes nest
/// (`3201052003` → kecamatan `320105` → kabupaten `3201` → province `32`, or dotted Kemendagri
/// `32.01.05.2003` → `32.01.05` → `32.01` → `32`), or whose fields name each region's unit at a
/// level. ``apply(to:)`` puts each region's unit code at every level into ``RegionKey/units``, for
/// per-level quotas (``LevelQuota``) and per-level summaries (``LevelSummary``).
///
/// Written as `--levels province=2,kabupaten=4,kecamatan=6` (the first N characters of the code;
/// for dotted codes the first N dot-separated parts) or `--levels kabupaten=kab_code` (a field of
/// the layer), levels from the top down.
public struct RegionHierarchy: Sendable, Hashable {
    /// One level above the regions.
    public struct Level: Sendable, Hashable {
        /// Where a region's unit at this level comes from.
        public enum Source: Sendable, Hashable {
            /// The first `n` characters of the region's code, or its first `n` dot-separated parts
            /// when the code is dotted.
            case codePrefix(Int)
            /// A field of the layer.
            case field(String)
        }
        /// The level's name (e.g. `kabupaten`), used by quotas and in outputs.
        public var name: String
        public var source: Source

        public init(name: String, source: Source) { self.name = name; self.source = source }

        /// `kabupaten=4` or `kabupaten=kab_code`.
        public var description: String {
            switch source {
            case .codePrefix(let n): return "\(name)=\(n)"
            case .field(let f): return "\(name)=\(f)"
            }
        }
    }

    /// The levels, top down.
    public var levels: [Level]

    public init(levels: [Level]) { self.levels = levels }

    /// Parses `province=2,kabupaten=4,kecamatan=6` (a number is a code prefix; anything else a field).
    public init(parsing text: String) throws {
        var levels: [Level] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let pieces = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pieces.count == 2, !pieces[0].isEmpty, !pieces[1].isEmpty else {
                throw HierarchyError("--levels \(text): expected NAME=PREFIX or NAME=FIELD, comma-separated from the top level down (e.g. province=2,kabupaten=4)")
            }
            if let n = Int(pieces[1]) {
                guard n >= 1 else { throw HierarchyError("--levels \(part): a code prefix must be at least 1") }
                levels.append(Level(name: pieces[0], source: .codePrefix(n)))
            } else {
                levels.append(Level(name: pieces[0], source: .field(pieces[1])))
            }
        }
        let names = levels.map(\.name)
        if let repeated = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
            throw HierarchyError("--levels \(text): level \(repeated) is named twice")
        }
        var lastPrefix = 0
        for level in levels {
            guard case .codePrefix(let n) = level.source else { continue }
            guard n > lastPrefix else {
                throw HierarchyError("--levels \(text): code prefixes must grow from the top level down (\(level.name)=\(n) after \(lastPrefix))")
            }
            lastPrefix = n
        }
        self.init(levels: levels)
    }

    /// `province=2,kabupaten=4`.
    public var description: String { levels.map(\.description).joined(separator: ",") }

    /// The index of the level named `name`.
    public func level(named name: String) -> Int? { levels.firstIndex { $0.name == name } }

    /// The regions with ``RegionKey/units`` filled. Throws, naming the regions, when a code is too
    /// short for a prefix, a field is missing or empty, or a unit lies in two units of the level
    /// above (the levels do not nest).
    public func apply(to regions: [RegionKey]) throws -> [RegionKey] {
        var result = regions
        for level in levels {
            var problems: [String] = []
            for k in result.indices {
                let unit: String?
                switch level.source {
                case .codePrefix(let n): unit = Self.prefix(result[k].code, n)
                case .field(let f):
                    let value = result[k].attributes[f]?.trimmingCharacters(in: .whitespaces)
                    unit = value?.isEmpty == false ? value : nil
                }
                if let unit { result[k].units.append(unit) } else { problems.append(result[k].code); result[k].units.append("") }
            }
            if !problems.isEmpty {
                let why: String
                switch level.source {
                case .codePrefix(let n): why = "a code shorter than the \(n) \(regions.first?.code.contains(".") == true ? "parts" : "characters") of the prefix, or the region itself"
                case .field(let f):
                    why = regions.first?.attributes[f] == nil ? "no field \(f) in the layer" : "an empty \(f)"
                }
                throw HierarchyError("level \(level.name): \(problems.count) region(s) have \(why): " + offenderList(problems))
            }
        }
        // Every unit must sit in one unit of the level above.
        for depth in levels.indices.dropFirst() {
            var above: [String: String] = [:]
            var split: [String] = []
            for key in result {
                let unit = key.units[depth], up = key.units[depth - 1]
                if let seen = above[unit], seen != up { split.append("\(unit) (in \(seen) and \(up))") } else { above[unit] = up }
            }
            if !split.isEmpty {
                throw HierarchyError("levels do not nest: \(Set(split).count) \(levels[depth].name) unit(s) lie in two \(levels[depth - 1].name) units: "
                    + offenderList(Array(Set(split)).sorted()))
            }
        }
        return result
    }

    /// The first `n` characters of `code`, or its first `n` dot-separated parts when dotted;
    /// nil when the code has no more than that (a unit must be above the region).
    static func prefix(_ code: String, _ n: Int) -> String? {
        let code = code.trimmingCharacters(in: .whitespaces)
        if code.contains(".") {
            let parts = code.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count > n else { return nil }
            return parts.prefix(n).joined(separator: ".")
        }
        guard code.count > n else { return nil }
        return String(code.prefix(n))
    }

    /// "3201052003 → kecamatan 320105 → kabupaten 3201 → province 32": the chain of one region,
    /// shown so the user sees how codes were read.
    public func chain(of key: RegionKey) -> String {
        ([key.code] + zip(levels, key.units).reversed().map { "\($0.name) \($1)" }).joined(separator: " → ")
    }
}

/// A hierarchy that could not be read or applied.
public struct HierarchyError: Error, CustomStringConvertible, Equatable, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
