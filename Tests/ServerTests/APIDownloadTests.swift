import Foundation
import Testing
import TestSupport

/// The workbook and the PDF annex downloads: whole files, with their content type and name,
/// holding the list the engine ranks for the same override (read back with unzip and pdftotext,
/// not with the code that wrote them).
@Suite(.serialized) struct APIDownloadTests {
    static let override = #"{"target": 0.5, "lock-in": ["71.04"]}"#

    /// The codes of the list the API ranks for `override`.
    static func codes(_ server: ServerProcess) async throws -> [String] {
        let rank = try await HTTP.post(server.base + "/api/rank", json: override)
        let document = try rank.json()
        return (document["selected"] as! [[String: Any]]).map { $0["code"] as! String }
    }

    static func download(_ server: ServerProcess, _ file: String) async throws -> HTTPAnswer {
        let query = override.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        return try await HTTP.get(server.base + "/api/download/\(file)?scenario=\(query)")
    }

    static func tool(_ name: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sasaran-download-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func workbookHoldsTheList() async throws {
        let server = try ServerProcess(["--scenario", "scenarios/default-2025.yaml"])
        defer { server.stop() }
        let codes = try await Self.codes(server)
        let answer = try await Self.download(server, "list.xlsx")
        #expect(answer.status == 200, "\(answer.text)")
        #expect(answer.header("Content-Type") == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        #expect(answer.header("Content-Disposition") == "attachment; filename=\"sasaran-list.xlsx\"")
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("list.xlsx")
        try answer.body.write(to: file)
        // The shared strings and the first sheet, read by unzip: every code of the list is a cell.
        let strings = try Self.tool("unzip", ["-p", file.path, "xl/sharedStrings.xml"])
        let sheet = try Self.tool("unzip", ["-p", file.path, "xl/worksheets/sheet1.xml"])
        #expect(!sheet.isEmpty)
        for code in codes { #expect(strings.contains(">\(code)<") || sheet.contains(">\(code)<"), "code \(code)") }

    }

    @Test func annexHoldsTheList() async throws {
        let server = try ServerProcess(["--scenario", "scenarios/default-2025.yaml"])
        defer { server.stop() }
        let codes = try await Self.codes(server)
        let answer = try await Self.download(server, "annex.pdf")
        #expect(answer.status == 200, "\(answer.text)")
        #expect(answer.header("Content-Type") == "application/pdf")
        #expect(answer.header("Content-Disposition") == "attachment; filename=\"sasaran-annex.pdf\"")
        #expect(answer.body.prefix(5) == Data("%PDF-".utf8))
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("annex.pdf")
        try answer.body.write(to: file)
        let text = try Self.tool("pdftotext", ["-layout", file.path, "-"])
        for code in codes { #expect(text.contains(code), "code \(code)") }
        #expect(codes.contains("71.04"))
    }

    /// A downloaded workbook (and JSON list) is byte-identical to what `sasaran rank` writes
    /// from the downloaded scenario, saved under its download name and run beside it: the
    /// manifest lists that file (its name and checksum), not the server's own scenario file.
    @Test func downloadsAreTheCLIsBytesFromTheDownloadedScenario() async throws {
        let server = try ServerProcess(["--scenario", "scenarios/default-2025.yaml"])
        defer { server.stop() }
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = try await Self.download(server, "scenario.yaml")
        #expect(scenario.header("Content-Disposition") == "attachment; filename=\"sasaran-scenario.yaml\"")
        try scenario.body.write(to: folder.appendingPathComponent("sasaran-scenario.yaml"))
        let cli = try ToolRun.run(ServerProcess.binary("sasaran"), ["rank", "--scenario", "sasaran-scenario.yaml",
                                                                   "--output", "list.xlsx", "--output", "list.json"], in: folder)
        #expect(cli.status == 0 || cli.status == 3, "\(cli.stderr)")
        let workbook = try await Self.download(server, "list.xlsx")
        #expect(workbook.body == (try Data(contentsOf: folder.appendingPathComponent("list.xlsx"))))
        let json = try await Self.download(server, "list.json")
        #expect(json.body == (try Data(contentsOf: folder.appendingPathComponent("list.json"))))
        let rank = try await HTTP.post(server.base + "/api/rank", json: Self.override)
        #expect(rank.body == json.body)
    }
}
