import Sasaran

/// One table of a convergence report as CSV: RFC 4180 quoting, text guarded against formulas
/// (``CSVEmitter/text(_:)``), exact numbers (``NumberText/exact(_:)``), an empty cell where a
/// figure has no value.
enum ConvergenceCSVEmitter {
    static func render(_ report: ConvergenceReport, table: ConvergenceCSVTable) -> String {
        let t = CSVEmitter.text
        var lines: [[String]]
        switch table {
        case .districts:
            lines = [["rank", "code", "name", "parent", "value", "share", "phase"] + report.programmes.map { t("amount_" + $0) }
                     + ["programmes", "programme_count", "total_amount", "amount_per_poor", "reached_by_all_core", "gap"]]
            for d in report.final.districts {
                lines.append([String(d.rank), t(d.code), t(d.name), t(d.parent), number(d.value), number(d.share), String(d.phase)]
                             + d.amounts.map(number)
                             + [t(d.programmesPresent.joined(separator: ";")), String(d.programmeCount), number(d.totalAmount),
                                number(d.amountPerPoor), String(d.reachedByAllCore), String(d.isGap)])
            }
        case .programmes:
            lines = [["list_phase", "programme", "core", "total_amount", "amount_inside", "amount_outside", "share_inside", "leakage",
                      "list_share_of_poor", "targeting_ratio", "districts_reached", "districts_in_list", "districts_reached_outside",
                      "amount_per_poor_inside", "amount_per_poor_outside", "concentration_index"]]
            for view in report.phases {
                for p in view.programmes {
                    lines.append([String(view.phase), t(p.programme), String(p.isCore), number(p.totalAmount), number(p.amountInside),
                                  number(p.amountOutside), number(p.shareInside), number(p.leakage), number(p.listShareOfPoor),
                                  number(p.targetingRatio), String(p.districtsReached), String(view.districts.count),
                                  String(p.districtsReachedOutside), number(p.amountPerPoorInside), number(p.amountPerPoorOutside),
                                  number(p.concentrationIndex)])
                }
            }
        case .provinces:
            lines = [["list_phase", "parent", "priority_districts", "unreached", "gaps", "reached_by_all_core", "poor_inside", "poor_total",
                      "total_amount", "amount_inside", "share_inside", "amount_per_poor_inside", "programmes"]]
            for view in report.phases {
                for p in view.parents {
                    lines.append([String(view.phase), t(p.parent), String(p.priorityDistricts), String(p.unreached), String(p.gaps),
                                  String(p.reachedByAllCore), number(p.poorInside), number(p.poorTotal), number(p.totalAmount),
                                  number(p.amountInside), number(p.shareInside), number(p.amountPerPoorInside),
                                  t(p.programmesPresent.joined(separator: ";"))])
                }
            }
        }
        return lines.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    private static func number(_ x: Double?) -> String { x.flatMap(NumberText.exact) ?? "" }
}
