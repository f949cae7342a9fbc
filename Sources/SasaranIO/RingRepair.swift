/// What the readers do with rings that GEOS cannot hold, as real files carry them: an open ring
/// is closed, a ring with fewer than four points (after closing) is dropped. Each fix is
/// described so the layer can report the geometry as repaired. Every reader (shapefile, GeoJSON)
/// cleans its rings here, so the same ring gives the same repair whatever the format.
public enum RingRepair {
    /// The ring (interleaved x,y) made closed, or nil when it must be dropped, and what was done.
    /// `number` is the ring's 1-based position, for the note.
    public static func clean(_ xy: [Double], number: Int) -> (xy: [Double]?, note: String?) {
        var closed = xy
        var note: String?
        if xy.count >= 4, xy[0] != xy[xy.count - 2] || xy[1] != xy[xy.count - 1] {
            closed += [xy[0], xy[1]]
            note = "ring \(number) was open: closed"
        }
        guard closed.count >= 8 else { return (nil, "ring \(number) has \(xy.count / 2) points: dropped") }
        return (closed, note)
    }
}
