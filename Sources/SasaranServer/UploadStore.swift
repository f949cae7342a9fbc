import Foundation
import SasaranIO

/// The tables planners upload (their own figures as CSV), kept per browser session in a
/// temporary folder of the server's own (mode 0700), within limits: so many bytes a file, so
/// many files a session, so many sessions; a session idle longer than its lifetime is removed
/// with its folder, and every folder is removed when the server stops. An upload is parsed with
/// the guarded CSV reader the CLI reads tables with, and refused with the CLI's words; no answer
/// names the folder (``scrub(_:)``): a file is known to a client by the name it gave.
final class UploadStore: @unchecked Sendable {
    struct Limits: Sendable {
        /// Largest upload, in bytes (413 beyond).
        var maxBytes = 16 << 20
        /// Files a session may hold.
        var maxFiles = 8
        /// Sessions held at once (429 beyond, until one expires).
        var maxSessions = 256
        /// Seconds a session lives after its last use.
        var lifetime: TimeInterval = 3600
    }

    /// What an upload answers: its name, size and shape (no path).
    struct Receipt: Encodable {
        var name: String
        var bytes: Int
        var rows: Int
        var columns: [String]
    }

    private struct Session {
        var folder: URL
        /// Each upload's file: a folder of its own per upload (`<session>/<n>/<name>`), so a table
        /// replaced under the same name is a new path and no cache holds the old one.
        var files: [String: URL] = [:]
        var uploads = 0
        var lastUsed: Date
    }

    /// The cookie that names a session.
    static let cookie = "sasaran-session"

    let root: URL
    let limits: Limits
    private let lock = NSLock()
    private var sessions: [String: Session] = [:]

    init(limits: Limits = Limits()) throws {
        self.limits = limits
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sasaran-serve-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    /// A name a client may give an upload: letters, digits, `.`, `_`, `-`, ending in `.csv`.
    static func check(name: String) throws {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        guard !name.isEmpty, name.count <= 64, !name.hasPrefix("."), name.allSatisfy(allowed.contains), name.lowercased().hasSuffix(".csv") else {
            throw RequestProblem.invalid("upload \(name.prefix(80)): name a table as letters, digits, '.', '_' and '-' ending in .csv (at most 64 characters), such as figures.csv")
        }
    }

    /// Stores `bytes` as `name` in session `id` (a new session when `id` is nil or unknown or
    /// expired), parses it, and answers the receipt and the session's id. A table the reader
    /// refuses is not kept.
    func store(_ bytes: [UInt8], name: String, session id: String?) throws -> (receipt: Receipt, session: String) {
        try Self.check(name: name)
        guard bytes.count <= limits.maxBytes else {
            throw RequestProblem(status: .contentTooLarge, kind: "too-large",
                                 detail: "upload \(name): \(bytes.count) bytes, more than the \(limits.maxBytes) bytes this server takes for a table")
        }
        let (session, file) = try claim(id, name: name)
        do {
            // Written whole or not at all, as every file the tool writes.
            let transaction = OutputTransaction()
            try transaction.write(bytes, to: file.path, role: "upload")
            try transaction.commit()
            let reader = try TableReader.open(file.path)
            var rows = 0
            try reader.forEachRecord { _ in rows += 1 }
            return (Receipt(name: name, bytes: bytes.count, rows: rows, columns: reader.header), session)
        } catch {
            try? FileManager.default.removeItem(at: file.deletingLastPathComponent())
            release(name, session: session)
            if error is RequestProblem { throw error }
            throw RequestProblem(status: .unprocessableContent, kind: "bad-upload", detail: scrub("\(error)"))
        }
    }

    /// The server path of `name` in session `id`, for the engine; refused when the session
    /// holds no such upload.
    func path(of name: String, session id: String?) throws -> String {
        sweep()
        lock.lock()
        defer { lock.unlock() }
        guard let id, var session = sessions[id], let file = session.files[name] else {
            throw RequestProblem.invalid("no uploaded table \(name.prefix(80)) in this session: upload it first (POST /api/upload/\(name.prefix(80)))")
        }
        session.lastUsed = Date()
        sessions[id] = session
        return file.path
    }

    /// `text` with every upload folder taken out, so a path reads as the upload's name.
    func scrub(_ text: String) -> String {
        guard text.contains(root.path) else { return text }
        let pattern = NSRegularExpression.escapedPattern(for: root.path + "/") + "([0-9a-f]+/)+"
        let expression = try! NSRegularExpression(pattern: pattern)
        return expression.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "")
    }

    /// Removes the sessions idle past their lifetime, with their folders.
    func sweep(now: Date = Date()) {
        lock.lock()
        let expired = sessions.filter { now.timeIntervalSince($0.value.lastUsed) > limits.lifetime }
        for id in expired.keys { sessions[id] = nil }
        lock.unlock()
        for session in expired.values { try? FileManager.default.removeItem(at: session.folder) }
    }

    /// Removes every session and the store's folder (when the server stops).
    func removeAll() {
        lock.lock()
        sessions = [:]
        lock.unlock()
        try? FileManager.default.removeItem(at: root)
    }

    /// How many sessions are held (for tests).
    var sessionCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return sessions.count
    }

    /// The session `id` (or a new one) with room for `name`, and the file to write it to.
    private func claim(_ id: String?, name: String) throws -> (String, URL) {
        sweep()
        lock.lock()
        defer { lock.unlock() }
        if let id, var session = sessions[id] {
            if session.files[name] == nil, session.files.count >= limits.maxFiles {
                throw RequestProblem(status: .unprocessableContent, kind: "too-many-uploads",
                                     detail: "this session holds \(limits.maxFiles) tables, the most this server keeps; upload under a name already used to replace one")
            }
            let file = try Self.newFile(name, in: &session)
            if let old = session.files[name] { try? FileManager.default.removeItem(at: old.deletingLastPathComponent()) }
            session.files[name] = file
            session.lastUsed = Date()
            sessions[id] = session
            return (id, file)
        }
        guard sessions.count < limits.maxSessions else {
            throw RequestProblem(status: .tooManyRequests, kind: "busy",
                                 detail: "the server holds as many upload sessions as it allows; try again when one has expired")
        }
        var generator = SystemRandomNumberGenerator()
        let fresh = (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
        let folder = root.appendingPathComponent(fresh)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        var session = Session(folder: folder, lastUsed: Date())
        let file = try Self.newFile(name, in: &session)
        session.files[name] = file
        sessions[fresh] = session
        return (fresh, file)
    }

    private static func newFile(_ name: String, in session: inout Session) throws -> URL {
        session.uploads += 1
        let folder = session.folder.appendingPathComponent(String(session.uploads, radix: 16))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        return folder.appendingPathComponent(name)
    }

    private func release(_ name: String, session id: String) {
        lock.lock()
        defer { lock.unlock() }
        sessions[id]?.files[name] = nil
    }

    /// The session id a request's `Cookie` header names, if any.
    static func sessionID(cookieHeader: String?) -> String? {
        guard let cookieHeader else { return nil }
        for part in cookieHeader.split(separator: ";") {
            let pair = part.trimmingCharacters(in: .whitespaces)
            if pair.hasPrefix(cookie + "=") {
                let value = String(pair.dropFirst(cookie.count + 1))
                if value.count == 32, value.allSatisfy(\.isHexDigit) { return value }
            }
        }
        return nil
    }
}
