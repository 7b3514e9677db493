#!/usr/bin/env python3
"""Regenerates the Tabular test fixtures with real writers.

Needs: `pip install openpyxl` and LibreOffice (`apt-get install -y libreoffice-calc-nogui`).
Run from anywhere:  python3 Tests/TabularTests/Fixtures/make_fixtures.py

Writers:
  basic-openpyxl.xlsx      openpyxl (formulas have no cached values)
  basic-libreoffice.xlsx   LibreOffice re-save of the above (formulas recalculated, values cached)
  basic-utf8.csv           LibreOffice CSV export of sheet "Góp ý" (comma, UTF-8, no BOM)
  basic-semicolon.csv      LibreOffice CSV export (';', UTF-8)
  basic-utf16-tab.txt      LibreOffice "Unicode text" export (tab, UTF-16 LE with BOM)
  basic-utf8-bom.csv       basic-utf8.csv with a UTF-8 BOM (as Excel's "CSV UTF-8" writes)
  dates-1904.xlsx          openpyxl workbook in the 1904 date system
  handmade.xlsx            hand-written parts: inline strings, rich text + phonetic runs, _x000D_,
                           prefixed namespaces, absolute targets, cells without r=, t="d", errors
  broken-*                 hostile or damaged inputs (see below)
"""
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


def soffice(args, cwd):
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    try:
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore"] + args
        subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def make_basic():
    wb = Workbook()
    guide = wb.active
    guide.title = "Hướng dẫn"
    guide["A1"] = "Hướng dẫn điền bảng góp ý"
    guide["A2"] = "Mỗi ý kiến một dòng; ghi rõ người góp ý và ngày."

    ws = wb.create_sheet("Góp ý")
    ws["A1"] = "BẢNG TỔNG HỢP Ý KIẾN GÓP Ý KẾ HOẠCH GIÁO DỤC NĂM HỌC 2024-2025"
    ws.merge_cells("A1:K1")
    ws["A2"] = "Trường THCS Nguyễn Du – Quận 1"
    # Row 3 is blank. Rows 4-5: two-row header, "6 rõ" merged over its sub-headers.
    for col, text in zip("ABCDE", ["STT", "Nội dung góp ý", "Người góp ý", "Ngày góp ý", "Kinh phí (đồng)"]):
        ws[f"{col}4"] = text
        ws.merge_cells(f"{col}4:{col}5")
    ws["F4"] = "6 rõ"
    ws.merge_cells("F4:J4")
    for col, text in zip("FGHIJ", ["Việc", "Mục tiêu", "Người thực hiện", "Thời gian", "Tỷ lệ hoàn thành"]):
        ws[f"{col}5"] = text
    ws["K4"] = "Ghi chú"
    ws.merge_cells("K4:K5")
    for row in (4, 5):
        for col in "ABCDEFGHIJK":
            ws[f"{col}{row}"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    data = [
        (1, "Đổi mới phương pháp dạy học theo hướng phát triển năng lực học sinh", "Nguyễn Văn Ánh",
         dt.date(2024, 9, 15), 12500000, "Tổ chức chuyên đề cấp trường", "100% giáo viên tham gia",
         "Tổ trưởng chuyên môn", "Tháng 10/2024", 0.85, None),
        (2, "Tăng cường giáo dục kỹ năng sống\nvà hoạt động trải nghiệm", "Trần Thị Bình",
         dt.date(2024, 10, 1), 7000000, "Xây dựng chủ đề trải nghiệm", "Mỗi khối 2 chủ đề",
         "Phó hiệu trưởng", "Học kỳ I", 1, "Ưu tiên"),
        (3, "  Khoảng trắng đầu và cuối  ", "Lê Đức Cường", dt.date(2024, 2, 29), 0, "Rà soát thiết bị",
         "Đủ thiết bị tối thiểu", "Nhân viên thiết bị", "Quý I/2025", 0.5, None),
        (4, 'Ý kiến có "trích dẫn", dấu phẩy; và chấm phẩy', "Phạm Thị Dung", dt.date(2025, 1, 31), 350000,
         "Bồi dưỡng học sinh giỏi", "Tăng 10% số giải", "Tổ Toán – Tin", "Cả năm", 0.125, "Đợt 2"),
    ]
    for i, rowdata in enumerate(data):
        r = 6 + i
        for col, value in zip("ABCDEFGHIJK", rowdata):
            if value is not None:
                ws[f"{col}{r}"] = value
        ws[f"D{r}"].number_format = "dd/mm/yyyy"
        ws[f"E{r}"].number_format = "#,##0"
        ws[f"J{r}"].number_format = "0.0%"
        ws[f"B{r}"].alignment = Alignment(wrap_text=True)
    ws["B10"] = "Tổng cộng"
    ws["E10"] = "=SUM(E6:E9)"
    ws["E10"].number_format = "#,##0"
    ws["J10"] = "=AVERAGE(J6:J9)"
    ws["J10"].number_format = "0.0%"
    # Blank rows 11-26, then one lone cell far below: sparse storage (r="F27").
    ws["F27"] = "Ô lẻ F27"

    other = wb.create_sheet("Tổng hợp")
    other.append(["TT", "Họ và tên", "Nội dung ý kiến", "Ngày", "Số HS", "Diện tích", "Đạt", "Kiểm tra"])
    other.append([1, "Võ Thị Hồng", "Bổ sung tiết dạy STEM", dt.date(2024, 12, 24), 35, "120 m²", True, "=E2*2"])
    other.append([2, "Đặng Quốc Việt", "Giảm tải hồ sơ sổ sách", dt.date(2023, 5, 1), 1234, "1.234,5 m2", False, "=1/0"])
    other["D2"].number_format = "mm-dd-yy"   # built-in format 14
    other["D3"].number_format = "mm-dd-yy"

    hidden = wb.create_sheet("Ẩn")
    hidden["A1"] = "Dữ liệu ẩn"
    hidden.sheet_state = "hidden"

    chart_sheet = wb.create_chartsheet("Biểu đồ")
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=5, min_row=6, max_row=9))
    chart_sheet.add_chart(chart)

    wb.save(out("basic-openpyxl.xlsx"))


