import Foundation
import Hummingbird
import NIOCore
import Sasaran
import SasaranReport

/// The analyses besides the list, each answering the document of the CLI command of the same
/// name with `--format json`, computed by the same engine call: `POST /api/compare`,
/// `/api/curve`, `/api/uncertainty`, `/api/households`; and `POST /api/upload/{name}`, a
/// session's own table.
extension WorkbenchServer {
    /// The most replicates one request may ask for (the CLI's limit is higher: a server shares
    /// its cores).
    static let maxReplicates = 20_000

    func analysisRoutes(_ r: inout RecordingRouter<BasicRequestContext>) {
        let workbench = self.workbench, gate = self.gate, maxBody = options.maxBodyBytes, store = uploads

        // sasaran compare A.json B.json, where A and B are the lists of two overrides.
        r.post("/api/compare") { request, _ in
            let body = try AnalysisBody.parse(try await Self.body(of: request, limit: maxBody), route: "/api/compare", allowed: ["a", "b"])
            let (a, b) = (try body.override("a"), try body.override("b"))
            guard let a, let b else {
                throw RequestProblem.invalid("give two lists to compare, a and b: {\"a\": {\"target\": 0.5}, \"b\": {\"target\": 0.75}}")
            }
            let uploads = Self.uploads(store, request)
            let json = try await gate.run {
                let lists = try [a, b].map { override -> RankedList in
                    let result = try uploads.run(workbench, override)
                    return RankedList(name: result.scenario.name, selection: result.selection)
                }
                return try ComparisonEmitter.render(ListComparison(lists[0], lists[1]), format: .json)
            }
            return Self.respond(Array(json.utf8), type: "application/json")
        }

        // sasaran curve --scenario FILE --format json.
        r.post("/api/curve") { request, _ in
            let override = try OverrideBody.parse(try await Self.body(of: request, limit: maxBody))
            let uploads = Self.uploads(store, request)
            let json = try await gate.run {
                let result = try uploads.run(workbench, override)
                return try uploads.guarded { try CoverageCurveEmitter.render(try CoverageCurveSet(result), format: .json) }
            }
            return Self.respond(Array(json.utf8), type: "application/json")
        }

        // sasaran uncertainty --scenario FILE --cv X --replicates N --seed S --format json.
        r.post("/api/uncertainty") { request, _ in
            let body = try AnalysisBody.parse(try await Self.body(of: request, limit: maxBody), route: "/api/uncertainty",
                                              allowed: ["scenario", "se", "cv-column", "cv", "distribution", "replicates", "seed"])
            let override = try body.override("scenario") ?? [:]
            let sources = [try body.text("se").map(StandardErrors.column), try body.text("cv-column").map(StandardErrors.relativeColumn),
                           try body.double("cv", in: 0...1_000_000).map(StandardErrors.relative)].compactMap { $0 }
            guard sources.count == 1, let errors = sources.first else {
                throw RequestProblem.invalid("give one of se (a column), cv-column (a column) and cv (a number)")
            }
            let distributionName = try body.text("distribution") ?? "normal"
            guard let distribution = ReplicateDistribution(rawValue: distributionName) else {
                throw RequestProblem.invalid("the request, key \"distribution\": \(distributionName.prefix(80)) is not normal or lognormal")
            }
            let replicates = try body.int("replicates", in: 1...Self.maxReplicates) ?? 1000
            let seedText = try body.text("seed") ?? "1"
            guard let seed = UInt64(seedText) else {
                throw RequestProblem.invalid("the request, key \"seed\": \(seedText.prefix(80)) is not a whole number from 0 to \(UInt64.max)")
            }
            let uploads = Self.uploads(store, request)
            let json = try await gate.run {
                let result = try uploads.run(workbench, override, extraColumns: errors.column.map { [$0] } ?? [])
                return try uploads.guarded {
                    let uncertainty = try UncertaintyAnalysis.run(result.join.regions, request: result.scenario.request,
                                                                  options: .init(errors: errors, replicates: replicates, seed: seed, distribution: distribution))
                    return try UncertaintyEmitter.render(uncertainty, format: .json)
                }
            }
            return Self.respond(Array(json.utf8), type: "application/json")
        }

        // sasaran households --register UPLOAD --boundaries (the scenario's) [--priority (the list of an override)].
        r.post("/api/households") { request, _ in
            let body = try AnalysisBody.parse(try await Self.body(of: request, limit: maxBody), route: "/api/households", allowed: [
                "register", "target", "programmes", "core", "id-column", "code-column", "decile-column", "no-deciles", "size-column",
                "weight-column", "amounts", "min-cell", "unmatched", "priority",
            ])
            let name = try body.required("register", "\"register.csv\" (a table uploaded in this session)")
            let uploads = Self.uploads(store, request)
            let register = try uploads.path(name)
            let rule = try uploads.guarded { try TargetRule(parsing: try body.required("target", "\"desil<=1\"")) }
            let programmes = try body.names("programmes") ?? []
            guard !programmes.isEmpty else { throw RequestProblem.invalid("give at least one programme column in programmes") }
            let decileColumn = try body.text("decile-column"), noDeciles = try body.bool("no-deciles")
            if noDeciles && decileColumn != nil { throw RequestProblem.invalid("give decile-column or no-deciles, not both") }
            let layout = HouseholdsRun.layout(id: try body.text("id-column") ?? "id", code: try body.text("code-column") ?? "kode", target: rule,
                                              decileColumn: decileColumn, noDeciles: noDeciles, size: try body.text("size-column"),
                                              weight: try body.text("weight-column"), programmes: programmes, amounts: try body.bool("amounts"))
            let unmatched = try body.text("unmatched") ?? "error"
            guard unmatched == "error" || unmatched == "warn" else {
                throw RequestProblem.invalid("the request, key \"unmatched\": \(unmatched.prefix(80)) is not error or warn")
            }
            let options = HouseholdOptions(core: try body.names("core"), minCell: try body.int("min-cell", in: 0...Int(Int32.max)) ?? 10,
                                           countUnmatched: unmatched == "warn")
            let priority = try body.override("priority")
            let json = try await gate.run {
                let result = try uploads.run(workbench, priority ?? [:])
                return try uploads.guarded {
                    let boundaries = result.scenario.boundaries.path
                    let flags = try priority.map { _ in
                        try HouseholdsRun.priorityFlags(result.selection.entries.map(\.code), layer: result.layer, file: "the priority list", boundaries: boundaries)
                    }
                    let report = try HouseholdsRun.report(register: register, layout: layout, layer: result.layer, priority: flags, options: options)
                    var manifest = try RunManifest.of(command: "households", inputs: [("register", register), ("boundaries", boundaries)], layer: result.layer,
                                                      parameters: HouseholdsRun.parameters(layout: layout, report: report, options: options))
                    for k in manifest.inputs.indices { manifest.inputs[k].path = uploads.scrub(manifest.inputs[k].path) }
                    return uploads.scrub(try HouseholdsEmitter.document(report, csvTable: .districts, manifest: manifest).render(.json))
                }
            }
            return Self.respond(Array(json.utf8), type: "application/json")
        }

        // A table of the session's own: CSV, parsed by the guarded reader.
        r.post("/api/upload/:name") { request, context in
            let name = context.parameters.get("name") ?? ""
            try UploadStore.check(name: name)
            let bytes: [UInt8]
            do { bytes = try await Self.body(of: request, limit: store.limits.maxBytes) } catch let problem as RequestProblem where problem.status == .contentTooLarge {
                throw RequestProblem(status: .contentTooLarge, kind: "too-large",
                                     detail: "upload \(name): more than the \(store.limits.maxBytes) bytes this server takes for a table")
            }
            let session = UploadStore.sessionID(cookieHeader: request.headers[.cookie])
            let stored = try await gate.run { try store.store(bytes, name: name, session: session) }
            var response = Self.respond(Array(try JSONText.encode(stored.receipt).utf8), type: "application/json")
            if stored.session != session {
                response.headers[.setCookie] = "\(UploadStore.cookie)=\(stored.session); Path=/; HttpOnly; SameSite=Strict"
            }
            return response
        }
    }

    /// The uploads of the session `request`'s cookie names.
    static func uploads(_ store: UploadStore, _ request: Request) -> SessionUploads {
        SessionUploads(store: store, session: UploadStore.sessionID(cookieHeader: request.headers[.cookie]))
    }
}
