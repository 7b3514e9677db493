import Foundation

/// Text made safe for XML and HTML content and attribute values: one function for the XLSX
/// writer and the Word and web reports.
public enum XMLText {
    /// The five special characters escaped, composed to NFC, and the characters XML 1.0 forbids
    /// or discourages dropped (controls other than tab and line ends, DEL and C1 controls,
    /// U+FFFE/U+FFFF): a control character from a legacy-encoded cell would otherwise make Word
    /// or Excel refuse the whole file.
    public static func escaped(_ text: String) -> String {
        let needsWork = text.utf8.contains { byte in
            byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 || byte == 0x7F || byte >= 0xC2
        }
        guard needsWork else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
