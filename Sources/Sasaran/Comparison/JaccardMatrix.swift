/// The Jaccard index (|A ∩ B| ÷ |A ∪ B|) of every pair of lists of a batch, in batch order;
/// the diagonal is 1.
public struct JaccardMatrix: Sendable, Hashable {
    public var names: [String]
    /// `values[i][j]` is the index of list i and list j.
    public var values: [[Double]]

    public init(_ lists: [RankedList]) {
        names = lists.map(\.name)
        let sets = lists.map { Set($0.codes) }
        values = sets.map { a in
            sets.map { b in
                let union = a.union(b).count
                return union == 0 ? 1 : Double(a.intersection(b).count) / Double(union)
            }
        }
    }
}
