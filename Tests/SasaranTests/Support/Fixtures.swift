@testable import Sasaran

/// The hand-computed fixture. Total 100; order by count: A1 40, B1 30, A2 10, B2 10 (tie: A2
/// first by code), A3 5, C1 5 (tie: A3 first); cumulative 0.40 0.70 0.80 0.90 0.95 1.00.
/// Populations give rates C1 1.0, A2 0.5, B1 0.3, B2 0.25, A1 0.1, A3 0.1.
/// A2 and B2 are kota; the rest kabupaten. Extra column `score`.
enum Fixture {
    static let rows: [(code: String, parent: String, value: Double, population: Double, tipe: String, score: Double)] = [
        ("A1", "A", 40, 400, "Kabupaten", 1),
        ("A2", "A", 10, 20, "Kota", 6),
        ("A3", "A", 5, 50, "Kabupaten", 2),
        ("B1", "B", 30, 100, "Kabupaten", 5),
        ("B2", "B", 10, 40, "Kota", 3),
        ("C1", "C", 5, 5, "Kabupaten", 4),
    ]

    static var layer: [RegionKey] {
        rows.map { RegionKey(code: $0.code, name: "Region \($0.code)", parent: $0.parent, attributes: ["tipe": $0.tipe]) }
    }

    static var regions: [JoinedRegion] {
        zip(layer, rows).map { key, row in
            JoinedRegion(key: key, value: row.value, population: row.population, extras: ["score": row.score])
        }
    }

    static func select(_ rule: StopRule = .coverage(0.75), _ constraints: Constraints = Constraints(),
                       key: RankKey = .count, total: Double? = nil) throws -> Selection {
        try Targeting.select(regions, request: TargetingRequest(rankKey: key, rule: rule, constraints: constraints,
                                                                 nationalTotal: total))
    }
}

/// Runs `body` and returns the error of type `E` it throws (recording an issue otherwise).
func thrown<E: Error>(_ type: E.Type, _ body: () throws -> Void) -> E? {
    do { try body() } catch let e as E { return e } catch { return nil }
    return nil
}
