import Foundation
import SasaranIO

/// `sasaran households` as the engine runs it, for the CLI and the server alike: the register's
/// layout from the options, the priority flags of a list, the register read against a layer's
/// districts, and the manifest's parameters. One rule in one place.
public enum HouseholdsRun {
    /// The register's layout. The decile column defaults to the target rule's column when that
    /// is named `desil` or `decile`, unless `noDeciles`; the code column defaults to `kode` unless
    /// the households are placed by `longitude` and `latitude` columns.
    public static func layout(id: String, code: String?, longitude: String? = nil, latitude: String? = nil, target: TargetRule,
                              decileColumn: String?, noDeciles: Bool,
                              size: String?, weight: String?, programmes: [String], amounts: Bool) -> HouseholdRegisterLayout {
        let deciles = noDeciles ? nil : decileColumn ?? (["desil", "decile"].contains(target.column.lowercased()) ? target.column : nil)
        return HouseholdRegisterLayout(id: id, code: code ?? (longitude == nil ? "kode" : nil), longitude: longitude, latitude: latitude,
                                       target: target, decile: deciles, size: size, weight: weight,
                                       programmes: programmes, amounts: amounts)
    }

    /// Whether each of `layer`'s districts is in the priority list `codes`; a listed code that is
    /// not in the layer is refused, naming the list (`file`) and the boundaries.
    public static func priorityFlags(_ codes: [String], layer: RegionLayer, file: String, boundaries: String) throws -> [Bool] {
        let known = Set(layer.regions.map(\.code))
        if let missing = codes.first(where: { !known.contains($0) }) {
            throw InputError(file: file, message: "the priority district \(missing) is not in the boundaries (\(boundaries)); was the list ranked on the same layer and code field?")
        }
        let inside = Set(codes)
        return layer.regions.map { inside.contains($0.code) }
    }

    /// Reads the register at `path` against `layer`'s districts and computes every figure;
    /// `priority` (from ``priorityFlags(_:layer:file:boundaries:)``) is nil without a list.
    public static func report(register path: String, layout: HouseholdRegisterLayout, layer: RegionLayer, priority: [Bool]?,
                              options: HouseholdOptions, progress: (RegisterProgress) -> Void = { _ in }) throws -> HouseholdReport {
        try report(source: .file(path), layout: layout, layer: layer, priority: priority, options: options, progress: progress)
    }

    /// Reads the register from `source` (a file or PostgreSQL); households placed by lon/lat are
    /// located through the layer's point locator.
    public static func report(source: HouseholdRegisterSource, layout: HouseholdRegisterLayout, layer: RegionLayer, priority: [Bool]?,
                              options: HouseholdOptions, progress: (RegisterProgress) -> Void = { _ in }) throws -> HouseholdReport {
        let codes = layer.regions.map(\.code)
        let locator = layout.longitude == nil ? nil : try layer.locator()
        let run = try HouseholdRegister.read(source: source, layout: layout, codes: codes, priority: priority ?? codes.map { _ in false },
                                             locator: locator, options: options, progress: progress)
        let districts = layer.regions.map { HouseholdReport.District(code: $0.code, name: $0.name, parent: $0.parent) }
        return HouseholdReport(run: run, layout: layout, districts: districts, priority: priority, minCell: options.minCell)
    }

    /// The manifest's parameters of a households run.
    public static func parameters(layout: HouseholdRegisterLayout, report: HouseholdReport, options: HouseholdOptions) -> [String: String] {
        [
            "target": layout.target.description, "programmes": layout.programmes.joined(separator: ","),
            "core": report.core.joined(separator: ","), "deciles": layout.decile ?? "", "code": layout.code ?? "",
            "location": layout.longitude.map { "\($0),\(layout.latitude ?? "")" } ?? "", "size": layout.size ?? "",
            "weight": layout.weight ?? "", "amounts": String(layout.amounts), "minCell": String(options.minCell),
            "unmatched": options.countUnmatched ? "warn" : "error",
        ]
    }
}
