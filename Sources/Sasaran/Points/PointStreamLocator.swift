import Foundation
import SasaranGeo
import SasaranIO

/// Points of one part of a block, with the regions they fell in.
public struct LocatedPoints {
    public let block: PointBlock
    public let points: ParsedPoints
    /// Where each point landed.
    public let regions: PointAssignment
}

extension RegionLayer {
    /// Streams a points CSV through the locator: each block is cut into parts that are parsed and
    /// located on all cores, then handed to `sink` in file order. Memory is bounded by the block size.
    /// `progress` receives the number of points done so far after each block.
    /// - Returns: the number of points read.
    @discardableResult
    public func locate(stream: PointCSVStream, progress: (Int) -> Void = { _ in },
                       sink: (LocatedPoints) throws -> Void) throws -> Int {
        let locator = try self.locator()
        let parts = ProcessInfo.processInfo.activeProcessorCount * 2
        var total = 0
        while let block = stream.nextBlock() {
            let pieces = block.split(into: parts)
            let results = try concurrentMap(pieces.count) { index in
                let points = try block.parse(pieces[index].range, firstLine: pieces[index].firstLine)
                return LocatedPoints(block: block, points: points, regions: points.xy.withUnsafeBufferPointer(locator.assign))
            }
            for located in results {
                total += located.points.ids.count
                try sink(located)
            }
            progress(total)
        }
        return total
    }
}
