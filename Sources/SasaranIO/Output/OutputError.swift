/// Why an output was refused or could not be written. Nothing of the run has been replaced when
/// one of these is thrown.
public struct OutputError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The output path, as the user gave it.
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
