/// Legacy Vietnamese encodings still found in older office files.
public enum LegacyEncoding: String, Sendable, Codable, CaseIterable {
    /// TCVN3 / "ABC" (.VnTime fonts): the VN3 level of TCVN 5712:1993, one byte per letter.
    case tcvn3
    /// VNI-Windows (VNI-Times fonts): ASCII base letter followed by one or two cp1252 mark codes.
    case vni
}

/// Detection and conversion of legacy-encoded Vietnamese text.
///
/// Legacy text reaches us in two forms: as a Unicode string whose characters are the cp1252 reading of the
/// legacy bytes (what XLSX and Word files store for text set in a .VnTime or VNI font, and what a CSV decoded
/// as cp1252 gives), and as raw bytes. The string functions handle the first form, `decode` the second.
///
/// TCVN3 has no codes for capitals with a tone; see `toUnicode(_:from:)` and `fromUnicode(_:to:)` for how
/// that is handled.
public enum LegacyText {
    /// Detects whether a Unicode string is really TCVN3 (ABC, ".VnTime" fonts) or VNI text that was read as
    /// Windows-1252/Latin-1 characters (this is how such text appears inside XLSX and Word files and CSVs decoded as cp1252).
    /// Must NOT flag ordinary Unicode Vietnamese, ordinary English/French text, or numbers. Returns nil when not legacy.
    ///
    /// Tuned for precision: a short cell whose only evidence is one ambiguous word (TCVN3 "Tèt", VNI "Toát")
    /// is left alone rather than risk corrupting real text.
    public static func detect(_ s: String) -> LegacyEncoding? {
        LegacyDetector.detect(s)
    }

    /// Converts such a string to Unicode NFC Vietnamese.
    ///
    /// For TCVN3, capitals with a tone were typed as lower-case codes in a .VnTimeH font; they are restored
    /// for words without ASCII lower-case letters that have at least two capitals, and for every word of a
    /// string written entirely in capitals ("CéNG HßA" -> "CỘNG HÒA"). Elsewhere they come out lower-case.
    /// Characters that are not legacy codes pass through unchanged.
    public static func toUnicode(_ s: String, from: LegacyEncoding) -> String {
        switch from {
        case .tcvn3: TCVN3.toUnicode(s)
        case .vni: VNI.toUnicode(s)
        }
    }

    /// Converts Unicode Vietnamese to the legacy form (needed for round-trip tests and for test fixtures).
    ///
    /// The result is the cp1252 reading of the legacy bytes. TCVN3 writes a capital with a tone as its
    /// lower-case code, as .VnTimeH text does. Characters the encoding cannot represent pass through unchanged.
    public static func fromUnicode(_ s: String, to: LegacyEncoding) -> String {
        switch to {
        case .tcvn3: TCVN3.fromUnicode(s)
        case .vni: VNI.fromUnicode(s)
        }
    }

    /// Decodes raw bytes of a file in a legacy 8-bit encoding (TCVN3 bytes are the TCVN 5712:1993 VN3 table; VNI bytes
    /// are cp1252 bytes of VNI-Windows) straight to Unicode.
    ///
    /// Bytes that are not letters of the encoding are read as cp1252, so Word's smart quotes and dashes
    /// survive; the five bytes cp1252 leaves undefined become the C1 control of the same value.
    public static func decode(_ bytes: [UInt8], from: LegacyEncoding) -> String {
        toUnicode(CP1252.string(from: bytes), from: from)
    }

    /// Encodes Unicode Vietnamese to raw legacy bytes: the inverse of `decode(_:from:)`, for writing fixtures.
    /// A character with no cp1252 byte is written as "?".
    public static func encode(_ s: String, to: LegacyEncoding) -> [UInt8] {
        fromUnicode(s, to: to).unicodeScalars.map { CP1252.byte(for: $0) ?? 0x3F }
    }

    /// Returns the Unicode form of `s` when `detect(_:)` recognises it as legacy text, else `s` unchanged.
    public static func repair(_ s: String) -> String {
        guard let encoding = detect(s) else { return s }
        return toUnicode(s, from: encoding)
    }
}
