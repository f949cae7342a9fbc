#!/usr/bin/env python3
"""Each district's concentration table of a SYNTHETIC register (scripts/synthetic-register;
district = the first 5 characters of kode), computed with polars: per district and welfare decile
the (weighted) households, each programme's recipients, its coverage within the decile, its share
of the district's recipients and the cumulative share, poorest first; with the unweighted counts.
Prints JSON {district: {decile: {households, n, cumulativeShareOfHouseholds, programmes: {p: {...}}}}}.
Usage: households_district_deciles_peer.py REGISTER.csv PROGRAMMES [WEIGHT_COLUMN]"""
import json
import sys

import polars as pl

path, programmes = sys.argv[1], sys.argv[2].split(",")
weight = sys.argv[3] if len(sys.argv) > 3 else None
df = pl.read_csv(path, schema_overrides={"kode": pl.Utf8, "id": pl.Utf8})
w = pl.col(weight).cast(pl.Float64) if weight else pl.lit(1.0)
df = df.with_columns(pl.col("kode").str.slice(0, 5).alias("district"), w.alias("_w"))
aggs = [pl.col("_w").sum().alias("households"), pl.len().alias("n")]
for p in programmes:
    aggs += [pl.col("_w").filter(pl.col(p) == 1).sum().alias(f"{p}_r"), (pl.col(p) == 1).sum().alias(f"{p}_n")]
table = df.group_by(["district", "desil"]).agg(aggs).sort(["district", "desil"])
out = {}
for (district,), group in table.group_by(["district"], maintain_order=True):
    rows = {int(r["desil"]): r for r in group.to_dicts()}
    total = sum(r["households"] for r in rows.values())
    totals = {p: sum(r[f"{p}_r"] for r in rows.values()) for p in programmes}
    cumulative, cumulative_p, deciles = 0.0, {p: 0.0 for p in programmes}, {}
    for d in range(1, 11):
        r = rows.get(d, {"households": 0.0, "n": 0, **{f"{p}_r": 0.0 for p in programmes}, **{f"{p}_n": 0 for p in programmes}})
        cumulative += r["households"]
        entry = {"households": r["households"], "n": r["n"], "cumulativeShareOfHouseholds": cumulative / total if total > 0 else None,
                 "programmes": {}}
        for p in programmes:
            cumulative_p[p] += r[f"{p}_r"]
            entry["programmes"][p] = {"recipients": r[f"{p}_r"], "n": r[f"{p}_n"],
                                      "coverage": r[f"{p}_r"] / r["households"] if r["households"] > 0 else None,
                                      "shareOfRecipients": r[f"{p}_r"] / totals[p] if totals[p] > 0 else None,
                                      "cumulativeShareOfRecipients": cumulative_p[p] / totals[p] if totals[p] > 0 else None}
        deciles[str(d)] = entry
    out[district] = deciles
print(json.dumps(out))
