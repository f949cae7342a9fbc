import Foundation
import SasaranIO

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

extension RunManifest {
    /// The manifest of a command that reads files but runs no scenario (compare, locate,
    /// adjacency …): its inputs with their SHA-256, the boundary layer's format, CRS and encoding
    /// when there is one, and the parameters.
    public static func of(command: String, inputs: [(role: String, path: String)], layer: RegionLayer? = nil,
                          parameters: [String: String] = [:], warnings: [String] = []) throws -> RunManifest {
        let files = try inputs.map { try Input.of(role: $0.role, path: $0.path) }
        return RunManifest(tool: "sasaran", version: ScenarioRunner.version, scenario: command, inputs: files,
                           boundaryFormat: layer?.source.format ?? "", crs: layer.map(ScenarioRunner.crsText) ?? "",
                           encoding: layer?.source.encoding ?? "",
                           parameters: parameters.merging(layer?.manifestParameters ?? [:]) { ours, _ in ours }, warnings: warnings)
    }

    /// The inputs, for an output guard.
    public var guardedInputs: [OutputTransaction.Input] {
        inputs.map { OutputTransaction.Input(role: $0.role, path: $0.path) }
    }
}

extension RunManifest.Input {
    /// The input a file named `path` holding `contents` would be (a file not yet written, such
    /// as the scenario file a server offers for download).
    public static func of(role: String, path: String, contents: [UInt8]) -> RunManifest.Input {
        let digest = FileDigest.sha256(of: contents)
        return RunManifest.Input(role: role, path: path, sha256: digest.hex, bytes: digest.bytes)
    }

    /// An input with its SHA-256; a source that is not a file (a `PG:` connection, listed without
    /// its password) has no digest.
    static func of(role: String, path: String) throws -> RunManifest.Input {
        guard FileManager.default.fileExists(atPath: path) else {
            return RunManifest.Input(role: role, path: path, sha256: "", bytes: 0)
        }
        let digest = try FileDigest.sha256(of: path)
        return RunManifest.Input(role: role, path: path, sha256: digest.hex, bytes: digest.bytes)
    }
}
