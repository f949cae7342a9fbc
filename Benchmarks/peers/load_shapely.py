"""Peer for loading a RegionLayer: pyogrio read + shapely STRtree build (no points).

usage: python load_shapely.py PATH CODE_FIELD
Prints: read X s index Y s regions N"""
import sys, time
import pyogrio, shapely

path, code_field = sys.argv[1:3]
t0 = time.perf_counter()
districts = pyogrio.read_dataframe(path, columns=[code_field])
t1 = time.perf_counter()
tree = shapely.STRtree(districts.geometry.values)
tree.query(shapely.points(0.0, 0.0))  # STRtree builds lazily: force the build
t2 = time.perf_counter()
print(f'read {t1 - t0:.3f} s index {t2 - t1:.3f} s regions {len(districts)}')
