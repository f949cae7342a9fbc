/// Text and numbers for HTML and SVG, shared by the report and the map so that both escape the
/// same way.
enum Markup {
    /// `text` safe as element content and as a quoted attribute value, in HTML and in XML (SVG):
    /// `&`, `<`, `>`, `"` and `'` become references, and control characters that XML forbids
    /// become spaces. A name like `<script>alert(1)</script>` comes out as inert text.
    static func escape(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A number of tenths (of a pixel) as SVG text: "12.3", "-4", "0.5".
    static func tenths(_ value: Int) -> String {
        let magnitude = value.magnitude
        var text = value < 0 ? "-" : ""
        text += String(magnitude / 10)
        let fraction = magnitude % 10
        if fraction != 0 { text += "." + String(fraction) }
        return text
    }

    /// A pixel coordinate rounded to 0.1 px.
    static func px(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        return tenths(Int((value * 10).rounded()))
    }
}
