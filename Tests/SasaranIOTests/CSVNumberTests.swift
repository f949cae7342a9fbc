import Foundation
import Testing
@testable import SasaranIO

@Suite("Decimal number parsing from bytes")
struct CSVNumberTests {
    @Test("parses decimal forms exactly as the standard library does")
    func valid() {
        let cases = ["0", "1", "-1", "+2.5", "12.34", " 7.5 ", "\t3\t", ".5", "5.", "1e5", "1E-3", "-0.000123",
                     "123456789012345678901234", "0.1", "0.30000000000000004", "1.7976931348623157e308",
                     "4.9e-324", "29.61", "106.8456", "-6.2088", "9007199254740993", "1e22", "1e23", "00012"]
        for text in cases {
            let expected = Double(text.trimmingCharacters(in: [" ", "\t"]))
            #expect(CSVNumber.parseDouble(text) == expected, "\(text)")
        }
    }

    @Test("rejects non-numbers, non-finite and locale forms")
    func invalid() {
        for text in ["", " ", "-", "+", ".", "abc", "1,5", "1.2.3", "1e", "1e+", "nan", "NaN", "inf", "-inf",
                     "0x10", "1 000", "12a", "1e999", "--1"] {
            #expect(CSVNumber.parseDouble(text) == nil, "\(text)")
        }
    }
}
