/// Dates as typed in Vietnamese tables, and Excel serial numbers.
///
/// Text forms (surrounding white space ignored, a trailing time such as " 08:30" or " 8:30:15" ignored):
/// - `dd/mm/yyyy`, `d/m/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy` — day first, as written in Vietnam.
///   When the first number cannot be a day-of-month-first reading (second part > 12 and first ≤ 12,
///   e.g. "9/25/2024" from an English-locale Excel) it is read month first. A two-digit year
///   `yy` means 20yy when yy < 70, else 19yy.
/// - `yyyy-mm-dd` and `yyyy/mm/dd` (ISO, also with a `T...` time part).
/// - `ngày 5 tháng 9 năm 2024` (any case, with or without diacritics).
/// - An Excel serial typed as text ("45123" or "45123.5") only within 18264...73050
///   (1950-01-01 ... 2099-12-31), so that a year such as "2024" is never taken for a serial.
/// Invalid calendar dates (31/04/2024, 29/02/2023) give nil.
public enum DateParser {
    /// Parses a date typed as text; nil when it is not one of the forms above.
    public static func parse(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let scalars = Array(text.unicodeScalars)
        var s = Fold.trim(scalars[...])
        guard !s.isEmpty else { return nil }

        // "ngày 5 tháng 9 năm 2024"
        if let first = s.first, first.properties.isAlphabetic {
            return parseWords(String(String.UnicodeScalarView(s)))
        }

        // Drop a trailing time part: "... 08:30", "...T08:30:00", "... 8:30 AM".
        if let t = s.firstIndex(where: { Fold.isSpace($0) || $0 == "T" }) {
            let timePart = Fold.trim(s[(t + 1)...])
            guard timePart.isEmpty || isTime(timePart) else { return nil }
            s = s[s.startIndex..<t]
        }

        // Numbers and separators.
        var parts: [Int] = []
        var widths: [Int] = []
        var seps: [Unicode.Scalar] = []
        var current = -1
        var width = 0
        for c in s {
            if c.value >= 0x30 && c.value <= 0x39 {
                current = (current < 0 ? 0 : current) * 10 + Int(c.value - 0x30)
                width += 1
                if width > 8 { return nil }
            } else if c == "/" || c == "-" || c == "." {
                guard current >= 0 else { return nil }
                parts.append(current); widths.append(width); seps.append(c)
                current = -1; width = 0
            } else {
                return nil
            }
        }
        guard current >= 0 else { return nil }
        parts.append(current); widths.append(width)

        if parts.count == 1 || (parts.count == 2 && seps == ["."]) {
            // An Excel serial typed as text.
            guard let serial = Double(String(String.UnicodeScalarView(s))), serial >= 18264, serial < 73051 else { return nil }
            return fromExcelSerial(serial, date1904: false)
        }
        guard parts.count == 3, seps[0] == seps[1] else { return nil }
        if widths[0] == 4 {
            guard seps[0] != "." else { return nil }
            return valid(parts[0], parts[1], parts[2])
        }
        guard widths[0] <= 2, widths[1] <= 2, widths[2] == 4 || widths[2] == 2 else { return nil }
        var year = parts[2]
        if widths[2] == 2 { year += year < 70 ? 2000 : 1900 }
        if parts[1] > 12 && parts[0] <= 12 {
            return valid(year, parts[0], parts[1]) // month first (English-locale Excel)
        }
        return valid(year, parts[1], parts[0])
    }

    /// "ngày 5 tháng 9 năm 2024", "Ngày 05 tháng 09 năm 2024", "ngay 5 thang 9 nam 2024".
    static func parseWords(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let words = text.split(whereSeparator: { $0.unicodeScalars.allSatisfy(Fold.isSpace) || $0 == "," })
            .map { Fold.key(String($0)) }
        guard words.count == 6, words[0] == "ngay", words[2] == "thang", words[4] == "nam",
              let d = Int(words[1]), let m = Int(words[3]), let y = Int(words[5]), words[5].count == 4 else { return nil }
        return valid(y, m, d)
    }

    static func isTime(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        var digits = 0, colons = 0
        for c in s {
            if c.value >= 0x30 && c.value <= 0x39 { digits += 1 }
            else if c == ":" { colons += 1 }
            else if c == "." || c == "Z" || c == "+" || c == "-" || Fold.isSpace(c) || "APMapm".unicodeScalars.contains(c) { continue }
            else { return false }
        }
        return colons >= 1 && digits >= 2
    }

    static func valid(_ y: Int, _ m: Int, _ d: Int) -> (year: Int, month: Int, day: Int)? {
        guard y >= 1 && y <= 9999, m >= 1 && m <= 12, d >= 1, d <= daysIn(y, m) else { return nil }
        return (y, m, d)
    }

    static func daysIn(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The calendar date of an Excel serial; the fraction (time of day) is dropped.
    ///
    /// 1900 system: 1 = 1900-01-01 … 59 = 1900-02-28; **60 is Excel's fictitious 1900-02-29 and
    /// gives nil**; 61 = 1900-03-01; 0 and negatives give nil. 1904 system (`date1904`): 0 = 1904-01-01.
    /// Serials past 9999-12-31 give nil.
    public static func fromExcelSerial(_ serial: Double, date1904: Bool) -> (year: Int, month: Int, day: Int)? {
        guard serial.isFinite else { return nil }
        let whole = serial.rounded(.down)
        guard whole < 3_000_000 else { return nil }
        let n = Int(whole)
        let daysSinceEpoch: Int // days since 1970-01-01
        if date1904 {
            guard n >= 0 else { return nil }
            daysSinceEpoch = n - 24107 // 1904-01-01 is 24107 days before 1970-01-01
        } else {
            guard n >= 1, n != 60 else { return nil }
            // 1899-12-31 + n for n < 60; 1899-12-30 + n from 61 on (Excel counts a 1900-02-29).
            daysSinceEpoch = (n < 60 ? n + 1 : n) - 25569
        }
        let date = civil(fromDays: daysSinceEpoch)
        guard date.year <= 9999 else { return nil }
        return date
    }

    /// Days since 1970-01-01 of a date (proleptic Gregorian).
    static func days(fromCivil y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date of a day count since 1970-01-01 (H. Hinnant's algorithm).
    static func civil(fromDays z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }
}
