"""Peer of `sasaran aggregate`: count points per district with shapely 2.

usage: python aggregate_shapely.py BOUNDARIES CODE_FIELD POINTS(.csv|.bin) OUTPUT_CSV
Reads the points (CSV id,lon,lat with pandas, or .bin float64 lon,lat pairs with numpy), queries a
shapely STRtree with predicate 'within', keeps one district per point (the first hit, as no land
point of the generated layer lies in two), counts with numpy.bincount and writes code,count sorted
by code. Prints the seconds spent reading, indexing+querying and counting+writing."""
import sys, time
import numpy as np, pandas as pd, pyogrio, shapely

boundaries, code_field, points_path, output_csv = sys.argv[1:5]
t0 = time.perf_counter()
districts = pyogrio.read_dataframe(boundaries, columns=[code_field])
if points_path.endswith('.bin'):
    xy = np.fromfile(points_path, dtype='<f8').reshape(-1, 2)
    lon, lat = xy[:, 0], xy[:, 1]
else:
    pts = pd.read_csv(points_path, usecols=['lon', 'lat'])
    lon, lat = pts['lon'].to_numpy(), pts['lat'].to_numpy()
t1 = time.perf_counter()
tree = shapely.STRtree(districts.geometry.values)
pi, di = tree.query(shapely.points(lon, lat), predicate='within')
t2 = time.perf_counter()
_, first = np.unique(pi, return_index=True)
counts = np.bincount(di[first], minlength=len(districts))
codes = districts[code_field].astype(str).to_numpy()
out = pd.DataFrame({'code': codes, 'count': counts}).groupby('code', as_index=False)['count'].sum().sort_values('code')
out.to_csv(output_csv, index=False)
t3 = time.perf_counter()
print(f'read {t1 - t0:.3f}s  index+query {t2 - t1:.3f}s  count+write {t3 - t2:.3f}s  points {len(lon)}  assigned {len(first)}')
