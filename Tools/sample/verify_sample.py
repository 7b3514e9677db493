#!/usr/bin/env python3
"""Read the SAMPLE dataset back (independently of the generator's writers) and check it.

    python3 Tools/sample/verify_sample.py [DIR]

Checks counts (>= 420 comments, >= 160 institutions, 52/48 catalogue), file validity (TOML, CSV
in every encoding, xlsx, PDF xref, docx zip), appendix consistency, and that the anomalies found
are exactly the deliberate ones listed in expected.json.  Exit status 1 on any failure.
"""

import csv
import io
import json
import re
import sys
import tomllib
import unicodedata
import zipfile
from collections import Counter
from datetime import datetime
from pathlib import Path
from xml.dom import minidom

import openpyxl

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import from_vn3_mojibake  # noqa: E402

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[1] / "Inputs" / "hai-phong-mau"
FAIL = []


def check(cond, msg):
    if not cond:
        FAIL.append(msg)


def norm(h):
    h = unicodedata.normalize("NFD", str(h).replace("đ", "d").replace("Đ", "D"))
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in h if unicodedata.category(c) != "Mn").lower())


ALIASES = {"unit": {"donvigopy", "donvi"}, "unit_code": {"madonvi", "matruong"},
           "text": {"noidunggopy", "ykiengopy"}}


def read_csv(path):
    raw = path.read_bytes()
    if raw[:2] == b"\xff\xfe":
        text = raw[2:].decode("utf-16-le")
    elif raw[:3] == b"\xef\xbb\xbf":
        text = raw[3:].decode("utf-8")
    else:
        text = raw.decode("utf-8")
    first = text.split("\n", 1)[0]
    delim = max(("\t", ";", ","), key=first.count)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
    return rows[0], rows[1:]


def read_xlsx(path, sheet=None):
    wb = openpyxl.load_workbook(path)
    names = [sheet] if sheet else wb.sheetnames
    for n in names:
        rows = [list(r) for r in wb[n].iter_rows(values_only=True)]
        for i, r in enumerate(rows):
            if r and any(norm(v) in ("stt", "matruong") for v in r if v is not None):
                return [("" if v is None else str(v)) for v in r], [
                    ["" if v is None else v for v in x] for x in rows[i + 1:]]
    raise ValueError(f"no header row in {path}")


def num(v):
    """Vietnamese/English number parser; None if unparseable."""
    if isinstance(v, (int, float)):
        return float(v)
    s = str(v).strip().replace("%", "").strip()
    if s == "":
        return None
    mult = 1
    if s.endswith("tỷ đồng"):
        s, mult = s[:-len("tỷ đồng")].strip(), 1e9
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        s = s.replace(".", "")
    elif re.fullmatch(r"\d+,\d+", s):
        s = s.replace(",", ".")
    try:
        return float(s) * mult
    except ValueError:
        return None


def pdf_ok(path):
    b = path.read_bytes()
    if not b.startswith(b"%PDF-") or not b.rstrip().endswith(b"%%EOF"):
        return False
    sx = int(b[b.rindex(b"startxref") + 9:].split()[0])
    if not b[sx:].startswith(b"xref"):
        return False
    lines = b[sx:].split(b"\n")
    count = int(lines[1].split()[1])
    for i in range(1, count):
        off = int(lines[2 + i][:10])
        if not b[off:].startswith(b"%d 0 obj" % i):
            return False
    return True


def docx_ok(path):
    with zipfile.ZipFile(path) as z:
        minidom.parseString(z.read("word/document.xml"))
        return "[Content_Types].xml" in z.namelist()


