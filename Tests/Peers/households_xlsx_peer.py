#!/usr/bin/env python3
"""Reads back a household workbook written by `sasaran households --output NAME.xlsx` with
openpyxl: every sheet's rows as [value, data_type] pairs (data_type "n" number, "s" string;
None for an empty cell). Prints JSON {sheet name: rows}.
Usage: households_xlsx_peer.py BOOK.xlsx"""
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({sheet.title: [[[cell.value, cell.data_type] if cell.value is not None else None for cell in row]
                                for row in sheet.iter_rows()] for sheet in book.worksheets}))
