import Testing
@testable import Sasaran

@Suite("Eligibility rules")
struct ExpressionTests {
    @Test("and binds tighter than or; not and parentheses nest")
    func precedence() throws {
        let rule = try ExpressionParser.parse("a >= 1 or b < 2 and not c == 3", context: "rule")
        #expect(rule.description == "(a >= 1 or (b < 2 and not c == 3))")
        let grouped = try ExpressionParser.parse("(a >= 1 OR b < 2) and c != -3.5e1", context: "rule")
        #expect(grouped.description == "((a >= 1 or b < 2) and c != -35)")
        #expect(grouped.columns.map(\.name) == ["a", "b", "c"])
        #expect(grouped.columns.map(\.position) == [2, 12, 23])
    }

    @Test("a missing column makes a comparison unknown; or/and decide when they can")
    func threeValued() throws {
        let rule = try ExpressionParser.parse("p0 >= 20 or (ipm < 60 and n >= 50)", context: "rule")
        let values: [String: Double] = ["p0": 25]
        #expect(rule.evaluate { values[$0] } == true)
        #expect(rule.evaluate { ["p0": 5, "ipm": 70][$0] } == false)
        #expect(rule.evaluate { ["p0": 5, "ipm": 55][$0] } == nil)
        #expect(rule.evaluate { ["p0": 5, "ipm": 55, "n": 60][$0] } == true)
        let negated = try ExpressionParser.parse("not x > 1", context: "rule")
        #expect(negated.evaluate { _ in nil } == nil)
    }

    @Test("bad rules give the column position and what was expected", arguments: [
        ("p0_persen >= ", 14, "expected a column name or a number, found the end of the rule"),
        ("p0 >> 3", 5, "expected a column name or a number, found '>'"),
        ("(a > 1", 7, "'(' at column 1 is not closed"),
        ("a > 1)", 6, "')' without a matching '('"),
        ("a $ 1", 3, "unexpected character '$'"),
        ("a > 1 b < 2", 7, "expected 'and', 'or' or the end of the rule, found 'b'"),
        ("a 1", 3, "expected a comparison (>=, <=, >, <, ==, !=) after a, found the number 1"),
        ("", 1, "the rule is empty"),
    ])
    func errors(text: String, position: Int, message: String) {
        do {
            _ = try ExpressionParser.parse(text, context: "eligibility rule")
            Issue.record("no error for \(text)")
        } catch let error as ExpressionError {
            #expect(error.position == position)
            #expect(error.message.hasPrefix(message), "\(error.message)")
            #expect(error.description.contains("\n  " + String(repeating: " ", count: position - 1) + "^"))
        } catch { Issue.record("\(error)") }
    }
}
