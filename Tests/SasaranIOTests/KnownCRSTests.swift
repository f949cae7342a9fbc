import SasaranGeo
@testable import SasaranIO
import Testing

/// The WGS 84 definitions read without PROJ must be read by PROJ the same way.
@Suite("WGS 84 recognised without PROJ")
struct KnownCRSTests {
    @Test("PROJ gives every known WGS 84 text the name, code and no-transform the shortcut gives", arguments: Array(KnownCRS.definitions).sorted())
    func sameAsPROJ(text: String) throws {
        let shortcut = try #require(KnownCRS.wgs84(text))
        let system = try CoordinateSystem(text)
        #expect(system.name == shortcut.name)
        #expect(system.authorityCode == shortcut.code)
        #expect(system.isWGS84 && !shortcut.transformed)
        #expect(try system.transformToWGS84() == nil)
    }

    @Test("white space does not matter; anything else goes to PROJ")
    func onlyExactTexts() {
        #expect(KnownCRS.wgs84("  EPSG:4326\n") != nil)
        #expect(KnownCRS.wgs84(#"GEOGCS["GCS_WGS_1984", DATUM["D_WGS_1984", SPHEROID["WGS_1984",6378137.0,298.257223563]], PRIMEM["Greenwich",0.0], UNIT["Degree",0.0174532925199433]]"#) != nil)
        #expect(KnownCRS.wgs84("EPSG:32749") == nil)
        #expect(KnownCRS.wgs84(#"GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],EXTRA"#) == nil)
    }
}
