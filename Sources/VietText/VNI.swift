/// VNI-Windows: a Vietnamese letter is an ASCII base followed by cp1252 "mark" characters that the VNI fonts
/// draw as diacritics, except for a few letters with a single code of their own (the i-tones, ỵ, ơ, ư, đ).
///
/// The table is generated from the composition rules below for every letter of the generated alphabet, and
/// the decoder is the inverse of that table, so the two directions cannot drift apart.
enum VNI {
    // Lower-case codes; each capital's code is 0x20 lower, as in Latin-1 (ø/Ø, â/Â, ñ/Ñ, ...).

    /// Tone marks after a, e, o, u, y, ơ, ư, indexed by `Tone.rawValue - 1`: ø û õ ù ï.
    private static let toneMarks: [UInt32] = [0xF8, 0xFB, 0xF5, 0xF9, 0xEF]
    /// Circumflex (â ê ô) alone and with each tone, indexed by `Tone.rawValue`: â à å ã á ä.
    private static let circumflexMarks: [UInt32] = [0xE2, 0xE0, 0xE5, 0xE3, 0xE1, 0xE4]
    /// Breve (ă) alone and with each tone, indexed by `Tone.rawValue`: ê è ú ü é ë.
    private static let breveMarks: [UInt32] = [0xEA, 0xE8, 0xFA, 0xFC, 0xE9, 0xEB]
    /// i with each tone is one code, indexed by `Tone.rawValue - 1`: ì æ ó í ò.
    private static let iCodes: [UInt32] = [0xEC, 0xE6, 0xF3, 0xED, 0xF2]
    private static let yDotBelow: UInt32 = 0xEE  // î
    private static let oHorn: UInt32 = 0xF4  // ô
    private static let uHorn: UInt32 = 0xF6  // ö
    private static let dStroke: UInt32 = 0xF1  // ñ

    /// The VNI spelling of every Vietnamese letter outside ASCII.
    static let encodeTable: [Unicode.Scalar: [Unicode.Scalar]] = {
        var table: [Unicode.Scalar: [Unicode.Scalar]] = [:]
        for (letter, info) in VietAlphabet.decomposed {
            let sequence = spelling(of: info)
            if sequence != [letter] { table[letter] = sequence }
        }
        return table
    }()

    /// Two-code spellings (base + mark) keyed by `pairKey`.
    private static let pairs: [UInt64: Unicode.Scalar] = {
        var table: [UInt64: Unicode.Scalar] = [:]
        for (letter, sequence) in encodeTable where sequence.count == 2 {
            table[pairKey(sequence[0], sequence[1])] = letter
            // Sloppy typists mix the case of base and mark ("Aù"); the base decides the letter's case.
            if let other = Unicode.Scalar(sequence[1].value ^ 0x20) {
                table[pairKey(sequence[0], other)] = letter
            }
        }
        return table
    }()

    /// One-code spellings (ì í æ ó ò î ô ö ñ and capitals). ì and í map to themselves but are still VNI codes.
    private static let singles: [Unicode.Scalar: Unicode.Scalar] = {
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (letter, sequence) in encodeTable where sequence.count == 1 { table[sequence[0]] = letter }
        for (scalar, info) in VietAlphabet.decomposed where info.base == "i" && info.tone != .none {
            table[scalar] = table[scalar] ?? scalar
        }
        return table
    }()

    /// Vowel + accented-vowel pairs that occur in European words (French "où", "goûter", "aéroport", "Thaï",
    /// "Loïc", "Raphaël", "ouï", Spanish "aún", Dutch "geïnd"). They still decode, but one of them alone is
    /// not evidence of VNI.
    private static let europeanPairs: Set<UInt64> = {
        var set = Set<UInt64>()
        let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [
            ("o", "ù"), ("o", "û"), ("a", "é"), ("a", "ú"), ("a", "ë"), ("a", "ï"), ("o", "ï"), ("u", "ï"),
            ("e", "ï"),
        ]
        for (base, mark) in pairs {
            set.insert(pairKey(base, mark))
            for (b, m) in [(upper(base), upper(mark)), (base, upper(mark)), (upper(base), mark)] {
                set.insert(pairKey(b, m))
            }
        }
        return set
    }()

