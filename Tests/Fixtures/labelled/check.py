#!/usr/bin/env python3
"""Validate labelled.jsonl (schema, allowed values, conditional objects, coverage minimums,
duplicates) and print the coverage table. Exit 1 on any error."""
import json, re, sys, unicodedata
from collections import Counter

PATH = sys.argv[1] if len(sys.argv) > 1 else __file__.rsplit("/", 1)[0] + "/labelled.jsonl"
LEVELS = {"mam_non", "tieu_hoc", "thcs", "thpt", "gdtx", "gdnn", "dai_hoc"}
GROUPS = ["thuc_trang", "muc_tieu", "giai_phap", "khac"]
AREAS = ["quy_mo_mang_luoi", "doi_ngu", "dat_dai", "phong_hoc", "tai_chinh", "chat_luong",
         "chuyen_doi_so", None]
STANCES = ["dong_y", "sua_doi", "bo_sung", "khong_dong_y", "khac"]
SIX = ["viec", "muc_tieu", "san_pham", "tien_do", "nguon_luc", "trach_nhiem"]
TP = ["value", "basis", "conditions", "timeline"]
INPUT = ["level", "unit", "location", "ref", "text", "proposal", "basis", "proposed_value",
         "conditions", "timeline"]
CONTENT = ["location", "ref", "text", "proposal", "basis", "proposed_value", "conditions",
           "timeline"] + SIX
EXPECT = ["group", "area", "refs", "stance", "has_data", "has_evidence", "generic",
          "six_clear", "target_proposal"]
REF_RE = re.compile(r"^(CT[1-6]|NV[1-8])\.\d\d$")

errors, warnings = [], []


def err(rid, msg):
    errors.append(f"{rid}: {msg}")


def fold(s):
    s = unicodedata.normalize("NFC", s).replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.casefold()).strip()


rows = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:  # noqa: BLE001
            err(f"line {n}", f"invalid JSON: {e}")

ids = Counter(r.get("id") for r in rows)
for i, c in ids.items():
    if c > 1:
        err(i, "duplicate id")

seen = {}
def is_nfd(r):
    """NFD rows are marked `"nfd": true` (labelled.jsonl) or tagged "nfd" (the fresh sets)."""
    return r.get("nfd") is True or "nfd" in (r.get("tags") or [])


