"""Peer of `sasaran uncertainty`: the same Monte Carlo in numpy, vectorised over replicates.

usage: uncertainty_numpy.py POVERTY_CSV YEAR TARGET CV REPLICATES SEED
Draws value = max(0, mean + cv*mean*z) for every district and replicate (numpy's PCG64, so the
draws differ from Sasaran's xoshiro256**), ranks each replicate by value descending with ties by
code (a stable argsort over columns sorted by code), cuts at the target, and reports selection
probabilities, the districts needed and the point list's coverage. Prints the time of the
Monte Carlo alone (after reading the CSV) and a summary to compare.
"""
import csv
import sys
import time

import numpy as np

path, year, target, cv, replicates, seed = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
rows = [r for r in csv.DictReader(open(path, encoding="utf-8")) if r["tahun"] == year and r["jumlah_miskin_ribu"] not in ("", "-")]
rows.sort(key=lambda r: r["kode_kemendagri_2025"])
mean = np.array([float(r["jumlah_miskin_ribu"]) for r in rows])
n = len(mean)


def select(values):
    """Per row of values: the order, the districts needed, the selection mask."""
    order = np.argsort(-values, axis=1, kind="stable")
    ranked = np.take_along_axis(values, order, axis=1)
    share = np.cumsum(ranked, axis=1) / values.sum(axis=1, keepdims=True)
    needed = np.argmax(share >= target - 1e-12, axis=1) + 1
    mask = np.zeros_like(values, dtype=bool)
    np.put_along_axis(mask, order, np.arange(n)[None, :] < needed[:, None], axis=1)
    return needed, mask


_, point_mask = select(mean[None, :])
point = point_mask[0]
t0 = time.perf_counter()
rng = np.random.default_rng(seed)
values = np.maximum(0.0, mean + cv * mean * rng.standard_normal((replicates, n)))
needed, mask = select(values)
probability = mask.mean(axis=0)
coverage = values[:, point].sum(axis=1) / values.sum(axis=1)
q = np.quantile(needed, [0, 0.05, 0.5, 0.95, 1])
c = np.quantile(coverage, [0.05, 0.95])
elapsed = time.perf_counter() - t0
print(f"montecarlo {elapsed:.3f} s districts {n} point {int(point.sum())} needed {' '.join(f'{x:g}' for x in q)} "
      f"coverage {coverage.mean():.4f} [{c[0]:.4f}, {c[1]:.4f}] always {int((probability == 1).sum())} sometimes {int(((probability > 0) & (probability < 1)).sum())}")
