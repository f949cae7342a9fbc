import Testing
import Sasaran
@testable import SasaranReport

@Suite("Terminal table")
struct TableEmitterTests {
    @Test("heading with the figures and the marginal region")
    func heading() throws {
        let table = try PriorityListEmitter.render(try ReportFixture.run(), format: .table)
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Priority list: fixture 2023")
        #expect(lines.contains("Indicator  miskin where tahun=2023"))
        #expect(lines.contains("Total      100 (sum over 6 regions with a value)"))
        #expect(lines.contains("Target     75.00%"))
        #expect(lines.contains("Coverage   80.50% (80.5) with 3 regions"))
        #expect(lines.contains("Marginal   -3.5 (B.02): 10.5, reaching 80.50%"))
        #expect(lines.contains("Provinces touched: 2 of 3"))
        #expect(!table.contains("Not met"))
        #expect(!table.contains("Phase"))
    }

    @Test("columns line up, counting characters rather than bytes")
    func alignment() throws {
        let table = try PriorityListEmitter.render(try ReportFixture.run(TargetingRequest(rule: .coverage(1))), format: .table)
        let lines = table.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("Rank  Code") })
        let block = Array(lines[start...(start + 7)])
        #expect(block[1].allSatisfy { $0 == "-" || $0 == " " })
        #expect(Set(block.map(\.count)).count == 1, "\(block)")
        let utf8 = try #require(block.first { $0.contains("Bélé Ñusa") })
        let plain = try #require(block.first { $0.contains("Pulau") })
        #expect(utf8.distance(from: utf8.startIndex, to: try #require(utf8.range(of: "A  ")).lowerBound)
            == plain.distance(from: plain.startIndex, to: try #require(plain.range(of: "C  ")).lowerBound))
        #expect(block.contains("   1  A.01  =HYPERLINK(\"http://x\",\"y\")  A          40.0    40.00         40.00"))
    }

    @Test("phases column and section, and what was not met")
    func phases() throws {
        let table = try PriorityListEmitter.render(try ReportFixture.run(ReportFixture.phasedRequest), format: .table)
        let lines = table.split(separator: "\n").map(String.init)
        let header = try #require(lines.first { $0.hasPrefix("Rank  Code") })
        #expect(header.hasSuffix("Phase"))
        #expect(lines.contains("Phases"))
        #expect(lines.contains { $0.hasPrefix("    1  first") })
        #expect(lines.contains { $0.hasPrefix("Not met: ") })
    }
}
