import Foundation

/// The files of the page and the API description, served by the binary itself (resources of
/// this module: no CDN, no network).
public enum PageAssets {
    /// A resource's bytes; a missing resource is a build fault and stops the server at start.
    static func load(_ name: String) throws -> [UInt8] {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        guard let url = Bundle.module.url(forResource: parts[0], withExtension: parts.count > 1 ? parts[1] : nil, subdirectory: "Page") else {
            throw ServerStartError("the page's file \(name) is missing from the build (Sources/SasaranServer/Page)")
        }
        return Array(try Data(contentsOf: url))
    }

    /// The OpenAPI document (`/api/openapi.json`).
    public static func openAPI() throws -> [UInt8] { try load("openapi.json") }

    /// The files served at `/`, by path, with their content types.
    static let files: [(path: String, name: String, type: String)] = [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/app.js", "app.js", "text/javascript; charset=utf-8"),
        ("/app.css", "app.css", "text/css; charset=utf-8"),
    ]
}
