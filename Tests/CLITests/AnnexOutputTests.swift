import Foundation
import Testing
import TestSupport

/// The outputs a planner hands on, for the real 2023 list at 75% (184 districts): the Excel
/// workbook read back by openpyxl, the GeoPackage listed by ogrinfo, the PDF annex read by
/// pdftotext, the PostGIS table counted by psql; each byte-identical on a rerun.
@Suite("rank writes a workbook, a PDF annex, a GeoPackage and a PostGIS table", SharedData.required)
struct AnnexOutputTests {
    static func realList() throws -> [String] {
        ["rank", "--boundaries", try SharedData.path("idn/boundaries/shp/kabkota_2025.shp"),
         "--code-field", "KODE_KMD", "--name-field", "NAMA", "--parent-field", "KODE_PROV",
         "--indicators", try SharedData.path("idn/poverty/bps_poverty_kabkota_2015_2025.csv"),
         "--code-column", "kode_kemendagri_2025", "--value", "jumlah_miskin_ribu", "--where", "tahun=2023", "--target", "0.75"]
    }

    struct Peer: Decodable {
        enum Cell: Decodable, Equatable {
            case number(Double), text(String)
            init(from decoder: Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let number = try? container.decode(Double.self) { self = .number(number) } else { self = .text(try container.decode(String.self)) }
            }
        }
        var sheets: [String]
        var freeze: String
        var xlsx: [[Cell]]
        var csv: [[Cell]]
        var code_types: [String]
        var header_bold: Bool
        var title: String
        var title_type: String
        var number_formats: [String]
        var created: String

        /// The first row where the workbook and the CSV differ: text exactly, numbers to Excel's
        /// precision (libxlsxwriter writes 16 significant digits, Excel keeps 15), or nil.
        var firstDifference: String? {
            guard xlsx.count == csv.count else { return "\(xlsx.count) rows in the workbook, \(csv.count) in the CSV" }
            for (k, (a, b)) in zip(xlsx, csv).enumerated() {
                let same = a.count == b.count && zip(a, b).allSatisfy { x, y in
                    if case let .number(p) = x, case let .number(q) = y { return abs(p - q) <= 1e-15 * max(abs(p), abs(q)) }
                    return x == y
                }
                if !same { return "row \(k + 1): \(a) in the workbook, \(b) in the CSV" }
            }
            return nil
        }
    }

    @Test("the workbook holds the CSV's rows (openpyxl), codes as text, figures as numbers with formats, header bold and frozen; same bytes on rerun", PythonPeer.required)
    func workbookMatchesCSV() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("list.csv").path, xlsx = folder.appendingPathComponent("list.xlsx").path
        let title = "=cmd|' /C calc'!A0 <b>Lampiran</b>"
        let run = try Sasaran.run(try Self.realList() + ["--output", csv, "--output", xlsx, "--title", title])
        #expect(run.status == 0, "\(run.stderr)")
        let peer = try JSONDecoder().decode(Peer.self, from: PythonPeer.run("Tests/Peers/xlsx_peer.py", [xlsx, csv]))
        #expect(peer.csv.count == 184)
        #expect(peer.firstDifference == nil)
        #expect(peer.code_types == ["s"], "codes are text cells")
        #expect(peer.sheets == ["List", "Provinces", "Run manifest"])
        #expect(peer.freeze == "A15" && peer.header_bold)
        #expect(peer.title == title && peer.title_type == "s", "a title like a formula is a plain string cell")
        #expect(peer.number_formats == ["#,##0.00", "0.00%"])
        #expect(peer.created == "2000-01-01T00:00:00")

