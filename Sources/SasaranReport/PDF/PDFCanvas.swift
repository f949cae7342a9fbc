import CPangoCairo
import Foundation

/// An A4 portrait PDF drawn with cairo, its text laid out by pango (fonts found by fontconfig,
/// subsets embedded by cairo). Units are PostScript points.
///
/// Text is always set as plain text (`pango_layout_set_text`), never as pango markup, so a title
/// such as `<b>x</b>` or `=cmd|…` prints as typed. A canvas can measure without drawing
/// (``drawing`` false), so that a layout can be run once to count its pages and once to draw.
final class PDFCanvas {
    /// A4 in points.
    static let pageWidth = 595.276
    static let pageHeight = 841.89

    /// The date written as the document's creation date, fixed so that reruns give the same
    /// bytes: 2000-01-01T00:00:00Z (the run's manifest is what dates and identifies a run).
    static let fixedCreationDate = "2000-01-01T00:00:00Z"

    enum Alignment { case left, right, centre }

    /// A font: family, size in points, bold or not.
    struct Font {
        var size: Double
        var bold = false
        var family = "DejaVu Sans"
    }

    /// An RGB colour, 0–1.
    struct Colour {
        var red: Double, green: Double, blue: Double
        static let black = Colour(red: 0.12, green: 0.16, blue: 0.22)
        static let grey = Colour(red: 0.42, green: 0.45, blue: 0.5)
        static let warning = Colour(red: 0.73, green: 0.11, blue: 0.11)
        static let white = Colour(red: 1, green: 1, blue: 1)

        /// `#rrggbb`.
        init(hex: String) {
            let digits = Int(hex.dropFirst(), radix: 16) ?? 0
            red = Double((digits >> 16) & 0xff) / 255
            green = Double((digits >> 8) & 0xff) / 255
            blue = Double(digits & 0xff) / 255
        }

        init(red: Double, green: Double, blue: Double) {
            self.red = red
            self.green = green
            self.blue = blue
        }
    }

    /// Whether drawing calls draw (false: only measure).
    var drawing: Bool
    private let surface: OpaquePointer
    let context: OpaquePointer
    private let layout: OpaquePointer
    private let sink: ByteSink

    /// A canvas writing into memory; `title` goes into the document's metadata.
    init(title: String, drawing: Bool) throws {
        self.drawing = drawing
        sink = ByteSink()
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        surface = cairo_pdf_surface_create_for_stream({ closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, closure, Self.pageWidth, Self.pageHeight)
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw PDFError(message: "cairo cannot create a PDF surface: \(String(cString: cairo_status_to_string(cairo_surface_status(surface))))")
        }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Sasaran")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, Self.fixedCreationDate)
        context = cairo_create(surface)
        layout = pango_cairo_create_layout(context)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// Ends the page (when drawing).
    func showPage() {
        if drawing { cairo_show_page(context) }
    }

    /// Finishes the document and returns its bytes.
    func finish() throws -> [UInt8] {
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw PDFError(message: "cairo cannot write the PDF: \(String(cString: cairo_status_to_string(status)))")
        }
        return sink.bytes
    }

