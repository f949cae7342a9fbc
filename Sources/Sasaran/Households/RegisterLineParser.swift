import Foundation
import SasaranGeo
import SasaranIO

/// One part of a block of register lines, parsed: its tally, the hashes of its ids (with each
/// one's line, as an offset from `firstLine`) for the duplicate check, and the ids of its gap
/// households when they are kept.
struct ParsedRegisterPart: Sendable {
    var tally: HouseholdTally
    var idHashes: [UInt64] = []
    var lineOffsets: [UInt32] = []
    var firstLine: Int
    var gapIds: [String] = []
}

/// Parses register lines straight from bytes: fields are found by scanning for commas (a quoted
/// field may hold commas, not line feeds), numbers read without making strings. Every value is
/// checked, and an error names the file, the line and the column, never the id.
struct RegisterLineParser: Sendable {
    let path: String
    let names: [String]
    let idColumn: Int, targetColumn: Int
    /// The code column, and the longitude and latitude columns, or -1.
    let codeColumn: Int, longitudeColumn: Int, latitudeColumn: Int
    /// Locates households by longitude and latitude (with those columns).
    let locator: PointLocator?
    let decileColumn: Int?, sizeColumn: Int?, weightColumn: Int?
    let programmeColumns: [Int]
    /// For each programme, its bit among the core programmes, or -1.
    let coreBit: [Int]
    let rule: TargetRule
    let amounts: Bool
    let districts: DistrictCodeIndex
    let districtCount: Int
    let priority: [Bool]
    let countUnmatched: Bool
    let keepGapIds: Bool
    let coreCount: Int
    /// The last column read (fields after it are not looked at).
    let lastNeeded: Int

    init(path: String, header: [String], layout: HouseholdRegisterLayout, core: [String], codes: [String], priority: [Bool],
         locator: PointLocator?, options: HouseholdOptions) throws {
        self.path = path
        names = header
        func column(_ name: String, _ role: String) throws -> Int {
            if let k = header.firstIndex(of: name) { return k }
            if let k = header.firstIndex(where: { $0.lowercased() == name.lowercased() }) { return k }
            throw InputError(file: path, record: 1, message: "no column \"\(name)\" (\(role)); the header has \(header.joined(separator: ", "))")
        }
        idColumn = try column(layout.id, "household id")
        codeColumn = try layout.code.map { try column($0, "district code") } ?? -1
        longitudeColumn = try layout.longitude.map { try column($0, "longitude") } ?? -1
        latitudeColumn = try layout.latitude.map { try column($0, "latitude") } ?? -1
        precondition(longitudeColumn < 0 || locator != nil, "a register located by longitude and latitude needs the layer's locator")
        self.locator = locator
        targetColumn = try column(layout.target.column, "target rule \(layout.target)")
        decileColumn = try layout.decile.map { try column($0, "welfare decile") }
        sizeColumn = try layout.size.map { try column($0, "household size") }
        weightColumn = try layout.weight.map { try column($0, "survey weight") }
        programmeColumns = try layout.programmes.map { try column($0, "programme") }
        coreBit = layout.programmes.map { core.firstIndex(of: $0) ?? -1 }
        coreCount = core.count
        rule = layout.target
        amounts = layout.amounts
        districts = DistrictCodeIndex(codes: codes)
        districtCount = codes.count
        self.priority = priority
        countUnmatched = options.countUnmatched
        keepGapIds = options.listGapHouseholds
        lastNeeded = ([idColumn, codeColumn, longitudeColumn, latitudeColumn, targetColumn, decileColumn ?? 0, sizeColumn ?? 0, weightColumn ?? 0] + programmeColumns).max()!
    }