        let again = folder.appendingPathComponent("again.xlsx").path
        #expect(try Sasaran.run(try Self.realList() + ["--output", again, "--title", title]).status == 0)
        #expect(FileManager.default.contents(atPath: again) == FileManager.default.contents(atPath: xlsx))
    }

    @Test("with --lang id the workbook's sheets and headings are in Bahasa Indonesia", PythonPeer.required)
    func workbookInIndonesian() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("list.csv").path, xlsx = folder.appendingPathComponent("daftar.xlsx").path
        #expect(try Sasaran.run(try Self.realList() + ["--output", csv, "--output", xlsx, "--lang", "id"]).status == 0)
        let peer = try JSONDecoder().decode(Peer.self, from: PythonPeer.run("Tests/Peers/xlsx_peer.py", [xlsx, csv]))
        #expect(peer.sheets == ["Daftar", "Provinsi", "Manifes proses"])
        #expect(peer.title.hasPrefix("Daftar prioritas") && peer.firstDifference == nil)
    }

    @Test("the GeoPackage lists 184 features (ogrinfo), or all 514 with --all-regions; same bytes on rerun")
    func geoPackage() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gpkg = folder.appendingPathComponent("list.gpkg").path, all = folder.appendingPathComponent("all.gpkg").path
        #expect(try Sasaran.run(try Self.realList() + ["--output", gpkg]).status == 0)
        let info = try GDALTool.run("ogrinfo", ["-so", "-al", gpkg])
        #expect(info.contains("Feature Count: 184") && info.contains("Geometry: Multi Polygon") && info.contains("code: String")
                && info.contains("cumulative_share: Real"), "\(info)")
        let first = try GDALTool.run("ogrinfo", ["-q", "-sql", "SELECT code, name FROM priority_list WHERE rank = 1", gpkg])
        #expect(first.contains("code (String) = 32.01") && first.contains("Kabupaten Bogor"), "\(first)")
        #expect(try Sasaran.run(try Self.realList() + ["--output", all, "--all-regions"]).status == 0)
        let allInfo = try GDALTool.run("ogrinfo", ["-q", "-sql", "SELECT count(*) AS n, sum(selected) AS s FROM priority_list", all])
        #expect(allInfo.contains("n (Integer) = 514") && allInfo.contains("s (Integer) = 184"), "\(allInfo)")
        let again = folder.appendingPathComponent("again.gpkg").path
        #expect(try Sasaran.run(try Self.realList() + ["--output", again]).status == 0)
        #expect(FileManager.default.contents(atPath: again) == FileManager.default.contents(atPath: gpkg))
    }

    @Test("the PDF annex is A4 with fonts embedded; its text holds all 184 names, the page numbers and an inert title; same bytes on rerun")
    func pdfAnnex() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("list.csv").path, pdf = folder.appendingPathComponent("annex.pdf").path
        let title = "<b>Lampiran</b> =HYPERLINK(\"x\")"
        let run = try Sasaran.run(try Self.realList() + ["--output", csv, "--output", pdf, "--title", title])
        #expect(run.status == 0, "\(run.stderr)")
        // Words as pdftotext reads them, whitespace collapsed (a long name may wrap in its cell).
        let text = try ToolRun.output("pdftotext", [pdf, "-"]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let names = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n").dropFirst()
            .map { String($0.split(separator: ",")[2]) }
        #expect(names.count == 184)
        let missing = names.filter { !text.contains($0) }
        #expect(missing.isEmpty, "names missing from the PDF: \(missing)")
        let info = try ToolRun.output("pdfinfo", [pdf])
        let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }!.split(separator: " ").last!)!
        #expect(pages >= 3 && info.contains("595.276 x 841.89 pts (A4)"), "\(info)")
        for page in 1...pages { #expect(text.contains("Page \(page) of \(pages)")) }
        #expect(text.contains(title), "markup in the title is printed as typed")
        let fonts = try ToolRun.output("pdffonts", [pdf])
        #expect(fonts.split(separator: "\n").dropFirst(2).allSatisfy { $0.contains(" yes ") }, "every font embedded: \(fonts)")
        let again = folder.appendingPathComponent("again.pdf").path
        #expect(try Sasaran.run(try Self.realList() + ["--output", again, "--title", title]).status == 0)
        #expect(FileManager.default.contents(atPath: again) == FileManager.default.contents(atPath: pdf))
    }

    @Test("with --lang id the PDF annex is labelled in Bahasa Indonesia")
    func pdfInIndonesian() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("lampiran.pdf").path
        #expect(try Sasaran.run(try Self.realList() + ["--output", pdf, "--lang", "id"]).status == 0)
        let text = try ToolRun.output("pdftotext", [pdf, "-"])
        #expect(text.contains("Daftar prioritas") && text.contains("Halaman 1 dari") && text.contains("Wilayah marginal") && text.contains("Sumber data"))
    }

    @Test("binary formats are not printed on standard output; a PG: output needs --output-table; --output-table needs a PG: output")
    func usage() throws {
        let printed = try Sasaran.run(try Self.realList() + ["--format", "xlsx"])
        #expect(printed.status == 64 && printed.stderr.contains("--output NAME.xlsx"), "\(printed.stderr)")
        let noTable = try Sasaran.run(try Self.realList() + ["--output", "PG:dbname=none"])
        #expect(noTable.status == 64 && noTable.stderr.contains("--output-table"), "\(noTable.stderr)")
        let noDatabase = try Sasaran.run(try Self.realList() + ["--output-table", "t"])
        #expect(noDatabase.status == 64 && noDatabase.stderr.contains("PG:"), "\(noDatabase.stderr)")
    }
}

