import Foundation

/// Vietnamese-aware normalisation, case mapping and folding for matching.
///
/// Every function is pure and safe to call from any thread; the lookup tables behind them are
/// built once, on first use.
public enum VietText {
    /// Unicode NFC (macOS and some Word exports give NFD). Fast path: return input unchanged when it is all ASCII.
    ///
    /// The fast path also covers text made only of scalars below U+0300, Latin Extended Additional
    /// (U+1E00–U+1EFF), general punctuation (U+2010–U+205E) and currency signs (U+20A0–U+20C0, with ₫):
    /// none of those can change under NFC or compose with a neighbour, and that is what NFC Vietnamese
    /// consists of, so the common case never reaches Foundation's normaliser.
    public static func nfc(_ s: String) -> String {
        if isKnownNFC(s) { return s }
        return s.precomposedStringWithCanonicalMapping
    }

    /// Vietnamese-correct lower-casing that keeps diacritics: "ĐỒNG Ý" -> "đồng ý", "Trường THCS" -> "trường thcs".
    ///
    /// The normalisation form of the input is kept (NFD stays NFD); call `nfc(_:)` first when that matters.
    public static func lowercase(_ s: String) -> String {
        // The Unicode default case mapping is the right one for Vietnamese (Đ -> đ, Ỗ -> ỗ); there is no
        // locale-specific rule like Turkish dotless i to worry about. A lookup table makes it about ten
        // times faster than `String.lowercased()`, with the same result.
        Folding.apply(s, mode: .lowercase)
    }

    /// Case and diacritic folding for matching: lower-case, all tone and vowel marks removed, đ/Đ -> d,
    /// works on NFC and NFD input alike, both tone placements ("hoà"/"hòa", "thuỷ"/"thủy") equal.
    /// Example: "Nhiệm vụ 5.2 – ĐẤT ĐAI" -> "nhiem vu 5.2 – dat dai". Non-Vietnamese characters pass through (lower-cased).
    ///
    /// Other letters made of a base plus combining diacritics (é, ç, ü, Greek tonos, Cyrillic й) fold to
    /// their base too, because their NFD marks are dropped and NFC must give the same result.
    public static func fold(_ s: String) -> String {
        Folding.apply(s, mode: .fold)
    }

    /// fold() plus: every run of whitespace (incl. NBSP, tabs, newlines) becomes one space, trimmed;
    /// typographic quotes/dashes normalised to ASCII (“ ” ‘ ’ -> " ', – — -> -). Used for keyword matching.
    ///
    /// Also: „ ‟ -> ", ‚ ‛ -> ', the other Unicode hyphens and the minus sign -> -, and invisible
    /// characters (soft hyphen, zero-width space and joiners, word joiner, BOM) are removed.
    public static func matchKey(_ s: String) -> String {
        Folding.apply(s, mode: .matchKey)
    }

    /// Header key: fold, then drop everything that is not a-z or 0-9. "Nội dung góp ý (*)" -> "noidunggopy".
    public static func headerKey(_ s: String) -> String {
        Folding.apply(s, mode: .headerKey)
    }

    private static func isKnownNFC(_ s: String) -> Bool {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return true }
        // Every scalar in these ranges is NFC_Quick_Check=Yes and is never the second half of a canonical
        // composition, so with nothing else present nothing can compose or reorder.
        return s.unicodeScalars.allSatisfy { scalar in
            let value = scalar.value
            return value < 0x0300 || (value >= 0x1E00 && value <= 0x1EFF) || (value >= 0x2010 && value <= 0x205E)
                || (value >= 0x20A0 && value <= 0x20C0)
        }
    }
}
