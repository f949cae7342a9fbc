"""Peer of `sasaran adjacency`: queen contiguity with libpysal.

usage: python adjacency_libpysal.py BOUNDARIES CODE_FIELD OUTPUT_CSV
Reads with pyogrio, builds libpysal.weights.Queen.from_dataframe (shared vertices), writes
code_a,code_b (one row per unordered pair, sorted). Prints the seconds spent reading and building."""
import sys, time, warnings
import pyogrio
from libpysal.weights import Queen

warnings.filterwarnings('ignore')
boundaries, code_field, output_csv = sys.argv[1:4]
t0 = time.perf_counter()
frame = pyogrio.read_dataframe(boundaries, columns=[code_field])
t1 = time.perf_counter()
w = Queen.from_dataframe(frame, ids=frame[code_field].astype(str).tolist(), use_index=False)
t2 = time.perf_counter()
pairs = sorted({tuple(sorted((str(a), str(b)))) for a, ns in w.neighbors.items() for b in ns})
with open(output_csv, 'w') as out:
    out.write('code_a,code_b\n')
    out.writelines(f'{a},{b}\n' for a, b in pairs)
print(f'read {t1 - t0:.3f}s  queen {t2 - t1:.3f}s  pairs {len(pairs)}  islands {len(w.islands)}')
