import Testing
@testable import Sasaran

@Suite("Index arithmetic")
struct IndexMathTests {
    @Test("z uses the population standard deviation; minmax and rank lie in [0, 1]; - reverses")
    func normalisation() throws {
        let z = try Normalisation.z.scores([1, 2, 3, 4], lowerIsWorse: false, column: "x")
        let sd = 1.25.squareRoot()
        #expect(zip(z, [-1.5 / sd, -0.5 / sd, 0.5 / sd, 1.5 / sd]).allSatisfy { abs($0 - $1) < 1e-15 })
        #expect(try Normalisation.z.scores([1, 2, 3, 4], lowerIsWorse: true, column: "x") == z.map { -$0 })
        #expect(try Normalisation.minmax.scores([2, 4, 6, 10], lowerIsWorse: false, column: "x") == [0, 0.25, 0.5, 1])
        #expect(try Normalisation.minmax.scores([2, 4, 6, 10], lowerIsWorse: true, column: "x") == [1, 0.75, 0.5, 0])
        #expect(try Normalisation.rank.scores([1, 2, 2, 4], lowerIsWorse: false, column: "x") == [0, 0.5, 0.5, 1])
        #expect(throws: IndexError.noSpread(column: "x", regions: 3)) { try Normalisation.z.scores([5, 5, 5], lowerIsWorse: false, column: "x") }
    }

    @Test("Alkire–Foster: counts, identification at k, H, A and M0 by hand")
    func alkireFoster() throws {
        let d = try AlkireFoster.parseDeprivations("p0>=15, ipm<65, tpt>5")
        #expect(d.map(\.description) == ["p0>=15", "ipm<65", "tpt>5"])
        // A deprived in 3, B in 2 (p0, tpt), C in 1 (ipm), D in 0.
        let rows: [[Double]] = [[20, 60, 6], [15, 70, 5.5], [10, 64.9, 5], [5, 80, 1]]
        let counted = AlkireFoster.count(rows, deprivations: d, k: 2)
        #expect(counted.counts == [3, 2, 1, 0])
        #expect(counted.censored == [1, 2.0 / 3, 0, 0])
        #expect(counted.summary.identified == 2)
        #expect(counted.summary.headcount == 0.5)                       // q/n = 2/4
        #expect(abs(counted.summary.intensity - 5.0 / 6) < 1e-15)       // (3+2)/(2·3)
        #expect(abs(counted.summary.adjustedHeadcount - 5.0 / 12) < 1e-15) // (3+2)/(4·3) = H·A
        #expect(throws: ExpressionError.self) { try AlkireFoster.parseDeprivations("p0>=15,ipm") }
    }

    @Test("classes: quintiles, equal intervals and Dalenius–Hodges by hand")
    func classes() throws {
        let q = try ClassBreaks((1...10).map(Double.init), count: 5, method: .quantile)
        #expect(zip(q.breaks, [2.8, 4.6, 6.4, 8.2]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(q.sizes == [2, 2, 2, 2, 2])
        let skewed: [Double] = [0, 0, 0, 0, 1, 1, 2, 3, 4, 10]
        let e = try ClassBreaks(skewed, count: 2, method: .equal)
        #expect(e.breaks == [5])
        #expect(e.sizes == [9, 1])
        // 10 bins of width 1, right-closed: frequencies 6,1,1,1,0,0,0,0,0,1; cumulative √f reaches
        // half of its total (3.22) nearest at the end of bin 2 (3.45): break 2.
        let dh = try ClassBreaks(skewed, count: 2, method: .dh)
        #expect(dh.breaks == [2])
        #expect(dh.sizes == [7, 3])
        #expect(dh.classOf(2) == 1 && dh.classOf(2.5) == 2)
    }

    @Test("Jacobi gives the eigenpairs of a symmetric matrix")
    func eigen() {
        let e = SymmetricEigen([[2, 1], [1, 2]])
        #expect(abs(e.values[0] - 3) < 1e-14 && abs(e.values[1] - 1) < 1e-14)
        #expect(abs(abs(e.vectors[0][0]) - 0.5.squareRoot()) < 1e-14 && abs(e.vectors[0][0] - e.vectors[0][1]) < 1e-14)
        let m: [[Double]] = [[4, 1, 2], [1, 3, 0], [2, 0, 5]]
        let f = SymmetricEigen(m)
        for (value, vector) in zip(f.values, f.vectors) {
            for i in 0..<3 {
                let product = (0..<3).reduce(0.0) { $0 + m[i][$1] * vector[$1] }
                #expect(abs(product - value * vector[i]) < 1e-12)
            }
        }
    }

    @Test("components parse with weights and orientation; bad items are named")
    func components() throws {
        let c = try IndexComponent.parseList("p0_persen:0.5, jumlah_miskin_ribu:0.3,-ipm:0.2", weights: true)
        #expect(c.map(\.description) == ["p0_persen:0.5", "jumlah_miskin_ribu:0.3", "-ipm:0.2"])
        #expect(c[2].lowerIsWorse && c[2].scoreColumn == "ipm_score")
        #expect(throws: IndexError.invalidComponent(text: "a:1,ipm:-0.2", item: 2,
                                                   message: "weight -0.2 must be above zero; to make lower values worse off write -ipm:0.2")) {
            try IndexComponent.parseList("a:1,ipm:-0.2", weights: true)
        }
        #expect(throws: IndexError.self) { try IndexComponent.parseList("a:1,a:2", weights: true) }
        #expect(throws: IndexError.self) { try IndexComponent.parseList("a:1", weights: false) }
    }
}
