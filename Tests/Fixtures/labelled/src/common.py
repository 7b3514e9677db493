"""Row constructor for the hand-written labelled set. Labels are written by hand per row;
this module only expands short codes, strips diacritics for rows typed without a Vietnamese
keyboard, and writes NFD for rows marked nfd."""
import unicodedata

G = {"tt": "thuc_trang", "mt": "muc_tieu", "gp": "giai_phap", "kh": "khac"}
A = {"qm": "quy_mo_mang_luoi", "dn": "doi_ngu", "dd": "dat_dai", "ph": "phong_hoc",
     "tc": "tai_chinh", "cl": "chat_luong", "cds": "chuyen_doi_so", None: None}
S = {"dy": "dong_y", "sd": "sua_doi", "bs": "bo_sung", "kd": "khong_dong_y", "kc": "khac"}
SIX = [("v", "viec"), ("m", "muc_tieu"), ("s", "san_pham"), ("t", "tien_do"),
       ("n", "nguon_luc"), ("r", "trach_nhiem")]
TP = [("v", "value"), ("b", "basis"), ("c", "conditions"), ("t", "timeline")]

ROWS = []


def strip_diacritics(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = s.replace("“", '"').replace("”", '"').replace("²", "2").replace("–", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", s)


def R(lv, unit, loc, ref, text, g, a, refs, st, d, e, gen, six=None, tp=None,
      p="", b="", pv="", c="", t="", cols=None, tags="", note=""):
    tags = [x for x in tags.split(",") if x]
    row = {"level": lv, "unit": unit, "location": loc, "ref": ref, "text": text,
           "proposal": p, "basis": b, "proposed_value": pv, "conditions": c, "timeline": t}
    if cols is not None:
        for k, name in SIX:
            row[name] = cols.get(k, "")
    if "nodia" in tags:
        for k, v in list(row.items()):
            if k != "level" and isinstance(v, str):
                row[k] = strip_diacritics(v)
    exp = {"group": G[g], "area": A[a], "refs": refs.split() if refs else [],
           "stance": S[st], "has_data": bool(d), "has_evidence": bool(e), "generic": bool(gen),
           "six_clear": None if six is None else {name: (k in six) for k, name in SIX},
           "target_proposal": None if tp is None else {name: (k in tp) for k, name in TP}}
    row["expect"] = exp
    if "nfd" in tags:
        for k in ("text", "proposal", "basis"):
            row[k] = unicodedata.normalize("NFD", row[k])
        row["nfd"] = True
    row["tags"] = tags
    row["note"] = note
    ROWS.append(row)
