import Foundation
import Testing
import TestSupport

/// The report printed by real headless Chromium (Debian `chromium`): the print stylesheet lifts
/// the scroll boxes, so the printed PDF holds every selected district's name (read back with
/// poppler's `pdftotext`), and the pages are numbered by the browser's own count.
@Suite("The report on paper", SharedData.required)
struct ReportPrintTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("Chromium's print of the real 2023 75% report holds all 184 names",
          .enabled(if: chromium != nil || SharedData.isCI, "chromium is not installed (apt-get install chromium); skipped"))
    func printedNames() throws {
        let chromium = try #require(Self.chromium, "CI is set but chromium is missing")
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.html").path, list = folder.appendingPathComponent("list.json").path
        let rank = try Sasaran.run(["rank", "--boundaries", try SharedData.path("idn/boundaries/shp/kabkota_2025.shp"),
                                    "--code-field", "KODE_KMD", "--name-field", "NAMA", "--parent-field", "KODE_PROV",
                                    "--indicators", try SharedData.path("idn/poverty/bps_poverty_kabkota_2015_2025.csv"),
                                    "--code-column", "kode_kemendagri_2025", "--value", "jumlah_miskin_ribu", "--where", "tahun=2023",
                                    "--target", "0.75", "--output", list, "--report", report])
        #expect(rank.status == 0, "\(rank.stderr)")
        let pdf = folder.appendingPathComponent("report.pdf").path
        let profile = folder.appendingPathComponent("profile").path
        let printed = try ToolRun.run(URL(fileURLWithPath: chromium),
                                      ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile)",
                                       "--no-pdf-header-footer", "--print-to-pdf=\(pdf)", "file://\(report)"])
        #expect(FileManager.default.fileExists(atPath: pdf), "\(printed.stderr.suffix(500))")
        let text = try ToolRun.run(URL(fileURLWithPath: "/usr/bin/pdftotext"), ["-layout", pdf, "-"])
        let collapsed = text.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: list))) as? [String: Any])
        let names = try #require(object["selected"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        #expect(names.count == 184)
        let missing = names.filter { !collapsed.contains($0) }
        #expect(missing.isEmpty, "not on paper: \(missing.prefix(10))")
    }
}
