import Foundation
import SasaranIO

/// The engine a program calls: inputs loaded once, then any number of scenarios run against
/// them. A boundary layer, an indicator table or a crosswalk already loaded for an earlier run is
/// reused when a later scenario names the same file with the same options, so a web server (or a
/// batch of research scenarios) pays for reading and indexing once.
///
/// ```swift
/// import Sasaran
///
/// let workspace = Workspace()
/// var scenario = try ScenarioFile.load(path: "scenarios/default-2025.yaml")
/// let first = try workspace.run(scenario)                 // reads the layer and the table
/// scenario.request = TargetingRequest(rule: .coverage(0.5))
/// let second = try workspace.run(scenario)                // reuses both
/// print(first.selection.entries.count, second.selection.entries.count)
/// ```
///
/// A workspace is safe to share between threads; every run returns its own ``RunResult``.
public final class Workspace: @unchecked Sendable {
    private let lock = NSLock()
    private var features: [String: FeatureLayer] = [:]
    private var layers: [String: RegionLayer] = [:]
    private var tables: [String: IndicatorTable] = [:]
    /// The keys of `tables`, least recently used first.
    private var tableUse: [String] = []
    private var crosswalks: [String: Crosswalk] = [:]
    /// At most this many indicator tables are kept (one per distinct file, columns and `where`):
    /// past it the least recently used is dropped, so a server asked for ever new filters keeps a
    /// bounded memory.
    public let tableCapacity: Int

    /// A workspace keeping at most `tableCapacity` (at least 1) indicator tables.
    public init(tableCapacity: Int = 8) { self.tableCapacity = max(1, tableCapacity) }

    /// How many indicator tables are held now.
    public var cachedTableCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return tables.count
    }

    /// A workspace whose boundary layer for `boundaries` is already loaded.
    public convenience init(layer: RegionLayer, for boundaries: BoundaryInput) {
        self.init()
        layers[Self.key(boundaries.path, boundaries.options)] = layer
    }

    /// Runs `scenario`: load (or reuse) the boundaries, the indicator table and the crosswalk,
    /// join (with parents from a table when given), compute the index stage, select, name the
    /// parents and describe the run. `extraInputs` are further files to list in the manifest (the
    /// scenario file itself, for instance), by role.
    public func run(_ scenario: Scenario, extraInputs: [(role: String, path: String)] = []) throws -> RunResult {
        var scenario = scenario
        let input = scenario.indicators
        var columns = input.columns
        for key in [scenario.request.rankKey] + scenario.request.phases.compactMap(\.rankKey) {
            if case .column(let name) = key, !columns.extra.contains(name) { columns.extra.append(name) }
        }
        for name in scenario.optimisation?.columns ?? []
        where name != columns.value && name != columns.population && name != "population" && !columns.extra.contains(name) {
            columns.extra.append(name)
        }
        let table = try cachedTable("\(input.path)|\(columns)") {
            try IndicatorTable.load(contentsOf: URL(fileURLWithPath: input.path), columns: columns)
        }
        let crosswalk = try input.crosswalk.map { c in
            try cached(&crosswalks, "\(c.path)|\(c.from)|\(c.to)") {
                try Crosswalk.load(contentsOf: URL(fileURLWithPath: c.path), from: c.from, to: c.to)
            }
        }
        var notes: [String] = []
        let layer = try self.layer(for: scenario.boundaries, codes: { Set(table.rows.map { crosswalk?.map($0.code) ?? $0.code }) },
                                   notes: &notes)
        var keys = layer.regionKeys
        if let parents = scenario.parents { keys = try parents.apply(to: keys) }
        if let hierarchy = scenario.hierarchy { keys = try hierarchy.apply(to: keys) }
        try LevelQuota.resolve(&scenario.request, in: scenario.hierarchy, regions: keys)
        var join = try table.join(to: keys, options: JoinOptions(crosswalk: crosswalk, missing: input.missing, unmatched: input.unmatched))
        let index = try scenario.index.map { try IndexStage.apply($0, to: &scenario, join: &join, layer: keys) }
        let names = try scenario.parentNames.map { try $0.load(parents: Set(keys.map(\.parent))) }
            ?? (scenario.parents == nil ? ParentNamesInput.fromLayer(layer) : [:])
        var selection = try Targeting.select(join.regions, request: scenario.request).naming(parents: names)
        if let hierarchy = scenario.hierarchy { selection.levels = LevelSummary.tally(join.regions, hierarchy: hierarchy, selection: selection) }
        var optimisation: OptimisationOutcome?
        if let request = scenario.optimisation {
            let outcome = try Optimiser.optimise(join.regions, request: scenario.request, optimisation: request,
                                                 figures: RegionFigures(valueColumn: columns.value, populationColumn: columns.population),
                                                 parentNames: names)
            optimisation = outcome
            selection = outcome.selection
        }
        var manifest = try ScenarioRunner.makeManifest(scenario, layer: layer, join: join, extraInputs: extraInputs + (index?.inputs ?? []))
        index?.describe(in: &manifest)
        if let request = scenario.optimisation { OptimiseScenarioKeys.describe(request, in: &manifest) }
        var result = RunResult(scenario: scenario, layer: layer, table: table, join: join, selection: selection, manifest: manifest,
                               notes: notes, index: index)
        result.optimisation = optimisation
        return result
    }

    /// The region layer of `boundaries`. Without a code field, the field whose values match the
    /// most of `codes` is chosen (``CodeFieldChoice``) and said in `notes`.
    func layer(for boundaries: BoundaryInput, codes: () -> Set<String>, notes: inout [String]) throws -> RegionLayer {
        var options = boundaries.options
        if let ready = lookup(layers, Self.key(boundaries.path, options)) { return ready }
        let read = try cached(&features, "\(boundaries.path)|\(options.reading)") {
            try BoundaryReader.read(path: boundaries.path, options: options.reading)
        }
        if options.codeField == nil, let choice = CodeFieldChoice.pick(read, codes: codes()) {
            options.codeField = choice.field
            notes.append(choice.note)
        }
        let finalOptions = options
        return try cached(&layers, Self.key(boundaries.path, finalOptions)) { try RegionLayer(read, options: finalOptions) }
    }

    private static func key(_ path: String, _ options: LayerOptions) -> String { "\(path)|\(options)" }

    private func lookup<T>(_ store: [String: T], _ key: String) -> T? {
        lock.lock()
        defer { lock.unlock() }
        return store[key]
    }

    /// The table under `key`, made when absent; the least recently used beyond ``tableCapacity`` is dropped.
    private func cachedTable(_ key: String, _ make: () throws -> IndicatorTable) throws -> IndicatorTable {
        let table = try cached(&tables, key, make)
        lock.lock()
        defer { lock.unlock() }
        tableUse.removeAll { $0 == key }
        tableUse.append(key)
        while tableUse.count > tableCapacity { tables[tableUse.removeFirst()] = nil }
        return table
    }

    private func cached<T>(_ store: inout [String: T], _ key: String, _ make: () throws -> T) throws -> T {
        lock.lock()
        if let hit = store[key] { lock.unlock(); return hit }
        lock.unlock()
        let made = try make()
        lock.lock()
        defer { lock.unlock() }
        if let raced = store[key] { return raced }
        store[key] = made
        return made
    }
}
