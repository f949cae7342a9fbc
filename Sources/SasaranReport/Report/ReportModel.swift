import Foundation
import Sasaran

/// What the report and the map are drawn from, worked out once: lookups by code, the full
/// rankings for the coverage curve and the tooltips, the projection and the simplified shapes.
struct ReportModel {
    let result: RunResult
    let options: ReportOptions
    let strings: ReportStrings
    let schematic: Bool
    /// Every region with a value ranked by count (the curve's reference ranking).
    let countRanking: Ranking
    /// The ranking by rate, when the run has a population column.
    let rateRanking: Ranking?
    /// Province names by parent code, when the run knows them.
    let parentNames: [String: String]
    let projection: MapProjection
    let shapes: MapShapes
    /// The numbers of the selected regions on the map, and the enlarged crowded part.
    let numbers: MapNumbers

    /// The map's width in pixels.
    static let mapWidth = 1000.0
    /// The tallest the enlarged crowded part is drawn (the PDF's proportions: 300 points high on
    /// a map 511 wide).
    static let detailMaxHeight = 560.0

    init(_ result: RunResult, options: ReportOptions) throws {
        self.result = result
        self.options = options
        strings = ReportStrings.of(options.language)
        schematic = options.isSchematic(result)
        let selection = result.selection
        countRanking = result.ranking(by: .count)
        rateRanking = result.scenario.indicators.columns.population != nil ? result.ranking(by: .rate) : nil
        parentNames = Dictionary(uniqueKeysWithValues: result.selection.parents.compactMap { p in p.name.map { (p.parent, $0) } })
        projection = MapProjection(envelope: result.layer.envelope, width: Self.mapWidth)
        shapes = try MapShapes.build(result.layer, projection: projection)
        numbers = try MapNumbers(result, projection: projection, detailMaxHeight: Self.detailMaxHeight, detailMargin: 10)
    }

    /// A region's tooltip: name and code, value, share, rank (in the list, or in the full
    /// ranking when not selected), phase.
    func tooltip(at index: Int) -> String {
        let region = result.layer.regions[index]
        let s = strings
        let form = s.numberForm
        var lines = ["\(region.name) (\(region.code))"]
        let indicator = result.scenario.indicators.columns.value
        if let entry = result.selection.entry(forRegion: index) {
            lines.append("\(s.value) (\(indicator)): \(NumberText.display(entry.value, form: form))")
            lines.append("\(s.share): \(NumberText.percent(entry.share, form: form))% · \(s.cumulative): \(NumberText.percent(entry.cumulativeShare, form: form))%")
            var rank = "\(s.rank): \(entry.rank)"
            if result.selection.phases.count > 1 { rank += " · \(s.phase) \(entry.phase)" }
            lines.append(rank)
            if let rate = entry.rate { lines.append("\(s.rate): \(NumberText.localized(String(format: "%.4g", locale: Locale(identifier: "en_US_POSIX"), rate), form))") }
        } else if let value = result.join.regions[index].value {
            lines.append("\(s.value) (\(indicator)): \(NumberText.display(value, form: form))")
            lines.append("\(s.share): \(NumberText.percent(value / result.selection.total, form: form))%")
            let ranking = result.selection.ranking
            if let position = ranking.position(of: index) {
                lines.append(s.rankNotSelected(position + 1, ranking.order.count, s.rankKey(ranking.key)))
            } else {
                lines.append(s.notSelected)
            }
        } else {
            lines.append(s.noData)
        }
        return lines.joined(separator: "\n")
    }
}
