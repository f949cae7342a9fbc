import CGDAL

/// An open GDAL vector dataset, closed when the last reference goes. Used from one thread at a
/// time (GDAL datasets are not thread-safe).
final class OGRDataset {
    let handle: GDALDatasetH
    let source: OGRSource
    /// GDAL's short driver name ("GPKG", "ESRI Shapefile", "PostgreSQL").
    let driverName: String
    /// GDAL's long driver name ("GeoPackage"), for the layer's format.
    let driverLongName: String

    private init(handle: GDALDatasetH, source: OGRSource) {
        self.handle = handle
        self.source = source
        let driver = GDALGetDatasetDriver(handle)
        driverName = driver.flatMap { GDALGetDriverShortName($0) }.map { String(cString: $0) } ?? "unknown"
        driverLongName = driver.flatMap { GDALGetDriverLongName($0) }.map { String(cString: $0) } ?? driverName
    }

    deinit { GDALClose(handle) }

    /// Opens `source` for reading (or `update`) with GDAL's vector drivers (or only `drivers`),
    /// passing `options` (`NAME=VALUE`) to the driver.
    /// - Throws: ``InputError`` with GDAL's reason, naming the source (without its password).
    static func open(_ source: OGRSource, drivers: [String] = [], options: [String] = [], update: Bool = false,
                     messages: GDALMessages) throws -> OGRDataset {
        var flags = UInt32(GDAL_OF_VECTOR) | UInt32(GDAL_OF_VERBOSE_ERROR)
        flags |= update ? UInt32(GDAL_OF_UPDATE) : UInt32(GDAL_OF_READONLY)
        let handle = GDALLibrary.withCStringList(drivers) { driverList in
            GDALLibrary.withCStringList(options) { optionList in
                GDALOpenEx(source.gdalPath, flags, driverList, optionList, nil)
            }
        }
        guard let handle else {
            let reason = messages.lastError(or: "GDAL found no driver that reads it as vector data")
            throw InputError(file: source.displayName, message: "cannot open: \(OGRSource.redacted(reason))")
        }
        return OGRDataset(handle: handle, source: source)
    }

    /// The layers' names, in GDAL's order.
    var layerNames: [String] {
        (0..<GDALDatasetGetLayerCount(handle)).compactMap { index in
            GDALDatasetGetLayer(handle, index).flatMap { OGR_L_GetName($0) }.map { String(cString: $0) }
        }
    }

    /// The layer called `name` (exactly, else ignoring case), or the only layer when `name` is nil.
    /// - Throws: ``InputError`` listing the layers (with their geometry types) when the source
    ///   has none, several and no `name`, or none of that name.
    func layer(named name: String?) throws -> OGRLayerH {
        let names = layerNames
        func listing() -> String {
            names.enumerated().map { index, name in
                let type = GDALDatasetGetLayer(handle, Int32(index)).map { OGR_L_GetGeomType($0) }
                let typeName = type.flatMap { OGRGeometryTypeToName($0) }.map { String(cString: $0) } ?? "?"
                return "\(name) (\(typeName))"
            }.joined(separator: ", ")
        }
        if let name {
            let index = names.firstIndex(of: name) ?? names.firstIndex { $0.lowercased() == name.lowercased() }
            guard let index, let layer = GDALDatasetGetLayer(handle, Int32(index)) else {
                throw InputError(file: source.displayName, message: "no layer \"\(name)\"; the layers are: \(names.isEmpty ? "none" : listing())")
            }
            return layer
        }
        guard !names.isEmpty else { throw InputError(file: source.displayName, message: "holds no vector layer") }
        guard names.count == 1, let layer = GDALDatasetGetLayer(handle, 0) else {
            throw InputError(file: source.displayName, message: "holds \(names.count) layers: \(listing()); choose one with --layer NAME")
        }
        return layer
    }
}
