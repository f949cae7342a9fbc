import Foundation

/// The check that a join matched the right regions: where both the layer and the table have
/// names, the names of matched codes must agree. The Kemendagri and BPS code systems share most
/// code strings but mean different districts (Kemendagri 11.01 is Aceh Selatan, BPS 1101 is
/// Simeulue), so a join of the wrong code system matches most codes to the wrong districts; its
/// names give it away.
///
/// Names are compared after ``normalised(_:)``; two names agree when one normalised name holds
/// the other ("Kota Baru" and "Kabupaten Kotabaru", "Siau Tagulandang Biaro" and "Kabupaten
/// Kep. Siau Tagulandang Biaro"). More than ``refusalShare`` of the matched codes disagreeing
/// refuses the join (whatever the missing and unmatched policies say); fewer are listed as
/// warnings (renamed districts: Toba Samosir → Toba).
public enum NameCheck {
    /// The share of matched codes whose names may disagree before the join is refused.
    public static let refusalShare = 0.10

    /// A matched code whose names disagree.
    public struct Disagreement: Sendable, Hashable, CustomStringConvertible {
        public var code: String
        public var layerName: String
        public var tableName: String
        public var description: String { "\(code): \"\(layerName)\" in the layer, \"\(tableName)\" in the table" }
    }

    /// The name with case, accents, punctuation and spaces dropped, and a leading type word
    /// ("Kabupaten", "Kab.", "Kota Administrasi", "Kota Adm.", "Kota") removed.
    public static func normalised(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var words = folded.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        let prefixes: [[String]] = [["kabupaten"], ["kab"], ["kota", "administrasi"], ["kota", "adm"], ["kota"], ["administrasi"]]
        for prefix in prefixes where words.count > prefix.count && Array(words.prefix(prefix.count)) == prefix {
            words.removeFirst(prefix.count)
            break
        }
        return words.joined()
    }

    /// Whether two names agree (see the type's notes).
    public static func agree(_ a: String, _ b: String) -> Bool {
        let x = normalised(a), y = normalised(b)
        guard !x.isEmpty, !y.isEmpty else { return true }
        return x == y || x.contains(y) || y.contains(x)
    }
}
