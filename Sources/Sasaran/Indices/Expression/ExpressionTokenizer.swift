/// One token of a rule, with its 1-based character position.
struct ExpressionToken: Equatable {
    enum Kind: Equatable {
        case identifier(String)
        case number(Double)
        case comparison(ComparisonOperator)
        case and, or, not
        case open, close
        case end
    }

    var kind: Kind
    var position: Int

    /// How the token reads in a message.
    var shown: String {
        switch kind {
        case .identifier(let name): return "'\(name)'"
        case .number(let x): return "the number \(NumberText.text(x))"
        case .comparison(let op): return "'\(op.rawValue)'"
        case .and: return "'and'"
        case .or: return "'or'"
        case .not: return "'not'"
        case .open: return "'('"
        case .close: return "')'"
        case .end: return "the end of the rule"
        }
    }
}

/// Splits a rule into tokens: column names (`[A-Za-z_][A-Za-z0-9_.]*`), numbers (`12`, `0.5`,
/// `1e3`; a sign belongs to the parser), the comparison operators `>= <= > < == = !=`, the
/// words `and`, `or`, `not` (any case) and parentheses.
///
/// Hand-written (with ``ExpressionParser``) because no maintained Swift expression library in
/// the package mirror fits: swift-parsing could express the grammar, but it brings swift-syntax
/// in through its case-paths macros (minutes more of every CI build) and its errors describe the
/// parser rather than the rule; Foundation's NSPredicate cannot parse format strings on Linux.
/// The grammar is a dozen lines, and positions in errors come for free.
enum ExpressionTokenizer {
    static func tokens(of text: String, context: String) throws -> [ExpressionToken] {
        let characters = Array(text)
        var tokens: [ExpressionToken] = []
        var i = 0
        func fail(_ message: String) -> ExpressionError {
            ExpressionError(context: context, text: text, position: i + 1, message: message)
        }
        while i < characters.count {
            let c = characters[i]
            let start = i + 1
            if c.isWhitespace { i += 1; continue }
            if c.isLetter || c == "_" {
                var name = ""
                while i < characters.count, characters[i].isLetter || characters[i].isNumber || characters[i] == "_" || characters[i] == "." {
                    name.append(characters[i]); i += 1
                }
                let kind: ExpressionToken.Kind
                switch name.lowercased() {
                case "and": kind = .and
                case "or": kind = .or
                case "not": kind = .not
                default: kind = .identifier(name)
                }
                tokens.append(ExpressionToken(kind: kind, position: start))
                continue
            }
            if c.isNumber || (c == "." && i + 1 < characters.count && characters[i + 1].isNumber) {
                var literal = ""
                while i < characters.count, characters[i].isNumber || characters[i] == "." { literal.append(characters[i]); i += 1 }
                if i < characters.count, characters[i] == "e" || characters[i] == "E" {
                    var exponent = String(characters[i]); var j = i + 1
                    if j < characters.count, characters[j] == "+" || characters[j] == "-" { exponent.append(characters[j]); j += 1 }
                    if j < characters.count, characters[j].isNumber {
                        while j < characters.count, characters[j].isNumber { exponent.append(characters[j]); j += 1 }
                        literal += exponent; i = j
                    }
                }
                guard let x = Double(literal), x.isFinite else {
                    i = start - 1
                    throw fail("'\(literal)' is not a number")
                }
                if i < characters.count, characters[i].isLetter || characters[i] == "_" {
                    throw fail("a number runs into a name; put a space or an operator between them")
                }
                tokens.append(ExpressionToken(kind: .number(x), position: start))
                continue
            }
            let next: Character = i + 1 < characters.count ? characters[i + 1] : "\0"
            switch (c, next) {
            case (">", "="): tokens.append(ExpressionToken(kind: .comparison(.greaterOrEqual), position: start)); i += 2
            case ("<", "="): tokens.append(ExpressionToken(kind: .comparison(.lessOrEqual), position: start)); i += 2
            case ("=", "="): tokens.append(ExpressionToken(kind: .comparison(.equal), position: start)); i += 2
            case ("!", "="): tokens.append(ExpressionToken(kind: .comparison(.notEqual), position: start)); i += 2
            case (">", _): tokens.append(ExpressionToken(kind: .comparison(.greater), position: start)); i += 1
            case ("<", _): tokens.append(ExpressionToken(kind: .comparison(.less), position: start)); i += 1
            case ("=", _): tokens.append(ExpressionToken(kind: .comparison(.equal), position: start)); i += 1
            case ("(", _): tokens.append(ExpressionToken(kind: .open, position: start)); i += 1
            case (")", _): tokens.append(ExpressionToken(kind: .close, position: start)); i += 1
            case ("-", _), ("+", _):
                // A sign: kept as a pseudo-number prefix for the parser.
                tokens.append(ExpressionToken(kind: .identifier(String(c)), position: start)); i += 1
            default:
                throw fail("unexpected character '\(c)'; a rule holds column names, numbers, >= <= > < == != , and, or, not and parentheses")
            }
        }
        tokens.append(ExpressionToken(kind: .end, position: characters.count + 1))
        return tokens
    }
}