for r in rows:
    rid = r.get("id", "?")
    if not re.fullmatch(r"[A-Z]\d{3,}", str(rid)):
        err(rid, "bad id")
    for k in INPUT:
        if not isinstance(r.get(k), str):
            err(rid, f"input field {k} missing or not a string")
    if r.get("level") not in LEVELS:
        err(rid, f"bad level {r.get('level')}")
    if not r.get("text", "").strip():
        err(rid, "empty text")
    split = [k for k in SIX if k in r]
    if split and len(split) != 6:
        err(rid, "6-rõ columns must be all present or all absent")
    for k in CONTENT + ["unit"]:
        v = r.get(k, "")
        if not isinstance(v, str):
            err(rid, f"{k} not a string")
            continue
        nfd_ok = is_nfd(r) and k in ("text", "proposal", "basis", "unit", "location", "conditions", "timeline", "proposed_value")
        if not nfd_ok and v != unicodedata.normalize("NFC", v):
            err(rid, f"{k} is not NFC")
    if is_nfd(r) and r["text"] == unicodedata.normalize("NFC", r["text"]):
        err(rid, "marked nfd but text is NFC")
    e = r.get("expect")
    if not isinstance(e, dict) or sorted(e) != sorted(EXPECT):
        err(rid, f"expect keys must be exactly {EXPECT}")
        continue
    if e["group"] not in GROUPS: err(rid, f"bad group {e['group']}")
    if e["area"] not in AREAS: err(rid, f"bad area {e['area']}")
    if e["stance"] not in STANCES: err(rid, f"bad stance {e['stance']}")
    for k in ("has_data", "has_evidence", "generic"):
        if not isinstance(e[k], bool): err(rid, f"{k} not bool")
    if not isinstance(e["refs"], list) or any(not isinstance(x, str) or not REF_RE.match(x) for x in e["refs"]):
        err(rid, f"bad refs {e['refs']}")
    elif len(set(e["refs"])) != len(e["refs"]):
        err(rid, "duplicate code in refs")
    need_six = e["group"] == "giai_phap" and e["stance"] in ("sua_doi", "bo_sung")
    need_tp = e["group"] == "muc_tieu" and e["stance"] in ("sua_doi", "bo_sung")
    if need_six != (e["six_clear"] is not None):
        err(rid, "six_clear must be present exactly for giai_phap + sua_doi/bo_sung")
    if e["six_clear"] is not None and (sorted(e["six_clear"]) != sorted(SIX) or
                                       any(not isinstance(v, bool) for v in e["six_clear"].values())):
        err(rid, "six_clear must hold exactly the six booleans")
    if need_tp != (e["target_proposal"] is not None):
        err(rid, "target_proposal must be present exactly for muc_tieu + sua_doi/bo_sung")
    if e["target_proposal"] is not None and (sorted(e["target_proposal"]) != sorted(TP) or
                                             any(not isinstance(v, bool) for v in e["target_proposal"].values())):
        err(rid, "target_proposal must hold exactly the four booleans")
    if e["generic"] and (e["has_data"] or e["has_evidence"] or e["refs"]):
        err(rid, "generic but has data/evidence/refs")
    if not e["generic"] and not (e["has_data"] or e["has_evidence"] or e["refs"]) and not r.get("note"):
        warnings.append(f"{rid}: non-generic without data/evidence/refs has no note naming the place")
    if "nodia" in r.get("tags", []) and any(unicodedata.category(c).startswith("L") and not c.isascii() for c in unicodedata.normalize("NFD", r["text"])) :
        err(rid, "tagged nodia but text has non-ASCII characters")
    key = fold(r["text"])
    if key in seen:
        err(rid, f"duplicate text of {seen[key]}")
    seen[key] = rid
    # light cross-check: every digit pair of a code should be visible somewhere in the row
    blob = fold(" ".join(r.get(k, "") for k in CONTENT))
    for code in e["refs"]:
        g, nn = code[2], int(code[4:])
        if not re.search(rf"(?<!\d){g}\s*[.,]\s*0?{nn}(?!\d)|(?<!\d){g}(?!\d).{{0,40}}(?<!\d){nn}(?!\d)", blob):
            warnings.append(f"{rid}: {code} not visible in row text")

E = [r["expect"] for r in rows if isinstance(r.get("expect"), dict)]
cnt = lambda k: Counter(e[k] for e in E)  # noqa: E731
g_c, a_c, s_c = cnt("group"), cnt("area"), cnt("stance")
generic = sum(e["generic"] for e in E)
tricky = sum(1 for e in E if not e["generic"] and not e["has_data"] and not e["has_evidence"] and not e["refs"])
six = [e["six_clear"] for e in E if e["six_clear"]]
six_complete = sum(all(s.values()) for s in six)
six_patterns = Counter(tuple(k for k in SIX if not s[k]) for s in six)
tp = [e["target_proposal"] for e in E if e["target_proposal"]]
tp_complete = sum(all(t.values()) for t in tp)
tp_patterns = Counter(tuple(k for k in TP if not t[k]) for t in tp)
split_rows = sum(1 for r in rows if "viec" in r)
split_six = sum(1 for r in rows if "viec" in r and r["expect"]["six_clear"])
tags = Counter(t for r in rows for t in r.get("tags", []))
nodia = sum(1 for r in rows if r["text"].isascii())
nfd = sum(1 for r in rows if is_nfd(r))
levels = Counter(r["level"] for r in rows)
words = [len(r["text"].split()) for r in rows]
refs_loc = sum(1 for r in rows if r["expect"]["refs"] and re.search(r"\d", r["location"] + r["ref"])
               and re.search(r"(chi tieu|nhiem vu|ct|nv)\s*\d", fold(r["location"] + " " + r["ref"])))

MIN = []


# The coverage minimums are those of labelled.jsonl; the fresh sets (fresh-*.jsonl), written
# later by other annotators with an emphasis on proposals, get the schema checks only.
COVERAGE = PATH.endswith("labelled.jsonl")


