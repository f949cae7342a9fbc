import Foundation
import Testing
import TestSupport

/// Refused requests answer RFC 9457 problem details with the CLI's words; limits hold; the
/// token rule; the OpenAPI document describes exactly the routes the server registers.
@Suite(.serialized) struct APIProblemTests {
    @Test func badJSONAndLimits() async throws {
        let server = try ServerProcess(["--max-body", "65536"])
        defer { #expect(server.stop() == 0, "a graceful shutdown on SIGTERM exits 0") }

        let bad = try await HTTP.post(server.base + "/api/rank", json: #"{"target": 0.5"#)
        #expect(bad.status == 400)
        #expect(bad.header("Content-Type") == "application/problem+json")
        let problem = try bad.json()
        #expect(problem["status"] as? Int == 400)
        #expect(problem["type"] as? String == "urn:sasaran:problem:bad-json")
        #expect((problem["detail"] as? String)?.hasPrefix("the request body is not valid JSON") == true)

        let large = try await HTTP.post(server.base + "/api/rank", json: "{\"name\": \"" + String(repeating: "x", count: 200_000) + "\"}")
        #expect(large.status == 413)
        #expect(try large.json()["detail"] as? String == "the request body is larger than 65536 bytes, the limit of this server")

        let deep = try await HTTP.post(server.base + "/api/rank", json: String(repeating: "[", count: 40) + String(repeating: "]", count: 40))
        #expect(deep.status == 400)

        let path = try await HTTP.post(server.base + "/api/rank", json: #"{"boundaries": {"path": "/etc/passwd"}}"#)
        #expect(path.status == 422)
        #expect((try path.json()["detail"] as? String)?.contains("not a key a request may change") == true)
        let table = try await HTTP.post(server.base + "/api/rank", json: #"{"indicators": {"path": "/etc/passwd"}}"#)
        #expect(table.status == 422)

        let missing = try await HTTP.get(server.base + "/api/download/..%2F..%2Fetc%2Fpasswd")
        #expect(missing.status == 404)
        #expect(missing.header("Content-Type") == "application/problem+json")
    }

    /// A scenario key's error says what `sasaran rank --scenario` says for the same key in a file
    /// (with "the request" where the CLI names the file).
    @Test func scenarioErrorsSpeakTheCLIsWords() async throws {
        let server = try ServerProcess([])
        defer { server.stop() }
        let root = SharedData.projectRoot.path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sasaran-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (key, json, yaml) in [("target", #"{"target": "most"}"#, "target: most"),
                                  ("rank-by", #"{"rank-by": "nonsense_column"}"#, "rank-by: nonsense_column"),
                                  ("lock-in", #"{"lock-in": ["99.99"]}"#, "lock-in: [\"99.99\"]")] {
            let api = try await HTTP.post(server.base + "/api/rank", json: json)
            #expect(api.status == 422, "\(key): \(api.text)")
            let detail = try api.json()["detail"] as? String ?? ""
            let file = folder.appendingPathComponent("\(key).yaml").path
            var text = try String(contentsOfFile: "\(root)/scenarios/default-2025.yaml", encoding: .utf8)
            text = text.replacingOccurrences(of: "../Shapefiles", with: "\(root)/Shapefiles").replacingOccurrences(of: "target: 0.75", with: yaml)
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            let cli = try sasaran(["rank", "--scenario", file, "--format", "json"])
            #expect(cli.status != 0)
            let cliWords = cli.stderr.replacingOccurrences(of: "Error: ", with: "").replacingOccurrences(of: file, with: "the request")
                .trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(detail == cliWords, "\(key)")
        }
    }

    @Test func tokenRule() async throws {
        let refused = try sasaran(["serve", "--host", "0.0.0.0", "--port", "0"])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--host 0.0.0.0 serves beyond this machine: give --token TOKEN"))

        let token = "0123456789abcdef0123"
        let server = try ServerProcess(["--token", token])
        defer { server.stop() }
        let without = try await HTTP.post(server.base + "/api/rank", json: "{}")
        #expect(without.status == 401)
        #expect(without.header("WWW-Authenticate") == "Bearer realm=\"sasaran\"")
        let wrong = try await HTTP.get(server.base + "/api/health", headers: ["Authorization": "Bearer 0123456789abcdef0124"])
        #expect(wrong.status == 401)
        let right = try await HTTP.post(server.base + "/api/rank", json: "{}", headers: ["Authorization": "Bearer \(token)"])
        #expect(right.status == 200)
        let page = try await HTTP.get(server.base + "/")
        #expect(page.status == 200)
    }

    /// Without a token the server answers only requests addressed to loopback (DNS rebinding).
    @Test func foreignHostHeaderIsRefused() async throws {
        let server = try ServerProcess([])
        defer { server.stop() }
        let result = try ToolRun.run(URL(fileURLWithPath: "/usr/bin/curl"),
                                     ["-s", "-o", "/dev/null", "-w", "%{http_code}", "-H", "Host: attacker.example", server.base + "/api/health"])
        #expect(result.stdout == "421")
    }

    @Test func pageHeaders() async throws {
        let server = try ServerProcess([])
        defer { server.stop() }
        let page = try await HTTP.get(server.base + "/")
        let csp = page.header("Content-Security-Policy") ?? ""
        #expect(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline';") || csp.contains("script-src 'self';"))
        #expect(!page.text.contains("<script>"), "no inline script")
        #expect(page.text.contains("<script src=\"/app.js\" defer></script>"))
        let script = try await HTTP.get(server.base + "/app.js")
        #expect(script.header("Content-Type") == "text/javascript; charset=utf-8")
        #expect(!script.text.contains("innerHTML"), "names go in as text")
    }
}
