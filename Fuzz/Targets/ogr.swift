// Fuzz target: a vector file through OGRReader.read (GDAL's drivers, the archive check of a
// .zip, OGR geometries to GEOS through WKB, attributes). The first byte picks the extension
// (.gpkg, .zip, .fgb, .kml, .gml), the rest is the file.
import Foundation
import SasaranIO

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOGR(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 1 else { return 0 }
    let extensions = ["gpkg", "zip", "fgb", "kml", "gml"]
    let name = "f." + extensions[Int(data[0]) % extensions.count]
    let path = FuzzScratch.write(UnsafeRawBufferPointer(start: data + 1, count: size - 1), name: name)
    if let layer = try? OGRReader.read(path: path) {
        for feature in layer.features {
            _ = feature.attributes.map(\.text)
            _ = feature.geometry?.envelope
        }
    }
    FuzzScratch.remove(name)
    return 0
}
