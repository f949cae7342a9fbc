// Fuzz target: a .prj (WKT, PROJJSON or an authority code) through readSmallText,
// CoordinateSystem and a transform of a few points to WGS84.
import Foundation
@testable import SasaranIO
import SasaranGeo

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPRJ(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let path = FuzzScratch.write(UnsafeRawBufferPointer(start: data, count: size), name: "f.prj")
    guard let text = try? readSmallText(path), let system = try? CoordinateSystem(text) else { return 0 }
    _ = system.name
    _ = system.authorityCode
    if let transform = try? system.transformToWGS84() {
        var xy: [Double] = [0, 0, 500_000, 9_000_000, 106.8, -6.2, .nan, 1e300]
        _ = try? xy.withUnsafeMutableBufferPointer { try transform.transform($0) }
    }
    return 0
}
