import Sasaran

/// The priority list as an Excel workbook: the list with its title block (scenario, target,
/// coverage, marginal region, data), the provinces, the phases when there are several, and the
/// run manifest with the attribution (``AnnexContent``).
enum PriorityListWorkbook {
    /// The `.xlsx` bytes of the list of `result`.
    static func bytes(_ result: RunResult, options: EmitOptions) throws -> [UInt8] {
        let content = AnnexContent(result, options: options)
        return try XLSXWorkbook(sheets: content.sheets, title: content.title, subject: result.scenario.name).bytes()
    }
}
