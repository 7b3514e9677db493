#!/usr/bin/env python3
"""Rebuild the SAMPLE dataset Inputs/hai-phong-mau/ (DỮ LIỆU MẪU) from the data modules.

    python3 Tools/sample/make_sample.py [--out DIR]

Deterministic: appendix figures come from random.Random(f"{SEED}:{code}") (gen_appendix.SEED),
comments are hand-written in comments_cumNN.py, zip files get fixed timestamps.  Also writes
Tools/sample/expected.json (counts and deliberate defects, for tests).
"""

import argparse
import importlib
import json
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import catalogue                                       # noqa: E402
import gen_appendix as ga                              # noqa: E402
from common import from_vn3_mojibake, parse_institutions, strip_diacritics, to_vn3_mojibake  # noqa: E402
from writers import write_csv, write_docx, write_pdf, write_xlsx  # noqa: E402

CLUSTER_MODULES = ["comments_cum%02d" % i for i in range(1, 12)]
GOPY_HEADER = ["STT", "Đơn vị góp ý", "Mã đơn vị", "Vị trí trong Đề án", "Mã chỉ tiêu/nhiệm vụ",
               "Nội dung góp ý", "Đề xuất", "Căn cứ/minh chứng", "Chỉ tiêu đề xuất",
               "Điều kiện thực hiện", "Mốc thời gian"]
GOPY_KEYS = ["unit", "code", "loc", "ref", "text", "prop", "basis", "val", "cond", "time"]
MC_HEADER = ["STT", "Tên minh chứng", "Loại", "Số văn bản/ngày", "Tệp đính kèm"]
PL_TITLES = {"PL1": "PHỤ LỤC 1. QUY MÔ, MẠNG LƯỚI CƠ SỞ GIÁO DỤC",
             "PL2": "PHỤ LỤC 2. ĐỘI NGŨ CÁN BỘ QUẢN LÝ, GIÁO VIÊN, NHÂN VIÊN",
             "PL3": "PHỤ LỤC 3. ĐẤT ĐAI, PHÒNG HỌC, DỰ ÁN ĐẦU TƯ",
             "PL4": "PHỤ LỤC 4. CHẤT LƯỢNG GIÁO DỤC"}
SAMPLE = "(DỮ LIỆU MẪU)"

