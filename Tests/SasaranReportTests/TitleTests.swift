import Testing
import Sasaran
@testable import SasaranReport

@Suite("A title given by the user")
struct TitleTests {
    @Test("the report's --title with markup is escaped text, in the heading and the page title")
    func reportTitle() throws {
        let title = "<script>alert(1)</script> =cmd|' /C calc'!A0"
        let html = try PriorityListEmitter.render(try ReportFixture.run(), format: .html, options: EmitOptions(title: title))
        #expect(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; =cmd|&#39; /C calc&#39;!A0</h1>") || html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; =cmd|' /C calc'!A0</h1>"), "\(html.prefix(2000))")
        #expect(!html.contains("<script>alert(1)"))
    }

    @Test("the annex's title and parameters carry the title and the marginal region as a name with its figure")
    func annexContent() throws {
        let result = try ReportFixture.run()
        let content = AnnexContent(result, options: EmitOptions(language: .id, title: "Lampiran"))
        #expect(content.title == "Lampiran" && content.list.title == "Lampiran")
        let marginal = try #require(result.selection.marginalEntry)
        #expect(content.parameters.contains { $0.label == "Wilayah marginal" && $0.value.hasPrefix("\(marginal.name) (\(marginal.code)): ") })
        #expect(content.list.rows.count == result.selection.entries.count)
    }
}
