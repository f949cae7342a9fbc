"""Independent peer for per-level quotas (issue 16): the village list by count with at most
MAX villages per kabupaten (the first 4 characters of the code) and at least one per province
(first 2), written with pandas only, for Benchmarks/village.sh to compare with
`sasaran rank --levels province=2,kabupaten=4 --max-per kabupaten:MAX --min-per province:1`.

Rule (DESIGN.md): order by value descending, ties by code; first each province's best village
(its minimum), then walk the order skipping full kabupaten until the cumulative share reaches
the target, the crossing village included.
usage: rank_levels.py layer.dbf target max_per_kabupaten out.csv
"""
import sys
import time

import pyogrio

t0 = time.perf_counter()
dbf, target, cap, out = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
df = pyogrio.read_dataframe(dbf, columns=["code", "ext_poor"], read_geometry=False)
df["code"] = df["code"].str.strip()
df = df.sort_values(["ext_poor", "code"], ascending=[False, True], kind="stable").reset_index(drop=True)
total = float(df["ext_poor"].sum())
kab = df["code"].str[:4].tolist()
prov = df["code"].str[:2].tolist()
values = df["ext_poor"].tolist()
codes = df["code"].tolist()
chosen, per_kab, covered = [], {}, 0.0
picked = set()
seen_prov = set()
for i in range(len(codes)):  # each province's best village, in rank order
    if prov[i] not in seen_prov:
        seen_prov.add(prov[i])
        chosen.append(i); picked.add(i); per_kab[kab[i]] = per_kab.get(kab[i], 0) + 1; covered += values[i]
chosen.sort()
if covered / total < target - 1e-12:
    for i in range(len(codes)):
        if i in picked or per_kab.get(kab[i], 0) >= cap:
            continue
        chosen.append(i); per_kab[kab[i]] = per_kab.get(kab[i], 0) + 1; covered += values[i]
        if covered / total >= target - 1e-12:
            break
with open(out, "w") as f:
    f.write("code\n" + "".join(codes[i] + "\n" for i in chosen))
print(f"{len(chosen)} villages, coverage {covered / total:.6f}, {time.perf_counter() - t0:.2f} s", file=sys.stderr)
