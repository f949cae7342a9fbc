/// The first principal component of standardised components: the eigenvector of their
/// correlation matrix with the largest eigenvalue (``SymmetricEigen``), signed so that the
/// first component listed loads positively. A region's score is Σ loadingⱼ · zⱼ.
public struct PrincipalComponent: Sendable, Hashable {
    /// The loadings (unit length), in the order of the components.
    public var loadings: [Double]
    /// Every eigenvalue of the correlation matrix, descending (they sum to the number of
    /// components).
    public var eigenvalues: [Double]
    /// λ₁ ÷ Σλ: the share of the standardised variance the first component explains.
    public var explainedVariance: Double

    /// The first component of `columns` (one array of z-scores per component, all as long).
    init(standardised columns: [[Double]]) {
        let p = columns.count, n = columns.first?.count ?? 0
        var correlation = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
        for i in 0..<p {
            for j in i..<p {
                var sum = CompensatedSum()
                for r in 0..<n { sum.add(columns[i][r] * columns[j][r]) }
                correlation[i][j] = sum.value / Double(n)
                correlation[j][i] = correlation[i][j]
            }
        }
        let eigen = SymmetricEigen(correlation)
        var first = eigen.vectors[0]
        if let lead = first.first(where: { abs($0) > 1e-12 }), lead < 0 { first = first.map { -$0 } }
        loadings = first
        eigenvalues = eigen.values
        let total = CompensatedSum.of(eigen.values)
        explainedVariance = total > 0 ? eigen.values[0] / total : 0
    }
}
