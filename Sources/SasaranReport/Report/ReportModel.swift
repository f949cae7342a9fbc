import Foundation
import Sasaran

/// What the report and the map are drawn from, worked out once: lookups by code, the full
/// rankings for the coverage curve and the tooltips, the projection and the simplified shapes.
struct ReportModel {
    let result: RunResult
    let options: ReportOptions
    let strings: ReportStrings
    let schematic: Bool
    /// Selected regions by code.
    let entries: [String: SelectionEntry]
    /// Joined figures by code.
    let joined: [String: JoinedRegion]
    /// Every region with a value in count order (the curve's reference ranking).
    let countOrder: [JoinedRegion]
    /// Every region with a value and a population above zero in rate order, when the run has a
    /// population column.
    let rateOrder: [JoinedRegion]?
    /// Position (from 1) of each region with a value in the ranking by the run's rank key, and
    /// how many were ranked; empty when that ranking cannot be made.
    let fullRank: [String: Int]
    let rankedCount: Int
    /// Province names by parent code, when the layer has a province-name field.
    let parentNames: [String: String]
    let projection: MapProjection
    let shapes: MapShapes

    /// The map's width in pixels.
    static let mapWidth = 1000.0

    init(_ result: RunResult, options: ReportOptions) throws {
        self.result = result
        self.options = options
        strings = ReportStrings.of(options.language)
        schematic = options.isSchematic(result)
        let selection = result.selection
        entries = Dictionary(selection.entries.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        joined = Dictionary(result.join.regions.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        countOrder = try Targeting.rank(result.join.regions, by: .count)
        if result.scenario.indicators.columns.population != nil {
            let withPopulation = result.join.regions.filter { ($0.population ?? 0) > 0 }
            rateOrder = try? Targeting.rank(withPopulation, by: .rate)
        } else {
            rateOrder = nil
        }
        let ranking: [JoinedRegion]?
        switch selection.rankKey {
        case .count: ranking = countOrder
        default: ranking = try? Targeting.rank(result.join.regions, by: selection.rankKey)
        }
        var rank: [String: Int] = [:]
        for (position, region) in (ranking ?? []).enumerated() where rank[region.code] == nil { rank[region.code] = position + 1 }
        fullRank = rank
        rankedCount = ranking?.count ?? 0
        parentNames = Self.parentNames(result.layer)
        projection = MapProjection(envelope: result.layer.envelope, width: Self.mapWidth)
        shapes = try MapShapes.build(result.layer, projection: projection)
    }

    /// Parent names from a field such as NAMA_PROV, when each parent has exactly one.
    private static func parentNames(_ layer: RegionLayer) -> [String: String] {
        guard let first = layer.regions.first else { return [:] }
        let candidates = ["nama_prov", "provinsi", "nm_prov", "prov_name", "province", "name_1", "admin1name"]
        guard let field = candidates.lazy.compactMap({ name in first.attributes.keys.first { $0.lowercased() == name } }).first else {
            return [:]
        }
        var names: [String: String] = [:]
        for region in layer.regions where !region.parent.isEmpty {
            let name = region.attributes[field]?.trimmingCharacters(in: .whitespaces) ?? ""
            if let known = names[region.parent], known != name { return [:] }
            names[region.parent] = name
        }
        return names
    }

    /// A region's tooltip: name and code, value, share, rank (in the list, or in the full
    /// ranking when not selected), phase.
    func tooltip(_ region: Region) -> String {
        let s = strings
        var lines = ["\(region.name) (\(region.code))"]
        let indicator = result.scenario.indicators.columns.value
        if let entry = entries[region.code] {
            lines.append("\(s.value) (\(indicator)): \(NumberText.display(entry.value))")
            lines.append("\(s.share): \(NumberText.percent(entry.share))% · \(s.cumulative): \(NumberText.percent(entry.cumulativeShare))%")
            var rank = "\(s.rank): \(entry.rank)"
            if result.selection.phases.count > 1 { rank += " · \(s.phase) \(entry.phase)" }
            lines.append(rank)
            if let rate = entry.rate { lines.append("\(s.rate): \(String(format: "%.4g", locale: Locale(identifier: "en_US_POSIX"), rate))") }
        } else if let value = joined[region.code]?.value {
            lines.append("\(s.value) (\(indicator)): \(NumberText.display(value))")
            lines.append("\(s.share): \(NumberText.percent(value / result.selection.total))%")
            if let rank = fullRank[region.code] {
                lines.append(s.rankNotSelected(rank, rankedCount, s.rankKey(result.selection.rankKey)))
            } else {
                lines.append(s.notSelected)
            }
        } else {
            lines.append(s.noData)
        }
        return lines.joined(separator: "\n")
    }
}
