import Sasaran
import SasaranIO

/// Writes a run manifest on its own, as the JSON file placed beside the other outputs.
public enum ManifestEmitter {
    /// The manifest as deterministic JSON (sorted keys, pretty printed, trailing newline).
    public static func render(_ manifest: RunManifest) throws -> String {
        try JSONText.encode(manifest)
    }
}
