/// A number read from text.
public struct ParsedNumber: Sendable, Equatable {
    /// The value with any scale word applied ("1,2 triệu" -> 1 200 000). A percentage keeps the
    /// number as written: "85%" -> 85 with `isPercent` true (divide by 100 yourself if needed).
    public var value: Double
    /// True when the text ended with `%`.
    public var isPercent: Bool
    /// The unit after the number as typed ("m²", "người", "HS", "đồng"), or nil.
    public var unit: String?

    public init(value: Double, isPercent: Bool = false, unit: String? = nil) {
        self.value = value
        self.isPercent = isPercent
        self.unit = unit
    }
}

/// One number parser for Vietnamese and English forms.
///
/// Accepted shape: `[sign] number [scale word] [unit | %]`, surrounding white space (also no-break
/// and thin spaces) ignored. Anything else — text before the number, ranges ("5-7", "5 - 7"),
/// several numbers, approximate marks ("~5", "khoảng 5"), unknown words — gives nil.
///
/// Separators:
/// - Both `.` and `,` present: the one that comes last is the decimal mark, the other groups
///   thousands ("1.234,5" and "1,234.5" -> 1234.5). Groups must be 3 digits, else nil.
/// - One kind appearing several times: thousands ("1.234.567" and "1,234,567" -> 1234567).
/// - **One separator appearing once (the ambiguous case):** it is a thousands separator when
///   exactly 3 digits follow it and 1–3 digits not starting with 0 precede it: "1.234", "1,234",
///   "12.500" -> 1234, 1234, 12500 (Vietnamese money and head counts are written like this,
///   and English-locale Excel shows "1,234"). Otherwise it is the decimal mark: "1,5", "1.5",
///   "3,14", "0,125", "1234,567", "1.2345" -> 1.5, 1.5, 3.14, 0.125, 1234.567, 1.2345.
///   So a value with exactly three decimals after a 1–3 digit integer part must be written with
///   both separators or a leading 0 to be read as a fraction.
/// - Spaces (also no-break / thin) between digit groups of 3 are thousands: " 2 000 " -> 2000,
///   "1 234,5" -> 1234.5; then `.` or `,` must be the single decimal mark.
/// - Plain scientific notation as Excel stores it ("1.5E-3") is accepted.
///
/// Signs: leading `-`, `−` (U+2212), `–` (en dash, Word's autocorrected minus) or `+`.
/// Parentheses are **not** read as negative: "(3)" is nil, because Vietnamese forms number their
/// columns "(1) (2) (3)" under the header far more often than they write accounting negatives.
///
/// Scale words (diacritics and case ignored): tỷ/tỉ 1e9, triệu/tr 1e6, nghìn/ngàn/k 1e3,
/// trăm 100, thousand/million/billion. A unit may follow: "12 tỷ đồng", "15trđ", "500 nghìn đ".
/// Units: money (đồng, đ, VNĐ, USD), area/length/mass (m², m2, m3, km, km², ha, cm, mm, m, kg,
/// tấn, lít), people (người, HS, học sinh, GV, giáo viên, CBQL, CBGVNV, nhân viên, em, cháu, trẻ),
/// school things (lớp, trường, điểm trường, phòng, phòng học, tiết, buổi, bộ, cái, chiếc, máy,
/// bàn, ghế, quyển, cuốn, bản, suất, điểm, lần, nhóm, tổ, khối, cơ sở), time (ngày, tuần,
/// tháng, năm, giờ, phút) and places (xã, huyện, tỉnh). Other words give nil.
public enum NumberParser {
    /// Parses one number; nil when the text is not exactly one number (see the type's documentation).
    public static func parse(_ text: String) -> ParsedNumber? {
        let all = Array(text.unicodeScalars)
        var s = Fold.trim(all[...])
        guard !s.isEmpty else { return nil }

        var negative = false
        if let f = s.first, f == "-" || f == "+" || f.value == 0x2212 || f.value == 0x2013 {
            negative = f != "+"
            s = Fold.trim(s.dropFirst())
        }

        // The numeric core: digits, '.', ',' and spaces between digit groups.
        var core: [UInt8] = []
        var hasSpaceGroups = false
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c.value >= 0x30 && c.value <= 0x39 || c == "." || c == "," {
                core.append(UInt8(c.value))
                i += 1
            } else if Fold.isSpace(c), !core.isEmpty, core.last!.isDigit,
                      i + 1 < s.endIndex, s[i + 1].value >= 0x30 && s[i + 1].value <= 0x39 {
                core.append(0x20)
                hasSpaceGroups = true
                i += 1
            } else {
                break
            }
        }
        guard core.contains(where: { $0.isDigit }) else { return nil }

