/// A scenario file (or the run it describes) that cannot be used: names the file and the key.
public struct ScenarioError: Error, CustomStringConvertible, Equatable {
    public var file: String
    /// The key path in the file ("phases[2].target"), where the problem is in one.
    public var key: String?
    public var message: String

    public init(file: String, key: String? = nil, message: String) {
        self.file = file; self.key = key; self.message = message
    }

    public var description: String {
        key.map { "\(file), key \"\($0)\": \(message)" } ?? "\(file): \(message)"
    }
}
