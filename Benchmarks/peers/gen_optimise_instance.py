#!/usr/bin/env python3
"""gen_optimise_instance.py N SEED UNIT_COST OUT_DIR: a generated instance for the optimise
benchmark, N regions in N/164 parents (84,000 -> 512, the village layer's scale), seeded:
  regions.geojson   one tiny square per region (code, parent), for `sasaran rank --boundaries`
  indicators.csv    code, value (a count, lognormal), population (lognormal)
  instance.csv      code, parent, value, cost = population x UNIT_COST, for the HiGHS peer
No real geometry: the solve is what is measured."""
import csv, json, sys
import numpy as np

n, seed, unit_cost, out = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
rng = np.random.default_rng(seed)
parents = max(1, n // 164)
parent = rng.integers(0, parents, n)
population = np.round(rng.lognormal(8.0, 0.9, n))           # people
rate = np.clip(rng.beta(2.0, 14.0, n), 0.005, 0.9)          # poverty rate
value = np.round(population * rate)                          # poor people
codes = [f"{parent[i]:03d}.{i:06d}" for i in range(n)]
features = []
for i in range(n):
    x, y = (i % 400) * 0.01, (i // 400) * 0.01
    ring = [[x, y], [x + 0.008, y], [x + 0.008, y + 0.008], [x, y + 0.008], [x, y]]
    features.append({"type": "Feature", "properties": {"code": codes[i], "parent": f"{parent[i]:03d}"},
                     "geometry": {"type": "Polygon", "coordinates": [ring]}})
with open(f"{out}/regions.geojson", "w") as f:
    json.dump({"type": "FeatureCollection", "features": features}, f)
with open(f"{out}/indicators.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["code", "value", "population"])
    for i in range(n):
        w.writerow([codes[i], int(value[i]), int(population[i])])
with open(f"{out}/instance.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["code", "parent", "value", "cost"])
    for i in range(n):
        w.writerow([codes[i], f"{parent[i]:03d}", int(value[i]), repr(float(int(population[i])) * unit_cost)])
print(json.dumps({"regions": n, "parents": parents, "total_cost": float(population.sum() * unit_cost),
                  "total_value": float(value.sum())}))