KE_HOACH = '''# DỮ LIỆU MẪU — sample dataset for gopy; figures are invented, not official.
title = "Kế hoạch tổ chức hội thảo chuyên đề tham gia ý kiến Đề án “Phát triển giáo dục và đào tạo thành phố Hải Phòng đến năm 2030, tầm nhìn đến năm 2045” (DỮ LIỆU MẪU)"
data_cutoff = "2025-10"

[calendar]
workshops_from = 2026-02-02
workshops_to = 2026-02-06
cluster_deadline = 2026-02-06T17:00:00+07:00
level_report_deadline = 2026-02-08

[catalogue]
indicator_groups = 6
indicators = 52
task_groups = 8
tasks = 48

[[divisions]]
code = "mn-th"
name = "Phòng Giáo dục Mầm non và Tiểu học"
levels = ["mam_non", "tieu_hoc"]

[[divisions]]
code = "trung-hoc"
name = "Phòng Giáo dục Trung học"
levels = ["thcs", "thpt"]

[[divisions]]
code = "gdtx-gdnn-dh"
name = "Phòng Giáo dục thường xuyên, Giáo dục nghề nghiệp và Đại học"
levels = ["gdtx", "gdnn", "dai_hoc"]

[[levels]]
code = "mam_non"
name = "Mầm non"
division = "mn-th"
class_size_norm = 25   # Điều lệ trường mầm non (VBHN 04/VBHN-BGDĐT 2020, Thông tư 52/2020/TT-BGDĐT): nhóm trẻ 25-36 tháng, lớp mẫu giáo 3-4 tuổi tối đa 25 trẻ

[[levels]]
code = "tieu_hoc"
name = "Tiểu học"
division = "mn-th"
class_size_norm = 35   # Điều lệ trường tiểu học (Thông tư 28/2020/TT-BGDĐT), Điều 11: mỗi lớp không quá 35 học sinh

[[levels]]
code = "thcs"
name = "Trung học cơ sở"
division = "trung-hoc"
class_size_norm = 45   # Điều lệ trường THCS, THPT (Thông tư 32/2020/TT-BGDĐT), Điều 15: mỗi lớp không quá 45 học sinh

[[levels]]
code = "thpt"
name = "Trung học phổ thông"
division = "trung-hoc"
class_size_norm = 45   # Thông tư 32/2020/TT-BGDĐT, Điều 15

[[levels]]
code = "gdtx"
name = "Giáo dục thường xuyên"
division = "gdtx-gdnn-dh"
class_size_norm = 45   # lớp học chương trình GDTX cấp THPT, theo mức của Thông tư 32/2020/TT-BGDĐT (quy ước của mẫu)

[[levels]]
code = "gdnn"
name = "Giáo dục nghề nghiệp"
division = "gdtx-gdnn-dh"
class_size_norm = 35   # lớp lý thuyết trình độ trung cấp, cao đẳng tối đa 35 người học (quy định tổ chức đào tạo của Bộ LĐTBXH, Thông tư 04/2022/TT-BLĐTBXH)

[[levels]]
code = "dai_hoc"
name = "Đại học"
division = "gdtx-gdnn-dh"
class_size_norm = 50   # không có định mức quốc gia; quy ước của Đề án mẫu cho lớp học phần lý thuyết

[[dossier.parts]]
code = "bien_ban"
name = "Biên bản hội thảo"
files = ["bien-ban"]
formats = [["pdf", "docx"]]

[[dossier.parts]]
code = "gop_y"
name = "Bảng tổng hợp ý kiến góp ý"
files = ["gop-y"]
formats = [["pdf"], ["xlsx", "csv", "docx"]]

[[dossier.parts]]
code = "phu_luc"
name = "Các biểu phụ lục số liệu"
files = ["phu-luc", "phu-luc-1", "phu-luc-2", "phu-luc-3", "phu-luc-4"]
formats = [["pdf"], ["xlsx", "csv"]]

[[dossier.parts]]
code = "minh_chung"
name = "Danh mục minh chứng"
files = ["minh-chung"]
formats = [["xlsx", "csv", "pdf"]]
'''


def tq(s):
    return json.dumps(s, ensure_ascii=False)


def vn_num(x):
    if isinstance(x, int) or float(x).is_integer():
        return str(int(x))
    return f"{x:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def write_catalogues(out):
    d = out / "de-an"
    d.mkdir(parents=True)
    rows = []
    for code, name, unit, levels, direction, base, t30, t45, step, pl in catalogue.INDICATORS:
        g = int(code[2])
        hist = ""
        if step is not None:
            hist = "; ".join(f"{y}:{vn_num(round(base - step * (2025 - y), 2))}" for y in range(2021, 2026))
        rows.append([code, g, catalogue.INDICATOR_GROUPS[g], name, unit, levels, direction,
                     vn_num(base), vn_num(t30), "" if t45 is None else vn_num(t45), hist, pl])
    write_csv(d / "chi-tieu.csv", ["Mã", "Nhóm", "Tên nhóm", "Tên chỉ tiêu", "Đơn vị tính", "Cấp học",
                                   "Chiều", "Giá trị 10/2025", "Mục tiêu 2030", "Mục tiêu 2045",
                                   "Lịch sử", "Số liệu phụ lục"], rows)
    rows = [[c, int(c[2]), catalogue.TASK_GROUPS[int(c[2])], n, lead, t] for c, n, lead, t in catalogue.TASKS]
    write_csv(d / "nhiem-vu.csv", ["Mã", "Nhóm", "Tên nhóm", "Tên nhiệm vụ", "Cơ quan chủ trì",
                                   "Thời gian"], rows)


