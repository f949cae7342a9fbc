/// Bad input: names the file, and the record and field where they apply, with what is wrong.
public struct InputError: Error, CustomStringConvertible, Equatable {
    public var file: String
    /// 1-based record (feature, row, line) number, when the problem is in one.
    public var record: Int?
    /// The field or column, when the problem is in one.
    public var field: String?
    public var message: String

    public init(file: String, record: Int? = nil, field: String? = nil, message: String) {
        self.file = file; self.record = record; self.field = field; self.message = message
    }

    public var description: String {
        var place = file
        if let record { place += ", record \(record)" }
        if let field { place += ", field \"\(field)\"" }
        return "\(place): \(message)"
    }
}
