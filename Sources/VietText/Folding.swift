import Foundation

/// Which of the folding transforms `Folding.apply` performs; they share one UTF-8 loop so that the
/// hot path (about a million 300-character comments per run) is written and tuned once.
enum FoldMode: Sendable {
    case fold
    case matchKey
    case headerKey
    case lowercase
}

enum Folding {
    /// The lookup table covers U+0080 ..< U+1F00: Latin-1, Latin Extended-A/B, the combining diacritics,
    /// Greek, Cyrillic and Latin Extended Additional (which holds the Vietnamese letters).
    static let tableStart: UInt32 = 0x80
    static let tableEnd: UInt32 = 0x1F00

    /// Table value meaning "emit nothing"; U+0000 can never be a folding result because it is not in range.
    static let dropped: UInt32 = 0
    /// Table value meaning "ask the Unicode properties": the lower-case form is several scalars (only İ),
    /// and the value the loop uses for everything beyond the table.
    static let multiScalar: UInt32 = .max

    /// Folded scalar value for every scalar in the table range, built once from Unicode data so that no
    /// accented letter has to be typed in by hand.
    static let table: [UInt32] = {
        var table = [UInt32](repeating: dropped, count: Int(tableEnd - tableStart))
        for value in tableStart..<tableEnd {
            // The range contains no surrogates, so every value is a scalar.
            guard let scalar = Unicode.Scalar(value) else { continue }
            table[Int(value - tableStart)] = foldedValue(of: scalar)
        }
        return table
    }()

    /// Lower-case mapping for every scalar in the table range, as `String.lowercased()` applies it
    /// (scalar by scalar, no context), so `VietText.lowercase` gets the same table-driven speed as `fold`.
    static let caseTable: [UInt32] = {
        var table = [UInt32](repeating: dropped, count: Int(tableEnd - tableStart))
        for value in tableStart..<tableEnd {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            table[Int(value - tableStart)] = lower.count == 1 ? lower[lower.startIndex].value : multiScalar
        }
        return table
    }()

    /// Folding of one scalar: drop combining diacritics; a letter whose canonical decomposition is a base
    /// plus combining diacritics becomes its base (that is what makes NFC and NFD input fold alike, since
    /// the NFD marks are dropped); đ/Đ become d; then simple lower-case mapping.
    static func foldedValue(of scalar: Unicode.Scalar) -> UInt32 {
        if isCombiningDiacritic(scalar.value) { return dropped }
        var base = scalar
        let parts = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        if parts.count > 1, let first = parts.first,
           parts.dropFirst().allSatisfy({ isCombiningDiacritic($0.value) }) {
            base = first
        }
        // Icelandic Ð/ð (U+00D0/U+00F0) look like Đ/đ and are typed for them on some keyboards.
        if base.value == 0x0110 || base.value == 0x0111 || base.value == 0x00D0 || base.value == 0x00F0 { return 0x64 }
        let lower = base.properties.lowercaseMapping.unicodeScalars
        if lower.count == 1, let single = lower.first { return single.value }
        return base.value
    }

    @inline(__always)
    static func isCombiningDiacritic(_ value: UInt32) -> Bool {
        value >= 0x0300 && value <= 0x036F
    }

    static func apply(_ input: String, mode: FoldMode) -> String {
        var text = input
        let lookup = mode == .lowercase ? caseTable : table
        let result: String? = text.withUTF8 { utf8 in
            if mode == .fold || mode == .lowercase, !changesASCII(utf8) { return nil }
            return lookup.withUnsafeBufferPointer { transform(utf8, mode: mode, table: $0) }
        }
        return result ?? input
    }

