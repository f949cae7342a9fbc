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

    @Test("every set is read or refused with an InputError, never a crash; counts match GDAL's")
    func everySet() throws {
        var summary: [String] = []
        for (set, shp, outcome) in try Self.outcomes() {
            let counts = set.truth
            let type = counts?.shape_type?.name ?? "?"
            switch outcome {
            case let .read(layer):
                summary.append("read    \(set.set) [\(type)] \(layer.features.count) features, \(layer.crs.name), \(layer.encoding), warnings: \(layer.warnings)")
                if let expected = counts?.gdal_reported_feature_count {
                    #expect(layer.features.count == expected, "\(set.set): \(layer.features.count) features, GDAL read \(expected)")
                }
                if layer.features.contains(where: { $0.geometry?.typeID == .polygon || $0.geometry?.typeID == .multiPolygon }) {
                    let polygons = try layer.features.reduce(0) { $0 + (try $1.geometry?.polygons().count ?? 0) }
                    let area = try layer.features.reduce(0.0) { $0 + (try $1.geometry?.planarArea() ?? 0) }
                    summary.append("    polygons \(polygons) (truth \(counts?.n_polygons ?? -1)), planar area \(area) (truth raw \(counts?.area_sum_raw ?? -1), crs \(counts?.crs ?? "-"))")
                }
                if let nulls = counts?.n_null, set.status == "ok" {
                    #expect(layer.features.filter { $0.geometry == nil }.count == nulls, "\(set.set): null shapes")
                }
            case let .refused(error):
                summary.append("refused \(set.set) [\(type)] \(shp): \(error)")
                #expect(!error.message.isEmpty)
            }
        }
        print(summary.joined(separator: "\n"))
    }
}
