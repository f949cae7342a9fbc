import Foundation
import Testing
import TestSupport

/// `sasaran households` on a synthetic register of 1,000,000 households (scripts/synthetic-register,
/// calibrated on the real BPS figures) against the real 514 districts and the 75% list of 2025:
/// every figure equals polars' (Tests/Peers/households_peer.py), weighted by survey weights.
@Suite("sasaran households", PythonPeer.required)
struct HouseholdsCommandTests {
    static func boundaryFlags() throws -> [String] {
        ["--boundaries", try SharedData.path("idn/boundaries/shp/kabkota_2025.shp"), "--code-field", "KODE_KMD",
         "--name-field", "NAMA", "--parent-field", "KODE_PROV"]
    }

    static func priorityList(in folder: URL) throws -> String {
        let list = folder.appendingPathComponent("list.json").path
        let rank = try Sasaran.run(["rank"] + boundaryFlags() + [
            "--indicators", try SharedData.path("idn/poverty/bps_poverty_kabkota_2015_2025.csv"),
            "--code-column", "kode_kemendagri_2025", "--value", "jumlah_miskin_ribu", "--where", "tahun=2025", "--output", list])
        #expect(rank.status == 0, "\(rank.stderr)")
        return list
    }

    static func close(_ a: Any?, _ b: Any?, _ what: String) {
        let x = (a as? NSNumber)?.doubleValue, y = (b as? NSNumber)?.doubleValue
        if a is NSNull || a == nil || b is NSNull || b == nil {
            #expect((a is NSNull || a == nil) == (b is NSNull || b == nil), "\(what): \(String(describing: a)) vs \(String(describing: b))")
            return
        }
        guard let x, let y else { Issue.record("\(what): not numbers: \(String(describing: a)) \(String(describing: b))"); return }
        #expect(abs(x - y) <= 1e-9 * max(1, abs(y)), "\(what): sasaran \(x), polars \(y)")
    }

    @Test("1,000,000 synthetic households: every figure equals polars'")
    func equalsPolars() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let register = folder.appendingPathComponent("synthetic-register.csv").path
        _ = try PythonPeer.run("scripts/synthetic-register", ["1000000", register, "--weights", "--seed", "18",
                                                              "--data", SharedData.root.appendingPathComponent("idn").path])
        let list = try Self.priorityList(in: folder)
        let out = folder.appendingPathComponent("households.json").path
        let gapList = folder.appendingPathComponent("gap.csv").path
        let run = try Sasaran.run(["households", "--register", register] + Self.boundaryFlags() + [
            "--target", "desil<=1", "--programmes", "pkh,bpnt,pbi", "--weight-column", "bobot", "--priority", list,
            "--min-cell", "0", "--list-households", gapList, "--output", out])
        #expect(run.status == 0, "\(run.stderr)")
        let ours = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
        let peerData = try PythonPeer.run("Tests/Peers/households_peer.py", ["polars", register, list, "pkh,bpnt,pbi", "bobot"])
        let peer = try #require(try JSONSerialization.jsonObject(with: peerData) as? [String: Any])
        let programmes = ["pkh", "bpnt", "pbi"]
        let fields = ["recipients", "coverage", "exclusionError", "inclusionError", "cgh"]

        func compareArea(_ area: [String: Any], _ reference: [String: Any], _ label: String) {
            Self.close(area["households"], reference["households"], "\(label) households")
            Self.close(area["targetHouseholds"], reference["targetHouseholds"], "\(label) targetHouseholds")
            let list = area["programmes"] as? [[String: Any]] ?? []
            let expected = reference["programmes"] as? [String: [String: Any]] ?? [:]
            for p in list {
                let name = p["name"] as? String ?? ""
                for f in fields { Self.close(p[f], expected[name]?[f], "\(label) \(name).\(f)") }
            }
            let convergence = area["convergence"] as? [String: Any] ?? [:]
            Self.close(convergence["allProgrammes"], reference["allProgrammes"], "\(label) allProgrammes")
            Self.close(convergence["noProgramme"], reference["noProgramme"], "\(label) noProgramme")
            let combos = reference["combinations"] as? [String: Any] ?? [:]
            for c in convergence["combinations"] as? [[String: Any]] ?? [] {
                let names = (c["programmes"] as? [String] ?? []).joined(separator: "+")
                Self.close(c["households"], combos[names.isEmpty ? "none" : names], "\(label) combination \(names)")
            }
        }