    /// Fast path: an all-ASCII string without capitals folds (and lower-cases) to itself, and returning
    /// the input avoids an allocation per comment.
    private static func changesASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in utf8 where byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) {
            return true
        }
        return false
    }

    // The loop decodes UTF-8 by hand: Swift strings are always valid UTF-8, and going through
    // String.UnicodeScalarView costs several times more per scalar.
    private static func transform(
        _ source: UnsafeBufferPointer<UInt8>, mode: FoldMode, table: UnsafeBufferPointer<UInt32>
    ) -> String {
        var out = [UInt8]()
        out.reserveCapacity(source.count)
        var pendingSpace = false
        var index = 0
        let count = source.count

        while index < count {
            let lead = source[index]
            var folded: UInt32

            if lead < 0x80 {
                index += 1
                folded = UInt32(lead)
                if folded >= 0x41 && folded <= 0x5A { folded |= 0x20 }
                if mode == .matchKey, lead == 0x20 || (lead >= 0x09 && lead <= 0x0D) {
                    pendingSpace = true
                    continue
                }
            } else {
                let start = index
                let value: UInt32
                if lead < 0xE0 {
                    value = UInt32(lead & 0x1F) << 6 | UInt32(source[index + 1] & 0x3F)
                    index += 2
                } else if lead < 0xF0 {
                    value = UInt32(lead & 0x0F) << 12 | UInt32(source[index + 1] & 0x3F) << 6
                        | UInt32(source[index + 2] & 0x3F)
                    index += 3
                } else {
                    value = UInt32(lead & 0x07) << 18 | UInt32(source[index + 1] & 0x3F) << 12
                        | UInt32(source[index + 2] & 0x3F) << 6 | UInt32(source[index + 3] & 0x3F)
                    index += 4
                }

                // Only these values can be whitespace, invisible, a quote or a dash; testing them first keeps
                // the Vietnamese letters (U+1EA0…) off the slower classification.
                if mode == .matchKey, value >= 0x2000 || value == 0xA0 || value == 0xAD || value == 0x85
                    || value == 0x1680 {
                    switch matchKeyClass(value) {
                    case .space:
                        pendingSpace = true
                        continue
                    case .invisible:
                        continue
                    case .ascii(let replacement):
                        folded = replacement
                    case .other:
                        folded = value
                    }
                } else {
                    folded = value
                }

                if folded >= 0x80 {
                    let mapped = folded < tableEnd ? table[Int(folded - tableStart)] : multiScalar
                    if mapped == dropped { continue }
                    if mapped != multiScalar {
                        folded = mapped
                    } else if mode == .headerKey {
                        continue
                    } else {
                        // Beyond the table (and for İ): lower-case through the Unicode properties.
                        flushSpace(&pendingSpace, into: &out)
                        appendLowercased(value: folded, original: UnsafeBufferPointer(rebasing: source[start..<index]),
                                         into: &out)
                        continue
                    }
                }
            }

            switch mode {
            case .fold, .lowercase:
                appendUTF8(folded, into: &out)
            case .headerKey:
                if (folded >= 0x61 && folded <= 0x7A) || (folded >= 0x30 && folded <= 0x39) {
                    out.append(UInt8(truncatingIfNeeded: folded))
                }
            case .matchKey:
                flushSpace(&pendingSpace, into: &out)
                appendUTF8(folded, into: &out)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Emits the space owed for a whitespace run, but never at the start, which trims leading whitespace;
    /// trailing whitespace is trimmed because a pending space is only paid when a character follows.
    @inline(__always)
    private static func flushSpace(_ pendingSpace: inout Bool, into out: inout [UInt8]) {
        if pendingSpace {
            if !out.isEmpty { out.append(0x20) }
            pendingSpace = false
        }
    }

    private enum MatchKeyClass {
        case space
        case invisible
        case ascii(UInt32)
        case other
    }

    private static func matchKeyClass(_ value: UInt32) -> MatchKeyClass {
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            .space
        // Soft hyphen, zero-width space/joiners, word joiner and BOM are invisible in Excel and Word
        // but would split a keyword in two.
        case 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF:
            .invisible
        case 0x2018...0x201B:
            .ascii(0x27)
        case 0x201C...0x201F:
            .ascii(0x22)
        case 0x2010...0x2015, 0x2212:
            .ascii(0x2D)
        default:
            .other
        }
    }

    private static func appendLowercased(
        value: UInt32, original: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]
    ) {
        guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased else {
            out.append(contentsOf: original)
            return
        }
        out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
    }

    @inline(__always)
    private static func appendUTF8(_ value: UInt32, into out: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            out.append(UInt8(truncatingIfNeeded: value))
        case 0x80..<0x800:
            out.append(UInt8(truncatingIfNeeded: 0xC0 | value >> 6))
            out.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(truncatingIfNeeded: 0xE0 | value >> 12))
            out.append(UInt8(truncatingIfNeeded: 0x80 | (value >> 6) & 0x3F))
            out.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
        default:
            out.append(UInt8(truncatingIfNeeded: 0xF0 | value >> 18))
            out.append(UInt8(truncatingIfNeeded: 0x80 | (value >> 12) & 0x3F))
            out.append(UInt8(truncatingIfNeeded: 0x80 | (value >> 6) & 0x3F))
            out.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
        }
    }
}
