/// Text on its way to a terminal, made inert: a name or code read from a file can hold escape
/// sequences (`ESC [ 2 J` clears the screen, `ESC ] 8` forges a link), carriage returns that
/// overwrite a line, or bidirectional overrides that reorder it. Each such character is shown
/// as a visible escape (`\u{1B}`) instead, in the table format, in notes and in error messages.
/// A quoted line of a file (a 1 MB YAML line, say) is capped so that a message stays readable.
public enum TerminalText {
    /// The longest line of a message, in characters, before the rest is cut and counted.
    public static let lineLimit = 1_000

    /// `text` with every control character (C0 but line feed and tab when `keepLayout`, DEL,
    /// C1) and every bidirectional formatting character shown as `\u{…}`.
    public static func inert(_ text: String, keepLayout: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isActive($0, keepLayout: keepLayout) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isActive(scalar, keepLayout: keepLayout) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// A message for standard error: inert (line ends and tabs kept) and each line capped at
    /// ``lineLimit`` characters, the cut said with the number of characters left out.
    public static func message(_ text: String) -> String {
        let lines = inert(text, keepLayout: true).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { line -> String in
            guard line.count > lineLimit else { return String(line) }
            return String(line.prefix(lineLimit)) + "… (\(line.count - lineLimit) more characters)"
        }.joined(separator: "\n")
    }

    private static func isActive(_ scalar: Unicode.Scalar, keepLayout: Bool) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return !keepLayout
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
