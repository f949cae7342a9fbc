import Foundation

/// Eigenvalues and eigenvectors of a small symmetric matrix by the cyclic Jacobi method
/// (Golub & Van Loan, *Matrix Computations*, §8.5): plane rotations until every off-diagonal
/// element is below 1e-15 of the matrix's norm.
///
/// Written here because the matrices are tiny (one row per index component, rarely more than
/// twenty) and no Swift package in the mirror does linear algebra; LAPACK's `dsyev` through a
/// system-library shim would add a C dependency to every machine for a routine of forty lines
/// whose answers the tests compare with numpy's `eigh`.
struct SymmetricEigen {
    /// Eigenvalues, descending.
    let values: [Double]
    /// `vectors[k]` is the unit eigenvector of `values[k]`.
    let vectors: [[Double]]

    /// Decomposes the symmetric `matrix` (p × p, row-major).
    init(_ matrix: [[Double]]) {
        let p = matrix.count
        var a = matrix
        var v = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
        for i in 0..<p { v[i][i] = 1 }
        var squares = 0.0
        for row in a { for x in row { squares += x * x } }
        let norm = squares.squareRoot()
        for _ in 0..<100 {
            var off = 0.0
            for i in 0..<p { for j in 0..<p where i != j { off += a[i][j] * a[i][j] } }
            if off.squareRoot() <= 1e-15 * max(norm, .leastNormalMagnitude) { break }
            for i in 0..<p {
                for j in (i + 1)..<max(i + 1, p) where a[i][j] != 0 {
                    let theta = (a[j][j] - a[i][i]) / (2 * a[i][j])
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for k in 0..<p {
                        let aki = a[k][i], akj = a[k][j]
                        a[k][i] = c * aki - s * akj
                        a[k][j] = s * aki + c * akj
                    }
                    for k in 0..<p {
                        let aik = a[i][k], ajk = a[j][k]
                        a[i][k] = c * aik - s * ajk
                        a[j][k] = s * aik + c * ajk
                    }
                    for k in 0..<p {
                        let vki = v[k][i], vkj = v[k][j]
                        v[k][i] = c * vki - s * vkj
                        v[k][j] = s * vki + c * vkj
                    }
                }
            }
        }
        let diagonal = (0..<p).map { a[$0][$0] }
        let order = (0..<p).sorted { (x: Int, y: Int) -> Bool in diagonal[x] != diagonal[y] ? diagonal[x] > diagonal[y] : x < y }
        values = order.map { diagonal[$0] }
        vectors = order.map { k in (0..<p).map { v[$0][k] } }
    }
}
