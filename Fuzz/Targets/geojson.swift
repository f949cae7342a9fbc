// Fuzz target: a GeoJSON file through GeoJSONReader.read (JSON parsing, features, geometry
// building in GEOS, an old-style crs member through PROJ).
import Foundation
import SasaranIO

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGeoJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let path = FuzzScratch.write(UnsafeRawBufferPointer(start: data, count: size), name: "f.geojson")
    if let layer = try? GeoJSONReader.read(path: path) {
        for feature in layer.features {
            _ = feature.attributes.map(\.text)
            _ = feature.geometry?.envelope
        }
    }
    return 0
}
