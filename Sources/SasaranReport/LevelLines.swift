import Sasaran

/// The list summarised at each level of the hierarchy in a few lines, however many units there
/// are (the full per-unit figures are in the JSON's `levels`): units touched, and the most
/// regions any one unit holds.
enum LevelLines {
    static func lines(_ s: Selection) -> [String] {
        s.levels.map { level in
            let busiest = level.units.max { ($0.regionsSelected, $1.code) < ($1.regionsSelected, $0.code) }
            let most = busiest.map { ", at most \($0.regionsSelected) region\($0.regionsSelected == 1 ? "" : "s") in one (\(level.level) \($0.code))" } ?? ""
            return "\(level.level.prefix(1).uppercased() + level.level.dropFirst()) touched: \(level.unitsTouched) of \(level.units.count)\(most)"
        }
    }
}
