// Fuzz target: a points CSV (id,lon,lat[,weight]) through PointCSVStream: header, blocks (a
// small block size so that inputs span several), the split into parts and the parser.
import Foundation
import SasaranIO

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPoints(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let path = FuzzScratch.write(UnsafeRawBufferPointer(start: data, count: size), name: "points.csv")
    guard let stream = try? PointCSVStream(path: path, blockSize: 256) else { return 0 }
    while let block = stream.nextBlock() {
        for piece in block.split(into: 3) {
            _ = try? block.parse(piece.range, firstLine: piece.firstLine)
        }
    }
    return 0
}
