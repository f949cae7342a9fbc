import Foundation
import SasaranServer
import Testing
import TestSupport

/// The OpenAPI document lists exactly the routes the server registers, with their methods.
@Suite struct OpenAPITests {
    @Test func documentMatchesRegisteredRoutes() throws {
        let server = try WorkbenchServer(options: ServerOptions(
            scenarioPath: SharedData.projectRoot.appendingPathComponent("scenarios/default-2025.yaml").path))
        let registered = Set(server.registeredRoutes().map(\.description))
        let document = try JSONSerialization.jsonObject(with: Data(PageAssets.openAPI())) as! [String: Any]
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = document["paths"] as! [String: [String: Any]]
        var described: Set<String> = []
        for (path, operations) in paths {
            for method in operations.keys { described.insert("\(method) \(path)") }
        }
        #expect(described == registered)
        #expect(registered.contains("post /api/rank"))
    }
}
