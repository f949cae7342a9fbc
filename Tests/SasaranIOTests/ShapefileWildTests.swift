import Foundation
import SasaranGeo
@testable import SasaranIO
import Testing

/// The 73 shapefile sets written by other software in ../shared/data/shapefiles-in-the-wild,
/// against what GDAL and pyshp read from them (truth.json).
@Suite("Shapefile reader on shapefiles in the wild", SharedData.required)
struct ShapefileWildTests {
    struct Truth: Decodable {
        struct Set: Decodable {
            var set: String
            var status: String
            var tags: [String]
            var truth: Counts?
        }
        struct Counts: Decodable {
            struct ShapeType: Decodable { var code: Int; var name: String }
            var shape_type: ShapeType?
            var record_count: Int?
            var gdal_reported_feature_count: Int?
            var dbf_record_count: Int?
            var n_null: Int?
            var n_polygons: Int?
            var area_sum_raw: Double?
            var crs: String?
        }
        var sets: [Set]
    }

    /// What reading one set gave.
    enum Outcome {
        case read(FeatureLayer)
        case refused(InputError)
    }

    static func outcomes() throws -> [(Truth.Set, String, Outcome)] {
        let folder = try SharedData.path(SharedData.wildFolder)
        let truth = try JSONDecoder().decode(Truth.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/truth.json")))
        return try truth.sets.map { set in
            let directory = folder + "/sets/" + set.set
            let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            let shp = try #require(names.first { $0.lowercased().hasSuffix(".shp") }, "\(set.set) has a .shp")
            do {
                return (set, shp, .read(try ShapefileReader.read(path: directory + "/" + shp)))
            } catch let error as InputError {
                return (set, shp, .refused(error))
            }
        }
    }

    @Test("every set is read or refused with an InputError, never a crash; counts, polygons and areas match GDAL's")
    func everySet() throws {
        var summary: [String] = []
        var readCount = 0
        for (set, shp, outcome) in try Self.outcomes() {
            let counts = set.truth
            let type = counts?.shape_type?.name ?? "?"
            let isPolygonSet = type.hasPrefix("POLYGON")
            let isLineSet = type.hasPrefix("POLYLINE") || type == "MULTIPATCH"
            let hasDBF = !set.tags.contains("no_dbf")
            switch outcome {
            case let .read(layer):
                readCount += 1
                summary.append("read    \(set.set) [\(type)] \(layer.features.count) features, \(layer.crs.name), \(layer.encoding)")
                #expect(!isLineSet, "\(set.set): a \(type) set must be refused")
                if let expected = counts?.gdal_reported_feature_count {
                    #expect(layer.features.count == expected, "\(set.set): \(layer.features.count) features, GDAL read \(expected)")
                }
                if let nulls = counts?.n_null, set.status == "ok" {
                    #expect(layer.features.filter { $0.shape == nil }.count == nulls, "\(set.set): null shapes")
                }
                guard isPolygonSet, let truth = counts else { continue }
                // Holes assigned to the right shells: the same number of polygons as GDAL.
                let polygons = try layer.features.reduce(0) { $0 + (try $1.geometry?.polygons().count ?? 0) }
                #expect(polygons == truth.n_polygons, "\(set.set): \(polygons) polygons, GDAL \(truth.n_polygons ?? -1)")
                // Where nothing was transformed, the planar area is GDAL's to the last digits.
                if !layer.crs.transformed, let expected = truth.area_sum_raw {
                    let area = try layer.features.reduce(0.0) { $0 + (try $1.geometry?.planarArea() ?? 0) }
                    #expect(abs(area - expected) <= 1e-9 * expected, "\(set.set): area \(area), GDAL \(expected)")
                }
            case let .refused(error):
                summary.append("refused \(set.set) [\(type)] \(shp): \(error)")
                if isLineSet {
                    #expect(error.message.contains("boundaries must be polygons"), "\(set.set): \(error)")
                } else if !hasDBF {
                    #expect(error.file.hasSuffix(".dbf") && error.message.contains("not found"), "\(set.set): \(error)")
                } else if set.status == "expected_error" {
                    #expect(error.file.contains(set.set), "\(set.set): \(error)")
                } else {
                    // The only other refusals allowed: coordinates that are not lon/lat with no .prj.
                    #expect(!isPolygonSet, "\(set.set): a polygon set with its .dbf must be read: \(error)")
                    #expect(set.tags.contains("no_prj") && error.message.contains("coordinate reference system is unknown"),
                            "\(set.set): \(error)")
                }
            }
        }
        #expect(readCount >= 45, "sets read: \(readCount)")
        print(summary.joined(separator: "\n"))
    }
}