    /// Parses the lines of `bytes[range]`, the first of which is line `firstLine`.
    func parse(_ bytes: [UInt8], range: Range<Int>, firstLine: Int) throws -> ParsedRegisterPart {
        var part = ParsedRegisterPart(tally: HouseholdTally(districts: districtCount, programmes: programmeColumns.count, core: coreCount),
                                      firstLine: firstLine)
        let stride = part.tally.stride
        let combinationBase = part.tally.combination(0)
        let decileStride = part.tally.decileStride
        let programmeCount = programmeColumns.count
        // Plain buffers for the hot loop: no array bounds or exclusivity checks per field.
        let cells = part.tally.weighted.count, decileCells = part.tally.decileWeighted.count
        let weighted = UnsafeMutablePointer<Double>.allocate(capacity: cells)
        let counts = UnsafeMutablePointer<Int>.allocate(capacity: cells)
        let decileWeighted = UnsafeMutablePointer<Double>.allocate(capacity: decileCells)
        let decileCounts = UnsafeMutablePointer<Int>.allocate(capacity: decileCells)
        let starts = UnsafeMutablePointer<Int>.allocate(capacity: lastNeeded + 2)
        let ends = UnsafeMutablePointer<Int>.allocate(capacity: lastNeeded + 2)
        let amountsRead = UnsafeMutablePointer<Double>.allocate(capacity: max(1, programmeCount))
        weighted.initialize(repeating: 0, count: cells); counts.initialize(repeating: 0, count: cells)
        decileWeighted.initialize(repeating: 0, count: decileCells); decileCounts.initialize(repeating: 0, count: decileCells)
        defer {
            weighted.deallocate(); counts.deallocate(); decileWeighted.deallocate(); decileCounts.deallocate()
            starts.deallocate(); ends.deallocate(); amountsRead.deallocate()
        }
        let programmeColumns = self.programmeColumns, coreBit = self.coreBit
        let idColumn = self.idColumn, codeColumn = self.codeColumn, targetColumn = self.targetColumn
        let longitudeColumn = self.longitudeColumn, latitudeColumn = self.latitudeColumn, locator = self.locator
        let decileColumn = self.decileColumn ?? -1, sizeColumn = self.sizeColumn ?? -1, weightColumn = self.weightColumn ?? -1
        let lastNeeded = self.lastNeeded, isFlagRule = rule.comparison == nil
        var hashes: [UInt64] = [], offsets: [UInt32] = [], gapIds: [String] = []
        hashes.reserveCapacity(range.count / 32); offsets.reserveCapacity(range.count / 32)
        var households = 0, unmatched = 0, unmatchedWeighted = 0.0, locationOutside = 0, locationDisagrees = 0
        let failure: InputError? = bytes.withUnsafeBufferPointer { buffer -> InputError? in
            let p = buffer.baseAddress!
            var position = range.lowerBound
            var line = firstLine
            while position < range.upperBound {
                // The fields up to the last one needed, and the end of the line.
                var field = 0
                starts[0] = position
                var cursor = position
                var quoted = false
                while p[cursor] != 10 {
                    let byte = p[cursor]
                    if byte == 34 {
                        quoted.toggle()
                    } else if byte == 44, !quoted {
                        ends[field] = cursor
                        field += 1
                        if field <= lastNeeded { starts[field] = cursor + 1 } else {
                            while p[cursor] != 10 { cursor += 1 }
                            break
                        }
                    }
                    cursor += 1
                }
                let lineEnd = cursor
                let contentEnd = lineEnd > position && p[lineEnd - 1] == 13 ? lineEnd - 1 : lineEnd
                if field <= lastNeeded { ends[field] = contentEnd }
                let thisLine = line
                position = lineEnd + 1
                line += 1
                if contentEnd == starts[0] { continue }
                if quoted { return InputError(file: path, record: thisLine, message: "a quoted field is not closed before the end of the line") }
                guard field >= lastNeeded else {
                    return InputError(file: path, record: thisLine, field: names[field + 1],
                                      message: "the line has \(field + 1) fields and no value for column \(field + 2) (\"\(names[field + 1])\"); the header has \(names.count)")
                }
                // Quotes around a field are not part of its value.
                for c in 0...lastNeeded where ends[c] - starts[c] >= 2 && p[starts[c]] == 34 && p[ends[c] - 1] == 34 {
                    starts[c] += 1; ends[c] -= 1
                }
                // Id: only its hash is kept.
                guard ends[idColumn] > starts[idColumn] else { return fail(thisLine, idColumn, "the household id is empty") }
                hashes.append(HouseholdIdSet.hash(p, starts[idColumn], ends[idColumn]))
                offsets.append(UInt32(thisLine - firstLine))
                households += 1

                var weight = 1.0
                if weightColumn >= 0 {
                    guard let w = number(p, starts[weightColumn], ends[weightColumn]), w >= 0 else {
                        return invalid(thisLine, weightColumn, "a survey weight (a finite number, 0 or more)", p, starts, ends)
                    }
                    weight = w
                }
                guard let targetValue = number(p, starts[targetColumn], ends[targetColumn]) else {
                    return invalid(thisLine, targetColumn, "a number", p, starts, ends)
                }
                if isFlagRule, targetValue != 0, targetValue != 1 {
                    return fail(thisLine, targetColumn, "\"\(text(p, starts[targetColumn], ends[targetColumn]))\" is not a 0/1 flag (the target rule \(rule) reads 1 as the target group)")
                }
                let isTarget = rule.holds(targetValue)
                var decile = -1
                if decileColumn >= 0 {
                    guard let value = decileColumn == targetColumn ? targetValue : number(p, starts[decileColumn], ends[decileColumn]),
                          value >= 1, value <= 10, value.rounded() == value else {
                        return invalid(thisLine, decileColumn, "a welfare decile (a whole number from 1 to 10)", p, starts, ends)
                    }
                    decile = Int(value) - 1
                }
                var size = 1.0
                if sizeColumn >= 0 {
                    guard let s = number(p, starts[sizeColumn], ends[sizeColumn]), s > 0 else {
                        return invalid(thisLine, sizeColumn, "a household size (a number above 0)", p, starts, ends)
                    }
                    size = s
                }
                var mask = 0
                var receivedBits = 0
                for k in 0..<programmeCount {
                    let column = programmeColumns[k]
                    let start = starts[column], end = ends[column]
                    var value: Double
                    if end - start == 1, !amounts, p[start] == 48 || p[start] == 49 {
                        value = p[start] == 49 ? 1 : 0
                    } else {
                        guard let v = number(p, start, end) else {
                            return invalid(thisLine, column, amounts ? "an amount (a number, 0 or more)" : "a number (a 0/1 flag)", p, starts, ends)
                        }
                        value = v
                        if amounts, value < 0 { return invalid(thisLine, column, "an amount (a number, 0 or more)", p, starts, ends) }
                        if !amounts, value != 0, value != 1 {
                            return fail(thisLine, column, "\"\(text(p, start, end))\" is not a 0/1 flag (give --amounts if the programme columns hold amounts)")
                        }
                    }
                    amountsRead[k] = value
                    if value > 0 {
                        receivedBits |= 1 << k
                        if coreBit[k] >= 0 { mask |= 1 << coreBit[k] }
                    }
                }
                var district = -1
                if codeColumn >= 0 {
                    district = districts.district(p, starts[codeColumn], ends[codeColumn])
                    if district < 0, !countUnmatched {
                        return fail(thisLine, codeColumn, "\"\(text(p, starts[codeColumn], ends[codeColumn]))\" is not a district code of the boundaries, nor starts with one (--unmatched warn counts such households instead)")
                    }
                }
                if let locator, codeColumn < 0 || district >= 0 {
                    guard let x = number(p, starts[longitudeColumn], ends[longitudeColumn]), x >= -180, x <= 180 else {
                        return invalid(thisLine, longitudeColumn, "a longitude (degrees from -180 to 180)", p, starts, ends)
                    }
                    guard let y = number(p, starts[latitudeColumn], ends[latitudeColumn]), y >= -90, y <= 90 else {
                        return invalid(thisLine, latitudeColumn, "a latitude (degrees from -90 to 90)", p, starts, ends)
                    }
                    // The lowest-numbered district containing the point, as everywhere points are located.
                    var located = -1
                    locator.forEachRegion(containingX: x, y: y) { if located < 0 { located = $0 } }
                    if codeColumn >= 0 {
                        if located < 0 { locationOutside += 1 } else if located != district { locationDisagrees += 1 }
                    } else {
                        district = located
                        // The location itself is not printed: it would point at the household.
                        if district < 0, !countUnmatched {
                            return fail(thisLine, longitudeColumn, "the household's location (longitude, latitude) lies in no district of the boundaries (--unmatched warn counts such households instead)")
                        }
                    }
                }
                guard district >= 0 else {
                    unmatched += 1
                    unmatchedWeighted += weight
                    continue
                }
                let base = district * stride
                weighted[base] += weight; counts[base] += 1
                weighted[base + 2] += weight * size; counts[base + 2] += 1
                if isTarget {
                    weighted[base + 1] += weight; counts[base + 1] += 1
                    weighted[base + 3] += weight * size; counts[base + 3] += 1
                    weighted[base + combinationBase + mask] += weight; counts[base + combinationBase + mask] += 1
                    if keepGapIds, mask == 0, priority[district] { gapIds.append(text(p, starts[idColumn], ends[idColumn])) }
                }
                if receivedBits != 0 {
                    for k in 0..<programmeCount where receivedBits & (1 << k) != 0 {
                        let f = base + HouseholdTally.Field.recipients(k)
                        weighted[f] += weight; counts[f] += 1
                        weighted[f + 2] += weight * size; counts[f + 2] += 1
                        weighted[f + 4] += weight * amountsRead[k]; counts[f + 4] += 1
                        if isTarget {
                            weighted[f + 1] += weight; counts[f + 1] += 1
                            weighted[f + 3] += weight * size; counts[f + 3] += 1
                            weighted[f + 5] += weight * amountsRead[k]; counts[f + 5] += 1
                        }
                    }
                }
                if decile >= 0 {
                    let d = (district * 10 + decile) * decileStride
                    decileWeighted[d] += weight; decileCounts[d] += 1
                    if isTarget { decileWeighted[d + 1] += weight; decileCounts[d + 1] += 1 }
                    for k in 0..<programmeCount where receivedBits & (1 << k) != 0 {
                        decileWeighted[d + 2 + k] += weight; decileCounts[d + 2 + k] += 1
                    }
                }
            }
            return nil
        }
        if let failure { throw failure }
        part.tally.weighted = Array(UnsafeBufferPointer(start: weighted, count: cells))
        part.tally.counts = Array(UnsafeBufferPointer(start: counts, count: cells))
        part.tally.decileWeighted = Array(UnsafeBufferPointer(start: decileWeighted, count: decileCells))
        part.tally.decileCounts = Array(UnsafeBufferPointer(start: decileCounts, count: decileCells))
        part.tally.households = households
        part.tally.unmatched = unmatched
        part.tally.unmatchedWeighted = unmatchedWeighted
        part.tally.locationOutside = locationOutside
        part.tally.locationDisagrees = locationDisagrees
        part.idHashes = hashes
        part.lineOffsets = offsets
        part.gapIds = gapIds
        return part
    }

