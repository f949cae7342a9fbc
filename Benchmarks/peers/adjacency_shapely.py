"""Reference pairs for `sasaran adjacency` on a lon/lat layer, with shapely 2.

usage: python adjacency_shapely.py BOUNDARIES CODE_FIELD TOLERANCE_KM OUTPUT_CSV
Tolerance 0: pairs whose geometries intersect (STRtree query, predicate 'intersects').
Tolerance t > 0: pairs within t km: STRtree 'dwithin' at a generous distance in degrees, then
shapely.shortest_line and the geodesic length (pyproj WGS84) of that line <= t.
Writes code_a,code_b (one row per unordered pair, sorted)."""
import sys, time
import numpy as np, pyogrio, shapely
from pyproj import Geod

boundaries, code_field, tolerance, output_csv = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
t0 = time.perf_counter()
frame = pyogrio.read_dataframe(boundaries, columns=[code_field])
geoms = shapely.make_valid(frame.geometry.values)
codes = frame[code_field].astype(str).to_numpy()
tree = shapely.STRtree(geoms)
if tolerance == 0:
    a, b = tree.query(geoms, predicate='intersects')
    keep = a < b
    a, b = a[keep], b[keep]
else:
    a, b = tree.query(geoms, predicate='dwithin', distance=tolerance / 100.0)
    keep = a < b
    a, b = a[keep], b[keep]
    lines = shapely.shortest_line(geoms[a], geoms[b])
    coords = shapely.get_coordinates(lines).reshape(-1, 4)
    _, _, metres = Geod(ellps='WGS84').inv(coords[:, 0], coords[:, 1], coords[:, 2], coords[:, 3])
    keep = metres / 1000 <= tolerance
    a, b = a[keep], b[keep]
pairs = sorted({tuple(sorted((codes[i], codes[j]))) for i, j in zip(a, b)})
with open(output_csv, 'w') as out:
    out.write('code_a,code_b\n')
    out.writelines(f'{x},{y}\n' for x, y in pairs)
print(f'{time.perf_counter() - t0:.3f}s  pairs {len(pairs)}')
