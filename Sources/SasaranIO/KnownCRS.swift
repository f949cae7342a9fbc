/// The few definitions of WGS 84 longitude/latitude that nearly every boundary file carries,
/// recognised without PROJ: parsing a .prj and identifying it costs PROJ 15–25 ms (its database
/// opened, the ESRI names mapped), a third of reading the 514 districts. Only texts that match one
/// of these exactly (ignoring white space outside quotes) take this path; PROJ reads everything else, and a test
/// checks that PROJ gives each of these the same name, code and "no transform".
enum KnownCRS {
    /// The CRS of a text that is one of the known WGS 84 definitions, as PROJ would describe it.
    static func wgs84(_ text: String) -> CRSInfo? {
        guard definitions.contains(compact(text)) else { return nil }
        return CRSInfo(name: "WGS 84", code: "EPSG:4326", transformed: false, source: "")
    }

    /// The text without white space outside double quotes ("WGS 84" keeps its space).
    static func compact(_ text: String) -> String {
        var quoted = false
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle() }
            if quoted || !scalar.properties.isWhitespace { result.append(scalar) }
        }
        return String(result)
    }

    /// The definitions, white space outside quotes removed.
    static let definitions: Set<String> = [
        // ESRI, as ArcGIS, QGIS and most shapefile writers put it in a .prj.
        #"GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]"#,
        #"GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["Degree",0.017453292519943295]]"#,
        #"GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.017453292519943295]]"#,
        // OGC WKT 1 with EPSG authorities, as GDAL writes it.
        #"GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]"#,
        #"GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]"#,
        "EPSG:4326",
    ]
}
