import Foundation

/// What says a file is unchanged since it was last read: device, inode, size and modification
/// time to the nanosecond. One definition for every digest kept across reads (``ReadDigests``,
/// the manifests' checksum cache).
public struct FileIdentity: Equatable, Sendable {
    public var device: UInt64, inode: UInt64, size: Int64, seconds: Int, nanoseconds: Int

    /// The identity of a file whose status is `info`.
    public init(_ info: stat) {
        device = UInt64(info.st_dev); inode = UInt64(info.st_ino); size = Int64(info.st_size)
        #if canImport(Darwin)
        seconds = info.st_mtimespec.tv_sec; nanoseconds = info.st_mtimespec.tv_nsec
        #else
        seconds = info.st_mtim.tv_sec; nanoseconds = info.st_mtim.tv_nsec
        #endif
    }

    /// The identity of the regular file at `path`; nil when it is not one.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        self.init(info)
    }
}
