"""Appendix (phụ lục 1-4) figures of the SAMPLE institutions, deterministic per institution code.

Every figure is drawn from random.Random(f"{SEED}:{code}") and can be pinned by the cluster
module's OVERRIDES (so that comments about a school match its rows).  Internal consistency:
Số phòng học = kiên cố + bán kiên cố + tạm; Số học sinh ≈ Số lớp × sĩ số; GV đạt chuẩn ≤ GV.
Deliberate defects are NOT made here: make_sample.py patches the formatted cells afterwards.
"""

import math
import random

SEED = 20260206

LEVEL_NAMES = {"mam_non": "Mầm non", "tieu_hoc": "Tiểu học", "thcs": "THCS", "thpt": "THPT",
               "gdtx": "GDTX", "gdnn": "GDNN", "dai_hoc": "Đại học"}

URBAN = {"Hồng Bàng", "Lê Chân", "Ngô Quyền", "Hải An", "Kiến An", "Dương Kinh", "Đồ Sơn",
         "An Biên", "Gia Viên", "Đông Hải", "Hải Dương", "Lê Thanh Nghị", "Thành Đông",
         "Tân Hưng", "Chí Linh", "Kinh Môn", "Thủy Nguyên", "An Dương", "Phù Liễn", "Nam Đồ Sơn",
         "Lưu Kiếm", "Bạch Đằng", "Nhị Chiểu"}
SPECIAL_ZONES = {"Cát Hải", "Bạch Long Vĩ"}


def commune_label(c):
    if c in SPECIAL_ZONES:
        return "Đặc khu " + c
    return ("Phường " if c in URBAN else "Xã ") + c


# lop: classes; size_u / size_r: learners per class (urban / rural); ratio: teachers per class
# (Thông tư 19/2023 mầm non 2,2 GV/lớp mẫu giáo 2 buổi; Thông tư 20/2023 TH 1,5, THCS 1,9,
# THPT 2,25) or, for gdnn/dai_hoc, learners per teacher (negative number); m2: land m²/learner.
P = {
    "mam_non": dict(lop=(8, 18), size_u=(27, 33), size_r=(21, 27), ratio=2.2, cbql=(2, 3),
                    nv=(4, 9), m2_u=(5.5, 10), m2_r=(12, 20), rooms=(1.0, 1.12), fc=(2, 6)),
    "tieu_hoc": dict(lop=(16, 34), size_u=(36, 43), size_r=(27, 35), ratio=1.5, cbql=(2, 3),
                     nv=(3, 6), m2_u=(4, 8), m2_r=(9, 15), rooms=(0.95, 1.08), fc=(4, 10)),
    "thcs": dict(lop=(12, 32), size_u=(42, 47), size_r=(34, 42), ratio=1.9, cbql=(2, 3),
                 nv=(3, 6), m2_u=(4, 7.5), m2_r=(8, 14), rooms=(0.55, 0.85), fc=(5, 12)),
    "thpt": dict(lop=(24, 45), size_u=(41, 46), size_r=(38, 44), ratio=2.25, cbql=(3, 4),
                 nv=(5, 9), m2_u=(4.5, 8), m2_r=(9, 16), rooms=(0.55, 0.8), fc=(8, 16)),
    "gdtx": dict(lop=(6, 18), size_u=(35, 44), size_r=(28, 40), ratio=1.5, cbql=(2, 3),
                 nv=(3, 6), m2_u=(8, 14), m2_r=(12, 22), rooms=(0.8, 1.1), fc=(3, 8)),
    "gdnn": dict(lop=(30, 110), size_u=(26, 34), size_r=(24, 32), ratio=-25, cbql=(4, 8),
                 nv=(15, 40), m2_u=(15, 30), m2_r=(20, 40), rooms=(0.4, 0.6), fc=(12, 40)),
    "dai_hoc": dict(lop=(90, 380), size_u=(42, 52), size_r=(40, 50), ratio=-30, cbql=(15, 40),
                    nv=(60, 240), m2_u=(8, 20), m2_r=(15, 30), rooms=(0.35, 0.5), fc=(30, 90)),
}
STD_PROB = {"mam_non": .62, "tieu_hoc": .78, "thcs": .74, "thpt": .64}
INVEST = ["Chưa có", "Đã phê duyệt", "Đang xây dựng", "Hoàn thành"]
VON = {"mam_non": (3, 25), "tieu_hoc": (5, 40), "thcs": (8, 50), "thpt": (15, 90),
       "gdtx": (3, 20), "gdnn": (10, 150), "dai_hoc": (50, 500)}
