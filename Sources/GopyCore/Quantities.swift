import Tabular
import VietText

/// A number found in free text, with what stands around it, for rules to judge.
///
/// Finding the number is mechanics (Swift); deciding whether "2.3" is data or a catalogue code,
/// or whether "2026" is a deadline, is judgement (Lua), so the scanner reports the context and
/// decides nothing.
public struct Quantity: Sendable, Hashable {
    /// The value; money multipliers applied ("12 tỷ" → 12e9).
    public var value: Double
    /// The number as written ("1.234,5").
    public var text: String
    /// Followed by `%`.
    public var percent: Bool
    /// The folded word after the number ("ty", "m2", "hs", "giao"), or "".
    public var unit: String
    /// The two folded words after the number ("giao vien"), or "".
    public var unit2: String
    /// The two folded words before the number ("chi tieu" in "chỉ tiêu 2.3"), or fewer.
    public var before: String
    /// The unit is a money word (đồng, tỷ, triệu, nghìn, VND).
    public var money: Bool
    /// A whole number from 1900 to 2100 with no unit: most likely a year.
    public var year: Bool
    /// Glued to letters or slashes ("105/2020/NĐ-CP", "CT2.03", "71-NQ"): part of a reference.
    public var inReference: Bool
}

/// Finds numbers in Vietnamese free text.
public enum QuantityScanner {
    static let multipliers: [String: Double] = ["ty": 1e9, "trieu": 1e6, "nghin": 1e3, "ngan": 1e3]
    static let moneyWords: Set<String> = ["ty", "trieu", "nghin", "ngan", "dong", "vnd", "d"]

    /// Every number in `text`, in order.
    public static func scan(_ text: String) -> [Quantity] {
        // The folded form keeps one character per original character for the characters numbers
        // and units are made of, so positions carry over; work on it alone.
        let folded = Array(VietText.matchKey(text).unicodeScalars)
        var out: [Quantity] = []
        var i = 0
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
        func isLetter(_ s: Unicode.Scalar) -> Bool { (s.value >= 97 && s.value <= 122) || (s.value >= 65 && s.value <= 90) }
        func word(from start: Int) -> (String, Int) {
            var j = start
            while j < folded.count, folded[j] == " " { j += 1 }
            var w = ""
            while j < folded.count, isLetter(folded[j]) || isDigit(folded[j]) || folded[j] == "²" {
                w.unicodeScalars.append(folded[j] == "²" ? "2" : folded[j])
                j += 1
            }
            return (w, j)
        }
        while i < folded.count {
            guard isDigit(folded[i]) else { i += 1; continue }
            let start = i
            var end = i
            while end < folded.count, isDigit(folded[end]) || ((folded[end] == "." || folded[end] == ",") && end + 1 < folded.count && isDigit(folded[end + 1])) || (folded[end] == " " && end + 3 < folded.count && isDigit(folded[end + 1]) && isDigit(folded[end + 2]) && isDigit(folded[end + 3]) && (end + 4 >= folded.count || !isDigit(folded[end + 4])) && groupedThousands(folded, start, end)) {
                end += 1
            }
            var raw = ""
            for k in start..<end { raw.unicodeScalars.append(folded[k]) }
            var after = end
            var percent = false
            var probe = end
            while probe < folded.count, folded[probe] == " " { probe += 1 }
            if probe < folded.count, folded[probe] == "%" {
                percent = true
                after = probe + 1
            }
            let glued = (start > 0 && (isLetter(folded[start - 1]) || folded[start - 1] == "/" || folded[start - 1] == "-"))
                || (end < folded.count && (folded[end] == "/" || folded[end] == "-") && end + 1 < folded.count && (isLetter(folded[end + 1]) || isDigit(folded[end + 1])))
                || (end < folded.count && isLetter(folded[end]))
            let (unit, next) = percent ? ("", after) : word(from: after)
            let (second, _) = percent ? ("", after) : word(from: next)
            // The two words before, skipping spaces and punctuation ("chi tieu" in "chỉ tiêu 2.3").
            func wordBefore(_ index: Int) -> (String, Int) {
                var b = index
                while b >= 0, !isLetter(folded[b]), !isDigit(folded[b]) { b -= 1 }
                guard b >= 0, isLetter(folded[b]) else { return ("", -1) }
                var s = b
                while s > 0, isLetter(folded[s - 1]) { s -= 1 }
                var w = ""
                for k in s...b { w.unicodeScalars.append(folded[k]) }
                return (w, s - 1)
            }
            let (last, rest) = wordBefore(start - 1)
            let (previous, _) = last.isEmpty || rest < 0 ? ("", -1) : wordBefore(rest)
            let before = previous.isEmpty ? last : previous + " " + last
            let cleaned = raw.utf8.contains(0x20) ? String(raw.filter { $0 != " " }) : raw
            if var value = NumberParser.parse(cleaned)?.value ?? Double(cleaned) {
                let money = moneyWords.contains(unit)
                if let m = multipliers[unit] { value *= m }
                let whole = !cleaned.utf8.contains(0x2E) && !cleaned.utf8.contains(0x2C)
                let year = whole && !percent && value >= 1900 && value <= 2100 && (unit.isEmpty || !money)
                out.append(Quantity(
                    value: value, text: cleaned, percent: percent, unit: unit,
                    unit2: second.isEmpty ? unit : unit + " " + second, before: before, money: money,
                    year: year, inReference: glued))
            }
            i = max(end, after, i + 1)
        }
        return out
    }

