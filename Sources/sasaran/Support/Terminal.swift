import Foundation
import Sasaran

/// Writing to the terminal: messages and warnings on standard error, a progress line when
/// standard error is a terminal.
enum Terminal {
    static var isInteractive: Bool { isatty(STDERR_FILENO) == 1 }

    /// Writes `text` to standard output as it is.
    static func standardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// A warning on standard error, inert and capped (``TerminalText/message(_:)``).
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("warning: \(TerminalText.message(message))\n".utf8))
    }

    /// A note on standard error, inert and capped.
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("\(TerminalText.message(message))\n".utf8))
    }

    /// Rewrites one status line on a terminal; does nothing when output is redirected.
    static func progress(_ message: String) {
        guard isInteractive else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(message)".utf8))
    }

    static func endProgress() {
        guard isInteractive else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
