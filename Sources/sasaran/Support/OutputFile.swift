import Foundation
import SasaranIO

/// Sends text to a file (atomically) or to standard output.
enum OutputFile {
    static func emit(_ text: String, to path: String?) throws {
        if let path {
            try AtomicFileWriter.write(text, to: path)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}

extension OutputFile {
    /// The manifest written beside an output: `list.csv` → `list.manifest.json`, kept relative
    /// when the output path is.
    static func manifestPath(besides output: String) -> String {
        (output as NSString).deletingPathExtension + ".manifest.json"
    }
}
