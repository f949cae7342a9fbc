import Dispatch
import Foundation
import SasaranGeo

/// Records decoded by one worker: the .shp records are split into batches decoded on all cores
/// (GEOS contexts are per thread; each worker has its own PROJ transform), then joined in order.
struct RecordBatch {
    var features: [Feature] = []
    var deleted = 0
    var emptyPoints = 0
    var fallbacks = 0
    var extent = Envelope.empty
    var oddities = DBFTable.Oddities()
    var error: Error?
    /// 1-based record where `error` arose, to report the first one in file order.
    var errorRecord = Int.max

    /// The one field of a shapefile without its .dbf: the record number from 0, as GDAL's FID.
    static let recordNumberField = Field(name: "FID", type: "N(10,0)")

    /// Below this many records one thread does it all: thread start-up would cost more.
    static let parallelThreshold = 64

    /// Decodes every record (skipping those deleted in the .dbf) and returns the batches in file order.
    /// - Throws: the error of the lowest-numbered failing record, as a sequential read would.
    static func decodeAll(index: [ShpRecordLocation], shp: FileBytes, table: DBFTable?, encoding: DBFEncoding,
                          transform: CoordinateTransform?, system: CoordinateSystem?, trackExtent: Bool,
                          deferPolygons: Bool = true) throws -> [RecordBatch] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let workers = index.count < parallelThreshold ? 1 : max(1, min(cores, index.count / parallelThreshold))
        // PROJ transforms are not shared between threads: one per worker, made here in order.
        var transforms = [transform]
        if let system, transform != nil {
            for _ in 1..<max(workers, 1) { transforms.append(try CoordinateTransform(from: system, to: .wgs84())) }
        } else {
            transforms = [CoordinateTransform?](repeating: nil, count: workers)
        }
        // Several batches per worker, taken in turn, even out districts of very different sizes.
        let batchCount = workers == 1 ? 1 : workers * 8
        let bounds = (0...batchCount).map { index.count * $0 / batchCount }
        var results = [RecordBatch](repeating: RecordBatch(), count: batchCount)
        results.withUnsafeMutableBufferPointer { slots in
            let slots = slots
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var decoder = ShapeDecoder(transform: transforms[worker], trackExtent: trackExtent)
                var encoding = encoding
                for batch in stride(from: worker, to: batchCount, by: workers) {
                    slots[batch] = decode(bounds[batch]..<bounds[batch + 1], index: index, shp: shp, table: table,
                                          decoder: &decoder, encoding: &encoding, deferPolygons: deferPolygons)
                }
            }
        }
        if let failed = results.min(by: { $0.errorRecord < $1.errorRecord }), let error = failed.error {
            throw error
        }
        return results
    }

    private static func decode(_ range: Range<Int>, index: [ShpRecordLocation], shp: FileBytes, table: DBFTable?,
                               decoder: inout ShapeDecoder, encoding: inout DBFEncoding, deferPolygons: Bool) -> RecordBatch {
        var batch = RecordBatch()
        batch.features.reserveCapacity(range.count)
        decoder.extent = .empty
        decoder.emptyPoints = 0
        encoding.fallbacks = 0
        for position in range {
            if table?.isDeleted(position) == true { batch.deleted += 1; continue }
            let location = index[position]
            let content = shp.bytes.slice(location.contentOffset, location.contentLength)!
            do {
                let shape = try decoder.shape(content, record: position + 1, file: shp.path, owner: shp, deferPolygons: deferPolygons)
                batch.features.append(Feature(record: position + 1,
                                              attributes: table?.values(position, encoding: &encoding, oddities: &batch.oddities)
                                                  ?? [.number(Double(position))],
                                              shape: shape, repairs: decoder.repairs))
            } catch {
                batch.error = error
                batch.errorRecord = position + 1
                break
            }
        }
        batch.extent = decoder.extent
        batch.emptyPoints = decoder.emptyPoints
        batch.fallbacks = encoding.fallbacks
        return batch
    }
}