RATES = {  # (hoàn thành, tốt nghiệp, học sinh giỏi max)
    "mam_non": ((99.0, 100), None, None), "tieu_hoc": ((99.2, 100), None, 25),
    "thcs": ((98.5, 100), (99.0, 100), 30), "thpt": ((98.5, 100), (98.5, 100), 40),
    "gdtx": ((88, 97), (85, 98), 3), "gdnn": ((85, 96), (88, 97), 6),
    "dai_hoc": ((80, 95), (82, 95), 12)}


def build(level, inst, ov=None):
    """Canonical (numeric) appendix values of one institution."""
    ov = dict(ov or {})
    r = random.Random(f"{SEED}:{inst['code']}")
    p = P[level]
    urban = inst["commune"] in URBAN
    g = lambda k, f: ov[k] if k in ov else f()      # noqa: E731

    so_lop = g("so_lop", lambda: r.randint(*p["lop"]))
    size_rng = p["size_u"] if urban else p["size_r"]
    hs_lop = g("hs_lop", lambda: r.uniform(*size_rng))
    hoc_sinh = g("hoc_sinh", lambda: int(round(so_lop * hs_lop)))
    if level in ("gdtx", "gdnn", "dai_hoc"):
        load = r.uniform(0.95, 1.4)
    else:
        load = r.uniform(0.88, 1.2) if urban else r.uniform(1.0, 1.3)
    step = 10 if hoc_sinh > 600 else 5
    cong_suat = g("cong_suat", lambda: int(round(hoc_sinh * load / step) * step))
    growth = r.uniform(1.03, 1.18) if urban else r.uniform(0.92, 1.05)
    du_bao = g("du_bao", lambda: int(round(hoc_sinh * growth / 5) * 5))

    if p["ratio"] > 0:
        dm = math.ceil(so_lop * p["ratio"])
    else:
        dm = math.ceil(hoc_sinh / -p["ratio"])
    dinh_muc = g("dinh_muc", lambda: dm)
    short = r.choice([0, 0, 0, 0, 0, 0, 1, 2, 3, 4]) if level != "dai_hoc" else r.choice([0, 0, 5, 12])
    thieu = g("thieu_gv", lambda: short)
    giao_vien = g("giao_vien", lambda: dinh_muc - thieu)
    chuan_gap = r.choice([0, 0, 1, 1, 2, 3, 5]) if level in ("mam_non", "tieu_hoc") else r.choice([0, 0, 1, 2])
    gv_dat_chuan = g("gv_dat_chuan", lambda: max(0, giao_vien - chuan_gap))
    if gv_dat_chuan == "all":
        gv_dat_chuan = giao_vien
    cbql = g("cbql", lambda: r.randint(*p["cbql"]))
    nhan_vien = g("nhan_vien", lambda: r.randint(*p["nv"]))

    tam_p = {"mam_non": .30, "tieu_hoc": .15, "thcs": .08, "thpt": .08}.get(level, 0)
    if not urban:
        pt = r.randint(1, 3) if r.random() < tam_p else 0
    else:
        pt = r.randint(1, 2) if r.random() < tam_p / 4 else 0
    phong_tam = g("phong_tam", lambda: pt)
    ban_kien_co = g("ban_kien_co", lambda: 0 if r.random() < .45 else r.randint(1, 4))
    if "kien_co" in ov:
        kien_co = ov["kien_co"]
        so_phong = kien_co + ban_kien_co + phong_tam
    else:
        so_phong = g("so_phong", lambda: max(phong_tam + ban_kien_co + 1,
                                                 int(round(so_lop * r.uniform(*p["rooms"])))))
        kien_co = so_phong - ban_kien_co - phong_tam
    phong_cn = g("phong_cn", lambda: r.randint(*p["fc"]))
    m2 = g("m2_hs", lambda: r.uniform(*(p["m2_u"] if urban else p["m2_r"])))
    dien_tich = g("dien_tich", lambda: int(round(hoc_sinh * m2 / 10) * 10))
    dat_bo_sung = g("dat_bo_sung", lambda: 0 if r.random() < .75 else r.randint(16, 120) * 50)
    du_an = g("du_an", lambda: r.choices(INVEST, weights=[38, 22, 15, 25])[0])
    von = g("von", lambda: 0 if du_an == "Chưa có" else int(round(r.uniform(*VON[level]), 1) * 10) * 100_000_000)

    if level in STD_PROB:
        dat_chuan = g("dat_chuan", lambda: "Có" if r.random() < STD_PROB[level] else "Không")
        kd_w = [12, 45, 33, 10]
    else:
        dat_chuan = g("dat_chuan", lambda: "")
        kd_w = [30, 50, 20, 0]
    kiem_dinh = g("kiem_dinh", lambda: "Cấp độ %d" % r.choices([1, 2, 3, 4], weights=kd_w)[0])
    hr, tr, hmax = RATES[level]
    hoan_thanh = g("hoan_thanh", lambda: round(min(100.0, r.uniform(*hr)), 1))
    tot_nghiep = g("tot_nghiep", lambda: round(min(100.0, r.uniform(*tr)), 1) if tr else None)
    hsg = g("hsg", lambda: r.randint(0, hmax) if hmax else None)

    return dict(code=inst["code"], name=inst["name"], level=level, commune=inst["commune"],
                kind=inst["kind"], so_lop=so_lop, hoc_sinh=hoc_sinh, cong_suat=cong_suat,
                du_bao=du_bao, cbql=cbql, giao_vien=giao_vien, nhan_vien=nhan_vien,
                dinh_muc=dinh_muc, gv_dat_chuan=gv_dat_chuan, dien_tich=dien_tich,
                dat_bo_sung=dat_bo_sung, so_phong=so_phong, kien_co=kien_co,
                ban_kien_co=ban_kien_co, phong_tam=phong_tam, phong_cn=phong_cn, du_an=du_an,
                von=von, dat_chuan=dat_chuan, hoan_thanh=hoan_thanh, tot_nghiep=tot_nghiep,
                hsg=hsg, kiem_dinh=kiem_dinh)