    /// A finite number, or nil (empty, not a number, not finite).
    @inline(__always)
    private func number(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        guard end > start, let value = RegisterNumber.parse(p, start, end), value.isFinite else { return nil }
        return value
    }

    private func text(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: p + start, count: max(0, end - start)), as: UTF8.self)
    }

    private func fail(_ line: Int, _ column: Int, _ message: String) -> InputError {
        InputError(file: path, record: line, field: names[column], message: message)
    }

    /// The error for a value that is not `what`: empty, or the text that is there.
    private func invalid(_ line: Int, _ column: Int, _ what: String, _ p: UnsafePointer<UInt8>,
                         _ starts: UnsafeMutablePointer<Int>, _ ends: UnsafeMutablePointer<Int>) -> InputError {
        let value = text(p, starts[column], ends[column])
        return fail(line, column, value.isEmpty ? "empty; \(what) is needed (a missing value is never read as zero)"
                    : "\"\(value)\" is not \(what)")
    }
}

/// Numbers in register fields: plain decimals (`1`, `0.25`, `-3`) read exactly on a fast path
/// (at most 15 significant digits: one correctly rounded division), anything else by `strtod`;
/// `nil` for what is not a whole, finite number.
enum RegisterNumber {
    private static let powers: [Double] = (0...22).map { pow(10, Double($0)) }

