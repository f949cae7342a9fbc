#!/usr/bin/env python3
"""Gives each household of a SYNTHETIC register (scripts/synthetic-register) a location and
locates it independently of sasaran, with geopandas + shapely: a point drawn uniformly inside the
polygon of the household's district (GeoSeries.sample_points), then placed by a spatial join
(sjoin, predicate "within") against the same boundaries. Households whose point falls in other
than exactly one district are dropped. A few households get the code of another district.

Writes OUT.csv with the register's columns plus kode_located (the district code the join found),
lon and lat; prints JSON {"rows", "disagreeing": households whose kode does not start with
kode_located, "districts": {code: households}}.

Usage: households_located_peer.py BOUNDARIES.shp CODE_FIELD REGISTER.csv OUT.csv [--seed S] [--wrong N]
"""
import argparse
import json

import geopandas as gpd
import numpy as np
import polars as pl


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("boundaries")
    ap.add_argument("code_field")
    ap.add_argument("register")
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--wrong", type=int, default=37)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)

    districts = gpd.read_file(a.boundaries)[[a.code_field, "geometry"]].rename(columns={a.code_field: "district"})
    register = pl.read_csv(a.register, schema_overrides={"kode": pl.Utf8, "id": pl.Utf8})
    register = register.with_columns(pl.col("kode").str.slice(0, 5).alias("_district"))
    counts = register.group_by("_district").len()
    # One point per household, drawn inside its district's polygon.
    lon = np.full(register.height, np.nan)
    lat = np.full(register.height, np.nan)
    codes = register["_district"].to_numpy()
    by_code = districts.set_index("district").geometry
    for code, n in counts.iter_rows():
        rows = np.flatnonzero(codes == code)
        points = gpd.GeoSeries([by_code[code]], crs=districts.crs).sample_points(size=int(n), rng=rng).explode(index_parts=False)
        xy = np.column_stack([points.x.to_numpy(), points.y.to_numpy()])
        rng.shuffle(xy)
        lon[rows], lat[rows] = xy[:, 0], xy[:, 1]
    # The independent location: a spatial join of the points against every district.
    points = gpd.GeoDataFrame({"row": np.arange(register.height)}, geometry=gpd.points_from_xy(lon, lat), crs=districts.crs)
    joined = gpd.sjoin(points, districts, predicate="within", how="inner")
    single = joined.groupby("row").filter(lambda g: len(g) == 1) if joined["row"].duplicated().any() else joined
    located = dict(zip(single["row"].to_numpy(), single["district"].to_numpy()))
    keep = np.array([r in located for r in range(register.height)])
    out = register.with_columns(
        pl.Series("kode_located", [located.get(r, "") for r in range(register.height)]),
        pl.Series("lon", lon), pl.Series("lat", lat)).filter(pl.Series(keep))
    # A few households coded in another district than where they are.
    wrong = rng.choice(out.height, size=a.wrong, replace=False)
    all_codes = sorted(by_code.index)
    kode = out["kode"].to_list()
    for r in wrong:
        other = all_codes[(all_codes.index(kode[r][:5]) + 1) % len(all_codes)]
        kode[r] = other + kode[r][5:]
    out = out.with_columns(pl.Series("kode", kode)).drop("_district")
    out.write_csv(a.out, float_precision=7)
    disagreeing = int(sum(1 for k, l in zip(out["kode"].to_list(), out["kode_located"].to_list()) if not k.startswith(l)))
    per_district = {k: int(v) for k, v in out.group_by("kode_located").len().iter_rows()}
    print(json.dumps({"rows": out.height, "disagreeing": disagreeing, "districts": per_district}))


if __name__ == "__main__":
    main()