def ho_so_toml(cl):
    host = cl["_names"][cl["host"]]
    return "\n".join([
        "# DỮ LIỆU MẪU",
        f"code = {tq(cl['code'])}",
        f"name = {tq(cl['name'])}",
        f"level = {tq(cl['level'])}",
        f"host = {tq(host)}",
        f"workshop_date = {cl['workshop_date']}",
        f"received_at = {cl['received_at']}",
        f"data_cutoff = {tq(cl['data_cutoff'])}",
        "communes = [" + ", ".join(tq(c) for c in cl["communes"]) + "]", ""])


def load_cluster(modname):
    mod = importlib.import_module(modname)
    cl = dict(mod.CLUSTER)
    insts = parse_institutions(mod.INSTITUTIONS)
    ov = getattr(mod, "OVERRIDES", {})
    cl["_recs"] = [ga.build(cl["level"], i, ov.get(i["code"])) for i in insts]
    cl["_names"] = {i["code"]: i["name"] for i in insts}
    cl["_comments"] = mod.COMMENTS
    cl["_module"] = modname
    return cl


def gopy_rows(cl):
    rows, vn3 = [], []
    for n, c in enumerate(cl["_comments"], 1):
        unit = c["unit"] or cl["_names"].get(c["code"])
        if unit is None:
            raise SystemExit(f"{cl['code']}: row {n}: unit code {c['code']!r} not in appendices and no unit name")
        vals = dict(c, unit=unit)
        if c["plain"]:
            for k in ("text", "prop", "basis", "val", "cond", "time"):
                vals[k] = strip_diacritics(vals[k])
        cells = [vals[k] for k in GOPY_KEYS]
        if c["vn3"]:
            cells = [to_vn3_mojibake(v) for v in cells]
            vn3.append(n)
        rows.append([n] + cells)
    return rows, vn3


def appendix_tables(cl):
    style = cl.get("appendix_style", "plain")
    tables = {s: ga.pl_rows(cl["_recs"], s, style) for s in ("PL1", "PL2", "PL3", "PL4")}
    for d in cl.get("defects", []):
        hdr = ga.PL_HEADERS[d["sheet"]]
        col = hdr.index(d["col"])
        hit = [r for r in tables[d["sheet"]] if r[0] == d["code"]]
        assert len(hit) == 1, d
        d["original"] = hit[0][col]
        hit[0][col] = d["value"]
    return tables


