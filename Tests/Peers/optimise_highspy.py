#!/usr/bin/env python3
"""Independent solve of Sasaran's budget model with HiGHS (highspy): maximise the covered value
sum(v_i x_i) subject to sum(c_i x_i) <= budget, x binary (optionally at most M per parent).

Usage:
  optimise_highspy.py bps POVERTY_CSV YEAR UNIT_COST BUDGET [MAX_PER_PARENT]
      the BPS table itself: value = jumlah_miskin_ribu, cost = penduduk_implied_ribu x UNIT_COST,
      parent = the code before the first dot (kode_kemendagri_2025), rows of tahun == YEAR
  optimise_highspy.py csv INSTANCE_CSV BUDGET [MAX_PER_PARENT] [GAP] [TIME_LIMIT]
      columns code,parent,value,cost (the benchmark's generated instance)

Prints JSON on its last line (HiGHS prints a banner before it): objective, count, codes (sorted), seconds (solve only), solver.
Single thread, relative gap 0, as Sasaran runs CBC."""
import csv, json, sys, time
import numpy as np
import highspy


def read_bps(path, year, unit_cost):
    rows = []
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["tahun"] != str(year) or r["jumlah_miskin_ribu"] in ("", "-") or r["penduduk_implied_ribu"] in ("", "-"):
                continue
            code = r["kode_kemendagri_2025"]
            rows.append((code, code.split(".")[0], float(r["jumlah_miskin_ribu"]), float(r["penduduk_implied_ribu"]) * unit_cost))
    return rows


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return [(r["code"], r["parent"], float(r["value"]), float(r["cost"])) for r in csv.DictReader(f)]


def solve(rows, budget, max_per_parent=None, gap=0.0, time_limit=None):
    n = len(rows)
    value = np.array([r[2] for r in rows])
    cost = np.array([r[3] for r in rows])
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)
    h.setOptionValue("mip_rel_gap", gap)
    h.setOptionValue("random_seed", 1)
    if time_limit is not None:
        h.setOptionValue("time_limit", time_limit)
    lp = highspy.HighsLp()
    lp.num_col_ = n
    lp.col_cost_ = -value  # minimise -value
    lp.col_lower_ = np.zeros(n)
    lp.col_upper_ = np.ones(n)
    starts, index, coef, lower, upper = [], [], [], [], []
    # Row 0: the budget, scaled to 1; rows 1..: the parents' caps.
    row_of = {}
    parents = sorted({r[1] for r in rows})
    if max_per_parent is not None:
        for k, p in enumerate(parents):
            row_of[p] = k + 1
    col_rows = [[(0, cost[i] / max(budget, 1.0))] + ([(row_of[rows[i][1]], 1.0)] if max_per_parent is not None else []) for i in range(n)]
    for i in range(n):
        starts.append(len(index))
        for r, a in col_rows[i]:
            index.append(r)
            coef.append(a)
    num_row = 1 + (len(parents) if max_per_parent is not None else 0)
    lp.num_row_ = num_row
    lp.row_lower_ = np.full(num_row, -highspy.kHighsInf)
    lp.row_upper_ = np.array([budget / max(budget, 1.0)] + [float(max_per_parent or 0)] * (num_row - 1))
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = np.array(starts + [len(index)], dtype=np.int32)
    lp.a_matrix_.index_ = np.array(index, dtype=np.int32)
    lp.a_matrix_.value_ = np.array(coef)
    lp.integrality_ = [highspy.HighsVarType.kInteger] * n
    h.passModel(lp)
    began = time.perf_counter()
    h.run()
    seconds = time.perf_counter() - began
    x = np.array(h.getSolution().col_value)
    chosen = sorted(rows[i][0] for i in range(n) if x[i] > 0.5)
    objective = float(sum(value[i] for i in range(n) if x[i] > 0.5))
    spent = float(sum(cost[i] for i in range(n) if x[i] > 0.5))
    info = h.getInfo()
    return {"objective": objective, "bound": -info.mip_dual_bound, "gap": info.mip_gap, "cost": spent, "within_budget": spent <= budget, "count": len(chosen), "codes": chosen, "seconds": seconds,
            "status": h.modelStatusToString(h.getModelStatus()), "solver": "HiGHS " + h.version()}


def main(argv):
    if len(argv) >= 5 and argv[0] == "bps":
        rows = read_bps(argv[1], int(argv[2]), float(argv[3]))
        budget = float(argv[4])
        cap = int(argv[5]) if len(argv) > 5 else None
    elif len(argv) >= 3 and argv[0] == "csv":
        rows = read_csv(argv[1])
        budget = float(argv[2])
        cap = int(argv[3]) if len(argv) > 3 and argv[3] != "-" else None
        print(json.dumps(solve(rows, budget, cap, float(argv[4]) if len(argv) > 4 else 0.0,
                               float(argv[5]) if len(argv) > 5 else None)))
        return
    else:
        sys.exit(__doc__)
    print(json.dumps(solve(rows, budget, cap)))


if __name__ == "__main__":
    main(sys.argv[1:])