        compareArea(ours, peer, "national")
        let priority = try #require(ours["priority"] as? [String: Any])
        let peerPriority = try #require(peer["priority"] as? [String: Any])
        Self.close(priority["targetInside"], peerPriority["targetInside"], "targetInside")
        Self.close(priority["shareTargetInside"], peerPriority["shareTargetInside"], "shareTargetInside")
        let peerInside = peerPriority["programmes"] as? [String: [String: Any]] ?? [:]
        for p in priority["programmes"] as? [[String: Any]] ?? [] {
            let name = p["name"] as? String ?? ""
            Self.close(p["shareRecipientsInside"], peerInside[name]?["shareRecipientsInside"], "\(name) shareRecipientsInside")
            Self.close(p["recipientsInside"], peerInside[name]?["recipientsInside"], "\(name) recipientsInside")
        }
        Self.close((ours["gap"] as? [String: Any])?["households"], peer["gap"], "gap")

        let districts = try #require(ours["districts"] as? [[String: Any]])
        let peerDistricts = try #require(peer["districts"] as? [String: [String: Any]])
        #expect(districts.count == 514)
        #expect(peerDistricts.count == 514)
        for d in districts {
            let code = d["code"] as? String ?? ""
            guard let reference = peerDistricts[code] else { Issue.record("district \(code) missing in polars"); continue }
            compareArea(d, reference, code)
            Self.close((d["gap"] as? [String: Any])?["households"], reference["gap"], "\(code) gap")
        }
        let provinces = try #require(ours["provinces"] as? [[String: Any]])
        let peerProvinces = try #require(peer["provinces"] as? [String: [String: Any]])
        #expect(provinces.count == peerProvinces.count)
        for p in provinces {
            let code = p["code"] as? String ?? ""
            compareArea(p, peerProvinces[code] ?? [:], "province \(code)")
        }
        let deciles = try #require(ours["deciles"] as? [[String: Any]])
        let peerDeciles = try #require(peer["deciles"] as? [String: [String: Any]])
        for d in deciles {
            let k = String(describing: d["decile"] ?? "")
            Self.close(d["households"], peerDeciles[k]?["households"], "decile \(k) households")
            let shares = peerDeciles[k]?["shareOfRecipients"] as? [String: Any] ?? [:]
            for p in d["programmes"] as? [[String: Any]] ?? [] {
                Self.close(p["shareOfRecipients"], shares[p["name"] as? String ?? ""], "decile \(k) share")
            }
        }
        let concentration = peer["concentration"] as? [String: Any] ?? [:]
        for c in ours["concentration"] as? [[String: Any]] ?? [] {
            let name = c["name"] as? String ?? ""
            #expect(abs(((c["index"] as? NSNumber)?.doubleValue ?? .nan) - ((concentration[name] as? NSNumber)?.doubleValue ?? 0)) < 1e-9, "concentration \(name)")
        }
        #expect(programmes.count == (ours["programmes"] as? [Any])?.count)
        // The gap list: one id a line, as many as the unweighted gap.
        let ids = try String(contentsOfFile: gapList, encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(ids.count > 1000)
        #expect(Set(ids).count == ids.count)
        #expect(!run.stderr.contains(String(ids.first ?? "none")))
    }

    @Test("the default small-cell rule marks suppressed cells in the CSV; bad input exits 1 naming line and column")
    func smallCellsAndErrors() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let register = folder.appendingPathComponent("register.csv").path
        try "id,kode,desil,pkh\n1,11.01.01,1,1\n2,11.01,2,0\n3,11.01,1,1\n".write(toFile: register, atomically: true, encoding: .utf8)
        let run = try Sasaran.run(["households", "--register", register] + Self.boundaryFlags() + [
            "--target", "desil<=1", "--programmes", "pkh", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let row = run.stdout.split(separator: "\n").first { $0.hasPrefix("11.01,") }
        #expect(row?.contains("<10") == true, "\(row ?? "")")
        try "id,kode,desil,pkh\n1,11.01.01,1,1\n2,11.01,2,7\n".write(toFile: register, atomically: true, encoding: .utf8)
        let bad = try Sasaran.run(["households", "--register", register] + Self.boundaryFlags() + ["--target", "desil<=1", "--programmes", "pkh"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("record 3, field \"pkh\""), "\(bad.stderr)")
    }
}
