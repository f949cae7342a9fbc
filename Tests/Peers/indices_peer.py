"""Independent answers for Sasaran's index tests, computed with pandas and numpy on the real data.

usage: indices_peer.py DATA_ROOT   (DATA_ROOT = ../shared/data/idn)
Prints one JSON object:
  composite: the priority list (codes in order) of BPS 2023 ranked by the mean of the z-scores
             (population standard deviation, ddof=0) of p0_persen and jumlah_miskin_ribu, weights
             0.5/0.5, ties by code, until 75% of the number of poor; and each district's index.
  pca:       numpy.linalg.eigh of the correlation matrix of p0_persen, jumlah_miskin_ribu and
             -ipm (2023): the first component's loadings (signed so that the first loads
             positively), the explained variance ratio, the eigenvalues (descending).
  eligible:  how many districts meet p0_persen >= 20 or (ipm < 60 and jumlah_miskin_ribu >= 50)
             in 2023, as a pandas boolean filter.
Nothing here calls Sasaran or shares its code.
"""
import json
import sys

import numpy as np
import pandas as pd

root = sys.argv[1]
poverty = pd.read_csv(f"{root}/poverty/bps_poverty_kabkota_2015_2025.csv", dtype={"kode_kemendagri_2025": str})
poverty = poverty[poverty["tahun"] == 2023].set_index("kode_kemendagri_2025")
ipm = pd.read_csv(f"{root}/indicators/bps_ipm_kabkota_2020_2024.csv", dtype={"kode_kemendagri_2025": str})
ipm = ipm[ipm["tahun"] == 2023].set_index("kode_kemendagri_2025")["ipm"]
df = poverty[["p0_persen", "jumlah_miskin_ribu"]].join(ipm, how="inner").dropna().sort_index()


def z(series):
    return (series - series.mean()) / series.std(ddof=0)


index = 0.5 * z(df["p0_persen"]) + 0.5 * z(df["jumlah_miskin_ribu"])
order = sorted(df.index, key=lambda code: (-index[code], code))
total = df["jumlah_miskin_ribu"].sum()
codes, covered = [], 0.0
for code in order:
    codes.append(code)
    covered += df.loc[code, "jumlah_miskin_ribu"]
    if covered / total >= 0.75 - 1e-12:
        break

matrix = np.column_stack([df["p0_persen"], df["jumlah_miskin_ribu"], -df["ipm"]])
values, vectors = np.linalg.eigh(np.corrcoef(matrix, rowvar=False))
first = vectors[:, np.argmax(values)]
if first[0] < 0:
    first = -first

eligible = (df["p0_persen"] >= 20) | ((df["ipm"] < 60) & (df["jumlah_miskin_ribu"] >= 50))

print(json.dumps({
    "composite": {"codes": codes, "index": {code: float(index[code]) for code in df.index}},
    "pca": {"loadings": first.tolist(), "explainedVariance": float(values.max() / values.sum()),
            "eigenvalues": sorted(values.tolist(), reverse=True)},
    "eligible": int(eligible.sum()),
    "regions": int(len(df)),
}))
