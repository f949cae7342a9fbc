"""Reads a priority-list workbook written by sasaran with openpyxl (an independent reader) and
the CSV of the same run with Python's csv module, and prints both lists as JSON:
{"sheets": [...], "freeze": "A15", "xlsx": [[rank, code, name, parent, value, share, cumulative]],
 "csv": [[...same...]], "code_types": ["s", ...], "title": "...", "title_type": "s"}.
Usage: xlsx_peer.py LIST.xlsx LIST.csv"""
import csv
import json
import sys

import openpyxl

workbook = openpyxl.load_workbook(sys.argv[1])
sheet = workbook.worksheets[0]
rows = list(sheet.iter_rows())
header_index = next(k for k, row in enumerate(rows) if row[0].value in ("Rank", "Peringkat"))
header = [cell.value for cell in rows[header_index]]
data = rows[header_index + 1:]
wanted = [0, 1, 2, 3]  # rank, code, name, province code
value_column = next(k for k, title in enumerate(header) if title and str(title).startswith(("Value", "Nilai")))
share_column = header.index("Share %") if "Share %" in header else header.index("Porsi %")
cumulative_column = header.index("Cumulative %") if "Cumulative %" in header else header.index("Kumulatif %")
xlsx_rows = [[row[k].value for k in wanted] + [row[value_column].value, row[share_column].value, row[cumulative_column].value]
             for row in data]
with open(sys.argv[2], newline="", encoding="utf-8") as handle:
    csv_rows = [[int(r["rank"]), r["code"], r["name"], r["parent"], float(r["value"]), float(r["share"]), float(r["cumulative_share"])]
                for r in csv.DictReader(handle)]
print(json.dumps({
    "sheets": workbook.sheetnames,
    "freeze": sheet.freeze_panes,
    "xlsx": xlsx_rows,
    "csv": csv_rows,
    "code_types": sorted({row[1].data_type for row in data}),
    "header_bold": all(cell.font.b for cell in rows[header_index] if cell.value is not None),
    "title": rows[0][0].value,
    "title_type": rows[0][0].data_type,
    "number_formats": [data[0][value_column].number_format, data[0][share_column].number_format],
    "created": workbook.properties.created.isoformat(),
}))
