#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file mapped read-only into memory, unmapped when the object goes.
///
/// Readers parse straight from the mapping: no read loop, no copy into a `Data`, and the kernel
/// pages in only what is touched, which matters for multi-gigabyte village layers.
public final class MappedFile: @unchecked Sendable {
    /// The path as given.
    public let path: String
    /// The file's bytes; valid while this object lives.
    public let bytes: UnsafeRawBufferPointer
    private let mapping: UnsafeMutableRawPointer?

    /// Maps `path` read-only.
    /// - Parameter allowEmpty: when false (the default) an empty file is an error.
    /// - Parameter maxBytes: larger files are refused (``Limits``).
    /// - Throws: ``InputError`` naming the file when it is missing, unreadable, a directory, empty
    ///   or larger than `maxBytes`.
    public init(path: String, allowEmpty: Bool = false, maxBytes: Int = Limits.maxShapefileBytes,
                what: String = "a .shp, .shx or .dbf") throws {
        self.path = path
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let reason = errno == ENOENT ? "file not found" : "cannot open: \(String(cString: strerror(errno)))"
            throw InputError(file: path, message: reason)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw InputError(file: path, message: "cannot read file status: \(String(cString: strerror(errno)))")
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            throw InputError(file: path, message: "not a regular file")
        }
        let size = Int(status.st_size)
        guard size <= maxBytes else {
            throw Limits.tooLarge(path, size: size, limit: maxBytes, what: what)
        }
        guard size > 0 else {
            if allowEmpty {
                mapping = nil
                bytes = UnsafeRawBufferPointer(start: nil, count: 0)
                return
            }
            throw InputError(file: path, message: "file is empty (0 bytes)")
        }
        let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0)
        guard let address, address != MAP_FAILED else {
            throw InputError(file: path, message: "cannot map file into memory: \(String(cString: strerror(errno)))")
        }
        mapping = address
        bytes = UnsafeRawBufferPointer(start: address, count: size)
    }

    deinit {
        if let mapping { munmap(mapping, bytes.count) }
    }

    /// The file's size in bytes.
    public var count: Int { bytes.count }
}
