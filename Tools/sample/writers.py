"""File writers for the SAMPLE dataset: CSV (any encoding/delimiter), xlsx, minimal PDF, docx.

Zip-based outputs (xlsx, docx) are rewritten with a fixed timestamp so that a re-run produces
byte-identical files.
"""

import csv
import datetime
import io
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from common import strip_diacritics

FIXED_DT = datetime.datetime(2026, 2, 5, 8, 0, 0)
ZIP_DT = (2026, 2, 5, 8, 0, 0)


def write_csv(path, header, rows, encoding="utf-8", delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    text = buf.getvalue()
    # "utf-16" in Python writes a BOM in native order; force LE + BOM explicitly.
    if encoding == "utf-16-le-bom":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        data = text.encode(encoding)
    with open(path, "wb") as f:
        f.write(data)


def _normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    fixed = FIXED_DT.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    items = [(n, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>" + fixed + rb"\g<2>", d)
              if n == "docProps/core.xml" else d) for n, d in items]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def write_xlsx(path, sheets, merge_title=False):
    """sheets: list of (sheet_name, title_lines, header, rows, widths or None)."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, titles, header, rows, widths in sheets:
        ws = wb.create_sheet(name)
        for t in titles:
            ws.append([t])
            ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
            if merge_title and header:
                ws.merge_cells(start_row=ws.max_row, start_column=1,
                               end_row=ws.max_row, end_column=len(header))
                ws.cell(row=ws.max_row, column=1).alignment = Alignment(horizontal="center")
        if header is None:
            continue
        ws.append(header)
        for c in range(1, len(header) + 1):
            ws.cell(row=ws.max_row, column=c).font = Font(bold=True)
        for r in rows:
            ws.append(r)
        if widths:
            for i, wdt in enumerate(widths):
                ws.column_dimensions[chr(ord("A") + i)].width = wdt
    wb.properties.creator = "Sở GDĐT Hải Phòng (DỮ LIỆU MẪU)"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(path)
    _normalize_zip(path)


def _pdf_escape(s):
    s = strip_diacritics(s)
    for a, b in (("–", "-"), ("—", "-"), ("“", '"'), ("”", '"'), ("’", "'"), ("²", "2"), ("≠", "!="),
                 ("≈", "~"), ("…", "...")):
        s = s.replace(a, b)
    s = s.encode("ascii", "replace").decode("ascii")
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def write_pdf(path, title, lines, per_page=58):
    """A small valid PDF (Helvetica, ASCII text; Vietnamese diacritics are stripped)."""
    body = [title, ""] + list(lines)
    wrapped = []
    for ln in body:
        ln = ln.replace("\n", " ")
        while len(ln) > 110:
            cut = ln.rfind(" ", 0, 110)
            cut = cut if cut > 40 else 110
            wrapped.append(ln[:cut])
            ln = "    " + ln[cut:].lstrip()
        wrapped.append(ln)
    pages = [wrapped[i:i + per_page] for i in range(0, len(wrapped), per_page)] or [[]]
    objs = []                                    # index 0 -> object 1
    objs.append(None)                            # 1 catalog (filled later)
    objs.append(None)                            # 2 pages
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")   # 3 font
    page_ids = []
    for pg in pages:
        ops = ["BT", "/F1 9 Tf", "11 TL", "40 800 Td"]
        for ln in pg:
            ops.append(f"({_pdf_escape(ln)}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("ascii")
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_id = len(objs)
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     f"/Resources << /Font << /F1 3 0 R >> >> /Contents {content_id} 0 R >>").encode())
        page_ids.append(len(objs))
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = " ".join(f"{i} 0 R" for i in page_ids)
    objs[1] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    with open(path, "wb") as f:
        f.write(bytes(out))


def _xml(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_docx(path, paragraphs):
    """A minimal valid .docx (WordprocessingML) with one run per paragraph."""
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    paras = []
    for i, p in enumerate(paragraphs):
        bold = "<w:rPr><w:b/></w:rPr>" if i == 0 else ""
        paras.append(f'<w:p><w:r>{bold}<w:t xml:space="preserve">{_xml(p)}</w:t></w:r></w:p>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>' + "".join(paras) + '<w:sectPr/></w:body></w:document>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels),
                           ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
