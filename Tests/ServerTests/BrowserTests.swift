import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport

/// The page in real headless Chromium, driven through chromedriver's WebDriver protocol with
/// plain HTTP: open it, move the target to 50% with the keyboard, click a district that is not
/// selected to lock it in, read back the list, and compare it with `sasaran rank` for the same
/// scenario written as a file. Skipped with a message where Chromium is absent and CI is unset.
@Suite(.serialized) struct BrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let driver = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static var available: Bool { (chromium != nil && driver != nil) || SharedData.isCI }

    @Test(.enabled(if: available, "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver); skipped"))
    func targetLockAndListEqualTheCLI() async throws {
        guard let chromium = Self.chromium, let driverPath = Self.driver else {
            Issue.record("CI is set but chromium or chromedriver is missing")
            return
        }
        let server = try ServerProcess(["--scenario", "scenarios/default-2025.yaml"])
        defer { server.stop() }
        let driver = try WebDriver(path: driverPath)
        defer { driver.stop() }
        let session = try await driver.newSession(chromium: chromium)
        do {
            try await run(driver, session, server)
        } catch {
            try? await driver.deleteSession(session)
            throw error
        }
        try await driver.deleteSession(session)
    }

    func run(_ driver: WebDriver, _ session: String, _ server: ServerProcess) async throws {

        try await driver.navigate(session, to: server.base + "/?lang=en")
        try await driver.waitUntil(session, "return document.body.dataset.state === 'ready' && document.querySelectorAll('#map path[data-code]').length > 500")
        let before = try await driver.script(session, "return document.querySelectorAll('#list tbody tr').length") as? Int
        #expect(before == 186, "the page opens on the default's 186 districts")

        // Move the target from 75% to 50%: 25 presses of the left arrow on the slider.
        let slider = try await driver.element(session, css: "#target")
        try await driver.sendKeys(session, element: slider, String(repeating: "\u{E012}", count: 25))
        try await driver.waitUntil(session, "return document.body.dataset.state === 'ready'")
        #expect(try await driver.script(session, "return document.getElementById('target').value") as? String == "0.5")

        // A district not selected whose centre is its own (so the click lands on it).
        let code = try await driver.script(session, """
            const paths = [...document.querySelectorAll('#map path[data-code][data-selected="0"]')];
            for (const p of paths) {
              const r = p.getBoundingClientRect();
              if (r.width < 6 || r.height < 6) continue;
              p.scrollIntoView({block: 'center'});
              const q = p.getBoundingClientRect();
              if (document.elementFromPoint(q.x + q.width / 2, q.y + q.height / 2) === p) return p.dataset.code;
            }
            return null;
            """) as? String
        let lockCode = try #require(code)
        let district = try await driver.element(session, css: "#map path[data-code=\"\(lockCode)\"]")
        try await driver.click(session, element: district)
        try await driver.waitUntil(session, "return document.body.dataset.state === 'ready' && document.querySelector('#list tr[data-code=\"\(lockCode)\"]') !== null")
        let listed = try await driver.script(session, "return [...document.querySelectorAll('#list tbody tr')].map(r => r.dataset.code)") as? [String] ?? []
        let coverage = try await driver.script(session, "return document.getElementById('coverage').textContent") as? String ?? ""

        let root = SharedData.projectRoot.path
        var text = try String(contentsOfFile: "\(root)/scenarios/default-2025.yaml", encoding: .utf8)
        text = text.replacingOccurrences(of: "../Shapefiles", with: "\(root)/Shapefiles")
            .replacingOccurrences(of: "target: 0.75", with: "target: 0.5\nlock-in: [\"\(lockCode)\"]")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sasaran-browser-\(UUID().uuidString).yaml").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let cli = try sasaran(["rank", "--scenario", file, "--format", "json"])
        let document = try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as! [String: Any]
        let expected = (document["selected"] as! [[String: Any]]).map { $0["code"] as! String }
        #expect(listed == expected)
        #expect(listed.contains(lockCode))
        #expect(coverage.hasPrefix(String(format: "%.2f%%", (document["coverage"] as! Double) * 100)))
        let curvePoints = try await driver.script(session, "return document.getElementById('curve').dataset.points") as? String
        #expect(curvePoints == "514", "the curve is /api/curve's: every district with a value")

        // A quota of its own for the province with the most districts in the list: two fewer.
        let busiest = try await driver.script(session, """
            const rows = [...document.querySelectorAll('#quotas tbody tr')];
            rows.sort((a, b) => parseInt(b.dataset.selected, 10) - parseInt(a.dataset.selected, 10) || a.dataset.parent.localeCompare(b.dataset.parent));
            return [rows[0].dataset.parent, parseInt(rows[0].dataset.selected, 10)];
            """) as? [Any] ?? []
        let province = try #require(busiest.first as? String)
        let had = try #require(busiest.last as? Int)
        let quota = max(1, had - 2)
        let requests = try await driver.script(session, "return document.body.dataset.requests") as? String ?? ""
        let input = try await driver.element(session, css: "#quotas tr[data-parent=\"\(province)\"] input.quota-max")
        try await driver.sendKeys(session, element: input, "\(quota)\u{E004}")
        try await driver.waitUntil(session, "return document.body.dataset.state === 'ready' && document.body.dataset.requests !== '\(requests)'")
        let quotaListed = try await driver.script(session, "return [...document.querySelectorAll('#list tbody tr')].map(r => r.dataset.code)") as? [String] ?? []
        let shown = try await driver.script(session, "return document.querySelector('#quotas tr[data-parent=\"\(province)\"]').dataset.selected") as? String
        #expect(shown == String(quota), "the province's quota binds: \(had) districts before, at most \(quota) now")

        let quotaText = text.replacingOccurrences(of: "lock-in:", with: "max-per-parent: {\"\(province)\": \(quota)}\nlock-in:")
        let quotaFile = FileManager.default.temporaryDirectory.appendingPathComponent("sasaran-browser-quota-\(UUID().uuidString).yaml").path
        try quotaText.write(toFile: quotaFile, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: quotaFile) }
        let quotaCLI = try sasaran(["rank", "--scenario", quotaFile, "--format", "json"])
        #expect(quotaCLI.status == 0 || quotaCLI.status == 3, "\(quotaCLI.stderr)")
        let quotaDocument = try JSONSerialization.jsonObject(with: Data(quotaCLI.stdout.utf8)) as! [String: Any]
        let quotaExpected = (quotaDocument["selected"] as! [[String: Any]]).map { $0["code"] as! String }
        #expect(quotaListed == quotaExpected)
        #expect(quotaListed != listed)
        let inProvince = (quotaDocument["selected"] as! [[String: Any]]).filter { $0["parent"] as? String == province }.count
        #expect(inProvince == quota)

        // Add a phase: the list so far becomes phase 1 (50%), a phase 2 goes to 60% with the
        // lock and the quota; the same two phases in a scenario file give the same list.
        let before2 = try await driver.script(session, "return document.body.dataset.requests") as? String ?? ""
        try await driver.click(session, element: try await driver.element(session, css: "#add-phase"))
        try await driver.waitUntil(session, "return document.body.dataset.state === 'ready' && document.body.dataset.requests !== '\(before2)'")
        #expect(try await driver.script(session, "return document.querySelectorAll('#phases tbody tr').length") as? Int == 2)
        let phased = try await driver.script(session, "return [...document.querySelectorAll('#list tbody tr')].map(r => r.dataset.code)") as? [String] ?? []
        let phasesText = try String(contentsOfFile: "\(root)/scenarios/default-2025.yaml", encoding: .utf8)
            .replacingOccurrences(of: "../Shapefiles", with: "\(root)/Shapefiles")
            .replacingOccurrences(of: "target: 0.75", with: """
                phases:
                  - {name: Phase 1, target: 0.5}
                  - {name: Phase 2, target: 0.6, lock-in: ["\(lockCode)"], max-per-parent: {"\(province)": \(quota)}}
                """)
        let phasesFile = FileManager.default.temporaryDirectory.appendingPathComponent("sasaran-browser-phases-\(UUID().uuidString).yaml").path
        try phasesText.write(toFile: phasesFile, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: phasesFile) }
        let phasesCLI = try sasaran(["rank", "--scenario", phasesFile, "--format", "json"])
        #expect(phasesCLI.status == 0 || phasesCLI.status == 3, "\(phasesCLI.stderr)")
        let phasesDocument = try JSONSerialization.jsonObject(with: Data(phasesCLI.stdout.utf8)) as! [String: Any]
        #expect(phased == (phasesDocument["selected"] as! [[String: Any]]).map { $0["code"] as! String })
        #expect(phased.count > quotaListed.count)
    }
}