def convert_with_libreoffice():
    tmp = tempfile.mkdtemp(prefix="fixtures-")
    try:
        shutil.copy(out("basic-openpyxl.xlsx"), os.path.join(tmp, "basic.xlsx"))
        # xlsx -> ods -> xlsx: loading the .ods recalculates every formula, so the final xlsx
        # carries cached results as Excel would write them.
        soffice(["--convert-to", "ods", "basic.xlsx"], tmp)
        os.rename(os.path.join(tmp, "basic.xlsx"), os.path.join(tmp, "original.xlsx"))
        soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "basic.ods"], tmp)
        shutil.copy(os.path.join(tmp, "basic.xlsx"), out("basic-libreoffice.xlsx"))
        # CSV exports of sheet 2 ("Góp ý"). Filter options: separator, quote, charset,
        # first line, cell format, language, quote all text, detect special numbers,
        # save as shown, export formulas, remove space, sheet number.
        csv_filters = {
            "basic-utf8.csv": "44,34,76,1,,0,false,true,true,false,false,2",
            "basic-semicolon.csv": "59,34,76,1,,0,false,true,true,false,false,2",
            "basic-utf16-tab.txt": "9,34,65535,1,,0,false,true,true,false,false,2",
        }
        for name, options in csv_filters.items():
            target = os.path.join(tmp, "export")
            os.makedirs(target, exist_ok=True)
            soffice(["--convert-to", f"csv:Text - txt - csv (StarCalc):{options}", "--outdir", target, "basic.ods"], tmp)
            produced = [f for f in os.listdir(target) if f.endswith(".csv")]
            src = os.path.join(target, produced[0])
            shutil.move(src, out(name))
            shutil.rmtree(target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(out("basic-utf8.csv"), "rb") as f:
        body = f.read()
    with open(out("basic-utf8-bom.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + body)
    with open(out("basic-utf16-tab.txt"), "rb") as f:
        head = f.read(2)
    if head != b"\xff\xfe":
        sys.exit("LibreOffice did not write UTF-16 LE with BOM; got %r" % head)


def make_1904():
    wb = Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Ngày"
    ws.append(["Ngày", "Ghi chú"])
    ws.append([dt.date(2024, 9, 5), "Khai giảng"])
    ws.append([dt.date(1904, 1, 1), "Mốc 0"])
    for r in (2, 3):
        ws[f"A{r}"].number_format = "dd/mm/yyyy"
    wb.save(out("dates-1904.xlsx"))


CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WB_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="{sheet_target}"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<x:sheets><x:sheet name="Dữ liệu" sheetId="1" r:id="rId1"/></x:sheets>
</x:workbook>"""
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="[$-42A]dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="#,##0 &quot;đồng&quot;"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="20"/><xf numFmtId="14"/></cellXfs>
</styleSheet>"""
SST = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">
<si><t>Nội dung</t></si>
<si><r><rPr><b/></rPr><t>Đậm</t></r><r><t xml:space="preserve"> và thường</t></r><rPh sb="0" eb="1"><t>PHIÊN ÂM</t></rPh></si>
<si><t xml:space="preserve">Dòng 1_x000D_
Dòng 2 _x005F_x000D_ giữ nguyên</t></si>
</sst>"""
SHEET = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:sheetData>
<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t xml:space="preserve">  Chuỗi   trực tiếp </x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:r><x:t>Ghép</x:t></x:r><x:r><x:t xml:space="preserve"> nhiều đoạn</x:t></x:r></x:is></x:c></x:row>
<x:row r="2"><x:c r="A2" t="s"><x:v>1</x:v></x:c><x:c r="B2" t="s"><x:v>2</x:v></x:c><x:c r="C2" t="b"><x:v>1</x:v></x:c><x:c r="D2" t="e"><x:v>#N/A</x:v></x:c></x:row>
<x:row><x:c r="A3" s="1"><x:v>45550</x:v></x:c><x:c r="B3" s="2"><x:v>1234567</x:v></x:c><x:c r="C3" s="3"><x:v>0.5</x:v></x:c><x:c r="D3" t="d"><x:v>2024-09-05T00:00:00</x:v></x:c><x:c r="E3" s="4"><x:v>60</x:v></x:c><x:c r="F3" s="4"><x:v>61</x:v></x:c></x:row>
<x:row r="5"><x:c r="C5" t="str"><x:f>A5&amp;"x"</x:f><x:v>kết quả công thức</x:v></x:c><x:c r="D5"><x:f>SUM(A1:A2)</x:f></x:c><x:c r="E5"><x:v>1.5E-3</x:v></x:c></x:row>
</x:sheetData>
<x:mergeCells count="1"><x:mergeCell ref="B1:B2"/></x:mergeCells>
</x:worksheet>"""


def write_zip(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8") if isinstance(text, str) else text)


def handmade_parts(sheet=SHEET, sheet_target="/xl/worksheets/sheet1.xml"):
    return [
        ("[Content_Types].xml", CT),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", WORKBOOK),
        ("xl/_rels/workbook.xml.rels", WB_RELS.format(sheet_target=sheet_target)),
        ("xl/styles.xml", STYLES),
        ("xl/sharedStrings.xml", SST),
        ("xl/worksheets/sheet1.xml", sheet),
    ]


BILLION_LAUGHS = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE worksheet [
<!ENTITY lol "lol">
<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>
</sheetData></worksheet>"""

EXTERNAL_ENTITY = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&secret;</t></is></c></row>
</sheetData></worksheet>"""


def make_handmade_and_broken():
    write_zip(out("handmade.xlsx"), handmade_parts())
    write_zip(out("broken-sheet-not-xml.xlsx"), handmade_parts(sheet="Đây không phải XML <<< \x00\x01 >>>"))
    write_zip(out("broken-billion-laughs.xlsx"), handmade_parts(sheet=BILLION_LAUGHS))
    write_zip(out("broken-external-entity.xlsx"), handmade_parts(sheet=EXTERNAL_ENTITY))
    write_zip(out("broken-zip-slip.xlsx"), handmade_parts() + [("../../evil.txt", "pwned")])
    write_zip(out("broken-target-escape.xlsx"), handmade_parts(sheet_target="../../../etc/sheet1.xml"))
    with open(out("basic-libreoffice.xlsx"), "rb") as f:
        whole = f.read()
    with open(out("broken-truncated.xlsx"), "wb") as f:
        f.write(whole[: len(whole) // 2])
    with open(out("broken-not-zip.xlsx"), "wb") as f:
        f.write("STT,Nội dung\n1,Không phải xlsx\n".encode("utf-8"))
    open(out("broken-empty.csv"), "wb").close()
    with open(out("broken-unbalanced-quote.csv"), "wb") as f:
        f.write('STT,Nội dung,Người góp ý\n1,"Ý kiến chưa đóng ngoặc,An\n2,Ý kiến bình thường,Bình\n3,"Đóng ""đúng""",Cường\n'.encode("utf-8"))
    with open(out("broken-nul-bytes.csv"), "wb") as f:
        f.write("STT,Nội dung\n1,Có\x00 byte NUL\n2,Bình\x00\x00 thường\n".encode("utf-8"))
    with open(out("broken-cp1252.csv"), "wb") as f:
        f.write("STT;Ghi chú\n1;Café – “ngoac” façade\n".encode("cp1252"))


def main():
    make_basic()
    if shutil.which("soffice"):
        convert_with_libreoffice()
    else:
        sys.exit("LibreOffice (soffice) is needed: apt-get install -y libreoffice-calc-nogui")
    make_1904()
    make_handmade_and_broken()
    for name in sorted(os.listdir(HERE)):
        if name != os.path.basename(__file__):
            print(f"{os.path.getsize(out(name)):>8}  {name}")


if __name__ == "__main__":
    main()
