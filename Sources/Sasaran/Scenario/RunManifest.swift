/// What a run was made from, so a list can be traced and reproduced: every input with its
/// SHA-256, the boundary file's format, CRS and encoding, the parameters, and the tool version.
/// It holds no clock time, so the same inputs give the same bytes.
public struct RunManifest: Codable, Sendable, Equatable {
    /// One input file.
    public struct Input: Codable, Sendable, Equatable {
        /// "boundaries", "boundaries .dbf", "indicators", "crosswalk", "scenario".
        public var role: String
        public var path: String
        public var sha256: String
        public var bytes: Int
    }

    public var tool: String
    public var version: String
    public var scenario: String
    public var inputs: [Input]
    public var boundaryFormat: String
    public var crs: String
    public var encoding: String
    /// The parameters of the run as text, by name.
    public var parameters: [String: String]
    public var warnings: [String]
}
