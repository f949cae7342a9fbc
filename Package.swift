// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Sasaran",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sasaran", targets: ["sasaran"]),
        .executable(name: "sasaran-serve", targets: ["SasaranServe"]),
        .library(name: "Sasaran", targets: ["Sasaran", "SasaranReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(name: "CGEOS", pkgConfig: "geos", providers: [.apt(["libgeos-dev"]), .brew(["geos"])]),
        .systemLibrary(name: "CPROJ", pkgConfig: "proj", providers: [.apt(["libproj-dev"]), .brew(["proj"])]),
        .systemLibrary(name: "CGDAL", pkgConfig: "gdal", providers: [.apt(["libgdal-dev"]), .brew(["gdal"])]),
        .systemLibrary(name: "CXLSXWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"]), .brew(["libxlsxwriter"])]),
        .systemLibrary(name: "CPangoCairo", pkgConfig: "pangocairo", providers: [.apt(["libcairo2-dev", "libpango1.0-dev"]), .brew(["pango"])]),
        .systemLibrary(name: "CCBC", pkgConfig: "cbc", providers: [.apt(["coinor-libcbc-dev"]), .brew(["cbc"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .systemLibrary(name: "CPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"]), .brew(["libpq"])]),
        .target(name: "SasaranGeo", dependencies: ["CGEOS", "CPROJ"]),
        .target(name: "SasaranIO", dependencies: ["SasaranGeo", "CGDAL", "CZlib", "CPQ", .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "Sasaran", dependencies: [
            "SasaranGeo", "SasaranIO", "CCBC",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "SasaranReport", dependencies: ["Sasaran", "SasaranIO", "CXLSXWriter", "CPangoCairo"]),
        .executableTarget(name: "sasaran", dependencies: [
            "Sasaran", "SasaranReport", "SasaranIO", "SasaranGeo",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // The workbench (issue 20): an HTTP API and a page over the same engine, in its own
        // library and executable so that the main `sasaran` binary builds without Hummingbird;
        // `sasaran serve` execs `sasaran-serve` from beside itself.
        .target(name: "SasaranServer", dependencies: [
            "Sasaran", "SasaranReport", "SasaranIO",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
        ], resources: [.copy("Page")]),
        .executableTarget(name: "SasaranServe", dependencies: [
            "SasaranServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "sasaran-default-dataset", dependencies: [
            "Sasaran", "SasaranReport", "SasaranIO", "SasaranGeo",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], path: "Sources/SasaranDefaultDataset"),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SasaranGeoTests", dependencies: ["SasaranGeo", "TestSupport"]),
        .testTarget(name: "SasaranIOTests", dependencies: ["SasaranIO", "Sasaran", "TestSupport"]),
        .testTarget(name: "SasaranTests", dependencies: ["Sasaran", "TestSupport"]),
        .testTarget(name: "SasaranReportTests", dependencies: ["SasaranReport", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["sasaran", "TestSupport"]),
        .testTarget(name: "ServerTests", dependencies: ["SasaranServer", "SasaranServe", "sasaran", "Sasaran", "TestSupport"]),
        .testTarget(name: "DefaultDatasetTests", dependencies: ["sasaran-default-dataset", "Sasaran", "TestSupport"]),
    ],
    swiftLanguageModes: [.v5]
)
