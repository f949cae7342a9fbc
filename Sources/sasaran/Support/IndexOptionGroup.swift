import ArgumentParser
import Sasaran

/// Options describing a composite index, an eligibility rule, classes and the further tables
/// their columns come from. Part of ``ScenarioInputOptions``, so every command that ranks takes
/// them; a scenario file gives the same in its `index` section.
struct IndexOptionGroup: ParsableArguments {
    @Option(help: ArgumentHelp("Rank by a composite index: COLUMN:WEIGHT pairs, comma-separated; a leading - means lower is worse off, e.g. 'p0_persen:0.5,jumlah_miskin_ribu:0.3,-ipm:0.2'. With --index-method pca, the column names alone. Coverage stays measured on --value.", valueName: "components"))
    var index: String?

    @Option(help: "How components are put on one scale, per level of the layer: z (default; population standard deviation), minmax or rank.")
    var normalise: Normalisation?

    @Option(help: "weighted (default: Σ weight × score ÷ Σ weight) or pca (the first principal component of the z-scores, signed so that the first component listed loads positively).")
    var indexMethod: IndexMethodChoice?

    @Option(help: ArgumentHelp("Alkire–Foster counting: deprivation cutoffs, comma-separated, e.g. 'p0_persen>=15,ipm<65'; ranks by the censored deprivation share.", valueName: "cutoffs"))
    var deprivations: String?

    @Option(help: "Alkire–Foster: a region is identified when deprived in at least K dimensions (default: all of them).")
    var k: Int?

    @Option(help: ArgumentHelp("Only regions meeting this rule may be selected, e.g. 'p0_persen >= 20 or (ipm < 60 and jumlah_miskin_ribu >= 50)' (comparisons, and, or, not, parentheses). With --all, every eligible region; else ranked to the target among themselves.", valueName: "rule"))
    var eligible: String?

    @Option(help: "Cut the index into this many classes for the legend and the outputs (index_class, 1 = lowest).")
    var classes: Int?

    func validate() throws {
        try NumberFlags.check(k, "--k", in: NumberFlags.dimensions)
        try NumberFlags.check(classes, "--classes", in: NumberFlags.classes)
    }

    @Option(help: "How to cut the classes: quantile (default), equal (intervals) or dh (Dalenius–Hodges cumulative √f strata).")
    var classMethod: ClassMethod?

    @Option(help: ArgumentHelp("A further table of components, PATH:CODE_COLUMN:COLUMN[,COLUMN…][:COLUMN=VALUE[,…]] (repeatable), e.g. ipm.csv:kode_kemendagri_2025:ipm:tahun=2023. A crosswalk for such a table needs a scenario file.", valueName: "table"))
    var table: [String] = []

    /// Whether any of these flags is given.
    var isGiven: Bool {
        index != nil || normalise != nil || indexMethod != nil || deprivations != nil || k != nil || eligible != nil
            || classes != nil || classMethod != nil || !table.isEmpty
    }

    /// Sets `scenario.index` from the flags; refused with a scenario file, which has its own
    /// `index` section.
    func attach(to scenario: inout Scenario, fromFile: Bool) throws {
        guard isGiven else { return }
        if fromFile { throw ValidationError("--scenario describes the index in its index section; do not combine it with --index, --eligible, --classes or --table") }
        do {
            scenario.index = try specification(unmatched: scenario.indicators.unmatched)
        } catch let error as IndexError {
            throw ValidationError(error.description)
        } catch let error as ExpressionError {
            throw ValidationError(error.description)
        }
    }

    func specification(unmatched: UnmatchedPolicy) throws -> IndexSpecification {
        let method = indexMethod ?? .weighted
        var composite: IndexSpecification.Composite?
        if let index {
            let components = try IndexComponent.parseList(index, weights: method == .weighted)
            composite = method == .pca ? .pca(components) : .weighted(components)
        }
        if let deprivations {
            if composite != nil { throw IndexError.conflict("give --index or --deprivations, not both") }
            let list = try AlkireFoster.parseDeprivations(deprivations)
            composite = .alkireFoster(list, k: k ?? list.count)
        } else if k != nil {
            throw IndexError.conflict("--k is the Alkire–Foster cutoff: give --deprivations too")
        }
        if indexMethod != nil && index == nil { throw IndexError.conflict("--index-method needs --index") }
        if classMethod != nil && classes == nil { throw IndexError.conflict("--class-method needs --classes") }
        if normalise != nil && (index == nil || indexMethod == .pca) {
            throw IndexError.conflict("--normalise applies to a weighted --index (PCA always uses z-scores, Alkire–Foster the raw values)")
        }
        return try IndexSpecification(composite: composite, normalisation: normalise ?? .z,
                                      eligibility: try eligible.map(IndexSpecification.Rule.init),
                                      classes: classes.map { ($0, classMethod ?? .quantile) },
                                      tables: try table.map { try ComponentTableInput(parsing: $0, unmatched: unmatched) })
    }
}

/// `--index-method`.
enum IndexMethodChoice: String, ExpressibleByArgument, CaseIterable {
    case weighted, pca
}

extension Normalisation: ExpressibleByArgument {}
extension ClassMethod: ExpressibleByArgument {}
