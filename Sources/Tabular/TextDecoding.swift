/// Byte-level text decoding for delimited files: BOM detection, UTF-16 -> UTF-8, UTF-8
/// validation and the Windows-1252 fallback. Works on bytes, never on `Character`s.
enum TextDecoding {
    enum Kind: Equatable { case utf8, utf8BOM, utf16LE, utf16BE }

    /// The encoding suggested by a BOM, or by the zero-byte pattern of BOM-less UTF-16.
    static func detect(_ b: UnsafeBufferPointer<UInt8>) -> (kind: Kind, bomLength: Int, guessed: Bool) {
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return (.utf8BOM, 3, false) }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return (.utf16LE, 2, false) }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return (.utf16BE, 2, false) }
        // BOM-less UTF-16: mostly-ASCII text has a zero in every other byte.
        let n = min(b.count, 4096) & ~1
        if n >= 4 {
            var zeroEven = 0, zeroOdd = 0
            var i = 0
            while i < n {
                if b[i] == 0 { zeroEven += 1 }
                if b[i + 1] == 0 { zeroOdd += 1 }
                i += 2
            }
            let pairs = n / 2
            if zeroOdd * 10 >= pairs * 4, zeroEven * 10 < pairs { return (.utf16LE, 0, true) }
            if zeroEven * 10 >= pairs * 4, zeroOdd * 10 < pairs { return (.utf16BE, 0, true) }
        }
        return (.utf8, 0, false)
    }

    /// UTF-16 to UTF-8. Unpaired surrogates become U+FFFD; `badUnits` counts them (and a dangling odd byte).
    static func utf16ToUTF8(_ b: UnsafeBufferPointer<UInt8>, from start: Int, bigEndian: Bool) -> (bytes: [UInt8], badUnits: Int) {
        var out: [UInt8] = []
        out.reserveCapacity((b.count - start) * 3 / 2)
        var bad = 0
        var i = start
        @inline(__always) func unit(_ k: Int) -> UInt32 {
            bigEndian ? UInt32(b[k]) << 8 | UInt32(b[k + 1]) : UInt32(b[k + 1]) << 8 | UInt32(b[k])
        }
        while i + 1 < b.count {
            var u = unit(i)
            i += 2
            if u >= 0xD800 && u <= 0xDBFF {
                if i + 1 < b.count {
                    let lo = unit(i)
                    if lo >= 0xDC00 && lo <= 0xDFFF {
                        u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00)
                        i += 2
                    } else { u = 0xFFFD; bad += 1 }
                } else { u = 0xFFFD; bad += 1 }
            } else if u >= 0xDC00 && u <= 0xDFFF {
                u = 0xFFFD; bad += 1
            }
            appendUTF8(u, to: &out)
        }
        if i < b.count { bad += 1 }
        return (out, bad)
    }

    @inline(__always) static func appendUTF8(_ u: UInt32, to out: inout [UInt8]) {
        if u < 0x80 {
            out.append(UInt8(u))
        } else if u < 0x800 {
            out.append(UInt8(0xC0 | (u >> 6)))
            out.append(UInt8(0x80 | (u & 0x3F)))
        } else if u < 0x10000 {
            out.append(UInt8(0xE0 | (u >> 12)))
            out.append(UInt8(0x80 | ((u >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (u & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (u >> 18)))
            out.append(UInt8(0x80 | ((u >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((u >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (u & 0x3F)))
        }
    }

    /// The offset of the first byte that makes `b[start...]` invalid UTF-8, or nil when it is valid.
    /// Rejects overlong forms, surrogates and code points above U+10FFFF.
    static func firstInvalidUTF8(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let n = b.count
        var i = start
        guard let base = b.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        while i < n {
            // ASCII fast path, 8 bytes at a time.
            while i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if w & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            if i >= n { break }
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            if c >= 0xC2 && c <= 0xDF {
                guard i + 1 < n, b[i + 1] & 0xC0 == 0x80 else { return i }
                i += 2
            } else if c >= 0xE0 && c <= 0xEF {
                guard i + 2 < n else { return i }
                let c1 = b[i + 1]
                let lo: UInt8 = c == 0xE0 ? 0xA0 : 0x80
                let hi: UInt8 = c == 0xED ? 0x9F : 0xBF
                guard c1 >= lo && c1 <= hi, b[i + 2] & 0xC0 == 0x80 else { return i }
                i += 3
            } else if c >= 0xF0 && c <= 0xF4 {
                guard i + 3 < n else { return i }
                let c1 = b[i + 1]
                let lo: UInt8 = c == 0xF0 ? 0x90 : 0x80
                let hi: UInt8 = c == 0xF4 ? 0x8F : 0xBF
                guard c1 >= lo && c1 <= hi, b[i + 2] & 0xC0 == 0x80, b[i + 3] & 0xC0 == 0x80 else { return i }
                i += 4
            } else {
                return i
            }
        }
        return nil
    }

    /// Windows-1252 for 0x80...0x9F; the five undefined bytes map to the C1 control of the same
    /// value, so the conversion is byte-reversible (a TCVN3 converter can recover the bytes).
    static let cp1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// Windows-1252 to UTF-8.
    static func cp1252ToUTF8(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((b.count - start) * 2)
        var i = start
        while i < b.count {
            let c = b[i]
            if c < 0x80 { out.append(c) }
            else if c < 0xA0 { appendUTF8(cp1252High[Int(c - 0x80)], to: &out) }
            else { appendUTF8(UInt32(c), to: &out) }
            i += 1
        }
        return out
    }

    /// The 1-based line of a byte offset (LF, CRLF and CR line ends).
    static func lineNumber(of offset: Int, in b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var line = 1
        var i = start
        while i < offset && i < b.count {
            let c = b[i]
            if c == 10 { line += 1 }
            else if c == 13 { if i + 1 < b.count && b[i + 1] == 10 { i += 1 }; line += 1 }
            i += 1
        }
        return line
    }
}
