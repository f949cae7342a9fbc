import Sasaran
import SasaranGeo

/// The list as an RFC 7946 FeatureCollection, written by hand into a byte buffer.
///
/// By default one feature per selected region, in rank order; with `allRegions`, one per region
/// of the layer, in layer order, those left out marked `"selected": false` with `null` rank and
/// phase. Properties are the same as in the JSON list (``RegionRecord``); each feature's `id` is
/// its code. Geometries are a `Polygon` (one part) or a `MultiPolygon`, exterior rings
/// counter-clockwise and holes clockwise, coordinates with at most 7 decimals.
enum GeoJSONEmitter {
    static func render(_ result: RunResult, allRegions: Bool) throws -> String {
        var out = JSONWriter()
        out.raw("{\"type\":\"FeatureCollection\",\"features\":[\n")
        var first = true
        let indexFields = IndexFields(result)
        func feature(_ region: Region, _ record: RegionRecord, code: String) throws {
            if !first { out.raw(",\n") }
            first = false
            out.raw("{\"type\":\"Feature\",\"id\":")
            out.string(code)
            out.raw(",\"properties\":")
            out.object(record.fields)
            out.raw(",\"geometry\":")
            try out.geometry(region.geometry)
            out.raw("}")
        }
        if allRegions {
            for region in result.layer.regions {
                let record = result.selection.entry(forRegion: region.index).map(indexFields.record)
                    ?? indexFields.record(unselected: region, total: result.selection.total)
                try feature(region, record, code: region.code)
            }
        } else {
            for entry in result.selection.entries {
                try feature(result.layer.regions[entry.index], indexFields.record(entry), code: entry.code)
            }
        }
        out.raw("\n]}\n")
        return out.text
    }
}
