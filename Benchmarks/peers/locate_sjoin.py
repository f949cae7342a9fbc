"""Peer for `sasaran locate` through geopandas: geopandas.sjoin(points, districts, predicate="within").

usage: python locate_sjoin.py BOUNDARIES CODE_FIELD POINTS_CSV OUTPUT_CSV
Writes id,code (codes joined by ';' where a point lies in several districts, empty outside),
the same file as locate_shapely.py, so the answers compare line by line."""
import sys, time
import geopandas as gpd, pandas as pd, pyogrio

boundaries, code_field, points_csv, output_csv = sys.argv[1:5]
t0 = time.perf_counter()
districts = pyogrio.read_dataframe(boundaries, columns=[code_field])
pts = pd.read_csv(points_csv, dtype={'id': str})
points = gpd.GeoDataFrame({'id': pts['id']}, geometry=gpd.points_from_xy(pts['lon'], pts['lat']), crs=districts.crs)
t1 = time.perf_counter()
joined = gpd.sjoin(points, districts[[code_field, 'geometry']], how='left', predicate='within')
t2 = time.perf_counter()
codes = (joined.dropna(subset=[code_field]).sort_values(code_field).groupby(level=0)[code_field].agg(';'.join))
out = pd.DataFrame({'id': pts['id'], 'code': codes.reindex(range(len(pts))).fillna('').to_numpy()})
out.to_csv(output_csv, index=False)
t3 = time.perf_counter()
print(f'read {t1 - t0:.3f}s  sjoin {t2 - t1:.3f}s  write {t3 - t2:.3f}s  points {len(pts)}  assigned {len(codes)}')
