// Fuzz target: a table through TableReader.open, as every loader reads one. The first byte picks
// the kind: a workbook (.xlsx, .ods, through GDAL's spreadsheet drivers and the zip-bomb check)
// or delimited text (.csv) with the decimal separator and encoding detected.
import Foundation
import SasaranIO

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTable(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 1 else { return 0 }
    let extensions = ["xlsx", "ods", "csv"]
    let name = "t." + extensions[Int(data[0]) % extensions.count]
    let path = FuzzScratch.write(UnsafeRawBufferPointer(start: data + 1, count: size - 1), name: name)
    if let reader = try? TableReader.open(path) {
        try? reader.forEachRecord { record in
            for index in 0..<record.count { _ = record[index].double; _ = record[index].string }
        }
    }
    FuzzScratch.remove(name)
    return 0
}
