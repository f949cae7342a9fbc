"""Compares the one sheet of a workbook written by sasaran for a CSV table (openpyxl) with that
CSV (Python's csv module): every cell equal, numbers to Excel's precision (1e-15 relative).
Prints JSON: {"rows": N, "columns": [...], "mismatches": [first few], "code_types": {column: [types]}}.
Usage: xlsx_table_peer.py TABLE.xlsx TABLE.csv"""
import csv
import json
import sys

import openpyxl

sheet = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
rows = list(sheet.iter_rows())
with open(sys.argv[2], newline="", encoding="utf-8") as handle:
    records = list(csv.reader(handle))
mismatches = []
for k, (row, record) in enumerate(zip(rows, records)):
    for cell, text in zip(row, record):
        value = cell.value
        if value is None:
            same = text == ""
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            same = abs(float(text) - value) <= 1e-15 * max(abs(value), abs(float(text)))
        else:
            same = value == text
        if not same and len(mismatches) < 5:
            mismatches.append([k + 1, cell.coordinate, repr(value), text])
header = [cell.value for cell in rows[0]]
code_types = {name: sorted({row[c].data_type for row in rows[1:] if row[c].value is not None})
              for c, name in enumerate(header) if name in ("code", "parent")}
print(json.dumps({"rows": len(rows), "csv_rows": len(records), "columns": header,
                  "mismatches": mismatches, "code_types": code_types}))
