/// Which table of a household report a CSV holds.
public enum HouseholdsCSVTable: String, CaseIterable, Sendable {
    /// One row per district: every figure, and whether it is a priority district.
    case districts
    /// One row per province.
    case provinces
    /// One row per welfare decile: the concentration table (needs a decile column).
    case deciles
    /// One row per district and decile: each district's concentration table.
    case districtDeciles = "district-deciles"
}