PL_HEADERS = {
    "PL1": ["Mã trường", "Tên trường", "Cấp học", "Xã/phường", "Loại hình", "Số lớp",
            "Số học sinh", "Công suất thiết kế", "Dự báo học sinh 2030"],
    "PL2": ["Mã trường", "Tên trường", "CBQL", "Giáo viên", "Nhân viên", "Định mức giáo viên",
            "GV đạt chuẩn"],
    "PL3": ["Mã trường", "Tên trường", "Diện tích đất (m²)", "Đất bổ sung theo quy hoạch (m²)",
            "Số phòng học", "Phòng kiên cố", "Phòng bán kiên cố", "Phòng tạm", "Phòng chức năng",
            "Dự án đầu tư", "Vốn đầu tư (đồng)"],
    "PL4": ["Mã trường", "Tên trường", "Đạt chuẩn quốc gia", "Tỷ lệ hoàn thành chương trình (%)",
            "Tỷ lệ tốt nghiệp (%)", "Học sinh giỏi", "Mức kiểm định"],
}
PL_KEYS = {
    "PL1": ["code", "name", "level_name", "commune_label", "kind", "so_lop", "hoc_sinh",
            "cong_suat", "du_bao"],
    "PL2": ["code", "name", "cbql", "giao_vien", "nhan_vien", "dinh_muc", "gv_dat_chuan"],
    "PL3": ["code", "name", "dien_tich", "dat_bo_sung", "so_phong", "kien_co", "ban_kien_co",
            "phong_tam", "phong_cn", "du_an", "von"],
    "PL4": ["code", "name", "dat_chuan", "hoan_thanh", "tot_nghiep", "hsg", "kiem_dinh"],
}


def vn_int(n):
    return f"{n:,}".replace(",", ".")


def vn_dec(x):
    s = f"{x:.1f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")


def fmt_cell(key, v, style, idx):
    """Format one value: style 'num' (xlsx numbers), 'plain' (CSV, English) or 'vn'."""
    if v is None:
        return "" if style != "num" else None
    if key in ("level_name", "commune_label", "kind", "code", "name", "du_an", "dat_chuan",
               "kiem_dinh"):
        return v
    if key in ("hoan_thanh", "tot_nghiep"):
        if style == "num":
            return float(v)
        if style == "plain":
            return f"{v:.1f}".rstrip("0").rstrip(".")
        return vn_dec(v) + ("%" if idx % 3 == 0 else "")
    if key == "von":
        if style == "num":
            return int(v)
        if style == "plain":
            return str(v)
        if v and idx % 4 == 1:
            return vn_dec(v / 1e9) + " tỷ đồng"
        return vn_int(v)
    if style == "num":
        return int(v)
    return str(v) if style == "plain" else vn_int(v)


def pl_rows(recs, sheet, style):
    rows = []
    for i, rec in enumerate(recs):
        rec = dict(rec, level_name=LEVEL_NAMES[rec["level"]],
                   commune_label=commune_label(rec["commune"]))
        rows.append([fmt_cell(k, rec[k], style, i) for k in PL_KEYS[sheet]])
    return rows
