import Foundation
import Testing
import TestSupport

/// The first rule of the house, end to end through the binary: an output never replaces an input,
/// a read-only file is not replaced without `--force`, a replaced file keeps its permissions, and
/// the outputs of one run are written all or nothing. Runs on the embedded default in
/// `Shapefiles/`, copied into a scratch folder.
@Suite("Outputs never destroy a file")
struct OutputGuardTests {
    /// The default dataset and a scenario over it, copied into a fresh folder.
    static func copy() throws -> URL {
        let folder = try SharedData.temporaryFolder()
        let shapefiles = SharedData.projectRoot.appendingPathComponent("Shapefiles")
        for name in try FileManager.default.contentsOfDirectory(atPath: shapefiles.path) where !name.hasSuffix(".md") {
            try FileManager.default.copyItem(at: shapefiles.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let scenario = """
        name: guard test
        boundaries: {path: idn_kabkota_schematic.shp, code-field: KODE_KMD, name-field: NAMA, parent-field: KODE_PROV}
        indicators:
          path: bps_poverty_kabkota_2015_2025.csv
          code-column: kode_kemendagri_2025
          value: jumlah_miskin_ribu
          where: {tahun: "2025"}
        target: 0.75
        """
        try scenario.write(to: folder.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    static func flags(_ folder: URL) -> [String] {
        ["rank", "--boundaries", folder.appendingPathComponent("idn_kabkota_schematic.shp").path, "--code-field", "KODE_KMD",
         "--parent-field", "KODE_PROV", "--indicators", folder.appendingPathComponent("bps_poverty_kabkota_2015_2025.csv").path,
         "--code-column", "kode_kemendagri_2025", "--value", "jumlah_miskin_ribu", "--where", "tahun=2025"]
    }

    static func digest(_ url: URL) throws -> Data { try Data(contentsOf: url) }

    /// Files in `folder` that a write left behind (temporaries, backups).
    static func leftovers(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") && ($0.contains(".tmp")) }
    }

    @Test("an output naming an input of the run is refused before anything is written, naming both roles",
          arguments: ["bps_poverty_kabkota_2015_2025.csv", "idn_kabkota_schematic.dbf", "idn_kabkota_schematic.shx",
                      "idn_kabkota_schematic.prj", "idn_kabkota_schematic.cpg", "idn_kabkota_schematic.shp", "s.yaml"])
    func outputOverInput(name: String) throws {
        let folder = try Self.copy()
        let target = folder.appendingPathComponent(name)
        let before = try Self.digest(target)
        let other = folder.appendingPathComponent("list.csv")
        // By flags, and through the scenario file; the input named by another spelling of its path.
        let spelled = folder.path + "/./" + name
        let runs: [[String]] = name == "s.yaml"
            ? [["rank", "--scenario", folder.appendingPathComponent("s.yaml").path, "--output", other.path, "--output", spelled, "--format", "csv"]]
            : [Self.flags(folder) + ["--output", other.path, "--output", spelled, "--format", "csv"]]
        for arguments in runs {
            let run = try Sasaran.run(arguments)
            #expect(run.status == 1, "\(run.stderr)")
            #expect(run.stderr.contains("an output never replaces an input"), "\(run.stderr)")
            #expect(run.stderr.contains(name), "\(run.stderr)")
            #expect(try Self.digest(target) == before)
            #expect(!FileManager.default.fileExists(atPath: other.path), "nothing is written when one output is refused")
            #expect(try Self.leftovers(folder).isEmpty)
        }
    }

    @Test("a read-only output is not replaced without --force; a replaced file keeps its permissions")
    func readOnly() throws {
        let folder = try Self.copy()
        let list = folder.appendingPathComponent("list.csv")
        try "old\n".write(to: list, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: list.path)
        let refused = try Sasaran.run(Self.flags(folder) + ["--output", list.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("read-only") && refused.stderr.contains("--force"), "\(refused.stderr)")
        #expect(try String(contentsOf: list, encoding: .utf8) == "old\n")

        let forced = try Sasaran.run(Self.flags(folder) + ["--output", list.path, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOf: list, encoding: .utf8).hasPrefix("rank,code,name"))
        let mode = try FileManager.default.attributesOfItem(atPath: list.path)[.posixPermissions] as? Int
        #expect(mode == 0o444, "the replaced file keeps its permissions")

        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: list.path)
        #expect(try Sasaran.run(Self.flags(folder) + ["--output", list.path]).status == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: list.path)[.posixPermissions] as? Int == 0o640)
    }

    @Test("when one output of a run cannot be written, none is replaced and no temporary file is left")
    func allOrNothing() throws {
        let folder = try Self.copy()
        let csv = folder.appendingPathComponent("list.csv"), json = folder.appendingPathComponent("list.json")
        try "old csv\n".write(to: csv, atomically: true, encoding: .utf8)
        try "old json\n".write(to: json, atomically: true, encoding: .utf8)
        // A missing folder: refused before anything is written.
        let missing = try Sasaran.run(Self.flags(folder) + ["--output", csv.path, "--output", folder.path + "/nope/list.geojson", "--output", json.path])
        #expect(missing.status == 1 && missing.stderr.contains("does not exist"), "\(missing.stderr)")
        // A full disk (a file-size limit): the GeoJSON cannot be written; the CSV and JSON staged
        // before it are not put in place either.
        let geojson = folder.path + "/list.geojson"
        let command = ([Sasaran.binary.path] + Self.flags(folder) + ["--output", csv.path, "--output", geojson, "--output", json.path])
            .map { "'" + $0 + "'" }.joined(separator: " ")
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/bash")
        shell.arguments = ["-c", "trap '' XFSZ; ulimit -f 64; exec \(command)"]
        shell.standardError = Pipe()
        try shell.run()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 1)
        for (url, old) in [(csv, "old csv\n"), (json, "old json\n")] {
            #expect(try String(contentsOf: url, encoding: .utf8) == old, "\(url.lastPathComponent) was replaced")
        }
        #expect(!FileManager.default.fileExists(atPath: geojson))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/list.manifest.json"))
        let left = try Self.leftovers(folder)
        #expect(left.isEmpty, "\(left)")
    }

    @Test("an output that is a symbolic link is refused, naming its target; a device is written as a stream")
    func linksAndDevices() throws {
        let folder = try Self.copy()
        let target = folder.appendingPathComponent("real.csv")
        try "keep\n".write(to: target, atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent("link.csv")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let refused = try Sasaran.run(Self.flags(folder) + ["--output", link.path])
        #expect(refused.status == 1 && refused.stderr.contains("symbolic link") && refused.stderr.contains("real.csv"), "\(refused.stderr)")
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep\n")

        var before = stat()
        stat("/dev/null", &before)
        let device = try Sasaran.run(Self.flags(folder) + ["--output", "/dev/null", "--format", "csv"])
        #expect(device.status == 0, "\(device.stderr)")
        var after = stat()
        stat("/dev/null", &after)
        #expect(after.st_mode & S_IFMT == S_IFCHR, "/dev/null is still a device")
        #expect(after.st_rdev == before.st_rdev)
    }

    @Test("two outputs naming one file are refused")
    func namedTwice() throws {
        let folder = try Self.copy()
        let run = try Sasaran.run(Self.flags(folder) + ["--output", folder.path + "/a.csv", "--output", folder.path + "/./a.csv"])
        #expect(run.status == 1 && run.stderr.contains("named twice"), "\(run.stderr)")
    }

    @Test("several outputs in one run, each with its manifest, in the format its extension names")
    func severalOutputs() throws {
        let folder = try Self.copy()
        let paths = ["list.csv", "list.geojson", "map.svg", "report.html", "list.md", "list.txt"].map { folder.path + "/" + $0 }
        let run = try Sasaran.run(Self.flags(folder) + paths.flatMap { ["--output", $0] } + ["--report", folder.path + "/r2.html"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOfFile: paths[0], encoding: .utf8).hasPrefix("rank,code,name,parent"))
        #expect(try String(contentsOfFile: paths[1], encoding: .utf8).hasPrefix("{\"type\":\"FeatureCollection\""))
        #expect(try String(contentsOfFile: paths[2], encoding: .utf8).contains("<svg xmlns"))
        #expect(try String(contentsOfFile: paths[3], encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        #expect(try String(contentsOfFile: paths[4], encoding: .utf8).hasPrefix("# Priority list"))
        #expect(try String(contentsOfFile: paths[5], encoding: .utf8).hasPrefix("Priority list"))
        #expect(try String(contentsOfFile: folder.path + "/r2.html", encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        for stem in ["list", "map", "report", "r2"] {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder.path + "/\(stem).manifest.json"))
            let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let roles = (manifest["inputs"] as? [[String: Any]])?.compactMap { $0["role"] as? String } ?? []
            #expect(roles.contains("indicators") && roles.contains { $0.hasPrefix("boundaries") }, "\(stem): \(roles)")
        }
        let unknown = try Sasaran.run(Self.flags(folder) + ["--output", folder.path + "/list.xyz"])
        #expect(unknown.status == 64 && unknown.stderr.contains("names no format"), "\(unknown.stderr)")
        let cannot = try Sasaran.run(Self.flags(folder) + ["--output", folder.path + "/list.gal"])
        #expect(cannot.status == 64 && cannot.stderr.contains("cannot write gal"), "\(cannot.stderr)")
    }
}
