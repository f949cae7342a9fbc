import Sasaran
import Testing
@testable import SasaranReport

@Suite("Number text")
struct NumberTextTests {
    @Test("exact: integers bare, shortest round trip, no exponent, nothing for NaN and infinity")
    func exact() {
        #expect(NumberText.exact(40) == "40")
        #expect(NumberText.exact(-3) == "-3")
        #expect(NumberText.exact(0) == "0")
        #expect(NumberText.exact(29.61) == "29.61")
        #expect(NumberText.exact(0.1 + 0.2) == "0.30000000000000004")
        #expect(NumberText.exact(1.25e-05) == "0.0000125")
        #expect(NumberText.exact(-5e-7) == "-0.0000005")
        #expect(NumberText.exact(1e16) == "10000000000000000")
        #expect(NumberText.exact(1.5e20) == "150000000000000000000")
        #expect(NumberText.exact(.nan) == nil)
        #expect(NumberText.exact(-.infinity) == nil)
        for x in [0.805, 1.0 / 3, 2.5e-9, 123456.789, Double.leastNonzeroMagnitude] {
            #expect(Double(NumberText.exact(x)!) == x)
        }
    }

    @Test("coordinates: at most 7 decimals")
    func coordinate() {
        #expect(NumberText.coordinate(106.8) == "106.8")
        #expect(NumberText.coordinate(102.123456789) == "102.1234568")
        #expect(NumberText.coordinate(-6.000000012) == "-6")
        #expect(NumberText.coordinate(-0.00000001) == "0")
        #expect(NumberText.coordinate(-0.5) == "-0.5")
        #expect(NumberText.coordinate(0.0000001) == "0.0000001")
        #expect(NumberText.coordinate(-180) == "-180")
        #expect(NumberText.coordinate(.nan) == nil)
    }

    @Test("display and percent")
    func display() {
        #expect(NumberText.display(29.61) == "29.61")
        #expect(NumberText.display(40) == "40")
        #expect(NumberText.display(12.5) == "12.5")
        #expect(NumberText.display(1.005) == "1")
        #expect(NumberText.display(-0.001) == "0")
        #expect(NumberText.display(column: [216.5, 191, 29.61]) == ["216.50", "191.00", "29.61"])
        #expect(NumberText.display(column: [40, 10.5]) == ["40.0", "10.5"])
        #expect(NumberText.display(column: [40, 5, .nan]) == ["40", "5", "–"])
        #expect(NumberText.display(column: [1.23456]) == ["1.23"])
        #expect(NumberText.percent(0.805) == "80.50")
        #expect(NumberText.percent(1) == "100.00")
        #expect(NumberText.percent(.nan) == "–")
    }
}