/// The list written into a PostGIS table of the real server.
@Suite("rank writes the list into a PostGIS table", SharedData.required, PostgresCluster.required)
struct AnnexPostGISTests {
    @Test("--output PG:… --output-table replaces the table with the 184 districts, their codes as text; a rerun replaces it again")
    func table() throws {
        let connection = try PostgresCluster.connection()
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Sasaran.run(try AnnexOutputTests.realList() + ["--output", connection, "--output-table", "annex_list_2023",
                                                                      "--output", folder.appendingPathComponent("list.csv").path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try PostgresCluster.psql("SELECT count(*) FROM annex_list_2023") == "184")
        #expect(try PostgresCluster.psql("SELECT code || ' ' || name FROM annex_list_2023 WHERE rank = 1") == "32.01 Kabupaten Bogor")
        #expect(try PostgresCluster.psql("SELECT data_type FROM information_schema.columns WHERE table_name = 'annex_list_2023' AND column_name = 'code'") == "character varying")
        let all = try Sasaran.run(try AnnexOutputTests.realList() + ["--output", connection, "--output-table", "annex_list_2023", "--all-regions"])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(try PostgresCluster.psql("SELECT count(*) || ' ' || sum(selected) FROM annex_list_2023") == "514 184")
    }
}

/// The generic workbook of a command that writes CSV.
@Suite("commands that write CSV write the same table as a workbook", SharedData.required)
struct TableWorkbookTests {
    struct Peer: Decodable {
        var rows: Int
        var csv_rows: Int
        var mismatches: [[String]]
        var code_types: [String: [String]]
    }

    @Test("the coverage curve as .xlsx holds the CSV's 515 rows cell for cell (openpyxl), codes as text", PythonPeer.required)
    func curve() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("curve.csv").path, xlsx = folder.appendingPathComponent("curve.xlsx").path
        let arguments = ["curve", "--boundaries", try SharedData.path("idn/boundaries/shp/kabkota_2025.shp"), "--code-field", "KODE_KMD",
                         "--name-field", "NAMA", "--parent-field", "KODE_PROV",
                         "--indicators", try SharedData.path("idn/poverty/bps_poverty_kabkota_2015_2025.csv"),
                         "--code-column", "kode_kemendagri_2025", "--value", "jumlah_miskin_ribu", "--where", "tahun=2023"]
        let run = try Sasaran.run(arguments + ["--output", csv, "--output", xlsx])
        #expect(run.status == 0, "\(run.stderr)")
        let peer = try JSONDecoder().decode(Peer.self, from: PythonPeer.run("Tests/Peers/xlsx_table_peer.py", [xlsx, csv]))
        #expect(peer.rows == 515 && peer.csv_rows == 515)
        #expect(peer.mismatches.isEmpty, "\(peer.mismatches)")
        #expect(peer.code_types["code"] == ["s"], "\(peer.code_types)")
    }
}