def check_claims():
    """Figures quoted in comments about a whole cluster or a school must match the appendices."""
    import make_sample as ms
    C = {mod[-5:].replace("cum", "cum-"): ms.load_cluster(mod) for mod in ms.CLUSTER_MODULES}
    pub = lambda c: [r for r in C[c]["_recs"] if r["kind"] == "Công lập"]        # noqa: E731
    avg = lambda rs: round(sum(r["hoc_sinh"] for r in rs) / sum(r["so_lop"] for r in rs), 1)  # noqa: E731
    rec = lambda c, k: next(r for r in C[c]["_recs"] if r["code"] == k)           # noqa: E731
    size = lambda r: r["hoc_sinh"] / r["so_lop"]                                    # noqa: E731
    claims = [
        ("cum-04 avg 36,8", avg(pub("cum-04")) == 36.8),
        ("cum-04 Thủy Nguyên/Bạch Đằng 36-42", all(36 <= size(r) <= 42.5 for r in pub("cum-04") if r["commune"] in ("Thủy Nguyên", "Bạch Đằng"))),
        ("cum-04 đặc khu < 35", all(size(r) < 35 for r in pub("cum-04") if r["commune"] in ("Cát Hải", "Bạch Long Vĩ"))),
        ("cum-04 Lưu Kiếm not overloaded", all(r["hoc_sinh"] <= r["cong_suat"] for r in C["cum-04"]["_recs"] if r["commune"] == "Lưu Kiếm")),
        ("cum-04 HP-TH-030 29 rooms", rec("cum-04", "HP-TH-030")["so_phong"] == 29),
        ("cum-05 avg 44,1", avg(pub("cum-05")) == 44.1),
        ("cum-05 8/16 < 6 m2", sum(r["dien_tich"] / r["hoc_sinh"] < 6 for r in pub("cum-05")) == 8 and len(pub("cum-05")) == 16),
        ("cum-06 avg 39,7, 4 > 44", avg(pub("cum-06")) == 39.7 and sum(size(r) > 44 for r in pub("cum-06")) == 4),
        ("cum-07 10/14 std", sum(r["dat_chuan"] == "Có" for r in pub("cum-07")) == 10 and len(pub("cum-07")) == 14),
        ("cum-08 7/15 std", sum(r["dat_chuan"] == "Có" for r in C["cum-08"]["_recs"]) == 7),
        ("cum-08 rural 38-44", all(38 <= size(r) <= 44 for r in C["cum-08"]["_recs"] if r["commune"] in ("Tiên Lãng", "Vĩnh Bảo", "Kiến Thụy"))),
        ("cum-11 ~83.000 SV", round(sum(r["hoc_sinh"] for r in C["cum-11"]["_recs"]), -3) == 83000),
        ("HP-MN-022 18/18", (rec("cum-02", "HP-MN-022")["giao_vien"], rec("cum-02", "HP-MN-022")["gv_dat_chuan"]) == (18, 18)),
        ("HP-MN-014 22-25/lớp", 22 <= size(rec("cum-01", "HP-MN-014")) <= 25),
        ("HP-TH-013 41/lớp", round(size(rec("cum-03", "HP-TH-013"))) == 41),
        ("HP-THCS-028 all qualified", rec("cum-06", "HP-THCS-028")["gv_dat_chuan"] == rec("cum-06", "HP-THCS-028")["giao_vien"]),
        ("HP-THPT-007 40 lớp 28 phòng", (rec("cum-07", "HP-THPT-007")["so_lop"], rec("cum-07", "HP-THPT-007")["so_phong"]) == (40, 28)),
    ]
    for name, ok in claims:
        check(ok, "claim: " + name)


