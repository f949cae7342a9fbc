#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's bytes, read into memory that this object owns and frees when it goes.
///
/// The bytes are read with `pread`, not mapped: a mapped file that another process truncates
/// while it is being parsed ends the process with SIGBUS on the first page past the new end,
/// and no Swift code can turn that signal into an error. A copy cannot change underneath the
/// parser; a file that shrinks or grows while it is read is an error naming it. The cost is one
/// pass over the file at memory speed (page cache), and resident memory equal to the file's size,
/// which is what the parsed layer keeps touching anyway.
public final class FileBytes: @unchecked Sendable {
    /// The path as given.
    public let path: String
    /// The file's bytes; valid while this object lives.
    public let bytes: UnsafeRawBufferPointer
    private let storage: UnsafeMutableRawPointer?

    /// The size of each `pread` call.
    static let chunk = 64 << 20

    /// Reads `path`.
    /// - Parameter allowEmpty: when false (the default) an empty file is an error.
    /// - Parameter maxBytes: larger files are refused (``Limits``) before any memory is taken.
    /// - Throws: ``InputError`` naming the file when it is missing, unreadable, a directory, empty,
    ///   larger than `maxBytes`, or changes size while it is read.
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
                storage = nil
                bytes = UnsafeRawBufferPointer(start: nil, count: 0)
                return
            }
            throw InputError(file: path, message: "file is empty (0 bytes)")
        }
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        let hasher = size >= ReadDigests.threshold ? BackgroundHasher() : nil
        func fail(_ message: String) -> InputError {
            hasher?.wait()
            buffer.deallocate()
            return InputError(file: path, message: message)
        }
        var done = 0
        while done < size {
            let got = pread(descriptor, buffer + done, min(Self.chunk, size - done), off_t(done))
            if got < 0 {
                if errno == EINTR { continue }
                throw fail("cannot read at byte \(done): \(String(cString: strerror(errno)))")
            }
            if got == 0 {
                throw fail("the file changed while it was read: \(size) bytes when opened, only \(done) readable now (is another program writing it?)")
            }
            hasher?.update(UnsafeRawBufferPointer(start: buffer + done, count: got))
            done += got
        }
        var after = stat()
        if fstat(descriptor, &after) == 0, Int(after.st_size) != size {
            throw fail("the file changed while it was read: \(size) bytes when opened, \(after.st_size) now (is another program writing it?)")
        }
        if let hasher {
            // The identity the file had when opened; a manifest takes the digest only while the
            // file still has it (and the size did not change while it was read, checked above).
            ReadDigests.store(ReadDigests.Entry(identity: FileIdentity(status), hex: hasher.finish()), for: path)
        }
        storage = buffer
        bytes = UnsafeRawBufferPointer(start: buffer, count: size)
    }

    deinit {
        storage?.deallocate()
    }

    /// The file's size in bytes.
    public var count: Int { bytes.count }
}
