// Fuzz target: an indicator CSV through CSVReader and IndicatorTable.load(bytes:file:columns:),
// with the code, value and population columns taken from the first three header names so that
// mutated headers still reach the row parser.
import Foundation
import SasaranIO
import Sasaran

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIndicators(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let reader = try? CSVReader(bytes: bytes, file: "fuzz.csv") else { return 0 }
    _ = try? reader.readAll()
    let header = reader.header
    guard header.count >= 2 else { return 0 }
    let columns = IndicatorColumns(code: header[0], value: header[1], population: header.count > 2 ? header[2] : nil)
    _ = try? IndicatorTable.load(bytes: bytes, file: "fuzz.csv", columns: columns)
    if header.count > 3 {
        let filtered = IndicatorColumns(code: header[0], value: header[1], extra: [header[3]],
                                        filters: [RowFilter(column: header[header.count - 1], value: "2025")])
        _ = try? IndicatorTable.load(bytes: bytes, file: "fuzz.csv", columns: filtered)
    }
    return 0
}