def main():
    check_claims()
    exp = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    plan = tomllib.loads((ROOT / "ke-hoach.toml").read_text(encoding="utf-8"))
    check("DỮ LIỆU MẪU" in plan["title"], "title lacks DỮ LIỆU MẪU")
    check(plan["catalogue"] == dict(indicator_groups=6, indicators=52, task_groups=8, tasks=48), "catalogue sizes")
    check(len(plan["levels"]) == 7 and len(plan["divisions"]) == 3, "levels/divisions")
    deadline = plan["calendar"]["cluster_deadline"]
    level_div = {lv["code"]: lv["division"] for lv in plan["levels"]}
    check({lv for d in plan["divisions"] for lv in d["levels"]} == set(level_div), "division levels")

    h, ct = read_csv(ROOT / "de-an" / "chi-tieu.csv")
    check(len(ct) == 52 and len({r[0] for r in ct}) == 52, "52 indicators")
    check(len({r[1] for r in ct}) == 6, "6 indicator groups")
    keys = {"", "PL1.hoc_sinh", "PL1.so_lop", "PL1.cong_suat", "PL2.giao_vien", "PL2.giao_vien_dat_chuan",
            "PL3.phong_kien_co", "PL3.phong_tam", "PL3.dien_tich_dat", "PL4.dat_chuan_quoc_gia",
            "PL4.ty_le_hoan_thanh", "PL4.ty_le_tot_nghiep", "PL4.muc_kiem_dinh"}
    for r in ct:
        check(re.fullmatch(r"CT[1-6]\.\d\d", r[0]) and r[6] in ("tăng", "giảm") and r[11] in keys
              and all(x in level_div for x in r[5].split(";")), f"indicator row {r[0]}")
        check(r[10] == "" or re.fullmatch(r"(\d{4}:[\d,]+)(; \d{4}:[\d,]+)*", r[10]), f"history {r[0]}")
    h, nv = read_csv(ROOT / "de-an" / "nhiem-vu.csv")
    check(len(nv) == 48 and len({r[1] for r in nv}) == 8, "48 tasks / 8 groups")

    total_c, inst_rows, seen, found = 0, 0, {}, []
    per_cluster = {}
    for cd in sorted((ROOT / "cum").iterdir()):
        hs = tomllib.loads((cd / "ho-so.toml").read_text(encoding="utf-8"))
        code = cd.name
        check(hs["code"] == code and hs["level"] in level_div, f"{code}: ho-so")
        if hs["received_at"] > deadline:
            found.append(("late", code))
        if hs["data_cutoff"] != plan["data_cutoff"]:
            found.append(("cutoff", code))
        files = {p.name for p in cd.iterdir()}
        for part in plan["dossier"]["parts"]:
            for alts in part["formats"]:
                if not any(f"{stem}.{ext}" in files for stem in part["files"] for ext in alts):
                    found.append(("missing_part", code))
        for f in files:
            if f.endswith(".pdf"):
                check(pdf_ok(cd / f), f"{code}/{f} invalid PDF")
            if f.endswith(".docx"):
                check(docx_ok(cd / f), f"{code}/{f} invalid docx")
        # comments
        if "gop-y.xlsx" in files:
            hdr, rows = read_xlsx(cd / "gop-y.xlsx")
        else:
            hdr, rows = read_csv(cd / "gop-y.csv")
        nh = [norm(x) for x in hdr]
        col = {k: next(i for i, x in enumerate(nh) if x in al) for k, al in ALIASES.items()}
        rows = [r for r in rows if any(str(v).strip() for v in r)]
        check(all(str(r[col["unit"]]).strip() and str(r[col["text"]]).strip() for r in rows), f"{code}: empty unit/text")
        vn3 = [i for i, r in enumerate(rows, 1) if re.search(r"[®©ª«¬¸µ¶·¹»¾ÆÇÊËÌÐÑÒÓÕÖ×ÝÞß]", str(r[col["text"]]))
               and "ư" not in str(r[col["text"]])]
        check(len(vn3) == sum(c["vn3"] for c in __import__("comments_" + code.replace("-", "")).COMMENTS),
              f"{code}: TCVN3 rows {vn3}")
        if vn3:
            found.append(("tcvn3_rows", code))
            orig = __import__("comments_" + code.replace("-", "")).COMMENTS
            for i in vn3:
                back = from_vn3_mojibake(str(rows[i - 1][col["text"]]))
                check(orig[i - 1]["vn3"] and back.casefold() == orig[i - 1]["text"].casefold(), f"{code}: vn3 row {i}")
        per_cluster[code] = len(rows)
        total_c += len(rows)
        # appendices
        pl = {}
        for i, s in enumerate(("PL1", "PL2", "PL3", "PL4"), 1):
            if "phu-luc.xlsx" in files:
                pl[s] = read_xlsx(cd / "phu-luc.xlsx", s)
            else:
                pl[s] = read_csv(cd / f"phu-luc-{i}.csv")
        codes = [r[0] for r in pl["PL1"][1]]
        check(all([r[0] for r in pl[s][1]] == codes for s in pl), f"{code}: appendix rows differ between sheets")
        inst_rows += len(codes)
        for r in pl["PL1"][1]:
            seen.setdefault(r[0], []).append((code, num(r[6])))
            if any(num(v) is None for v in r[5:9]):
                found.append(("unparseable_number", code))
        for r in pl["PL3"][1]:
            if num(r[4]) != sum(num(v) for v in r[5:8]):
                found.append(("rooms_total_mismatch", code))
            check(r[9] in ("Chưa có", "Đã phê duyệt", "Đang xây dựng", "Hoàn thành"), f"{code}: du an {r[0]}")
        for r in pl["PL2"][1]:
            check(num(r[6]) <= num(r[3]), f"{code}: GV đạt chuẩn > GV at {r[0]}")
        for r in pl["PL4"][1]:
            if any(num(v) is not None and num(v) > 100 for v in r[3:5]):
                found.append(("rate_above_100", code))
            check(r[2] in ("Có", "Không", "") and re.fullmatch(r"Cấp độ [1-4]", r[6]), f"{code}: PL4 {r[0]}")
        hdr_mc, mc = read_csv(cd / "minh-chung.csv") if "minh-chung.csv" in files else read_xlsx(cd / "minh-chung.xlsx")
        check(hdr_mc == ["STT", "Tên minh chứng", "Loại", "Số văn bản/ngày", "Tệp đính kèm"] and mc, f"{code}: minh-chung")
    for k, v in seen.items():
        if len(v) > 1 and len({x[1] for x in v}) > 1:
            found.append(("learners_differ_between_clusters", v[0][0]))

    expected = Counter((d["kind"], d["cluster"]) for d in exp["defects"] if d["kind"] != "comment_note")
    check(Counter(found) == expected, f"anomalies found {sorted(Counter(found).items())} != expected {sorted(expected.items())}")
    check(set(k for k, v in seen.items() if len(v) > 1) == set(exp["duplicate_codes"]), "duplicate codes")
    check(total_c >= 420 and total_c == exp["totals"]["comments"], f"comments {total_c}")
    check(len(seen) >= 160 and inst_rows == exp["totals"]["institution_rows"], f"institutions {len(seen)}")
    check(len(per_cluster) >= 10 and {hs for hs in level_div} <= {
        tomllib.loads((ROOT / "cum" / c / "ho-so.toml").read_text(encoding="utf-8"))["level"] for c in per_cluster},
        "every level has a cluster")
    for c, n in per_cluster.items():
        check(n == exp["clusters"][c]["comments"], f"{c}: {n} comments")
    print(f"{len(per_cluster)} clusters, {total_c} comments, {inst_rows} appendix rows, "
          f"{len(seen)} institutions; per cluster: " + ", ".join(f"{c}={n}" for c, n in per_cluster.items()))
    print("anomalies:", sorted(Counter(found)))
    print(f"checked at {datetime.now():%H:%M}: " + ("OK" if not FAIL else "FAILED"))
    for f in FAIL:
        print("  -", f)
    return 1 if FAIL else 0


if __name__ == "__main__":
    sys.exit(main())
