import Sasaran

/// The language of the report's labels.
public enum ReportLanguage: String, CaseIterable, Sendable {
    /// English.
    case en
    /// Bahasa Indonesia.
    case id

    /// How the people-facing formats write numbers in this language: "1234.56" in English,
    /// "1.234,56" in Bahasa Indonesia (``NumberText/localized(_:_:)``).
    public var numberForm: NumberForm { ReportStrings.of(self).numberForm }
}

/// Every label the HTML report and the map SVG print, in English and Bahasa Indonesia. Text
/// from the data (names, codes, the scenario) is not here; it is escaped where it is inserted
/// (``Markup/escape(_:)``).
struct ReportStrings {
    var priorityList: String
    var indicator: String
    var filters: String
    var none: String
    var rankedBy: String
    var nationalTotal: String
    var totalGiven: String
    /// "sum over N regions with a value".
    var totalSum: (Int) -> String
    var target: String
    var noTarget: String
    var coverage: String
    var valueCovered: String
    var regionsSelected: String
    /// "of N with a value".
    var ofWithValue: (Int) -> String
    var marginal: String
    var marginalNote: String
    var provincesTouched: String
    var map: String
    var mapCaption: String
    var selected: String
    /// "Phase N: name".
    var phaseLegend: (Int, String) -> String
    var notSelected: String
    var noData: String
    var provinceBorder: String
    var shareOfNational: String
    var value: String
    var share: String
    var rank: String
    /// "rank N of M by KEY (not selected)".
    var rankNotSelected: (Int, Int, String) -> String
    var population: String
    var rate: String
    var phase: String
    var phases: String
    var rule: String
    var added: String
    var shareAdded: String
    var name: String
    var code: String
    var province: String
    var provinceName: String
    var why: String
    var reasons: [SelectionReason: String]
    var cumulative: String
    var coverageCurve: String
    var curveCaption: String
    var numberOfRegions: String
    var cumulativeShare: String
    var thisList: String
    var rankedByCount: String
    var rankedByRate: String
    var targetLine: String
    var provinces: String
    var provincesCaption: String
    var regionsWithValue: String
    var provinceTotal: String
    var shareOfProvince: String
    var clickToSort: String
    var notMet: String
    var runManifest: String
    var inputs: String
    var role: String
    var file: String
    var bytes: String
    var parameters: String
    var boundaries: String
    var warnings: String
    var dataSources: String
    var madeWith: String
    var scale: String
    var schematicTitle: String
    var schematicNotice: String
    var schematicShort: String
    var notice: String
    var rankKey: (RankKey) -> String
    /// How numbers are written in this language.
    var numberForm: NumberForm

    static func of(_ language: ReportLanguage) -> ReportStrings {
        switch language {
        case .en: return english
        case .id: return indonesian
        }
    }

    static let english = ReportStrings(
        priorityList: "Priority list",
        indicator: "Indicator",
        filters: "Filters",
        none: "none",
        rankedBy: "Ranked by",
        nationalTotal: "National total",
        totalGiven: "given",
        totalSum: { "sum over \($0) regions with a value" },
        target: "Target",
        noTarget: "no coverage target",
        coverage: "Coverage",
        valueCovered: "Value covered",
        regionsSelected: "Regions selected",
        ofWithValue: { "of \($0) with a value" },
        marginal: "Marginal region",
        marginalNote: "the region that crosses the target, included",
        provincesTouched: "Provinces touched",
        map: "Map",
        mapCaption: "Every region of the layer; the selected ones coloured. Hover a region for its figures.",
        selected: "Selected",
        phaseLegend: { "Phase \($0): \($1)" },
        notSelected: "Not selected",
        noData: "No data",
        provinceBorder: "Province border",
        shareOfNational: "Share of national total",
        value: "Value",
        share: "Share",
        rank: "Rank",
        rankNotSelected: { "rank \($0) of \($1) by \($2) (not selected)" },
        population: "Population",
        rate: "Rate",
        phase: "Phase",
        phases: "Phases",
        rule: "Rule",
        added: "Added",
        shareAdded: "Share added %",
        name: "Name",
        code: "Code",
        province: "Province",
        provinceName: "Province name",
        why: "Why",
        reasons: [.ranked: "ranked", .locked: "locked in", .parentMinimum: "province minimum", .optimised: "optimised"],
        cumulative: "Cumulative",
        coverageCurve: "Coverage curve",
        curveCaption: "Cumulative share of the national total against the number of regions, adding regions in rank order.",
        numberOfRegions: "Number of regions",
        cumulativeShare: "Cumulative share of the national total",
        thisList: "This list",
        rankedByCount: "Ranked by count",
        rankedByRate: "Ranked by rate (count ÷ population)",
        targetLine: "Target",
        provinces: "Provinces",
        provincesCaption: "Every province with a value; coverage within the province and of the national total.",
        regionsWithValue: "With a value",
        provinceTotal: "Province total",
        shareOfProvince: "Share of province %",
        clickToSort: "Click a column heading to sort.",
        notMet: "Not met",
        runManifest: "Run manifest",
        inputs: "Inputs",
        role: "Role",
        file: "File",
        bytes: "Bytes",
        parameters: "Parameters",
        boundaries: "Boundaries",
        warnings: "Warnings",
        dataSources: "Data sources",
        madeWith: "Made with",
        scale: "km",
        schematicTitle: "Schematic boundaries",
        schematicNotice: "The district shapes on this map are SCHEMATIC, not the real borders: cells built around each district's real centroid with about its registered area. The figures are real; the borders, coasts and islands are not. Do not use this map for decisions, for locating households or facilities, or in documents handed to anyone. Run again with real boundaries (--boundaries FILE with any district shapefile or GeoJSON that has a code field; Indonesian boundaries are published by BIG on Ina-Geoportal, tanahair.indonesia.go.id).",
        schematicShort: "SCHEMATIC boundaries, not real borders: do not use for decisions",
        notice: "Note",
        rankKey: { key in
            switch key {
            case .count: return "count"
            case .rate: return "rate (count ÷ population)"
            case .column(let name): return name
            }
        },
        numberForm: .plain)