def need(label, value, minimum):
    MIN.append((label, value, minimum))
    if COVERAGE and value < minimum:
        err("coverage", f"{label}: {value} < {minimum}")


for v in GROUPS: need(f"group {v}", g_c[v], 12)
for v in AREAS: need(f"area {v}", a_c[v], 15 if v in ("tai_chinh", "chuyen_doi_so") else 12)
for v in STANCES: need(f"stance {v}", s_c[v], 12)
need("rows", len(rows), 320)
need("generic", generic, 40)
need("tricky non-generic (no data/evidence/refs)", tricky, 20)
need("six_clear objects", len(six), 60)
need("six_clear complete", six_complete, 10)
need("six_clear distinct missing patterns", len(six_patterns), 10)
need("rows with split 6-rõ columns (six_clear)", split_six, 12)
need("target_proposal objects", len(tp), 45)
need("target_proposal distinct missing patterns", len(tp_patterns), 8)
need("rows typed without diacritics", nodia, 35)
need("rows with slips", tags["slip"], 15)
need("rows in NFD", nfd, 10)
need("multi-point rows", tags["multi"], 30)
need("levels covered", len(levels), 7)
need("rows with refs in location/ref column", refs_loc, 8)
need("short rows (<=6 words)", sum(w <= 6 for w in words), 5)
need("long rows (>=100 words)", sum(w >= 100 for w in words), 2)

allfold = [fold(" ".join(r.get(k, "") for k in CONTENT)) for r in rows]
FORMS = ["chỉ tiêu 2.3", "CT 2.3", "CT2.03", "chỉ tiêu 1.1, 1.2 và 4.8",
         "nhiệm vụ 5.1 (hạ tầng) và 5.2", "giải pháp 3, nhiệm vụ 2", "NV 5.02", "nhóm giải pháp 7",
         "Mục III", "Phụ lục 3", "Nghị định 105/2020/NĐ-CP",
         "nhất trí", "thống nhất", "đồng tình", "hoàn toàn ủng hộ", "không có ý kiến khác",
         "bổ sung", "thêm", "đưa vào", "cần có thêm", "điều chỉnh", "sửa", "nâng", "hạ",
         "đề nghị ghi lại là", "không đồng ý", "đề nghị bỏ", "không khả thi", "quá cao so với thực tế"]
missing_forms = [f for f in FORMS if not any(fold(f) in t for t in allfold)] if COVERAGE else []
for f in missing_forms:
    err("coverage", f"written form never used: {f!r}")

openings = Counter(" ".join(fold(r["text"]).split()[:6]) for r in rows)
for o, c in openings.items():
    if c > 2:
        warnings.append(f"opening used {c} times: {o!r}")

print(f"rows: {len(rows)}")
print("group:  " + ", ".join(f"{k}={g_c[k]}" for k in GROUPS))
print("area:   " + ", ".join(f"{k}={a_c[k]}" for k in AREAS))
print("stance: " + ", ".join(f"{k}={s_c[k]}" for k in STANCES))
print("level:  " + ", ".join(f"{k}={levels[k]}" for k in sorted(LEVELS)))
print(f"has_data={sum(e['has_data'] for e in E)} has_evidence={sum(e['has_evidence'] for e in E)} "
      f"with refs={sum(bool(e['refs']) for e in E)} words min={min(words)} max={max(words)}")
print("six_clear missing patterns: " + "; ".join(f"{'+'.join(k) or 'complete'}={v}" for k, v in six_patterns.most_common()))
print("target_proposal missing patterns: " + "; ".join(f"{'+'.join(k) or 'complete'}={v}" for k, v in tp_patterns.most_common()))
print("\n%-48s %6s %6s" % ("coverage minimum", "have", "need"))
for label, v, m in MIN:
    print("%-48s %6d %6d %s" % (label, v, m, "" if v >= m else "<-- FAIL"))
for w in warnings:
    print("WARN", w)
for e_ in errors:
    print("ERROR", e_)
print("\nOK" if not errors else f"\n{len(errors)} error(s)")
sys.exit(1 if errors else 0)
