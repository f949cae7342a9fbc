import CGDAL

/// GDAL, set up once per process: every driver registered, GDAL's own printing to standard error
/// silenced (its messages reach users through ``GDALMessages`` as errors naming the file), and
/// no network access, as PROJ elsewhere in Sasaran.
enum GDALLibrary {
    /// Touch before any GDAL call.
    static let ready: Void = {
        CPLSetConfigOption("PROJ_NETWORK", "OFF")
        CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1")
        CPLSetConfigOption("CPL_DEBUG", "OFF")
        GDALAllRegister()
        CPLSetErrorHandler(CPLQuietErrorHandler)
    }()

    /// Calls `body` with `strings` as a NULL-terminated `char**` list (driver names, open
    /// options), valid only during the call.
    static func withCStringList<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) throws -> R) rethrows -> R {
        guard !strings.isEmpty else { return try body(nil) }
        let copies = strings.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        let list = copies.map { UnsafePointer<CChar>($0) } + [nil]
        return try list.withUnsafeBufferPointer { try body($0.baseAddress) }
    }

    /// A GDAL-allocated string as Swift text, freed (`CPLFree`).
    static func takeString(_ pointer: UnsafeMutablePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        defer { VSIFree(pointer) }
        return String(cString: pointer)
    }
}

/// The messages GDAL reports on this thread while a body runs (GDAL's error handler stack is
/// per thread), so that a failed call can name GDAL's own reason and warnings can be passed on.
final class GDALMessages {
    /// `CE_Failure` and `CE_Fatal` messages, in order.
    private(set) var errors: [String] = []
    /// `CE_Warning` messages, each once, with how many times it came.
    private(set) var warnings: [(message: String, count: Int)] = []

    /// Runs `body` with GDAL's messages collected into the value it is given.
    static func capture<T>(_ body: (GDALMessages) throws -> T) rethrows -> T {
        _ = GDALLibrary.ready
        let messages = GDALMessages()
        CPLPushErrorHandlerEx({ level, _, message in
            guard let userdata = CPLGetErrorHandlerUserData(), let message else { return }
            Unmanaged<GDALMessages>.fromOpaque(userdata).takeUnretainedValue().record(level, String(cString: message))
        }, Unmanaged.passUnretained(messages).toOpaque())
        defer { CPLPopErrorHandler() }
        return try withExtendedLifetime(messages) { try body(messages) }
    }

    private func record(_ level: CPLErr, _ message: String) {
        if level == CE_Failure || level == CE_Fatal {
            errors.append(message)
        } else if level == CE_Warning {
            if let index = warnings.firstIndex(where: { $0.message == message }) {
                warnings[index].count += 1
            } else {
                warnings.append((message, 1))
            }
        }
    }

    /// The last error, or GDAL's last error message, or `fallback`.
    func lastError(or fallback: String) -> String {
        if let last = errors.last { return last }
        let message = String(cString: CPLGetLastErrorMsg())
        return message.isEmpty ? fallback : message
    }

    /// Forgets the errors so far (before a step whose own failure is to be told apart).
    func resetErrors() {
        errors.removeAll()
        CPLErrorReset()
    }

    /// Warnings as sentences for a layer's warnings ("GDAL: … (3 times)").
    var warningLines: [String] {
        warnings.map { "GDAL: \($0.message)" + ($0.count > 1 ? " (\($0.count) times)" : "") }
    }
}