    static let indonesian = ReportStrings(
        priorityList: "Daftar prioritas",
        indicator: "Indikator",
        filters: "Filter",
        none: "tidak ada",
        rankedBy: "Diurutkan menurut",
        nationalTotal: "Total nasional",
        totalGiven: "ditetapkan",
        totalSum: { "jumlah atas \($0) wilayah yang memiliki nilai" },
        target: "Target",
        noTarget: "tanpa target cakupan",
        coverage: "Cakupan",
        valueCovered: "Nilai tercakup",
        regionsSelected: "Wilayah terpilih",
        ofWithValue: { "dari \($0) yang memiliki nilai" },
        marginal: "Wilayah marginal",
        marginalNote: "wilayah yang melampaui target, ikut dipilih",
        provincesTouched: "Provinsi tercakup",
        map: "Peta",
        mapCaption: "Semua wilayah pada lapisan; wilayah terpilih diberi warna. Arahkan kursor ke wilayah untuk melihat angkanya.",
        selected: "Terpilih",
        phaseLegend: { "Tahap \($0): \($1)" },
        notSelected: "Tidak terpilih",
        noData: "Tanpa data",
        provinceBorder: "Batas provinsi",
        shareOfNational: "Porsi dari total nasional",
        value: "Nilai",
        share: "Porsi",
        rank: "Peringkat",
        rankNotSelected: { "peringkat \($0) dari \($1) menurut \($2) (tidak terpilih)" },
        population: "Penduduk",
        rate: "Tingkat",
        phase: "Tahap",
        phases: "Tahapan",
        rule: "Aturan",
        added: "Ditambahkan",
        shareAdded: "Porsi ditambahkan %",
        name: "Nama",
        code: "Kode",
        province: "Provinsi",
        provinceName: "Nama provinsi",
        why: "Alasan",
        reasons: [.ranked: "peringkat", .locked: "dikunci", .parentMinimum: "minimum provinsi", .optimised: "dioptimalkan"],
        cumulative: "Kumulatif",
        coverageCurve: "Kurva cakupan",
        curveCaption: "Porsi kumulatif dari total nasional menurut jumlah wilayah, dengan menambah wilayah sesuai urutan peringkat.",
        numberOfRegions: "Jumlah wilayah",
        cumulativeShare: "Porsi kumulatif dari total nasional",
        thisList: "Daftar ini",
        rankedByCount: "Urut menurut jumlah",
        rankedByRate: "Urut menurut tingkat (jumlah ÷ penduduk)",
        targetLine: "Target",
        provinces: "Provinsi",
        provincesCaption: "Semua provinsi yang memiliki nilai; cakupan di dalam provinsi dan terhadap total nasional.",
        regionsWithValue: "Memiliki nilai",
        provinceTotal: "Total provinsi",
        shareOfProvince: "Porsi provinsi %",
        clickToSort: "Klik judul kolom untuk mengurutkan.",
        notMet: "Tidak terpenuhi",
        runManifest: "Manifes proses",
        inputs: "Masukan",
        role: "Peran",
        file: "Berkas",
        bytes: "Bita",
        parameters: "Parameter",
        boundaries: "Batas wilayah",
        warnings: "Peringatan",
        dataSources: "Sumber data",
        madeWith: "Dibuat dengan",
        scale: "km",
        schematicTitle: "Batas wilayah skematis",
        schematicNotice: "Bentuk kabupaten/kota pada peta ini SKEMATIS, bukan batas sebenarnya: sel yang dibangun di sekitar titik pusat asli setiap kabupaten/kota dengan luas kira-kira sama dengan luas terdaftarnya. Angka-angkanya nyata; batas, garis pantai dan pulaunya tidak. Jangan gunakan peta ini untuk pengambilan keputusan, untuk menentukan lokasi rumah tangga atau fasilitas, atau dalam dokumen yang diserahkan kepada siapa pun. Jalankan ulang dengan batas wilayah sebenarnya (--boundaries BERKAS dengan shapefile atau GeoJSON kabupaten/kota apa pun yang memiliki kolom kode; batas wilayah Indonesia diterbitkan oleh BIG di Ina-Geoportal, tanahair.indonesia.go.id).",
        schematicShort: "Batas wilayah SKEMATIS, bukan batas sebenarnya: jangan dipakai untuk keputusan",
        notice: "Catatan",
        rankKey: { key in
            switch key {
            case .count: return "jumlah"
            case .rate: return "tingkat (jumlah ÷ penduduk)"
            case .column(let name): return name
            }
        },
        numberForm: .indonesian)
}
