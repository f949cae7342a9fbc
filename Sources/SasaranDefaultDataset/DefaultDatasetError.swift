/// Why the default dataset could not be made.
public enum DefaultDatasetError: Error, CustomStringConvertible, Equatable {
    /// An input file lacks a column or holds a value that cannot be used.
    case input(file: String, line: Int, message: String)
    /// The geometry construction failed for a district.
    case geometry(code: String, message: String)

    public var description: String {
        switch self {
        case let .input(file, line, message): return line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
        case let .geometry(code, message): return "district \(code): \(message)"
        }
    }
}
