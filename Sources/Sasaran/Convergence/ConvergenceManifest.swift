extension Convergence {
    /// The run's manifest with the programme table added: its SHA-256 as an input, and the
    /// layout, unit, gap threshold and core programmes as parameters.
    public static func manifest(_ result: RunResult, programmes input: ProgrammeInput, report: ConvergenceReport) throws -> RunManifest {
        var manifest = result.manifest
        let digest = try FileDigest.sha256(of: input.path)
        manifest.inputs.append(RunManifest.Input(role: "programmes", path: input.path, sha256: digest.hex, bytes: digest.bytes))
        let columns = input.columns
        switch columns.layout {
        case let .long(programme, amount):
            manifest.parameters["programmes.layout"] = "long"
            manifest.parameters["programmes.programmeColumn"] = programme
            manifest.parameters["programmes.amountColumn"] = amount
        case let .wide(names):
            manifest.parameters["programmes.layout"] = "wide"
            if let names { manifest.parameters["programmes.columns"] = names.joined(separator: ",") }
        }
        manifest.parameters["programmes.codeColumn"] = columns.code
        if let year = columns.year { manifest.parameters["programmes.yearColumn"] = year }
        if let year = columns.yearFilter { manifest.parameters["programmes.year"] = year }
        manifest.parameters["programmes.unit"] = input.unit
        manifest.parameters["programmes.minProgrammes"] = String(report.minProgrammes)
        manifest.parameters["programmes.core"] = report.core.joined(separator: ",")
        return manifest
    }
}
