import Foundation
import Testing
import Sasaran
@testable import SasaranReport

@Suite("JSON output")
struct JSONEmitterTests {
    @Test("totals, marginal, list and summaries match the hand-computed fixture")
    func values() throws {
        let json = try ReportFixture.json(try ReportFixture.run())
        #expect(json["scenario"] as? String == "fixture 2023")
        #expect(json["indicator"] as? String == "miskin")
        #expect(json["filters"] as? [String] == ["tahun=2023"])
        #expect(json["rankBy"] as? String == "count")
        #expect(json["total"] as? Double == 100)
        #expect(json["target"] as? Double == 0.75)
        #expect(abs(json["coverage"] as! Double - 0.805) < 1e-12)
        #expect(json["valueCovered"] as? Double == 80.5)
        #expect(json["count"] as? Int == 3)
        #expect(json["marginal"] as? String == "B.02")
        #expect(json["parentsTouched"] as? [String] == ["A", "B"])

        let selected = json["selected"] as! [[String: Any]]
        #expect(selected.map { $0["code"] as! String } == ["A.01", "B.01", "B.02"])
        #expect(selected.map { $0["rank"] as! Int } == [1, 2, 3])
        #expect(selected.map { $0["value"] as! Double } == [40, 30, 10.5])
        let shares = selected.map { $0["share"] as! Double }
        let cumulative = selected.map { $0["cumulativeShare"] as! Double }
        for (got, want) in zip(shares, [0.4, 0.3, 0.105]) { #expect(abs(got - want) < 1e-12) }
        for (got, want) in zip(cumulative, [0.4, 0.7, 0.805]) { #expect(abs(got - want) < 1e-12) }
        let first = selected[0]
        #expect(first["name"] as? String == ReportFixture.names["A.01"])
        #expect(first["parent"] as? String == "A")
        #expect(first["population"] as? Double == 400)
        #expect(first["rate"] as? Double == 0.1)
        #expect(first["phase"] as? Int == 1)
        #expect(first["phaseName"] as? String == "phase 1")
        #expect(first["why"] as? String == "ranked")
        #expect(first["selected"] as? Bool == true)

        let parents = json["parents"] as! [[String: Any]]
        let a = try #require(parents.first { $0["parent"] as? String == "A" })
        #expect(a["regionsSelected"] as? Int == 1)
        #expect(a["regionsWithValue"] as? Int == 3)
        #expect(a["valueCovered"] as? Double == 40)
        #expect(a["parentTotal"] as? Double == 55)
        #expect(abs(a["shareOfParent"] as! Double - 40.0 / 55) < 1e-12)
        #expect(abs(a["shareOfNational"] as! Double - 0.4) < 1e-12)
        let c = try #require(parents.first { $0["parent"] as? String == "C" })
        #expect(c["regionsSelected"] as? Int == 0)

        let phases = json["phases"] as! [[String: Any]]
        #expect(phases.count == 1)
        #expect(phases[0]["regionsAdded"] as? Int == 3)
        #expect(phases[0]["marginal"] as? String == "B.02")
        #expect((json["unmet"] as! [Any]).isEmpty)
        let join = json["join"] as! [String: Any]
        #expect(join["regionsWithoutRow"] as? [String] == [])
        #expect(join["rowsWithoutRegion"] as? Int == 0)
        let manifest = json["manifest"] as! [String: Any]
        let inputs = manifest["inputs"] as! [[String: Any]]
        #expect(inputs.map { $0["role"] as! String } == ["boundaries", "indicators"])
        #expect(inputs.allSatisfy { ($0["sha256"] as! String).count == 64 })
    }

    @Test("a marginal that does not exist is written as null, not left out")
    func nullMarginal() throws {
        let text = try PriorityListEmitter.render(try ReportFixture.run(TargetingRequest(rule: .count(2))), format: .json)
        #expect(text.contains("\"marginal\" : null"))
        #expect(text.contains("\"target\" : null"))
    }

    @Test("unmet constraints are listed with their numbers")
    func unmet() throws {
        let result = try ReportFixture.run(TargetingRequest(rule: .coverage(0.9), constraints: Constraints(maxPerParent: 1)))
        let unmet = try ReportFixture.json(result)["unmet"] as! [[String: Any]]
        #expect(unmet.count == 1)
        #expect(unmet[0]["kind"] as? String == "target")
        #expect(unmet[0]["phase"] as? Int == 1)
        #expect(unmet[0]["required"] as? Double == 0.9)
        #expect(abs(unmet[0]["achieved"] as! Double - 0.745) < 1e-12)
        #expect(unmet[0].keys.contains("parent"))
    }

    @Test("numbers that are not finite become null")
    func notFinite() throws {
        let data = try JSONEncoder().encode([JSONScalar.number(.nan), .number(.infinity), .number(1.5)])
        #expect(String(decoding: data, as: UTF8.self) == "[null,null,1.5]")
    }

    @Test("the manifest file is the manifest inside the JSON")
    func manifest() throws {
        let result = try ReportFixture.run()
        let alone = try JSONSerialization.jsonObject(with: Data(try ManifestEmitter.render(result.manifest).utf8)) as! NSDictionary
        let inside = try ReportFixture.json(result)["manifest"] as! NSDictionary
        #expect(alone == inside)
        #expect(alone["scenario"] as? String == "fixture 2023")
    }
}
