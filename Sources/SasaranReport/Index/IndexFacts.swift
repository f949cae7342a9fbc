import Sasaran

/// The lines that describe an index stage to a person, shared by the terminal table and the
/// report: what the index is, the eligibility rule verbatim with its counts, the classes, and
/// the method's own figures (explained variance, M0).
enum IndexFacts {
    static func lines(_ result: RunResult) -> [(String, String)] {
        guard let index = result.index else { return [] }
        var facts: [(String, String)] = []
        if let text = index.specification.compositeDescription {
            facts.append(("Index", text + (index.levels > 1 ? ", normalised within \(index.levels) levels" : "")))
        }
        if let pc = index.principalComponent {
            facts.append(("PCA", "first component explains \(NumberText.percent(pc.explainedVariance))% of the variance; loadings "
                + pc.loadings.map { ResearchText.fixed($0) }.joined(separator: ", ")))
        }
        if let af = index.alkireFoster {
            facts.append(("Alkire–Foster", "k = \(af.k) of \(af.deprivations.count): \(af.identified) of \(af.regions) regions identified; "
                + "H \(ResearchText.fixed(af.headcount)), A \(ResearchText.fixed(af.intensity)), M0 \(ResearchText.fixed(af.adjustedHeadcount))"))
        }
        if let eligibility = index.eligibility {
            var text = "\(eligibility.rule): \(eligibility.eligible.count) eligible, \(eligibility.notEligible.count) not"
            if !eligibility.undecided.isEmpty { text += ", \(eligibility.undecided.count) undecided (not eligible)" }
            facts.append(("Eligible", text))
        }
        if let classes = index.classes {
            facts.append(("Classes", "\(classes.count) by \(classes.method.rawValue), breaks "
                + classes.breaks.map { ResearchText.fixed($0) }.joined(separator: ", ") + "; sizes " + classes.sizes.map(String.init).joined(separator: ", ")))
        }
        if !index.withoutIndex.isEmpty { facts.append(("No index", "\(index.withoutIndex.count) regions lack a component (left out)")) }
        return facts
    }
}
