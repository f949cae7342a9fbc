import Foundation
import Sasaran

/// Numbers and facts the people-facing convergence emitters share.
enum ConvergenceText {
    /// A share as a percentage with 2 decimals, "–" when there is none.
    static func percent(_ share: Double?) -> String { share.map(NumberText.percent) ?? "–" }

    /// A number with at most 2 decimals, "–" when there is none.
    static func display(_ x: Double?) -> String { x.map(NumberText.display) ?? "–" }

    /// A signed index with 3 decimals ("0.412", "-0.130"), "–" when there is none.
    static func index(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "–" }
        let text = String(format: "%.3f", locale: Locale(identifier: "en_US_POSIX"), x)
        return text == "-0.000" ? "0.000" : text
    }

    /// The facts heading a report: the programme table, unit, core programmes, gap threshold.
    static func heading(_ report: ConvergenceReport) -> [(String, String)] {
        let file = URL(fileURLWithPath: report.programmesFile).lastPathComponent
        let all = report.core.count == report.programmes.count
        return [
            ("Programmes", "\(file): \(report.programmes.count) (\(report.programmes.joined(separator: ", ")))"),
            ("Unit", report.unit.isEmpty ? "as in the table" : report.unit),
            ("Per poor", report.perPoorUnit),
            ("Core", all ? "all programmes" : report.core.joined(separator: ", ")),
            ("Gap", "a priority district reached by fewer than \(report.minProgrammes) programme\(report.minProgrammes == 1 ? "" : "s")"),
        ]
    }

    /// The score of one view as labelled facts.
    static func score(_ view: ConvergenceView) -> [(String, String)] {
        let s = view.score
        return [
            ("Amount in list", "\(percent(s.amountShareInside))% of all programmes' amount (\(NumberText.display(s.amountInside)) of \(NumberText.display(s.totalAmount)))"),
            ("Poor in list", "\(NumberText.percent(s.listShareOfPoor))% of the national total, \(s.priorityDistricts) districts"),
            ("All core reach", "\(percent(s.coreReachShare))% of priority districts (\(s.reachedByAllCore) of \(s.priorityDistricts))"),
            ("Gaps", "\(s.gaps) (reached by no programme: \(s.unreached))"),
        ]
    }

    /// Facts as aligned "label  text" lines.
    static func facts(_ facts: [(String, String)]) -> [String] {
        let width = facts.reduce(0) { max($0, $1.0.count) }
        return facts.map { $0.0 + String(repeating: " ", count: width - $0.0.count) + "  " + $0.1 }
    }
}
