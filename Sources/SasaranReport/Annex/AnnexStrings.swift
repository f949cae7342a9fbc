/// The labels of the annex (the workbook and the PDF) that the HTML report does not have, in
/// English and Bahasa Indonesia; the others come from ``ReportStrings``.
struct AnnexStrings {
    var scenario: String
    var data: String
    var list: String
    var provinceCode: String
    var sharePercent: String
    var cumulativePercent: String
    var coverageOfNational: String
    var regionsOf: String
    var sha256: String
    var attribution: String
    var value: String
    var unmet: String
    /// "Page N of M".
    var page: (Int, Int) -> String
    /// "Selected regions numbered as in the list; the framed part is enlarged below".
    var mapKeyWithDetail: String
    /// "Selected regions numbered as in the list", for a map without a detail.
    var mapKeyAlone: String
    /// Under the detail map.
    var detailKey: String

    /// The key under a numbered map (the PDF's and the report's), saying whether a detail follows.
    func mapKey(withDetail: Bool) -> String { withDetail ? mapKeyWithDetail : mapKeyAlone }

    static func of(_ language: ReportLanguage) -> AnnexStrings {
        switch language {
        case .en: return english
        case .id: return indonesian
        }
    }

    static let english = AnnexStrings(
        scenario: "Scenario", data: "Data", list: "List", provinceCode: "Province code",
        sharePercent: "Share %", cumulativePercent: "Cumulative %", coverageOfNational: "Share of national %",
        regionsOf: "Regions with a value", sha256: "SHA-256", attribution: "Attribution", value: "Value",
        unmet: "Not met", page: { "Page \($0) of \($1)" },
        mapKeyWithDetail: "Selected regions, numbered by their rank in the list; the framed part is enlarged below.",
        mapKeyAlone: "Selected regions, numbered by their rank in the list.",
        detailKey: "Detail of the framed part of the map, where the selected regions are closest together.")

    static let indonesian = AnnexStrings(
        scenario: "Skenario", data: "Data", list: "Daftar", provinceCode: "Kode provinsi",
        sharePercent: "Porsi %", cumulativePercent: "Kumulatif %", coverageOfNational: "Porsi nasional %",
        regionsOf: "Wilayah bernilai", sha256: "SHA-256", attribution: "Atribusi", value: "Nilai",
        unmet: "Tidak terpenuhi", page: { "Halaman \($0) dari \($1)" },
        mapKeyWithDetail: "Wilayah terpilih, diberi nomor sesuai peringkatnya dalam daftar; bagian berbingkai diperbesar di bawah.",
        mapKeyAlone: "Wilayah terpilih, diberi nomor sesuai peringkatnya dalam daftar.",
        detailKey: "Perbesaran bagian peta yang berbingkai, tempat wilayah terpilih paling berdekatan.")
}
