#!/usr/bin/env python3
"""An independent computation of `sasaran households` on a SYNTHETIC register written by
scripts/synthetic-register (district = the first 5 characters of kode, province = the first 2):
the group-by over the households in polars or pandas, then every figure from the district sums.
Used by the tests (figures must be equal) and by Benchmarks/households.sh (timing).

Usage: households_peer.py ENGINE REGISTER.csv PRIORITY.json PROGRAMMES [WEIGHT_COLUMN]
  ENGINE: polars | pandas; PROGRAMMES: pkh,bpnt,pbi (all core); target: desil<=1.
Prints JSON: national figures, priority, convergence, gap, per district and province, deciles.
"""
import json
import sys
import time


def district_sums_polars(path, programmes, weight):
    import polars as pl
    df = pl.read_csv(path, schema_overrides={"kode": pl.Utf8, "id": pl.Utf8})
    if df["id"].n_unique() != df.height:
        sys.exit("duplicate ids")
    w = pl.col(weight).cast(pl.Float64) if weight else pl.lit(1.0)
    t = (pl.col("desil") <= 1)
    mask = sum(pl.col(p).cast(pl.Int64) * (1 << k) for k, p in enumerate(programmes))
    df = df.with_columns(pl.col("kode").str.slice(0, 5).alias("district"), w.alias("_w"), t.alias("_t"), mask.alias("_mask"))
    aggs = [pl.col("_w").sum().alias("households"), pl.col("_w").filter(pl.col("_t")).sum().alias("target")]
    for p in programmes:
        aggs.append(pl.col("_w").filter(pl.col(p) == 1).sum().alias(f"{p}_r"))
        aggs.append(pl.col("_w").filter((pl.col(p) == 1) & pl.col("_t")).sum().alias(f"{p}_rt"))
    for m in range(1 << len(programmes)):
        aggs.append(pl.col("_w").filter(pl.col("_t") & (pl.col("_mask") == m)).sum().alias(f"combo_{m}"))
    by_district = df.group_by("district").agg(aggs).sort("district")
    dec = [pl.col("_w").sum().alias("households")] + [pl.col("_w").filter(pl.col(p) == 1).sum().alias(p) for p in programmes]
    by_decile = df.group_by("desil").agg(dec).sort("desil")
    return by_district.to_dicts(), by_decile.to_dicts()


def district_sums_pandas(path, programmes, weight):
    import pandas as pd
    df = pd.read_csv(path, dtype={"kode": str, "id": str})
    if df["id"].duplicated().any():
        sys.exit("duplicate ids")
    w = df[weight].astype(float) if weight else pd.Series(1.0, index=df.index)
    t = df["desil"] <= 1
    mask = sum(df[p].astype("int64") * (1 << k) for k, p in enumerate(programmes))
    cols = {"district": df["kode"].str.slice(0, 5), "households": w, "target": w * t}
    for p in programmes:
        cols[f"{p}_r"] = w * (df[p] == 1)
        cols[f"{p}_rt"] = w * ((df[p] == 1) & t)
    for m in range(1 << len(programmes)):
        cols[f"combo_{m}"] = w * (t & (mask == m))
    frame = pd.DataFrame(cols)
    by_district = frame.groupby("district", sort=True).sum().reset_index()
    dcols = {"desil": df["desil"], "households": w}
    for p in programmes:
        dcols[p] = w * (df[p] == 1)
    by_decile = pd.DataFrame(dcols).groupby("desil", sort=True).sum().reset_index()
    return by_district.to_dict("records"), by_decile.to_dict("records")


def share(a, b):
    return a / b if b > 0 else None


def figures(rows, programmes):
    s = {k: sum(r[k] for r in rows) for k in rows[0] if k != "district"} if rows else {}
    out = {"households": s["households"], "targetHouseholds": s["target"], "programmes": {}}
    for p in programmes:
        r, rt = s[f"{p}_r"], s[f"{p}_rt"]
        cov = share(rt, s["target"])
        out["programmes"][p] = {"recipients": r, "coverage": cov, "exclusionError": None if cov is None else 1 - cov,
                                "inclusionError": share(r - rt, r),
                                "cgh": (rt / r) / (s["target"] / s["households"]) if r > 0 and s["target"] > 0 else None}
    full = (1 << len(programmes)) - 1
    out["allProgrammes"] = share(s[f"combo_{full}"], s["target"])
    out["noProgramme"] = share(s["combo_0"], s["target"])
    out["combinations"] = {"+".join(p for k, p in enumerate(programmes) if m & (1 << k)) or "none": s[f"combo_{m}"]
                           for m in range(full + 1)}
    return out, s


def main():
    engine, path, priority_path, programmes = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4].split(",")
    weight = sys.argv[5] if len(sys.argv) > 5 else None
    start = time.time()
    rows, deciles = (district_sums_polars if engine == "polars" else district_sums_pandas)(path, programmes, weight)
    aggregated = time.time()
    priority = {e["code"] for e in json.load(open(priority_path))["selected"]}
    national, s = figures(rows, programmes)
    inside_rows = [r for r in rows if r["district"] in priority]
    inside, si = figures(inside_rows, programmes)
    national["priority"] = {"targetInside": si["target"], "shareTargetInside": share(si["target"], s["target"]),
                            "programmes": {p: {"recipientsInside": si[f"{p}_r"], "shareRecipientsInside": share(si[f"{p}_r"], s[f"{p}_r"])}
                                           for p in programmes}}
    national["gap"] = si["combo_0"]
    national["districts"] = {}
    for r in rows:
        f, _ = figures([r], programmes)
        f["gap"] = r["combo_0"] if r["district"] in priority else None
        national["districts"][r["district"]] = f
    provinces = {}
    for r in rows:
        provinces.setdefault(r["district"][:2], []).append(r)
    national["provinces"] = {code: figures(members, programmes)[0] for code, members in sorted(provinces.items())}
    total = {p: sum(d[p] for d in deciles) for p in programmes}
    national["deciles"] = {str(int(d["desil"])): {"households": d["households"],
                                                  "shareOfRecipients": {p: share(d[p], total[p]) for p in programmes}} for d in deciles}
    # Concentration index over deciles (poorest first): sum (p_i - p_{i-1})(L_i + L_{i-1}) - 1.
    hh = sum(d["households"] for d in deciles)
    national["concentration"] = {}
    for p in programmes:
        cp = cl = prev_p = prev_l = twice = 0.0
        for d in deciles:
            cp += d["households"]; cl += d[p]
            x, y = cp / hh, cl / total[p]
            twice += (x - prev_p) * (y + prev_l)
            prev_p, prev_l = x, y
        national["concentration"][p] = twice - 1
    national["seconds"] = {"aggregate": aggregated - start, "total": time.time() - start}
    json.dump(national, sys.stdout, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
