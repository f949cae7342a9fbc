import Foundation
import Sasaran
@testable import sasaran_default_dataset
import SasaranGeo
import TestSupport
import Testing

/// The committed schematic default layer in `Shapefiles/`: what it holds, how its cells relate to
/// the real figures, and that the command regenerates it byte for byte.
@Suite struct SchematicLayerTests {
    static let folder = SharedData.projectRoot.appendingPathComponent("Shapefiles")
    static let layerPath = folder.appendingPathComponent("\(DefaultDataset.layerName).shp").path
    /// Indonesia's land area, km² (the 510 districts with a registered area sum to 1,878,032 km²;
    /// with the four others sized from their provinces' areas, to 1,890,180 km²).
    static let registeredNationalKm2 = 1_879_800.0

    static func load() throws -> RegionLayer {
        try RegionLayer.load(layerPath, options: LayerOptions(codeField: "KODE_KMD", nameField: "NAMA", parent: .field("KODE_PROV")))
    }

    @Test func committedLayerHas514ValidCellsIn38Provinces() throws {
        let layer = try Self.load()
        #expect(layer.regions.count == 514)
        #expect(Set(layer.regions.map(\.code)).count == 514)
        #expect(Set(layer.regions.map(\.parent)).count == 38)
        #expect(layer.validation.repaired.isEmpty, "invalid cells: \(layer.validation.repaired.map(\.code))")
        #expect(layer.validation.nullGeometryRecords.isEmpty)
        for region in layer.regions {
            #expect(try region.geometry.isValid(), "\(region.code)")
            #expect(region.code.hasPrefix(region.parent + "."), "\(region.code) in \(region.parent)")
        }
        #expect(layer.source.crs.code == "EPSG:4326")
        let fields = layer.source.fields.map(\.name)
        #expect(fields == ["KODE_KMD", "KODE_BPS", "NAMA", "TIPE", "KODE_PROV", "NAMA_PROV", "LUAS_KM2", "PENDUDUK"])
        let jabar = try #require(layer.region(code: "32.01"))
        #expect(jabar.name == "Kabupaten Bogor")
        #expect(jabar.attributes["KODE_BPS"] == "3201")
        #expect(jabar.attributes["NAMA_PROV"] == "Jawa Barat")
    }

    @Test func cellsDoNotOverlap() throws {
        let layer = try Self.load()
        let overlaps = try layer.findOverlaps()
        let total = overlaps.reduce(0) { $0 + $1.areaKm2 }
        // Borders cut by different overlays leave slivers of square metres (about 300 m² in all).
        #expect(total < 0.01, "overlapping: \(overlaps.prefix(5))")
    }

    @Test func areasAreOfTheOrderOfTheRegisteredOnes() throws {
        let layer = try Self.load()
        let total = layer.totalAreaKm2
        #expect(abs(total / Self.registeredNationalKm2 - 1) < 0.25, "total \(total) km²")
        var ratios: [Double] = []
        for region in layer.regions {
            guard let registered = region.attributes["LUAS_KM2"].flatMap(Double.init), registered > 0 else { continue }
            ratios.append(region.geodesicAreaKm2 / registered)
        }
        #expect(ratios.count == 510) // four districts have no registered area in the 2025 register
        let within = ratios.filter { $0 >= 1.0 / 3 && $0 <= 3 }.count
        #expect(Double(within) >= 0.8 * Double(ratios.count), "\(within) of \(ratios.count) within a factor of 3")
        #expect(ratios.allSatisfy { $0 > 0.05 && $0 < 20 }, "extremes \(ratios.min() ?? 0) … \(ratios.max() ?? 0)")
    }

    @Test(SharedData.required) func everyCentroidLiesInItsOwnCell() throws {
        let layer = try Self.load()
        let districts = try DistrictFacts.load(codes: SharedData.require().appendingPathComponent("idn/codes"))
        #expect(districts.count == 514)
        for district in districts {
            let region = try #require(layer.region(code: district.code))
            let point = try Geometry.point(x: district.lon, y: district.lat)
            #expect(try region.geometry.contains(point), "\(district.code) \(district.name)")
        }
    }

    @Test(SharedData.required) func regeneratingGivesTheCommittedBytes() throws {
        let output = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try DefaultDataset.make(data: SharedData.require(), output: output)
        for name in DefaultDataset.fileNames {
            let made = try Data(contentsOf: output.appendingPathComponent(name))
            let committed = try Data(contentsOf: Self.folder.appendingPathComponent(name))
            // Byte-identical with the same GEOS version (3.11 here); another GEOS may round differently.
            #expect(made == committed, "\(name) differs from the committed file")
        }
    }

    @Test func coincidentCentroidsAreSeparatedAndEveryCellIsBuilt() throws {
        func district(_ code: String, _ type: String, _ lon: Double, _ lat: Double, _ area: Double) -> DistrictFacts {
            DistrictFacts(code: code, bpsCode: code.replacingOccurrences(of: ".", with: ""), name: code, type: type,
                          provinceCode: "99", provinceName: "Test", lon: lon, lat: lat, areaKm2: area,
                          sizingAreaKm2: area, population: 1000)
        }
        let districts = [district("99.01", "Kabupaten", 110, -7, 3000), district("99.02", "Kabupaten", 110.5, -7, 2000),
                         district("99.71", "Kota", 110, -7, 100), district("99.03", "Kabupaten", 110.25, -6.7, 1500)]
        let result = try SchematicLayerBuilder().build(districts)
        #expect(result.separatedSites == ["99.71"])
        #expect(result.fallbackCells.isEmpty)
        #expect(result.cells.map(\.district.code) == ["99.01", "99.02", "99.71", "99.03"])
        for cell in result.cells {
            #expect(!cell.geometry.isEmpty)
            #expect(try cell.geometry.isValid(), "\(cell.district.code)")
            #expect(try cell.geometry.contains(Geometry.point(x: cell.site.x, y: cell.site.y)), "\(cell.district.code)")
        }
        let total = result.cells.reduce(0) { $0 + $1.areaKm2 }
        #expect(abs(total / 6600 - 1) < 0.02, "total \(total) km²")
    }
}
