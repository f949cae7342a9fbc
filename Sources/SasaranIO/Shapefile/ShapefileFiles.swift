import Foundation

/// The files of one shapefile set, found next to the .shp whatever the case of their extensions
/// (".DBF", ".Shx" are common from older Windows tools).
struct ShapefileFiles {
    var shp: String
    var shx: String?
    var dbf: String?
    var prj: String?
    var cpg: String?
    /// The path a sibling would have with the .shp's own case, for messages about missing files.
    var base: String

    /// Resolves the set from a path to the .shp or the path without extension.
    /// - Throws: ``InputError`` when no .shp is found.
    static func locate(_ path: String) throws -> ShapefileFiles {
        let url = URL(fileURLWithPath: path)
        let base: String
        if url.pathExtension.lowercased() == "shp" {
            base = url.deletingPathExtension().path
        } else {
            base = path
        }
        let directory = (base as NSString).deletingLastPathComponent
        let stem = (base as NSString).lastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)) ?? []
        func sibling(_ ext: String) -> String? {
            let exact = stem + "." + ext
            if names.contains(exact) { return join(directory, exact) }
            let wanted = (stem + "." + ext).lowercased()
            return names.first { $0.lowercased() == wanted }.map { join(directory, $0) }
        }
        guard let shp = url.pathExtension.lowercased() == "shp" && FileManager.default.fileExists(atPath: path) ? path : sibling("shp") else {
            throw InputError(file: url.pathExtension.lowercased() == "shp" ? path : base + ".shp", message: "file not found")
        }
        return ShapefileFiles(shp: shp, shx: sibling("shx"), dbf: sibling("dbf"), prj: sibling("prj"), cpg: sibling("cpg"), base: base)
    }

    private static func join(_ directory: String, _ name: String) -> String {
        directory.isEmpty ? name : (directory as NSString).appendingPathComponent(name)
    }
}

/// Reads a small text file (.prj, .cpg): UTF-8 (byte-order mark dropped), else Latin-1.
func readSmallText(_ path: String) throws -> String {
    let file = try FileBytes(path: path, maxBytes: Limits.maxSmallTextBytes, what: "a .prj or .cpg")
    var text = DBFEncoding.isValidUTF8(file.bytes) ? String(decoding: file.bytes, as: UTF8.self)
        : String(file.bytes.map { Character(Unicode.Scalar($0)) })
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    return text.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\0")))
}

extension OutputTransaction.Input {
    /// The inputs a boundary file stands for: the file itself and, for a shapefile, every sidecar
    /// beside it that exists (.shp .shx .dbf .prj .cpg .qix .sbn .sbx .shp.xml, any case), each
    /// with its role ("boundaries .dbf").
    public static func boundary(_ path: String) -> [OutputTransaction.Input] {
        guard let files = try? ShapefileFiles.locate(path) else { return [.init(role: "boundaries", path: path)] }
        let directory = (files.base as NSString).deletingLastPathComponent
        let stem = (files.base as NSString).lastPathComponent.lowercased()
        let sidecars = ["shp", "shx", "dbf", "prj", "cpg", "qix", "sbn", "sbx", "shp.xml"]
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)) ?? []
        return names.sorted().compactMap { name in
            let lower = name.lowercased()
            guard let ext = sidecars.first(where: { lower == stem + "." + $0 }) else { return nil }
            return .init(role: "boundaries .\(ext)", path: directory.isEmpty ? name : (directory as NSString).appendingPathComponent(name))
        }
    }
}
