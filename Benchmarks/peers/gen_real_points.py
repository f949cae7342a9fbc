"""Uniform random points over the bounding box of a real boundary layer (seeded).

usage: python gen_real_points.py BOUNDARIES M OUTPUT_CSV [SEED]
Writes id,lon,lat with %.7f (values rounded to 1e-7 deg). Default seed 20240601."""
import sys
import numpy as np, pyogrio

path, m, out = sys.argv[1], int(float(sys.argv[2])), sys.argv[3]
seed = int(sys.argv[4]) if len(sys.argv) > 4 else 20240601
xmin, ymin, xmax, ymax = pyogrio.read_info(path, force_total_bounds=True)['total_bounds']
rng = np.random.default_rng(seed)
x = np.round(rng.uniform(xmin, xmax, m), 7)
y = np.round(rng.uniform(ymin, ymax, m), 7)
with open(out, 'w') as f:
    f.write('id,lon,lat\n')
    f.write(''.join(f'{i},{a:.7f},{b:.7f}\n' for i, a, b in zip(range(m), x.tolist(), y.tolist())))
print(f'{m} points in [{xmin:.7f}, {ymin:.7f}, {xmax:.7f}, {ymax:.7f}] -> {out}')
