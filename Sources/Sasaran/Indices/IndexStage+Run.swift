/// How ``ScenarioRunner`` calls the index stage: one call between the join and the selection.
extension IndexStage {
    /// Runs `specification` on `join` and rewrites `scenario.request` (rank key, lock-outs) and
    /// `join.regions` (the new columns) in place.
    public static func apply(_ specification: IndexSpecification, to scenario: inout Scenario, join: inout JoinResult,
                             layer: [RegionKey]) throws -> IndexRun {
        let result = try run(specification, scenario: scenario, regions: join.regions, layer: layer)
        join.regions = result.regions
        scenario.request = result.request
        return result.index
    }
}

extension IndexRun {
    /// The further tables (and their crosswalks), as manifest inputs by role.
    public var inputs: [(role: String, path: String)] {
        specification.tables.flatMap { table -> [(role: String, path: String)] in
            [("component table", table.path)] + (table.crosswalk.map { [("component crosswalk", $0.path)] } ?? [])
        }
    }

    /// Adds the index's parameters (the eligibility rule verbatim among them), its warnings and
    /// the further tables' join warnings to `manifest`.
    public func describe(in manifest: inout RunManifest) {
        manifest.parameters.merge(parameters) { _, new in new }
        manifest.warnings += joins.flatMap { join in join.report.warnings.map { "\(join.file): \($0)" } } + warnings
    }
}
