/// Where a ``LineBlockStream`` gets its bytes: a file (``ByteChunkSource``, plain or gzip) or a
/// database's COPY stream (``PostgresCopySource``), read in chunks of bounded size.
public protocol ChunkSource: AnyObject {
    /// What errors name as the file: a path, or a description of the source without secrets.
    var path: String { get }
    /// The source's size in bytes as consumed (compressed bytes for gzip), 0 when unknown.
    var fileBytes: Int { get }
    /// Bytes consumed so far, in the unit of ``fileBytes``.
    var consumedBytes: Int { get }
    /// Appends up to about `size` bytes to `buffer`; false at the end.
    func read(into buffer: inout [UInt8], size: Int) throws -> Bool
}
