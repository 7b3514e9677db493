import Foundation

/// Text made safe for XML and HTML content and attribute values: one function for the XLSX
/// writer and the Word and web reports.
public enum XMLText {
    /// The five special characters escaped, composed to NFC, and the characters XML 1.0 forbids
    /// or discourages dropped (controls other than tab and line ends, DEL and C1 controls,
    /// U+FFFE/U+FFFF): a control character from a legacy-encoded cell would otherwise make Word
    /// or Excel refuse the whole file.
    public static func escaped(_ text: String) -> String {
        var input = text
        let fast: String?? = input.withUTF8 { bytes in
            switch scan(bytes) {
            case .unchanged: return .some(nil)
            case .simple: return .some(escapedBytes(bytes))
            case .needsNormalising: return nil
            }
        }
        if let fast { return fast ?? text }
        return escapedNormalising(text)
    }

    private enum Scan { case unchanged, simple, needsNormalising }

    /// Whether the text needs escaping at all, and whether every scalar in it is one that NFC
    /// leaves alone whatever surrounds it (so that escaping byte by byte gives the NFC result):
    /// U+0000-U+02FF, Latin Extended Additional U+1E00-U+1EFF (every Vietnamese letter, composed)
    /// and the punctuation U+2010-U+206F (dashes, quotes, ellipsis). Anything else (a combining
    /// mark from NFD text, Greek, CJK) takes the normalising path.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Scan {
        var result = Scan.unchanged
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b < 0x20 || b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 || b == 0x7F { result = .simple }
                i += 1
            } else if b >= 0xC2 && b <= 0xCB {
                // U+0080-U+02FF; the C1 controls (C2 80-C2 9F) are dropped.
                if b == 0xC2 && i + 1 < n && bytes[i + 1] <= 0x9F { result = .simple }
                i += 2
            } else if b == 0xE1 && i + 1 < n && bytes[i + 1] >= 0xB8 && bytes[i + 1] <= 0xBB {
                i += 3 // U+1E00-U+1EFF
            } else if b == 0xE2 && i + 2 < n && ((bytes[i + 1] == 0x80 && bytes[i + 2] >= 0x90) || (bytes[i + 1] == 0x81 && bytes[i + 2] <= 0xAF)) {
                i += 3 // U+2010-U+206F
            } else {
                return .needsNormalising
            }
        }
        return result
    }

    /// Escapes text that `scan` found simple: byte by byte, no normalisation needed.
    private static func escapedBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            switch b {
            case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B]) // &amp;
            case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B]) // &lt;
            case 0x3E: out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B]) // &gt;
            case 0x22: out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]) // &quot;
            case 0x27: out.append(contentsOf: [0x26, 0x61, 0x70, 0x6F, 0x73, 0x3B]) // &apos;
            case 0x09, 0x0A, 0x0D: out.append(b)
            case 0x7F: break
            case 0xC2 where i + 1 < n && bytes[i + 1] <= 0x9F:
                i += 1 // a C1 control, both bytes dropped
            default:
                if b >= 0x20 { out.append(b) }
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The general path: compose to NFC, then escape scalar by scalar.
    static func escapedNormalising(_ text: String) -> String {
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