/// A chromedriver process and the few WebDriver commands the test needs.
final class WebDriver {
    private(set) var process = Process()
    private(set) var port = 0

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// Starts chromedriver on a free port (tried at random) and waits until it is ready.
    init(path: String) throws {
        for _ in 0..<10 {
            let candidate = Int.random(in: 20_000..<60_000)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = ["--port=\(candidate)", "--allowed-ips=127.0.0.1"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            for _ in 0..<100 where process.isRunning {
                let status = try ToolRun.run(URL(fileURLWithPath: "/usr/bin/curl"), ["-s", "http://127.0.0.1:\(candidate)/status"])
                if status.stdout.contains("\"ready\":true") { self.process = process; port = candidate; return }
                usleep(50_000)
            }
            process.terminate()
        }
        throw Failure(description: "chromedriver did not start")
    }

    /// Stops chromedriver: its /shutdown, then SIGKILL (it does not stop on SIGTERM).
    func stop() {
        _ = try? ToolRun.run(URL(fileURLWithPath: "/usr/bin/curl"), ["-s", "-m", "10", "http://127.0.0.1:\(port)/shutdown"])
        for _ in 0..<50 where process.isRunning { usleep(100_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    @discardableResult
    func command(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> Any? {
        // curl, not URLSession: Foundation's client on Linux waits forever on chromedriver's answers.
        var arguments = ["-s", "-m", "120", "-X", method, "-w", "\n%{http_code}", "http://127.0.0.1:\(port)\(path)"]
        if let body {
            arguments += ["-H", "Content-Type: application/json", "--data-binary",
                          String(decoding: try JSONSerialization.data(withJSONObject: body), as: UTF8.self)]
        }
        let run = try ToolRun.run(URL(fileURLWithPath: "/usr/bin/curl"), arguments)
        guard let newline = run.stdout.lastIndex(of: "\n") else { throw Failure(description: "WebDriver \(method) \(path): no answer") }
        let status = run.stdout[run.stdout.index(after: newline)...]
        let data = Data(run.stdout[..<newline].utf8)
        guard status == "200" else {
            throw Failure(description: "WebDriver \(method) \(path): \(status) \(String(decoding: data, as: UTF8.self).prefix(400))")
        }
        let object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? [String: Any]
        return object?["value"] ?? nil
    }

    func newSession(chromium: String) async throws -> String {
        let value = try await command("POST", "/session", ["capabilities": ["alwaysMatch": [
            "browserName": "chrome",
            "goog:chromeOptions": ["binary": chromium, "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                                               "--window-size=1280,1000", "--lang=en-US"]],
        ]]]) as? [String: Any]
        guard let id = value?["sessionId"] as? String else { throw Failure(description: "no session") }
        return id
    }

    func deleteSession(_ session: String) async throws { try await command("DELETE", "/session/\(session)") }

    func navigate(_ session: String, to url: String) async throws { try await command("POST", "/session/\(session)/url", ["url": url]) }

    func script(_ session: String, _ source: String) async throws -> Any? {
        try await command("POST", "/session/\(session)/execute/sync", ["script": source, "args": []])
    }

    func element(_ session: String, css: String) async throws -> String {
        let value = try await command("POST", "/session/\(session)/element", ["using": "css selector", "value": css]) as? [String: Any]
        guard let id = value?.values.first as? String else { throw Failure(description: "no element \(css)") }
        return id
    }

    func sendKeys(_ session: String, element: String, _ text: String) async throws {
        try await command("POST", "/session/\(session)/element/\(element)/value", ["text": text])
    }

    func click(_ session: String, element: String) async throws {
        try await command("POST", "/session/\(session)/element/\(element)/click", [:])
    }

    /// Polls `condition` (a script returning true) for up to 60 s.
    func waitUntil(_ session: String, _ condition: String) async throws {
        // Generous: the whole suite runs beside this test on two cores, and a debug server, a
        // headless Chromium and chromedriver share them (60 s was not enough in a full run).
        let deadline = Date().addingTimeInterval(300)
        while Date() < deadline {
            if try await script(session, condition) as? Bool == true { return }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        throw Failure(description: "timed out waiting for: \(condition)")
    }
}
