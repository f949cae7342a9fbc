import ArgumentParser
import Foundation
import Sasaran
import SasaranReport

/// `sasaran curve`: the coverage curve of a rank key, and count versus rate.
struct CurveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curve",
        abstract: "The coverage curve (districts → cumulative share) of a rank key, and the count-versus-rate trade-off.",
        discussion: """
        Ranks every district with a value by --rank-by (no constraints) and gives the cumulative share \
        of the national total after each. CSV: the curve of --rank-by. SVG: that curve and, when a \
        population column is given and the key is count or rate, the other of the two. table and JSON \
        add the districts needed for 20/50/75/90% and the target, and the trade-off at the target: \
        districts needed by count and by rate, and how much of the high-rate districts' poor the count \
        ranking leaves out.

        Example:
          sasaran curve --boundaries kabkota_2025.shp --code-field KODE_KMD \\
            --parent-field KODE_PROV --indicators bps_poverty_kabkota_2015_2025.csv \\
            --code-column kode_kemendagri_2025 --value jumlah_miskin_ribu \\
            --population penduduk_implied_ribu --where tahun=2025 --format svg \\
            --output curve.svg
        """)

    @OptionGroup var input: ScenarioInputOptions

    @OptionGroup var outputs: OutputOptions

    func run() throws {
        let result = try input.run()
        let set = try CoverageCurveSet(result)
        try outputs.write(OutputDocument(formats: CoverageCurveEmitter.formats, manifest: result.manifest) {
            try CoverageCurveEmitter.render(set, format: $0)
        }, inputs: result.inputFiles)
    }
}