    private static func spelling(of info: VietLetter) -> [Unicode.Scalar] {
        let shift: UInt32 = info.isUppercase ? 0x20 : 0
        func code(_ lowerValue: UInt32) -> Unicode.Scalar {
            // All VNI codes are Latin-1 letters, so both cases are valid scalars.
            Unicode.Scalar(lowerValue - shift) ?? "?"
        }
        func ascii(_ base: Unicode.Scalar) -> Unicode.Scalar {
            info.isUppercase ? upper(base) : base
        }
        let toneIndex = info.tone.rawValue
        let toneMark: [Unicode.Scalar] = toneIndex == 0 ? [] : [code(toneMarks[toneIndex - 1])]

        switch info.base {
        case "đ":
            return [code(dStroke)]
        case "i":
            return toneIndex == 0 ? [ascii("i")] : [code(iCodes[toneIndex - 1])]
        case "y" where info.tone == .dotBelow:
            return [code(yDotBelow)]
        case "ơ":
            return [code(oHorn)] + toneMark
        case "ư":
            return [code(uHorn)] + toneMark
        case "â":
            return [ascii("a"), code(circumflexMarks[toneIndex])]
        case "ê":
            return [ascii("e"), code(circumflexMarks[toneIndex])]
        case "ô":
            return [ascii("o"), code(circumflexMarks[toneIndex])]
        case "ă":
            return [ascii("a"), code(breveMarks[toneIndex])]
        default:
            return [ascii(info.base)] + toneMark
        }
    }

    static func toUnicode(_ input: String) -> String {
        let scalars = Array(VietText.nfc(input).unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if index + 1 < scalars.count, let letter = pairs[pairKey(scalar, scalars[index + 1])] {
                out.append(letter)
                index += 2
            } else {
                out.append(singles[scalar] ?? scalar)
                index += 1
            }
        }
        return VietText.nfc(String(out))
    }

    /// Converts Unicode text to VNI as it appears when read through cp1252. Characters outside the
    /// Vietnamese alphabet pass through unchanged.
    static func fromUnicode(_ input: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in VietText.nfc(input).unicodeScalars {
            if let sequence = encodeTable[scalar] {
                out.append(contentsOf: sequence)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Reads one word for the detector.
    static func read(_ word: ArraySlice<Unicode.Scalar>) -> WordReading {
        var reading = WordReading()
        reading.decoded.reserveCapacity(word.count)
        var index = word.startIndex
        while index < word.endIndex {
            let scalar = word[index]
            let next = word.index(after: index)
            if next < word.endIndex, let letter = pairs[pairKey(scalar, word[next])] {
                reading.decoded.append(letter)
                reading.consumed += 1
                if !europeanPairs.contains(pairKey(scalar, word[next])) { reading.strong = true }
                index = word.index(after: next)
                continue
            }
            if let letter = singles[scalar] {
                reading.decoded.append(letter)
                reading.consumed += 1
            } else {
                reading.decoded.append(scalar)
                if scalar.value >= 0x80, scalar.properties.isAlphabetic { reading.foreign += 1 }
            }
            index = next
        }
        // Two VNI codes in one syllable ("Ñaït", "ñöôïc") do not happen by accident in European words.
        if reading.consumed >= 2 { reading.strong = true }
        return reading
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        isASCIILetter(scalar) || scalar.properties.isAlphabetic
    }

    @inline(__always)
    private static func pairKey(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
        UInt64(first.value) << 32 | UInt64(second.value)
    }

    private static func upper(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        let isLowerLatin = (value >= 0x61 && value <= 0x7A) || (value >= 0xE0 && value <= 0xFE && value != 0xF7)
        return isLowerLatin ? Unicode.Scalar(value - 0x20) ?? scalar : scalar
    }
}
