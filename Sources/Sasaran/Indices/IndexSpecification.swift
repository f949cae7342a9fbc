/// What to compute before ranking: a composite index (weighted, PCA or Alkire–Foster), an
/// eligibility rule, classes, and the further tables their columns come from. Attached to a
/// ``Scenario`` (its `index`); run by ``IndexStage``.
public struct IndexSpecification: Sendable {
    /// The index, if any (an eligibility rule may stand alone).
    public enum Composite: Sendable, Hashable {
        /// Σ wⱼ sⱼ ÷ Σ wⱼ over the normalised, oriented scores sⱼ.
        case weighted([IndexComponent])
        /// The first principal component of the z-scores.
        case pca([IndexComponent])
        /// Alkire–Foster counting with cutoff k.
        case alkireFoster([AlkireFoster.Deprivation], k: Int)
    }

    /// An eligibility rule, verbatim and parsed.
    public struct Rule: Sendable, Hashable {
        public var text: String
        public var expression: ColumnExpression

        public init(_ text: String) throws {
            self.text = text
            expression = try ExpressionParser.parse(text, context: "eligibility rule")
        }
    }

    public var composite: Composite?
    public var normalisation: Normalisation
    public var eligibility: Rule?
    /// `--classes k` and the method.
    public var classes: (count: Int, method: ClassMethod)?
    /// Further tables of components (the main indicator table is always searched last).
    public var tables: [ComponentTableInput]

    public init(composite: Composite?, normalisation: Normalisation = .z, eligibility: Rule? = nil,
                classes: (count: Int, method: ClassMethod)? = nil, tables: [ComponentTableInput] = []) throws {
        self.composite = composite; self.normalisation = normalisation; self.eligibility = eligibility
        self.classes = classes; self.tables = tables
        if case .pca = composite, normalisation != .z {
            throw IndexError.conflict("--index-method pca takes the first principal component of z-scores: leave out --normalise \(normalisation.rawValue)")
        }
        if case let .alkireFoster(deprivations, k) = composite, !(1...max(1, deprivations.count)).contains(k) {
            throw IndexError.invalidK(k: k, dimensions: deprivations.count)
        }
        if classes != nil && composite == nil { throw IndexError.conflict("--classes cuts an index into classes: give --index or --deprivations too") }
        if composite == nil && eligibility == nil {
            throw IndexError.conflict("nothing to compute: give --index, --deprivations or --eligible (further tables only supply their columns)")
        }
        let fixed = [IndexColumnNames.index, IndexColumnNames.indexClass, IndexColumnNames.deprivations]
        for name in columnsRead where fixed.contains(name) || columnsComputed.contains(name) { throw IndexError.reservedColumn(name) }
    }

    /// The columns the composite reads, in order.
    public var columnsRead: [String] {
        switch composite {
        case .weighted(let c)?, .pca(let c)?: return c.map(\.column)
        case .alkireFoster(let d, _)?: return d.map(\.column)
        case nil: return []
        }
    }

    /// The columns the composite adds to the regions.
    public var columnsComputed: [String] {
        switch composite {
        case .weighted(let c)?, .pca(let c)?:
            return c.map(\.scoreColumn) + [IndexColumnNames.index] + (classes == nil ? [] : [IndexColumnNames.indexClass])
        case .alkireFoster(let d, _)?:
            return d.map(\.deprivedColumn) + [IndexColumnNames.deprivations, IndexColumnNames.index]
                + (classes == nil ? [] : [IndexColumnNames.indexClass])
        case nil: return []
        }
    }

    /// The composite as text, for the manifest and the report: "weighted z: p0_persen:0.5,-ipm:0.5".
    public var compositeDescription: String? {
        switch composite {
        case .weighted(let c)?: return "weighted \(normalisation.rawValue): " + c.map(\.description).joined(separator: ",")
        case .pca(let c)?: return "pca (first principal component of z-scores): " + c.map(\.description).joined(separator: ",")
        case let .alkireFoster(d, k)?: return "alkire-foster k=\(k): " + d.map(\.description).joined(separator: ",")
        case nil: return nil
        }
    }
}
