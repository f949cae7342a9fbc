import CGEOS
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A GEOS context handle owned by one thread, with the messages GEOS reported through it.
///
/// GEOS reentrant calls (`*_r`) take a context; sharing one between threads is unsafe, and making
/// one per call is slow (GEOSwift's weak spot). Every thread gets its own, created on first use
/// and finished when the thread exits. Fetch it with ``GEOSContext/current`` in synchronous code
/// only; never hold it across `await`.
public final class GEOSContext {
    /// The raw handle passed to every GEOS `_r` call.
    public let handle: GEOSContextHandle_t
    /// The last error message GEOS reported on this context, cleared by ``takeError()``.
    fileprivate(set) var lastError: String?

    private init() {
        handle = GEOS_init_r()
        let sink = Unmanaged.passUnretained(self).toOpaque()
        GEOSContext_setErrorMessageHandler_r(handle, { message, userdata in
            guard let message, let userdata else { return }
            let context = Unmanaged<GEOSContext>.fromOpaque(userdata).takeUnretainedValue()
            context.lastError = String(cString: message)
        }, sink)
        // Notices (e.g. self-intersection details) are not errors; validity reasons are read explicitly.
        GEOSContext_setNoticeMessageHandler_r(handle, { _, _ in }, nil)
    }

    deinit { GEOS_finish_r(handle) }

    /// Returns and clears the last error message.
    func takeError() -> String? {
        defer { lastError = nil }
        return lastError
    }

    /// Builds the typed error for a failed call, carrying GEOS's own message.
    func failure(_ operation: String) -> GeoError {
        .library(operation: operation, message: takeError() ?? "GEOS reported no message")
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            Unmanaged<GEOSContext>.fromOpaque(pointer).release()
        }
        return key
    }()

    /// The calling thread's context, created on first use.
    public static var current: GEOSContext {
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<GEOSContext>.fromOpaque(pointer).takeUnretainedValue()
        }
        let context = GEOSContext()
        pthread_setspecific(key, Unmanaged.passRetained(context).toOpaque())
        return context
    }
}
