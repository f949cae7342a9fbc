import Sasaran

/// The properties of one region as the JSON list and the GeoJSON features carry them: one list
/// of keys for both formats, in a fixed order, with `null` where a region has no such figure.
struct RegionRecord: Encodable {
    /// The keys and values, in writing order.
    var fields: [(key: String, value: JSONScalar)]

    /// A selected region.
    init(_ entry: SelectionEntry) {
        fields = [
            ("rank", .int(entry.rank)),
            ("code", .string(entry.code)),
            ("name", .string(entry.name)),
            ("parent", .string(entry.parent)),
            ("parentName", .nullable(entry.parentName)),
            ("selected", .bool(true)),
            ("value", .number(entry.value)),
            ("population", .nullable(entry.population)),
            ("rate", .nullable(entry.rate)),
            ("rankValue", .number(entry.rankValue)),
            ("share", .number(entry.share)),
            ("cumulativeShare", .number(entry.cumulativeShare)),
            ("phase", .int(entry.phase)),
            ("phaseName", .string(entry.phaseName)),
            ("why", .string(entry.why.rawValue)),
        ]
    }

    /// A region left out of the list, with its figures from the join (`nil` when it has no row)
    /// and its share of the national `total`.
    init(unselected region: Region, joined: JoinedRegion, parentName: String?, lockedOut: Bool, total: Double) {
        let value = joined.value
        let population = joined.population
        let rate = joined.rate
        fields = [
            ("rank", .null),
            ("code", .string(region.code)),
            ("name", .string(region.name)),
            ("parent", .string(joined.key.parent)),
            ("parentName", .nullable(parentName)),
            ("selected", .bool(false)),
            ("value", .nullable(value)),
            ("population", .nullable(population)),
            ("rate", .nullable(rate)),
            ("rankValue", .null),
            ("share", .nullable(value.flatMap { total > 0 ? $0 / total : nil })),
            ("cumulativeShare", .null),
            ("phase", .null),
            ("phaseName", .null),
            ("why", lockedOut ? .string("locked out") : .null),
        ]
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for (key, value) in fields { try container.encode(value, forKey: Key(stringValue: key)) }
    }
}
