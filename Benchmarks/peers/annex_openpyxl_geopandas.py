"""The annex peer: the same list written as a workbook with openpyxl (title block, bold frozen
header, codes as text, number formats, widths) and as a GeoPackage with geopandas/pyogrio (the
selected districts with their attributes and geometry), from sasaran's list CSV and the layer.
Usage: annex_openpyxl_geopandas.py LIST.csv LAYER.shp CODE_FIELD OUT_PREFIX"""
import csv
import sys

import geopandas
import openpyxl
from openpyxl.styles import Font

list_csv, layer_path, code_field, prefix = sys.argv[1:5]
with open(list_csv, newline="", encoding="utf-8") as handle:
    rows = list(csv.DictReader(handle))

workbook = openpyxl.Workbook()
sheet = workbook.active
sheet.title = "List"
sheet.append(["Priority list"])
sheet["A1"].font = Font(bold=True, size=14)
sheet.append([])
header = ["Rank", "Code", "Name", "Province code", "Value", "Share %", "Cumulative %"]
sheet.append(header)
for cell in sheet[3]:
    cell.font = Font(bold=True)
sheet.freeze_panes = "A4"
for row in rows:
    sheet.append([int(row["rank"]), row["code"], row["name"], row["parent"], float(row["value"]),
                  float(row["share"]), float(row["cumulative_share"])])
    for cell, number_format in zip(sheet[sheet.max_row][4:], ["#,##0.00", "0.00%", "0.00%"]):
        cell.number_format = number_format
for column, width in zip("ABCDEFG", [6, 8, 30, 14, 12, 10, 14]):
    sheet.column_dimensions[column].width = width
workbook.save(prefix + ".xlsx")

layer = geopandas.read_file(layer_path)
table = geopandas.pd.DataFrame(rows)
selected = layer.merge(table, left_on=code_field, right_on="code", how="inner").sort_values("rank", key=lambda s: s.astype(int))
selected.to_file(prefix + ".gpkg", layer="priority_list", driver="GPKG")
print(len(rows), len(selected))
