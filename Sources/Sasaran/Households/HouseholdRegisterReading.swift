import Foundation
import SasaranGeo
import SasaranIO

/// How far a register has been read, for a progress bar.
public struct RegisterProgress: Sendable {
    public var households: Int
    /// File bytes consumed (compressed bytes for gzip) and the file's size.
    public var bytesRead: Int
    public var fileBytes: Int
}

/// A register read through: the tally, the core programmes and the gap households' ids (when kept).
public struct HouseholdRun: Sendable {
    public var tally: HouseholdTally
    public var core: [String]
    public var gapIds: [String]
}

public enum HouseholdRegister {
    /// The parts a block is cut into: fixed, so the sums (merged in part order) are the same on
    /// any number of threads.
    static let partsPerBlock = 8

    /// Streams the register at `path` (CSV, plain or gzip); see ``read(source:layout:codes:priority:options:progress:)``.
    public static func read(path: String, layout: HouseholdRegisterLayout, codes: [String], priority: [Bool], locator: PointLocator? = nil,
                            options: HouseholdOptions, progress: (RegisterProgress) -> Void = { _ in }) throws -> HouseholdRun {
        try read(source: .file(path), layout: layout, codes: codes, priority: priority, locator: locator, options: options, progress: progress)
    }

    /// Streams the register from `source` (a CSV file, plain or gzip, or PostgreSQL) in blocks of
    /// whole lines, each cut into parts parsed on all cores and merged in file order: memory is a
    /// few blocks plus the id set (8–16 bytes a household), whatever the number of rows. `codes`
    /// are the layer's district codes (by layer index); `priority` flags the priority districts;
    /// `locator` (the layer's ``RegionLayer/locator()``) locates households by longitude and
    /// latitude when the layout has those columns.
    public static func read(source: HouseholdRegisterSource, layout: HouseholdRegisterLayout, codes: [String], priority: [Bool],
                            locator: PointLocator? = nil, options: HouseholdOptions, progress: (RegisterProgress) -> Void = { _ in }) throws -> HouseholdRun {
        let core = options.core ?? layout.programmes
        if let unknown = core.first(where: { !layout.programmes.contains($0) }) {
            throw InputError(file: "--core", message: "the core programme \"\(unknown)\" is not one of the programmes (\(layout.programmes.joined(separator: ", ")))")
        }
        guard core.count <= 12 else { throw InputError(file: "--core", message: "\(core.count) core programmes; at most 12 (their combinations are counted)") }
        let stream = try source.open(layout: layout, blockSize: options.blockSize)
        let path = stream.path
        guard let headerBytes = try stream.header(), !headerBytes.isEmpty else {
            throw InputError(file: path, message: "the file is empty; expected a header naming the register's columns")
        }
        let header = String(decoding: headerBytes, as: UTF8.self).split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"")) }
        let parser = try RegisterLineParser(path: path, header: header, layout: layout, core: core, codes: codes, priority: priority,
                                            locator: locator, options: options)
        var tally = HouseholdTally(districts: codes.count, programmes: layout.programmes.count, core: core.count)
        var ids = HouseholdIdSet()
        var gapIds: [String] = []
        while let block = try stream.nextBlock() {
            let pieces = block.split(into: partsPerBlock)
            let parsed = try concurrentMap(pieces.count, workers: options.workers) { k in
                try parser.parse(block.bytes, range: pieces[k].range, firstLine: pieces[k].firstLine)
            }
            if let line = ids.insert(parsed, workers: options.workers) {
                throw InputError(file: path, record: line, field: layout.id,
                                 message: "the household id repeats that of an earlier line (ids are compared by a 64-bit hash, so with tens of millions of ids a false alarm is possible, about once in 10⁵ registers)")
            }
            for part in parsed {
                tally.merge(part.tally)
                gapIds += part.gapIds
            }
            progress(RegisterProgress(households: tally.households, bytesRead: stream.source.consumedBytes, fileBytes: stream.source.fileBytes))
        }
        return HouseholdRun(tally: tally, core: core, gapIds: gapIds)
    }
}