    /// True when the digits so far form a valid first group of a space-grouped number ("2 000").
    private static func groupedThousands(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        var digits = 0
        var k = end - 1
        while k >= start, s[k].value >= 48, s[k].value <= 57 { digits += 1; k -= 1 }
        return k < start ? digits <= 3 : digits == 3
    }

    /// Catalogue codes written as codes: `CT2.03`, `CT 2.3`, `ct2.3`, `NV 5.02` → `CT2.03`, `NV5.02`.
    /// Codes written in words ("chỉ tiêu 2.3") are the rules' business.
    public static func codes(_ text: String) -> [String] {
        let s = Array(VietText.matchKey(text).unicodeScalars)
        var out: [String] = []
        var i = 0
        func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
        // ASCII answered without the property tables (the same answer: ASCII letters alone are alphabetic).
        func isAlphabetic(_ c: Unicode.Scalar) -> Bool {
            c.value < 0x80 ? (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A : c.properties.isAlphabetic
        }
        while i + 2 < s.count {
            let a = s[i], b = s[i + 1]
            let prefix: String? = (a == "c" && b == "t") ? "CT" : (a == "n" && b == "v") ? "NV" : nil
            // The letters first: the Unicode property lookup of the boundary costs far more, and
            // almost no position starts with "ct" or "nv".
            guard let prefix, i == 0 || !isAlphabetic(s[i - 1]) else { i += 1; continue }
            var j = i + 2
            while j < s.count, s[j] == " " || s[j] == "." || s[j] == "-" { j += 1 }
            var g = 0, digitsG = 0
            while j < s.count, isDigit(s[j]), digitsG < 2 { g = g * 10 + Int(s[j].value - 48); j += 1; digitsG += 1 }
            guard digitsG > 0, j < s.count, s[j] == "." else { i += 1; continue }
            j += 1
            var n = 0, digitsN = 0
            while j < s.count, isDigit(s[j]), digitsN < 2 { n = n * 10 + Int(s[j].value - 48); j += 1; digitsN += 1 }
            guard digitsN > 0, j >= s.count || !isDigit(s[j]) else { i += 1; continue }
            out.append(prefix + String(g) + "." + (n < 10 ? "0" : "") + String(n))
            i = j
        }
        return out
    }
}
