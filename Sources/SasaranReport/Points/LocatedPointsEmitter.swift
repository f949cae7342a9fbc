import Sasaran
import SasaranIO

/// Writes located points as CSV, block by block: a header `id,code`, then per point its id and
/// the code of the region containing it (empty outside every region; the codes joined by `;`,
/// ascending, where regions overlap). Cells go through ``CSVEmitter/text(_:)``: an id holding a
/// comma or quote is quoted, and one that a spreadsheet would run as a formula is neutralised.
public struct LocatedPointsEmitter {
    /// The header line.
    public static let header: [UInt8] = Array("id,code\n".utf8)

    private let layer: RegionLayer
    private let codeCells: [[UInt8]]

    public init(layer: RegionLayer) {
        self.layer = layer
        codeCells = layer.regions.map { Array(CSVEmitter.text($0.code).utf8) }
    }

    /// The lines of one located block; returns how many of its points lie in a region.
    public func append(_ located: LocatedPoints, to buffer: inout [UInt8]) -> Int {
        let first = located.regions.first
        var assigned = 0
        buffer.reserveCapacity(buffer.count + first.count * 16)
        for point in 0..<first.count {
            let id = String(decoding: located.block.bytes[located.points.ids[point]], as: UTF8.self)
            buffer += CSVEmitter.text(id).utf8
            buffer.append(UInt8(ascii: ","))
            if let several = located.regions.multiple[point] {
                buffer += CSVEmitter.text(several.map { layer.regions[$0].code }.sorted().joined(separator: ";")).utf8
            } else if first[point] >= 0 {
                buffer += codeCells[Int(first[point])]
            }
            if first[point] >= 0 { assigned += 1 }
            buffer.append(UInt8(ascii: "\n"))
        }
        return assigned
    }
}
