import Foundation

import VietText

/// Keys and white space for matching hand-typed headers and cells. The folding itself is
/// VietText's (one way to fold Vietnamese in gopy); this adds the cases only tables need.
enum Fold {
    /// Lower-case, diacritics removed (NFC or NFD input), đ/Đ -> d, only a-z0-9 kept.
    /// With `superscripts`, ² and ³ become 2 and 3 (for units such as m²); full-width letters
    /// and digits (typed with some Asian input methods) count as their ASCII forms.
    static func key(_ text: String, superscripts: Bool = false) -> String {
        var prepared = text
        if text.unicodeScalars.contains(where: { $0.value == 0xB2 || $0.value == 0xB3 || (0xFF10...0xFF5A).contains($0.value) }) {
            var scalars = String.UnicodeScalarView()
            for s in text.unicodeScalars {
                switch s.value {
                case 0xB2 where superscripts: scalars.append("2")
                case 0xB3 where superscripts: scalars.append("3")
                case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: scalars.append(Unicode.Scalar(s.value - 0xFEE0)!)
                default: scalars.append(s)
                }
            }
            prepared = String(scalars)
        }
        return VietText.headerKey(prepared)
    }

    /// True for the white space that hand-typed tables contain: ASCII, no-break, thin and other Unicode spaces.
    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// Trims `isSpace` characters from both ends.
    static func trim(_ scalars: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var a = scalars.startIndex, b = scalars.endIndex
        while a < b && isSpace(scalars[a]) { a += 1 }
        while b > a && isSpace(scalars[b - 1]) { b -= 1 }
        return scalars[a..<b]
    }
}
