import ArgumentParser
import Sasaran

/// Options describing how neighbours are found, shared by adjacency, pockets and hotspots.
struct AdjacencyOptionGroup: ParsableArguments {
    @Option(help: "Regions closer than this (km, over the ellipsoid) are neighbours; 0 means GEOS intersects exactly. Real files have gaps and slivers: 0.1–1 km finds what exact contact misses.")
    var toleranceKm: Double = 0

    @Option(help: "Link every island region (no neighbour) to every region within this many km, so archipelagos are not all islands.")
    var seaBridgeKm: Double?

    @Option(help: "queen (share a point; default) or rook (share a border line).")
    var contiguity: Contiguity = .queen

    @Option(help: "Rook with a tolerance: the border length (km) within the tolerance that makes a shared line (default max(4 × tolerance, 0.1)).")
    var rookMinKm: Double?

    var options: AdjacencyOptions {
        AdjacencyOptions(contiguity: contiguity, toleranceKm: toleranceKm, seaBridgeKm: seaBridgeKm, minimumSharedKm: rookMinKm)
    }

    func validate() throws {
        try NumberFlags.check(toleranceKm, "--tolerance-km", in: NumberFlags.kilometres)
        if let seaBridgeKm, !(seaBridgeKm > 0) { throw ValidationError("--sea-bridge-km must be above 0") }
        if let rookMinKm, !(rookMinKm > 0) { throw ValidationError("--rook-min-km must be above 0") }
        try NumberFlags.check(seaBridgeKm, "--sea-bridge-km", in: NumberFlags.kilometres)
        try NumberFlags.check(rookMinKm, "--rook-min-km", in: NumberFlags.kilometres)
    }
}

extension Contiguity: ExpressibleByArgument {}
