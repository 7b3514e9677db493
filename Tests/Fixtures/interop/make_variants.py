#!/usr/bin/env python3
"""Writes the mini dataset's comment table (cum-01/gop-y.csv) the ways real offices save it:
openpyxl and LibreOffice XLSX, CSV in UTF-8, UTF-8 with BOM, UTF-16 LE with BOM and tabs
(Excel's "Unicode text"), and ';'-delimited. gopy must annotate every variant identically.

Run from this folder:  python3 make_variants.py   (needs openpyxl and LibreOffice's soffice)
The outputs are committed, so tests need neither tool.
"""
import csv, os, shutil, subprocess, tempfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "mini", "cum", "cum-01", "gop-y.csv")

with open(SOURCE, encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))

def number_or_text(value):
    # Offices type STT as numbers; keep every other cell as typed.
    return int(value) if value.isdigit() else (value if value != "" else None)

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Góp ý"
for r in rows:
    ws.append([number_or_text(v) for v in r])
wb.save(os.path.join(HERE, "gop-y.openpyxl.xlsx"))

# LibreOffice re-saves the workbook as its own XLSX (via ODS, so every part is LibreOffice's).
with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "gop-y.xlsx")
    shutil.copy(os.path.join(HERE, "gop-y.openpyxl.xlsx"), src)
    subprocess.run(["soffice", "--headless", "--convert-to", "ods", "--outdir", tmp, src], check=True, capture_output=True)
    os.remove(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", tmp, os.path.join(tmp, "gop-y.ods")], check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, "gop-y.xlsx"), os.path.join(HERE, "gop-y.libreoffice.xlsx"))

def write_csv(name, encoding, delimiter, bom=False):
    with open(os.path.join(HERE, name), "w", encoding=encoding, newline="") as f:
        if bom:
            f.write("\ufeff")
        csv.writer(f, delimiter=delimiter, lineterminator="\r\n").writerows(rows)

write_csv("gop-y.utf8.csv", "utf-8", ",")
write_csv("gop-y.utf8-bom.csv", "utf-8", ",", bom=True)
write_csv("gop-y.semicolon.csv", "utf-8", ";")
write_csv("gop-y.utf16.txt", "utf-16-le", "\t", bom=True)
print("wrote", sorted(n for n in os.listdir(HERE) if n.startswith("gop-y.")))
