import Foundation

/// Keeps (or, with `exclude`, drops) regions whose attribute `key` is one of `values`; for
/// example `tipe=Kabupaten` leaves out the kota. A region without the attribute fails an
/// including filter and passes an excluding one.
public struct AttributeFilter: Sendable, Hashable, CustomStringConvertible {
    /// The attribute name.
    public var key: String
    /// The values tested.
    public var values: Set<String>
    /// Drop matching regions instead of keeping them.
    public var exclude: Bool

    /// A filter on attribute `key`.
    public init(key: String, values: Set<String>, exclude: Bool = false) {
        self.key = key
        self.values = values
        self.exclude = exclude
    }

    /// Parses `key=v1|v2` (keep) or `key!=v1|v2` (drop).
    public init?(parsing text: String) {
        let exclude = text.contains("!=")
        let parts = text.components(separatedBy: exclude ? "!=" : "=")
        guard parts.count == 2, !parts[0].trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        self.init(key: parts[0].trimmingCharacters(in: .whitespaces),
                  values: Set(parts[1].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }),
                  exclude: exclude)
    }

    /// Whether `region` passes.
    public func admits(_ region: RegionKey) -> Bool {
        let hit = region.attributes[key].map { values.contains($0) } ?? false
        return exclude ? !hit : hit
    }

    public var description: String {
        "\(key)\(exclude ? "!=" : "=")\(values.sorted().joined(separator: "|"))"
    }
}
