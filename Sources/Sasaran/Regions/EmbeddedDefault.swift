import Foundation

/// The embedded default dataset in `Shapefiles/`: schematic district boundaries with real
/// figures, made by the `sasaran-default-dataset` tool. Outputs drawn from it say prominently that
/// its boundaries are schematic.
public enum EmbeddedDefault {
    /// The layer's file name without extension.
    public static let layerName = "idn_kabkota_schematic"

    /// Whether `path` names the embedded default layer (`idn_kabkota_schematic.*`).
    public static func isSchematicLayer(_ path: String) -> Bool {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent == layerName
    }
}
