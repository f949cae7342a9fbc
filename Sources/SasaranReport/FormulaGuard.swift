/// Text that a spreadsheet would run as a formula when the cell is opened (CSV or a Markdown
/// table pasted into one): cells starting with `=`, `+`, `-`, `@`, tab or carriage return.
/// Plain numbers ("-3.5", "+7") are left alone, as a spreadsheet reads them as numbers anyway.
enum FormulaGuard {
    /// The characters that make a leading formula.
    static let leadingCharacters: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// Whether `text` starts like a formula and is not a plain number.
    static func isFormulaLike(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, leadingCharacters.contains(Character(first)) else { return false }
        return !isPlainNumber(text)
    }

    /// A decimal number: optional sign, digits with at most one point, optional exponent.
    static func isPlainNumber(_ text: String) -> Bool {
        let allowed = Set("0123456789.eE+-".unicodeScalars)
        guard text.unicodeScalars.allSatisfy(allowed.contains), text.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) else {
            return false
        }
        return Double(text) != nil
    }
}