    /// Sets up the layout for `text` in `font`, wrapped at `width` (no wrapping when nil).
    private func prepare(_ text: String, font: Font, width: Double?, alignment: Alignment) {
        let description = pango_font_description_new()
        defer { pango_font_description_free(description) }
        pango_font_description_set_family(description, font.family)
        pango_font_description_set_absolute_size(description, font.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(description, font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_layout_set_font_description(layout, description)
        pango_layout_set_width(layout, width.map { Int32($0 * Double(PANGO_SCALE)) } ?? -1)
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        switch alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        case .centre: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        }
        pango_layout_set_text(layout, text, -1)
    }

    /// The height of `text` set in `font` and wrapped at `width`.
    func height(_ text: String, font: Font, width: Double) -> Double {
        prepare(text, font: font, width: width, alignment: .left)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return Double(logical.height) / Double(PANGO_SCALE)
    }

    /// The width of `text` on one line in `font`.
    func width(_ text: String, font: Font) -> Double {
        prepare(text, font: font, width: nil, alignment: .left)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return Double(logical.width) / Double(PANGO_SCALE)
    }

    /// Draws `text` with its top left at (`x`, `y`), wrapped at `width`; returns its height.
    @discardableResult
    func text(_ text: String, x: Double, y: Double, width: Double, font: Font, alignment: Alignment = .left,
              colour: Colour = .black) -> Double {
        let height = self.height(text, font: font, width: width)
        guard drawing else { return height }
        prepare(text, font: font, width: width, alignment: alignment)
        cairo_set_source_rgb(context, colour.red, colour.green, colour.blue)
        cairo_move_to(context, x, y)
        pango_cairo_show_layout(context, layout)
        return height
    }

    /// Draws `text` centred on (`x`, `y`) with a white halo, for a label on a map.
    func label(_ text: String, centreX x: Double, centreY y: Double, font: Font) {
        guard drawing else { return }
        prepare(text, font: font, width: nil, alignment: .left)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let w = Double(logical.width) / Double(PANGO_SCALE), h = Double(logical.height) / Double(PANGO_SCALE)
        cairo_move_to(context, x - w / 2, y - h / 2)
        pango_cairo_layout_path(context, layout)
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_set_line_width(context, font.size * 0.3)
        cairo_set_line_join(context, CAIRO_LINE_JOIN_ROUND)
        cairo_stroke_preserve(context)
        cairo_set_source_rgb(context, 0.05, 0.05, 0.05)
        cairo_fill(context)
    }

    /// A filled rectangle.
    func rectangle(x: Double, y: Double, width: Double, height: Double, fill: Colour) {
        guard drawing else { return }
        cairo_set_source_rgb(context, fill.red, fill.green, fill.blue)
        cairo_rectangle(context, x, y, width, height)
        cairo_fill(context)
    }

    /// The outline of a rectangle.
    func frame(x: Double, y: Double, width: Double, height: Double, colour: Colour = .black, lineWidth: Double = 0.6) {
        guard drawing else { return }
        cairo_set_source_rgb(context, colour.red, colour.green, colour.blue)
        cairo_set_line_width(context, lineWidth)
        cairo_rectangle(context, x, y, width, height)
        cairo_stroke(context)
    }

    /// Runs `body` with drawing clipped to a rectangle.
    func clipped(x: Double, y: Double, width: Double, height: Double, _ body: () -> Void) {
        guard drawing else { return body() }
        cairo_save(context)
        cairo_rectangle(context, x, y, width, height)
        cairo_clip(context)
        body()
        cairo_restore(context)
    }

    /// A horizontal rule.
    func rule(x: Double, y: Double, width: Double, colour: Colour = .grey, lineWidth: Double = 0.5) {
        guard drawing else { return }
        cairo_set_source_rgb(context, colour.red, colour.green, colour.blue)
        cairo_set_line_width(context, lineWidth)
        cairo_move_to(context, x, y)
        cairo_line_to(context, x + width, y)
        cairo_stroke(context)
    }

    /// Rings of points (tenths of a map pixel), scaled by `scale` and moved to (`x`, `y`), filled
    /// even-odd and optionally stroked.
    func rings(_ rings: [[MapShapes.PixelPoint]], x: Double, y: Double, scale: Double, fill: Colour?,
               stroke: Colour?, lineWidth: Double) {
        guard drawing, !rings.isEmpty else { return }
        cairo_new_path(context)
        for ring in rings where !ring.isEmpty {
            cairo_move_to(context, x + Double(ring[0].x) * scale / 10, y + Double(ring[0].y) * scale / 10)
            for point in ring.dropFirst() {
                cairo_line_to(context, x + Double(point.x) * scale / 10, y + Double(point.y) * scale / 10)
            }
            cairo_close_path(context)
        }
        cairo_set_fill_rule(context, CAIRO_FILL_RULE_EVEN_ODD)
        if let fill {
            cairo_set_source_rgb(context, fill.red, fill.green, fill.blue)
            if stroke != nil { cairo_fill_preserve(context) } else { cairo_fill(context) }
        }
        if let stroke {
            cairo_set_source_rgb(context, stroke.red, stroke.green, stroke.blue)
            cairo_set_line_width(context, lineWidth)
            cairo_set_line_join(context, CAIRO_LINE_JOIN_ROUND)
            cairo_stroke(context)
        }
    }

    /// Where cairo's stream writer puts the PDF's bytes.
    private final class ByteSink {
        var bytes: [UInt8] = []
    }
}

/// A PDF that cannot be made.
struct PDFError: Error, CustomStringConvertible {
    var message: String
    var description: String { "pdf: " + message }
}
