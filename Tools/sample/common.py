"""Shared helpers for the SAMPLE dataset (DỮ LIỆU MẪU) data modules and make_sample.py."""

import unicodedata


def C(code, loc, ref, text, prop="", basis="", val="", cond="", time="", unit=None,
      vn3=False, plain=False, note=None):
    """One comment row.

    code  -- Mã đơn vị (appendix code of the commenting institution, or "" / an unknown code)
    loc   -- Vị trí trong Đề án;  ref -- Mã chỉ tiêu/nhiệm vụ as typed by the office
    text  -- Nội dung góp ý;  prop -- Đề xuất;  basis -- Căn cứ/minh chứng
    val / cond / time -- Chỉ tiêu đề xuất / Điều kiện thực hiện / Mốc thời gian
    unit  -- Đơn vị góp ý when it is not an institution of the cluster's appendices
    vn3   -- written to the file in TCVN3 (ABC) code points read as Windows-1252
    note  -- documentation of a deliberate feature (e.g. a claim the appendix contradicts);
             copied into README.md, never into the data files
    """
    return dict(code=code, loc=loc, ref=ref, text=text, prop=prop, basis=basis, val=val,
                cond=cond, time=time, unit=unit, vn3=vn3, plain=plain,
                note=note)


def parse_institutions(block):
    """'code | name | commune | type' lines -> list of dicts."""
    out = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        code, name, commune, kind = [p.strip() for p in line.split("|")]
        out.append(dict(code=code, name=name, commune=commune, kind=kind))
    return out


# --- TCVN3 (TCVN 5712:1993, VN3 / "ABC", .VnTime font) ------------------------------------
# Byte value of each precomposed Vietnamese letter in VN3.  VN3 has no code points for
# upper-case letters with tone marks (offices type them in the .VnTimeH font, which draws the
# lower-case code points as capitals), so those are written with the lower-case byte.
_VN3_LOWER = {
    "à": 0xB5, "ả": 0xB6, "ã": 0xB7, "á": 0xB8, "ạ": 0xB9,
    "ă": 0xA8, "ằ": 0xBB, "ẳ": 0xBC, "ẵ": 0xBD, "ắ": 0xBE, "ặ": 0xC6,
    "â": 0xA9, "ầ": 0xC7, "ẩ": 0xC8, "ẫ": 0xC9, "ấ": 0xCA, "ậ": 0xCB,
    "đ": 0xAE,
    "è": 0xCC, "ẻ": 0xCE, "ẽ": 0xCF, "é": 0xD0, "ẹ": 0xD1,
    "ê": 0xAA, "ề": 0xD2, "ể": 0xD3, "ễ": 0xD4, "ế": 0xD5, "ệ": 0xD6,
    "ì": 0xD7, "ỉ": 0xD8, "ĩ": 0xDC, "í": 0xDD, "ị": 0xDE,
    "ò": 0xDF, "ỏ": 0xE1, "õ": 0xE2, "ó": 0xE3, "ọ": 0xE4,
    "ô": 0xAB, "ồ": 0xE5, "ổ": 0xE6, "ỗ": 0xE7, "ố": 0xE8, "ộ": 0xE9,
    "ơ": 0xAC, "ờ": 0xEA, "ở": 0xEB, "ỡ": 0xEC, "ớ": 0xED, "ợ": 0xEE,
    "ù": 0xEF, "ủ": 0xF1, "ũ": 0xF2, "ú": 0xF3, "ụ": 0xF4,
    "ư": 0xAD, "ừ": 0xF5, "ử": 0xF6, "ữ": 0xF7, "ứ": 0xF8, "ự": 0xF9,
    "ỳ": 0xFA, "ỷ": 0xFB, "ỹ": 0xFC, "ý": 0xFD, "ỵ": 0xFE,
}
_VN3_UPPER_BASE = {"Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7}

VN3_BYTES = dict(_VN3_LOWER)
VN3_BYTES.update(_VN3_UPPER_BASE)
for _ch, _b in _VN3_LOWER.items():
    _up = _ch.upper()
    if _up != _ch and _up not in VN3_BYTES:
        VN3_BYTES[_up] = _b          # .VnTimeH convention, see above

assert len(set(_VN3_LOWER.values())) == len(_VN3_LOWER) == 67


def to_vn3_bytes(text):
    """Unicode Vietnamese -> TCVN3 bytes."""
    text = unicodedata.normalize("NFC", text)
    out = bytearray()
    for ch in text:
        if ch in VN3_BYTES:
            out.append(VN3_BYTES[ch])
        elif ord(ch) < 128:
            out.append(ord(ch))
        else:
            raise ValueError(f"no TCVN3 code for {ch!r} in {text!r}")
    return bytes(out)


def to_vn3_mojibake(text):
    """The cell text an office produces: TCVN3 bytes shown as Windows-1252 characters."""
    return to_vn3_bytes(text).decode("cp1252")


def from_vn3_mojibake(text):
    """Inverse for tests (lower-case for toned capitals, see above)."""
    rev = {v: k for k, v in _VN3_LOWER.items()}
    rev.update({v: k for k, v in _VN3_UPPER_BASE.items()})
    raw = text.encode("cp1252")
    return "".join(rev.get(b, chr(b)) for b in raw)


def strip_diacritics(text):
    """For the ASCII-only PDF copies."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text)
                   if unicodedata.category(c) != "Mn")