    @inline(__always)
    static func parse(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        var i = start
        var negative = false
        if p[i] == 45 || p[i] == 43 { negative = p[i] == 45; i += 1 }
        var mantissa: UInt64 = 0
        var digits = 0, fraction = 0
        while i < end, p[i] &- 48 < 10 { mantissa = mantissa &* 10 &+ UInt64(p[i] &- 48); digits += 1; i += 1 }
        if i < end, p[i] == 46 {
            i += 1
            while i < end, p[i] &- 48 < 10 { mantissa = mantissa &* 10 &+ UInt64(p[i] &- 48); fraction += 1; i += 1 }
        }
        if i == end, digits + fraction > 0, digits + fraction <= 15 {
            let value = Double(mantissa) / powers[fraction]
            return negative ? -value : value
        }
        return slow(p, start, end)
    }

    private static func slow(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        let length = end - start
        guard length > 0, length < 64 else { return nil }
        var buffer = [CChar](repeating: 0, count: length + 1)
        for k in 0..<length { buffer[k] = CChar(bitPattern: p[start + k]) }
        return buffer.withUnsafeMutableBufferPointer { b -> Double? in
            var parsedEnd: UnsafeMutablePointer<CChar>?
            let value = strtod(b.baseAddress!, &parsedEnd)
            guard let parsedEnd, parsedEnd - b.baseAddress! == length, value.isFinite else { return nil }
            return value
        }
    }
}