def write_cluster(out, cl):
    cd = out / "cum" / cl["code"]
    cd.mkdir(parents=True)
    (cd / "ho-so.toml").write_text(ho_so_toml(cl), encoding="utf-8")
    enc = cl.get("csv_encoding", "utf-8")
    delim = cl.get("csv_delimiter", ",")
    files = []

    rows, vn3 = gopy_rows(cl)
    header = [cl.get("headers", {}).get(h, h) for h in GOPY_HEADER]
    titles = ["BẢNG TỔNG HỢP Ý KIẾN GÓP Ý DỰ THẢO ĐỀ ÁN " + SAMPLE, cl["name"]]
    if cl["gop_y"] == "xlsx":
        sheets = []
        if cl.get("guide_sheet"):
            sheets.append(("Hướng dẫn", ["HƯỚNG DẪN ĐIỀN BIỂU " + SAMPLE,
                                         "Mỗi dòng một ý kiến; ghi mã chỉ tiêu CTx.yy hoặc nhiệm vụ NVx.yy.",
                                         "Đề xuất giải pháp mới cần nêu đủ 6 rõ."], None, [], None))
        sheets.append(("Tổng hợp góp ý", titles, header, rows, [6, 30, 13, 22, 14, 70, 40, 30, 16, 30, 14]))
        write_xlsx(cd / "gop-y.xlsx", sheets, merge_title=cl.get("merge_title", False))
        files.append("gop-y.xlsx")
    else:
        write_csv(cd / "gop-y.csv", header, rows, enc, delim)
        files.append("gop-y.csv")
    if cl.get("gop_y_pdf", True):
        # the printed copy shows TCVN3 rows as the .VnTime font draws them, i.e. as Vietnamese
        shown = [[from_vn3_mojibake(v) if r[0] in vn3 else v for v in r[1:]] for r in rows]
        lines = [f"{r[0]}. {s[0]} [{s[3]}] {s[4]}" + (f" -- De xuat: {s[5]}" if s[5] else "")
                 for r, s in zip(rows, shown)]
        write_pdf(cd / "gop-y.pdf", "BANG TONG HOP Y KIEN GOP Y (DU LIEU MAU) - " + cl["name"],
                  ["Ban ky, dong dau. Ban so hoa kem theo la ban goc de xu ly."] + lines)
        files.append("gop-y.pdf")

    tables = appendix_tables(cl)
    if cl["appendix"] == "xlsx":
        write_xlsx(cd / "phu-luc.xlsx",
                   [(s, [PL_TITLES[s] + " " + SAMPLE, cl["name"] + " — số liệu tháng " + cl["data_cutoff"][5:] + "/" + cl["data_cutoff"][:4]],
                     ga.PL_HEADERS[s], tables[s], None) for s in ("PL1", "PL2", "PL3", "PL4")])
        files.append("phu-luc.xlsx")
    else:
        for i, s in enumerate(("PL1", "PL2", "PL3", "PL4"), 1):
            write_csv(cd / f"phu-luc-{i}.csv", ga.PL_HEADERS[s], tables[s],
                      cl.get("appendix_encoding", enc), cl.get("appendix_delimiter", delim))
            files.append(f"phu-luc-{i}.csv")
    lines = []
    for s in ("PL1", "PL2", "PL3", "PL4"):
        lines += ["", PL_TITLES[s], " | ".join(ga.PL_HEADERS[s])]
        lines += [" | ".join("" if v is None else str(v) for v in r) for r in tables[s]]
    write_pdf(cd / "phu-luc.pdf", "CAC BIEU PHU LUC (DU LIEU MAU) - " + cl["name"], lines)
    files.append("phu-luc.pdf")

    mc = evidence_rows(cl)
    if cl.get("minh_chung", "csv") == "xlsx":
        write_xlsx(cd / "minh-chung.xlsx", [("Minh chứng", ["DANH MỤC MINH CHỨNG " + SAMPLE, cl["name"]],
                                             MC_HEADER, mc, [6, 70, 14, 36, 34])])
        files.append("minh-chung.xlsx")
    else:
        write_csv(cd / "minh-chung.csv", MC_HEADER, mc, enc, delim)
        files.append("minh-chung.csv")

    bb = minutes_text(cl, len(rows))
    if cl.get("bien_ban") == "pdf":
        write_pdf(cd / "bien-ban.pdf", bb[0], bb[1:])
        files.append("bien-ban.pdf")
    elif cl.get("bien_ban") == "docx":
        write_docx(cd / "bien-ban.docx", bb)
        files.append("bien-ban.docx")
    return dict(files=sorted(files), comments=len(rows), vn3_rows=vn3,
                institutions=[r["code"] for r in cl["_recs"]])


