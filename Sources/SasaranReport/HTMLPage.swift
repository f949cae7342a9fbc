/// A self-contained HTML page around a body: the one page shell of every HTML output (the
/// report, the convergence page). Well-formed XML; the title is escaped here.
enum HTMLPage {
    static func document(title: String, language: String, style: String = "", head: String = "", body: String,
                         afterMain: String = "") -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"\(Markup.escape(language))\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n" + head
        out += "<title>\(Markup.escape(title))</title>\n"
        if !style.isEmpty { out += "<style>\n\(style)\n</style>\n" }
        out += "</head>\n<body>\n<main>\n" + body + "</main>\n" + afterMain + "</body>\n</html>\n"
        return out
    }
}
