"""Peer of `sasaran sensitivity`: the same weight draws re-ranked and re-selected in numpy, vectorised.

usage: sensitivity_numpy.py DATA_ROOT YEAR TARGET CONCENTRATION DRAWS_CSV OUT_CSV
Components: z-scores (ddof=0) of p0_persen (0.4), jumlah_miskin_ribu (0.4) and -ipm (0.2) of YEAR
(BPS poverty and IPM tables in DATA_ROOT = ../shared/data/idn). Two timed parts:
  draw    numpy's own Dirichlet draws around the weights (its PCG64 stream, so different numbers);
  rerank  with the weights Sasaran drew (DRAWS_CSV, from --draws-output): index = Σ wⱼ zⱼ ÷ Σ wⱼ,
          ranked descending with ties by code, cut where the cumulative share of the number of
          poor reaches TARGET; selection counts, rank percentiles (nearest rank) and Spearman's ρ
          against the ranking under the given weights.
Writes OUT_CSV (code,times_selected,rank_min,rank_p5,rank_median,rank_p95,rank_max) to compare with
Sasaran's CSV, and prints the times and a summary.
"""
import sys
import time

import numpy as np
import pandas as pd

root, year, target, alpha, draws_csv, out_csv = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5], sys.argv[6]
poverty = pd.read_csv(f"{root}/poverty/bps_poverty_kabkota_2015_2025.csv", dtype={"kode_kemendagri_2025": str})
poverty = poverty[poverty["tahun"] == year].set_index("kode_kemendagri_2025")
ipm = pd.read_csv(f"{root}/indicators/bps_ipm_kabkota_2020_2024.csv", dtype={"kode_kemendagri_2025": str})
ipm = ipm[ipm["tahun"] == year].set_index("kode_kemendagri_2025")["ipm"]
df = poverty[["p0_persen", "jumlah_miskin_ribu"]].join(ipm, how="inner").dropna().sort_index()
codes = df.index.to_numpy()
m = len(codes)
given = np.array([0.4, 0.4, 0.2])
shares = pd.read_csv(draws_csv).iloc[:, 1:].to_numpy()
n = len(shares)


def z(x):
    return (x - x.mean()) / x.std(ddof=0)


Z = np.column_stack([z(df["p0_persen"].to_numpy()), z(df["jumlah_miskin_ribu"].to_numpy()), -z(df["ipm"].to_numpy())])
values = df["jumlah_miskin_ribu"].to_numpy()
total = values.sum()
code_rank = np.arange(m)  # codes are sorted


def index_of(W):
    acc = W[:, 0:1] * Z[None, :, 0]
    for j in range(1, W.shape[1]):
        acc = acc + W[:, j:j + 1] * Z[None, :, j]
    weight_sum = W[:, 0:1]
    for j in range(1, W.shape[1]):
        weight_sum = weight_sum + W[:, j:j + 1]
    return acc / weight_sum


def rank(W):
    index = index_of(W)
    order = np.lexsort((np.broadcast_to(code_rank, index.shape), -index), axis=1)
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, np.arange(m)[None, :], axis=1)
    return order, ranks


t0 = time.perf_counter()
own = np.random.default_rng(7).dirichlet(alpha * given / given.sum(), size=n)
t_draw = time.perf_counter() - t0

t0 = time.perf_counter()
_, base_ranks = rank(given[None, :] / given.sum())
order, ranks = rank(shares)
cumulative = np.cumsum(values[order], axis=1) / total
needed = np.argmax(cumulative >= target - 1e-12, axis=1) + 1
selected = ranks < needed[:, None]
times = selected.sum(axis=0)
spearman = 1 - 6 * ((ranks - base_ranks) ** 2).sum(axis=1) / (m * (m * m - 1))
pct = np.percentile(ranks + 1, [5, 50, 95], axis=0, method="inverted_cdf")
t_rerank = time.perf_counter() - t0

pd.DataFrame({"code": codes, "times_selected": times, "rank_min": ranks.min(axis=0) + 1, "rank_p5": pct[0].astype(int),
              "rank_median": pct[1].astype(int), "rank_p95": pct[2].astype(int), "rank_max": ranks.max(axis=0) + 1}).to_csv(out_csv, index=False)
print(f"draw {t_draw:.3f} s rerank {t_rerank:.3f} s total {t_draw + t_rerank:.3f} s draws {n} districts {m} "
      f"spearman median {np.median(spearman):.4f} needed {needed.min()}-{needed.max()} always {(times == n).sum()} sometimes {((times > 0) & (times < n)).sum()}")
