/// Parses a rule into a ``ColumnExpression`` by recursive descent (see ``ExpressionTokenizer``
/// for why it is hand-written):
///
/// ```
/// rule       := or
/// or         := and ("or" and)*
/// and        := unary ("and" unary)*
/// unary      := "not" unary | "(" or ")" | comparison
/// comparison := operand (">=" | "<=" | ">" | "<" | "==" | "=" | "!=") operand
/// operand    := column | ["-" | "+"] number
/// ```
///
/// `and` binds tighter than `or`. Errors give the 1-based character position of the token that
/// does not fit, and what was expected there.
public enum ExpressionParser {
    /// The rule `text`; `context` names it in errors ("eligibility rule").
    public static func parse(_ text: String, context: String) throws -> ColumnExpression {
        var parser = State(tokens: try ExpressionTokenizer.tokens(of: text, context: context), text: text, context: context)
        guard parser.peek.kind != .end else { throw parser.fail(parser.peek, "the rule is empty") }
        let expression = try parser.or()
        guard parser.peek.kind == .end else {
            let token = parser.peek
            throw parser.fail(token, token.kind == .close ? "')' without a matching '('" : "expected 'and', 'or' or the end of the rule, found \(token.shown)")
        }
        return expression
    }

    /// Parses one comparison alone (a deprivation cutoff such as `ipm < 65`).
    public static func parseComparison(_ text: String, context: String) throws -> (column: String, op: ComparisonOperator, threshold: Double) {
        let expression = try parse(text, context: context)
        switch expression {
        case let .comparison(.column(name, _), op, .number(x)): return (name, op, x)
        default:
            throw ExpressionError(context: context, text: text, position: 1, message: "expected one comparison COLUMN OP NUMBER, such as ipm < 65")
        }
    }

    private struct State {
        let tokens: [ExpressionToken]
        let text: String
        let context: String
        var index = 0

        var peek: ExpressionToken { tokens[index] }

        mutating func advance() -> ExpressionToken { defer { index += 1 }; return tokens[index] }

        func fail(_ token: ExpressionToken, _ message: String) -> ExpressionError {
            ExpressionError(context: context, text: text, position: token.position, message: message)
        }

        mutating func or() throws -> ColumnExpression {
            var left = try and()
            while peek.kind == .or { _ = advance(); left = .or(left, try and()) }
            return left
        }

        mutating func and() throws -> ColumnExpression {
            var left = try unary()
            while peek.kind == .and { _ = advance(); left = .and(left, try unary()) }
            return left
        }

        mutating func unary() throws -> ColumnExpression {
            switch peek.kind {
            case .not:
                _ = advance()
                return .not(try unary())
            case .open:
                let open = advance()
                let inner = try or()
                guard peek.kind == .close else {
                    throw fail(peek, peek.kind == .end ? "'(' at column \(open.position) is not closed" : "expected ')' or 'and'/'or', found \(peek.shown)")
                }
                _ = advance()
                return inner
            default:
                return try comparison()
            }
        }

        mutating func comparison() throws -> ColumnExpression {
            let left = try operand()
            guard case .comparison(let op) = peek.kind else {
                throw fail(peek, "expected a comparison (>=, <=, >, <, ==, !=) after \(left), found \(peek.shown)")
            }
            _ = advance()
            let right = try operand()
            return .comparison(left, op, right)
        }

        mutating func operand() throws -> ExpressionOperand {
            let token = advance()
            switch token.kind {
            case .identifier(let sign) where sign == "-" || sign == "+":
                guard case .number(let x) = peek.kind else { throw fail(peek, "expected a number after '\(sign)', found \(peek.shown)") }
                _ = advance()
                return .number(sign == "-" ? -x : x)
            case .identifier(let name): return .column(name, position: token.position)
            case .number(let x): return .number(x)
            default: throw fail(token, "expected a column name or a number, found \(token.shown)")
            }
        }
    }
}
