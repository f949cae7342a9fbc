// Fuzz target: a .shp, its .shx and its .dbf, from one input laid out as
// [u32 LE .shp length][u32 LE .shx length][.shp][.shx][.dbf] (see Common.swift), through
// ShapefileReader.read. A zero-length .shx means "no index" (the reader rebuilds it).
import Foundation
import SasaranIO

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzShapefile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeRawBufferPointer(start: data, count: size)
    let parts = splitInput(input, parts: 3)
    FuzzScratch.write(parts[0], name: "f.shp")
    if parts[1].isEmpty { FuzzScratch.remove("f.shx") } else { FuzzScratch.write(parts[1], name: "f.shx") }
    FuzzScratch.write(parts[2], name: "f.dbf")
    if let layer = try? ShapefileReader.read(path: FuzzScratch.folder + "/f.shp") {
        // Touch what callers touch: attribute text and geometry envelopes.
        for feature in layer.features {
            _ = feature.attributes.map(\.text)
            _ = feature.geometry?.envelope
        }
    }
    return 0
}
