import Foundation

/// A rule (eligibility, deprivation cutoff) that cannot be read or refers to a column that does
/// not exist: names what the rule is for, the 1-based character position, and shows the rule
/// with a caret under the place.
public struct ExpressionError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What the rule is, e.g. "eligibility rule" or "deprivation 2".
    public var context: String
    /// The rule as given.
    public var text: String
    /// 1-based character position of the problem.
    public var position: Int
    public var message: String

    public init(context: String, text: String, position: Int, message: String) {
        self.context = context; self.text = text; self.position = position; self.message = message
    }

    public var description: String {
        let line = text.replacingOccurrences(of: "\n", with: " ")
        return "\(context) '\(line)': column \(position): \(message)\n  \(line)\n  \(String(repeating: " ", count: max(0, position - 1)))^"
    }
}
