/// Arithmetic on one ring of interleaved x,y doubles, shared by the readers, writers and emitters.
public enum Ring {
    /// The shoelace area: positive when the ring runs counter-clockwise (y up). Computed relative
    /// to the first point, against cancellation far from the origin.
    public static func signedArea(_ xy: [Double]) -> Double {
        let points = xy.count / 2
        guard points >= 3 else { return 0 }
        let (x0, y0) = (xy[0], xy[1])
        var sum = 0.0
        for k in 1..<(points - 1) {
            sum += (xy[2 * k] - x0) * (xy[2 * k + 3] - y0) - (xy[2 * k + 2] - x0) * (xy[2 * k + 1] - y0)
        }
        return sum / 2
    }

    /// True when the ring runs counter-clockwise.
    public static func isCounterClockwise(_ xy: [Double]) -> Bool { signedArea(xy) > 0 }

    /// The ring's bounding box.
    public static func envelope(_ xy: [Double]) -> Envelope {
        var box = Envelope.empty
        var index = 0
        while index + 1 < xy.count {
            box.minX = min(box.minX, xy[index]); box.maxX = max(box.maxX, xy[index])
            box.minY = min(box.minY, xy[index + 1]); box.maxY = max(box.maxY, xy[index + 1])
            index += 2
        }
        return box
    }

    /// The ring with its points in reverse order.
    public static func reversed(_ xy: [Double]) -> [Double] {
        var reversed = [Double]()
        reversed.reserveCapacity(xy.count)
        var index = xy.count - 2
        while index >= 0 {
            reversed.append(xy[index])
            reversed.append(xy[index + 1])
            index -= 2
        }
        return reversed
    }

    /// The ring turning the wanted way.
    public static func oriented(_ xy: [Double], counterClockwise: Bool) -> [Double] {
        isCounterClockwise(xy) == counterClockwise ? xy : reversed(xy)
    }
}
