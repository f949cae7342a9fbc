// Fuzz target: a .dbf attribute table alone, through DBFTable and every value of every record.
import Foundation
@testable import SasaranIO

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDBF(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let path = FuzzScratch.write(UnsafeRawBufferPointer(start: data, count: size), name: "f.dbf")
    guard let file = try? FileBytes(path: path), let table = try? DBFTable(file: file) else { return 0 }
    var (encoding, _) = DBFEncoding.choose(cpg: nil, ldid: table.ldid)
    var oddities = DBFTable.Oddities()
    for index in 0..<min(table.recordCount, 100_000) {
        _ = table.isDeleted(index)
        _ = table.values(index, encoding: &encoding, oddities: &oddities).map(\.text)
    }
    return 0
}