        // Optional exponent directly after the core ("1.5E-3").
        var exponent = 0
        var hasExponent = false
        if i < s.endIndex, s[i] == "e" || s[i] == "E" {
            var j = i + 1
            var expNegative = false
            if j < s.endIndex, s[j] == "-" || s[j] == "+" { expNegative = s[j] == "-"; j += 1 }
            var digits = 0
            var e = 0
            while j < s.endIndex, s[j].value >= 0x30 && s[j].value <= 0x39, digits < 4 {
                e = e * 10 + Int(s[j].value - 0x30); digits += 1; j += 1
            }
            let ends = j == s.endIndex || Fold.isSpace(s[j]) || s[j] == "%"
            if digits > 0 && ends && !hasSpaceGroups && !core.contains(0x2C) {
                exponent = expNegative ? -e : e
                hasExponent = true
                i = j
            }
        }

        guard let (intDigits, fracDigits) = splitCore(core, spaceGroups: hasSpaceGroups, allowThousands: !hasExponent) else {
            return nil
        }

        // What follows: nothing, '%', or [scale] [unit].
        let rest = Fold.trim(s[i...])
        var isPercent = false
        var scale = 0
        var unit: String? = nil
        if !rest.isEmpty {
            if rest.count == 1 && rest.first! == "%" {
                isPercent = true
            } else if let (sc, u) = scaleAndUnit(rest) {
                scale = sc
                unit = u
            } else {
                return nil
            }
        }

