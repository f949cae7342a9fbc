import Foundation
import SasaranGeo

/// Lon/lat to map pixels: equirectangular, longitudes scaled by the cosine of the middle
/// latitude so that shapes near it keep their proportions, north up, fitted to a width.
struct MapProjection {
    let minLon: Double
    let maxLat: Double
    /// Pixels per degree of latitude.
    let scale: Double
    /// Pixels per degree of longitude (`scale × cos(middle latitude)`).
    let scaleX: Double
    /// Margin around the drawing, in pixels.
    let margin: Double
    /// Width and height of the drawing with its margins, in pixels.
    let width: Double
    let height: Double
    /// Horizontal offset that centres a tall drawing.
    let offsetX: Double

    /// Fits `envelope` into `width` pixels (less margins), with the height at most `maxHeight`.
    init(envelope: Envelope, width: Double = 1000, maxHeight: Double = 1000, margin: Double = 8) {
        let env = envelope.isEmpty ? Envelope(minX: 0, minY: 0, maxX: 1, maxY: 1) : envelope
        let middle = (env.minY + env.maxY) / 2
        let cosine = max(cos(middle * .pi / 180), 0.05)
        let spanX = max(env.maxX - env.minX, 1e-9) * cosine
        let spanY = max(env.maxY - env.minY, 1e-9)
        let scale = min((width - 2 * margin) / spanX, (maxHeight - 2 * margin) / spanY)
        self.minLon = env.minX
        self.maxLat = env.maxY
        self.scale = scale
        self.scaleX = scale * cosine
        self.margin = margin
        self.width = width
        self.height = (spanY * scale + 2 * margin).rounded(.up)
        self.offsetX = (width - 2 * margin - spanX * scale) / 2
    }

    /// The pixel x of a longitude.
    @inline(__always) func x(_ lon: Double) -> Double { margin + offsetX + (lon - minLon) * scaleX }
    /// The pixel y of a latitude (down the page).
    @inline(__always) func y(_ lat: Double) -> Double { margin + (maxLat - lat) * scale }

    /// The simplification tolerance in degrees for `pixels` on the map: measured along the
    /// latitude axis, where a degree is longest, so no error exceeds `pixels`.
    func tolerance(pixels: Double) -> Double { pixels / scale }

    /// Kilometres per pixel along the middle latitude (a degree of latitude ≈ 111.32 km).
    var kilometresPerPixel: Double { 111.32 / scale }
}
