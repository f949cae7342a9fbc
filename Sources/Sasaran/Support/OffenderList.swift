/// Formats a list of offenders for an error message: the first `limit` items, then how many more.
///
/// `["a", "b", … 12 items]` with limit 10 gives `"a, b, …, j and 2 more (12 in all)"`.
func offenderList(_ items: [String], limit: Int = 10) -> String {
    guard items.count > limit else { return items.joined(separator: ", ") }
    let shown = items.prefix(limit).joined(separator: ", ")
    return "\(shown) and \(items.count - limit) more (\(items.count) in all)"
}
