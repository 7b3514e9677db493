"""Builds ../labelled.jsonl from the hand-written rows (rows_a..rows_d)."""
import json, random, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import common, rows_a, rows_b, rows_c, rows_d  # noqa: F401  (rows register themselves)

rows = list(common.ROWS)
random.Random(20260202).shuffle(rows)
out = os.path.join(os.path.dirname(__file__), "..", "labelled.jsonl")
KEYS = ["id", "level", "unit", "location", "ref", "text", "proposal", "basis", "proposed_value",
        "conditions", "timeline", "viec", "muc_tieu", "san_pham", "tien_do", "nguon_luc",
        "trach_nhiem", "nfd", "tags", "expect", "note"]
with open(out, "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        r["id"] = "L%03d" % i
        o = {k: r[k] for k in KEYS if k in r}
        if not o.get("tags"):
            o.pop("tags", None)
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print("wrote", len(rows), "rows to", os.path.normpath(out))