        var literal = String(decoding: intDigits.isEmpty ? [0x30] : intDigits, as: UTF8.self)
        if !fracDigits.isEmpty { literal += "." + String(decoding: fracDigits, as: UTF8.self) }
        let totalExp = exponent + scale
        if totalExp != 0 { literal += "e" + String(totalExp) }
        guard var value = Double(literal), value.isFinite else { return nil }
        if negative { value = -value }
        return ParsedNumber(value: value, isPercent: isPercent, unit: unit)
    }

    /// Splits the core into integer and fraction digits according to the separator rules.
    static func splitCore(_ core: [UInt8], spaceGroups: Bool, allowThousands: Bool) -> ([UInt8], [UInt8])? {
        guard let last = core.last, last.isDigit || last == 0x20 else { return nil }
        if spaceGroups {
            // Space-separated groups: "1 234 567,5". Only one '.' or ',' allowed, as decimal mark, in the last group.
            let groups = core.split(separator: 0x20, omittingEmptySubsequences: false)
            var intDigits: [UInt8] = []
            var frac: [UInt8] = []
            for (gi, g) in groups.enumerated() {
                let sepIndex = g.firstIndex(where: { $0 == 0x2E || $0 == 0x2C })
                if let si = sepIndex, gi != groups.count - 1 { _ = si; return nil }
                let digitsPart = sepIndex.map { g[g.startIndex..<$0] } ?? g[...]
                guard digitsPart.allSatisfy({ $0.isDigit }) else { return nil }
                if gi == 0 {
                    guard (1...3).contains(digitsPart.count) else { return nil }
                } else {
                    guard digitsPart.count == 3 else { return nil }
                }
                intDigits.append(contentsOf: digitsPart)
                if let si = sepIndex {
                    let f = g[(si + 1)...]
                    guard !f.isEmpty, f.allSatisfy({ $0.isDigit }) else { return nil }
                    frac = Array(f)
                }
            }
            return (intDigits, frac)
        }
        let dots = core.filter { $0 == 0x2E }.count
        let commas = core.filter { $0 == 0x2C }.count
        if dots == 0 && commas == 0 { return (core, []) }
        if dots > 0 && commas > 0 {
            let decimal: UInt8 = core.lastIndex(of: 0x2E)! > core.lastIndex(of: 0x2C)! ? 0x2E : 0x2C
            let thousands: UInt8 = decimal == 0x2E ? 0x2C : 0x2E
            guard core.filter({ $0 == decimal }).count == 1, allowThousands else { return nil }
            let di = core.firstIndex(of: decimal)!
            let intPart = Array(core[..<di])
            let frac = Array(core[(di + 1)...])
            guard !frac.isEmpty, frac.allSatisfy({ $0.isDigit }),
                  let digits = grouped(intPart, by: thousands) else { return nil }
            return (digits, frac)
        }
        let sep: UInt8 = dots > 0 ? 0x2E : 0x2C
        let count = max(dots, commas)
        if count > 1 {
            guard allowThousands, let digits = grouped(core, by: sep) else { return nil }
            return (digits, [])
        }
        let si = core.firstIndex(of: sep)!
        let intPart = Array(core[..<si])
        let frac = Array(core[(si + 1)...])
        guard !frac.isEmpty, frac.allSatisfy({ $0.isDigit }), intPart.allSatisfy({ $0.isDigit }) else { return nil }
        if allowThousands && frac.count == 3 && (1...3).contains(intPart.count) && intPart.first != 0x30 {
            return (intPart + frac, [])
        }
        return (intPart, frac)
    }

    /// Digits of "1.234.567" grouped by `sep`: first group 1–3 digits, the others exactly 3.
    static func grouped(_ bytes: [UInt8], by sep: UInt8) -> [UInt8]? {
        let groups = bytes.split(separator: sep, omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count) else { return nil }
        var out: [UInt8] = []
        for (i, g) in groups.enumerated() {
            guard g.allSatisfy({ $0.isDigit }), i == 0 || g.count == 3 else { return nil }
            out.append(contentsOf: g)
        }
        return out
    }

    static let scales: [(key: String, exp: Int)] = [
        ("trieu", 6), ("nghin", 3), ("ngan", 3), ("tram", 2), ("ty", 9), ("ti", 9), ("tr", 6), ("k", 3),
        ("thousand", 3), ("million", 6), ("billion", 9),
    ]

    /// Folded unit keys and the display used when the unit is glued to a scale word ("15trđ").
    static let units: [String: String] = [
        "dong": "đồng", "d": "đồng", "vnd": "VNĐ", "usd": "USD",
        "m2": "m²", "m3": "m³", "km": "km", "km2": "km²", "ha": "ha", "cm": "cm", "mm": "mm", "m": "m",
        "kg": "kg", "tan": "tấn", "lit": "lít", "l": "l",
        "nguoi": "người", "hs": "HS", "hocsinh": "học sinh", "gv": "GV", "giaovien": "giáo viên",
        "cbql": "CBQL", "cbgv": "CBGV", "cbgvnv": "CBGVNV", "nv": "NV", "nhanvien": "nhân viên",
        "em": "em", "chau": "cháu", "tre": "trẻ",
        "lop": "lớp", "truong": "trường", "diemtruong": "điểm trường", "phong": "phòng", "phonghoc": "phòng học",
        "tiet": "tiết", "buoi": "buổi", "bo": "bộ", "cai": "cái", "chiec": "chiếc", "may": "máy",
        "ban": "bàn", "ghe": "ghế", "quyen": "quyển", "cuon": "cuốn", "suat": "suất", "diem": "điểm",
        "lan": "lần", "nhom": "nhóm", "to": "tổ", "khoi": "khối", "coso": "cơ sở", "cs": "cơ sở",
        "ngay": "ngày", "tuan": "tuần", "thang": "tháng", "nam": "năm", "gio": "giờ", "phut": "phút",
        "xa": "xã", "huyen": "huyện", "tinh": "tỉnh",
    ]

    /// Reads "[scale] [unit]" after the number; returns the power of ten and the unit as typed.
    static func scaleAndUnit(_ rest: ArraySlice<Unicode.Scalar>) -> (Int, String?)? {
        let typed = String(String.UnicodeScalarView(rest))
        // Only letters, spaces, '.', '/', '²', '³' and digits glued after letters may form a unit.
        for c in rest where !(c.properties.isAlphabetic || Fold.isSpace(c) || c == "." || c == "/" || c.value == 0xB2 || c.value == 0xB3
                               || (c.value >= 0x30 && c.value <= 0x39) || c.properties.generalCategory == .nonspacingMark) {
            return nil
        }
        guard let firstScalar = rest.first, !(firstScalar.value >= 0x30 && firstScalar.value <= 0x39) else { return nil }
        let folded = Fold.key(typed, superscripts: true)
        guard !folded.isEmpty else { return nil }
        if units[folded] != nil { return (0, typed) }
        for (key, exp) in scales where folded.hasPrefix(key) {
            let remainder = String(folded.dropFirst(key.count))
            if remainder.isEmpty { return (exp, nil) }
            guard let display = units[remainder] else { continue }
            // Prefer the unit as typed when it is a separate word: "12 tỷ đồng" -> "đồng".
            let words = typed.split(whereSeparator: { $0.unicodeScalars.allSatisfy(Fold.isSpace) })
            if words.count >= 2, Fold.key(String(words[0]), superscripts: true) == key {
                return (exp, words.dropFirst().joined(separator: " "))
            }
            return (exp, display)
        }
        return nil
    }
}

extension UInt8 {
    @inline(__always) var isDigit: Bool { self >= 0x30 && self <= 0x39 }
}
