import Foundation

/// The outcome of a join: every region of the layer, in layer order, with its figures, plus
/// the report.
public struct JoinResult: Sendable, Hashable {
    /// All regions of the layer, in layer order; those without a value have `value == nil`.
    public var regions: [JoinedRegion]
    /// What matched and what did not.
    public var report: JoinReport
}

extension IndicatorTable {
    /// Joins the table to `layer` by code (trimmed), through `options.crosswalk` when given.
    ///
    /// Duplicate codes (in the layer, or several rows for one region) are always an error.
    /// Regions without a value and rows without a region are errors unless the policies in
    /// `options` let them through, in which case they are listed in the report's warnings.
    public func join(to layer: [RegionKey], options: JoinOptions = JoinOptions()) throws -> JoinResult {
        var report = JoinReport(file: file)
        var layerIndex: [String: Int] = [:]
        var layerDuplicates: [String] = []
        for (k, region) in layer.enumerated() {
            let code = region.code.trimmingCharacters(in: .whitespaces)
            if layerIndex[code] != nil { layerDuplicates.append(code) } else { layerIndex[code] = k }
        }
        if !layerDuplicates.isEmpty { throw JoinError.duplicateLayerCodes(layerDuplicates) }

        var rowFor: [Int: Int] = [:]          // layer index → row index
        var claims: [String: [Int]] = [:]     // layer code → lines
        var claimOrder: [String] = []
        for (r, row) in rows.enumerated() {
            var code = row.code
            if let crosswalk = options.crosswalk {
                guard let mapped = crosswalk.map(row.code) else {
                    report.rowsWithoutRegion.append(UnmatchedRow(code: row.code, mappedCode: nil, line: row.line, notInCrosswalk: true))
                    continue
                }
                code = mapped
            }
            guard let k = layerIndex[code] else {
                report.rowsWithoutRegion.append(UnmatchedRow(
                    code: row.code, mappedCode: options.crosswalk == nil ? nil : code, line: row.line, notInCrosswalk: false))
                continue
            }
            if claims[code] == nil { claimOrder.append(code) }
            claims[code, default: []].append(row.line)
            if rowFor[k] == nil { rowFor[k] = r }
        }
        if !report.rowsWithoutRegion.isEmpty {
            let layerCodes = DamagedCode(codes: layerIndex.keys)
            let crosswalkCodes = options.crosswalk.map { DamagedCode(codes: $0.mapping.keys) }
            for index in report.rowsWithoutRegion.indices {
                let row = report.rowsWithoutRegion[index]
                report.rowsWithoutRegion[index].suggestion = row.notInCrosswalk
                    ? crosswalkCodes?.suggestion(for: row.code) : layerCodes.suggestion(for: row.mappedCode ?? row.code)
            }
        }
        report.duplicateCodes = claimOrder.compactMap { code in
            let lines = claims[code]!
            return lines.count > 1 ? DuplicateCode(code: code, lines: lines) : nil
        }

        var regions: [JoinedRegion] = []
        regions.reserveCapacity(layer.count)
        for (k, region) in layer.enumerated() {
            var key = region
            key.code = region.code.trimmingCharacters(in: .whitespaces)
            guard let r = rowFor[k] else {
                report.regionsWithoutRow.append(key.code)
                regions.append(JoinedRegion(key: key, value: nil))
                continue
            }
            let row = rows[r]
            if row.value == nil { report.regionsWithMissingValue.append(key.code) }
            regions.append(JoinedRegion(key: key, value: row.value, population: row.population, extras: row.extras,
                                        sourceCode: row.code, line: row.line))
        }

        if rowFor.isEmpty, !rows.isEmpty {
            throw JoinError.noCodeMatches(file: file, rows: rows.count, tableCodes: CodeStyle.describe(rows.lazy.map(\.code)),
                                          layerCodes: CodeStyle.describe(layer.lazy.map(\.code)))
        }
        if options.checkNames, let nameColumn {
            let disagreements = layer.indices.compactMap { k -> NameCheck.Disagreement? in
                guard let r = rowFor[k], let tableName = rows[r].name, layer[k].name != layer[k].code,
                      !NameCheck.agree(layer[k].name, tableName) else { return nil }
                return NameCheck.Disagreement(code: layer[k].code, layerName: layer[k].name, tableName: tableName)
            }
            let compared = layer.indices.filter { rowFor[$0] != nil && rows[rowFor[$0]!].name != nil && layer[$0].name != layer[$0].code }.count
            if compared > 0, Double(disagreements.count) > NameCheck.refusalShare * Double(compared) {
                throw JoinError.otherCodeSystem(file: file, nameColumn: nameColumn, matched: compared, disagreements: disagreements)
            }
            report.nameDisagreements = disagreements
            if !disagreements.isEmpty {
                report.warnings.append("names differ for \(disagreements.count) of \(compared) matched codes (renamed regions?): "
                    + offenderList(disagreements.map(\.description)))
            }
        }

        var errors: [JoinError] = []
        if !report.duplicateCodes.isEmpty { errors.append(.duplicateTableCodes(file: file, report.duplicateCodes)) }
        if !report.rowsWithoutRegion.isEmpty {
            if options.unmatched == .error {
                errors.append(.rowsWithoutRegion(file: file, report.rowsWithoutRegion))
            } else {
                report.warnings.append("\(report.rowsWithoutRegion.count) row(s) match no region: "
                    + offenderList(report.rowsWithoutRegion.map(\.description)))
            }
        }
        if !report.regionsWithoutValue.isEmpty {
            if options.missing == .error {
                errors.append(.regionsWithoutValue(file: file, withoutRow: report.regionsWithoutRow,
                                                   missingValue: report.regionsWithMissingValue))
            } else {
                report.warnings.append("\(report.regionsWithoutValue.count) region(s) without a value left out: "
                    + offenderList(report.regionsWithoutValue))
            }
        }
        if errors.count == 1 { throw errors[0] }
        if errors.count > 1 { throw JoinError.several(errors) }
        return JoinResult(regions: regions, report: report)
    }
}