def evidence_rows(cl):
    r = random.Random(f"{ga.SEED}:mc:{cl['code']}")
    rows = []
    host = next(x for x in cl["_recs"] if x["code"] == cl["host"])
    rows.append([f"Giấy chứng nhận quyền sử dụng đất — {host['name']}", "Đất đai",
                 f"CS {r.randint(10000, 99999)} ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2005, 2020)}"])
    for x in cl["_recs"]:
        if x["phong_tam"] > 0:
            rows.append([f"Biên bản kiểm kê phòng học tạm ({x['phong_tam']} phòng) — {x['name']}", "Phòng học",
                         f"Biên bản ngày {r.randint(1, 28)}/10/2025"])
        if x["dat_bo_sung"] > 0 and len(rows) < 9:
            rows.append([f"Trích lục quy hoạch, ô đất bổ sung {ga.vn_int(x['dat_bo_sung'])} m² — {x['name']}", "Đất đai",
                         f"{r.randint(100, 9999)}/QĐ-UBND ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2021, 2025)}"])
        if x["du_an"] != "Chưa có" and len(rows) < 12:
            rows.append([f"Quyết định phê duyệt dự án đầu tư ({x['du_an'].lower()}) — {x['name']}", "Tài chính",
                         f"{r.randint(100, 9999)}/QĐ-UBND ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2022, 2025)}"])
    rows.append(["Báo cáo thống kê đội ngũ, số lớp, số học sinh đầu năm học 2025-2026", "Đội ngũ",
                 f"Báo cáo ngày {r.randint(10, 31)}/10/2025"])
    return [[i, name, kind, ref, f"MC{i:02d}_{cl['code']}.pdf"] for i, (name, kind, ref) in enumerate(rows, 1)]


def minutes_text(cl, n):
    host = cl["_names"][cl["host"]]
    d = cl["workshop_date"].split("-")
    return [f"BIÊN BẢN HỘI THẢO CHUYÊN ĐỀ THAM GIA Ý KIẾN ĐỀ ÁN {SAMPLE}",
            cl["name"],
            f"Thời gian: ngày {d[2]}/{d[1]}/{d[0]}. Địa điểm: {host}.",
            f"Thành phần: đại diện Sở GDĐT; lãnh đạo {len(cl['_recs'])} cơ sở giáo dục trong cụm; "
            "đại diện UBND các xã, phường; tổ trưởng chuyên môn; cán bộ phụ trách cơ sở vật chất - tài chính.",
            f"Nội dung: thảo luận 03 nhóm nội dung (thực trạng; mục tiêu, chỉ tiêu; nhiệm vụ, giải pháp); "
            f"tổng hợp {n} ý kiến góp ý (Bảng tổng hợp kèm theo).",
            f"Số liệu chốt tại thời điểm tháng {cl['data_cutoff'][5:]}/{cl['data_cutoff'][:4]}.",
            "Biên bản kết thúc hồi 11 giờ 30 cùng ngày, đã thông qua các đại biểu dự họp.",
            "THƯ KÝ                                CHỦ TRÌ"]


def csv_record_lines(path, encoding, delimiter):
    """Physical start line (1-based) of each data record in a CSV file."""
    import csv
    import io
    raw = path.read_bytes()
    text = raw[2:].decode("utf-16-le") if encoding == "utf-16-le-bom" else raw.decode(encoding)
    rd = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    starts, prev = [], 0
    for i, _ in enumerate(rd):
        if i > 0:
            starts.append(prev + 1)
        prev = rd.line_num
    return starts


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--out", default=str(HERE.parents[1] / "Inputs" / "hai-phong-mau"))
    ap.add_argument("--modules", nargs="*", default=CLUSTER_MODULES)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    (out / "ke-hoach.toml").write_text(KE_HOACH, encoding="utf-8")
    write_catalogues(out)

    clusters, results = [], {}
    for m in a.modules:
        cl = load_cluster(m)
        assert cl["code"] not in results, cl["code"]
        clusters.append(cl)
        res = write_cluster(out, cl)
        if cl["gop_y"] == "csv":
            res["gop_y_lines"] = csv_record_lines(out / "cum" / cl["code"] / "gop-y.csv",
                                                  cl.get("csv_encoding", "utf-8"), cl.get("csv_delimiter", ","))
        results[cl["code"]] = res

    import readme
    expected = readme.expected(clusters, results)
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (out / "README.md").write_text(readme.render(clusters, results, expected), encoding="utf-8")
    t = expected["totals"]
    print(f"wrote {out}: {len(clusters)} clusters, {t['comments']} comments, "
          f"{t['institution_rows']} appendix rows ({t['institutions_unique']} institutions)")


if __name__ == "__main__":
    main()
