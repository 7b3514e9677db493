/// TCVN3 ("ABC", the .VnTime font family): the VN3 repertoire of TCVN 5712:1993.
///
/// TCVN 5712 defines three levels. VN1 is the full set and needs C0 control positions for twelve capitals;
/// VN3, the 8-bit level that the ABC keyboard and the .VnTime fonts implement, drops every capital that
/// carries a tone. VN3 therefore encodes all 67 lower-case letters (a..y with each tone, ă â ê ô ơ ư, đ)
/// and just seven capitals: Ă Â Ê Ô Ơ Ư Đ. A capital with a tone was typed with the lower-case code in a
/// ".VnTimeH" font whose glyphs are all capitals, so the text itself cannot tell "Á" from "á".
///
/// Decisions that follow from that:
/// - Only the VN3 codes are decoded. The VN1 capital positions (0x80–0x9F and a few others) are left as
///   their cp1252 characters, because in real files those bytes are Word's smart quotes, dashes and bullets.
/// - Encoding a toned capital writes the lower-case code, which is what .VnTimeH text contains.
/// - Decoding restores capitals for all-caps words (see `toUnicode(_:)`), which is where .VnTimeH was used.
enum TCVN3 {
    /// One row per vowel: the codes for its grave, hook, tilde, acute and dot-below forms, in the order of
    /// `Tone` (huyền, hỏi, ngã, sắc, nặng), as the standard lays them out.
    private static let tonedRows: [(base: Unicode.Scalar, codes: [UInt8])] = [
        ("a", [0xB5, 0xB6, 0xB7, 0xB8, 0xB9]),
        ("ă", [0xBB, 0xBC, 0xBD, 0xBE, 0xC6]),
        ("â", [0xC7, 0xC8, 0xC9, 0xCA, 0xCB]),
        ("e", [0xCC, 0xCE, 0xCF, 0xD0, 0xD1]),
        ("ê", [0xD2, 0xD3, 0xD4, 0xD5, 0xD6]),
        ("i", [0xD7, 0xD8, 0xDC, 0xDD, 0xDE]),
        ("o", [0xDF, 0xE1, 0xE2, 0xE3, 0xE4]),
        ("ô", [0xE5, 0xE6, 0xE7, 0xE8, 0xE9]),
        ("ơ", [0xEA, 0xEB, 0xEC, 0xED, 0xEE]),
        ("u", [0xEF, 0xF1, 0xF2, 0xF3, 0xF4]),
        ("ư", [0xF5, 0xF6, 0xF7, 0xF8, 0xF9]),
        ("y", [0xFA, 0xFB, 0xFC, 0xFD, 0xFE]),
    ]

    /// The toneless letters outside ASCII; the only capitals VN3 has.
    private static let plainLetters: [(letter: Unicode.Scalar, code: UInt8)] = [
        ("Ă", 0xA1), ("Â", 0xA2), ("Ê", 0xA3), ("Ô", 0xA4), ("Ơ", 0xA5), ("Ư", 0xA6), ("Đ", 0xA7),
        ("ă", 0xA8), ("â", 0xA9), ("ê", 0xAA), ("ô", 0xAB), ("ơ", 0xAC), ("ư", 0xAD), ("đ", 0xAE),
    ]

    /// Unicode letter for each VN3 code 0xA0–0xFF (index = code - 0xA0); nil where VN3 has no letter.
    private static let decodeTable: [Unicode.Scalar?] = {
        var table = [Unicode.Scalar?](repeating: nil, count: 0x60)
        for (letter, code) in encodeTable { table[Int(code) - 0xA0] = letter }
        return table
    }()

    static let encodeTable: [Unicode.Scalar: UInt8] = {
        var table: [Unicode.Scalar: UInt8] = [:]
        for (base, codes) in tonedRows {
            for (tone, code) in zip(Tone.allCases.dropFirst(), codes) {
                guard let letter = VietAlphabet.letter(base: base, tone: tone, uppercase: false) else {
                    preconditionFailure("every toned vowel exists in Unicode")
                }
                table[letter] = code
            }
        }
        for (letter, code) in plainLetters { table[letter] = code }
        return table
    }()

    /// The Vietnamese letter that a cp1252-decoded character stands for, or nil when it is not a VN3 code.
    /// VN3 uses only 0xA1–0xFE, where cp1252 and Latin-1 agree, so the scalar value is the byte.
    @inline(__always)
    static func letter(forLegacy scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        guard value >= 0xA0 && value <= 0xFF else { return nil }
        return decodeTable[Int(value) - 0xA0]
    }

    /// Converts cp1252-decoded TCVN3 text to Unicode NFC.
    ///
    /// Case restoration: a word (letters and VN3 codes) that has no ASCII lower-case letter is taken to be
    /// set in a .VnTimeH font, and its letters are upper-cased, when it has two or more capitals itself
    /// ("VIÖT" -> "VIỆT") or the whole string is in capitals ("§µ N½NG" -> "ĐÀ NẴNG"). A lone capital is
    /// not enough: "Hµ" is far more often title-case "Hà" than all-caps "HÀ".
    static func toUnicode(_ input: String) -> String {
        let scalars = Array(VietText.nfc(input).unicodeScalars)
        var lowerCount = 0
        var upperCount = 0
        for scalar in scalars {
            if isASCIILower(scalar) { lowerCount += 1 } else if isCapital(scalar) { upperCount += 1 }
        }
        let stringIsAllCaps = lowerCount == 0 && upperCount >= 2

        var out = String.UnicodeScalarView()
        var start = 0
        while start < scalars.count {
            guard isWordScalar(scalars[start]) else {
                out.append(scalars[start])
                start += 1
                continue
            }
            var end = start
            var wordHasLower = false
            var wordCapitals = 0
            while end < scalars.count, isWordScalar(scalars[end]) {
                if isASCIILower(scalars[end]) { wordHasLower = true } else if isCapital(scalars[end]) { wordCapitals += 1 }
                end += 1
            }
            let capitalise = !wordHasLower && (wordCapitals >= 2 || stringIsAllCaps)
            for scalar in scalars[start..<end] {
                if let letter = letter(forLegacy: scalar) {
                    out.append(capitalise ? VietAlphabet.uppercased(letter) : letter)
                } else {
                    out.append(scalar)
                }
            }
            start = end
        }
        return String(out)
    }

    /// Converts Unicode text to TCVN3 as it appears when read through cp1252. Characters VN3 cannot
    /// represent are passed through unchanged.
    static func fromUnicode(_ input: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in VietText.nfc(input).unicodeScalars {
            if let code = encodeTable[scalar] ?? encodeTable[VietAlphabet.lowercased(scalar)] {
                out.append(Unicode.Scalar(code))
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
        var beforePrevious: Unicode.Scalar?
        var previous: Unicode.Scalar?
        for (offset, scalar) in word.enumerated() {
            if let letter = letter(forLegacy: scalar) {
                reading.decoded.append(letter)
                reading.consumed += 1
                if isNonLetterCode(scalar) {
                    let isInside = offset > 0 && offset < word.count - 1
                    if isGuillemet(scalar) ? isInside : (offset > 0 || isStrongWordStart(scalar)) {
                        reading.strong = true
                    }
                }
            } else {
                reading.decoded.append(scalar)
                if scalar.value >= 0x80, scalar.properties.isAlphabetic { reading.foreign += 1 }
            }
            // A lower-case glyph followed by a capital inside one word ("ViÖt", "NéI"), or a capital code
            // after the first letter and before a lower-case one ("LÇn"), never happens in European text but
            // is how TCVN3 looks whenever a VN3 code has a capital-letter glyph.
            if let previous, glyphIsLower(previous), glyphIsUpper(scalar),
               letter(forLegacy: previous) != nil || letter(forLegacy: scalar) != nil {
                reading.strong = true
            }
            if let previous, beforePrevious != nil, glyphIsUpper(previous), glyphIsLower(scalar),
               letter(forLegacy: previous) != nil {
                reading.strong = true
            }
            beforePrevious = previous
            previous = scalar
        }
        return reading
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        isASCIILetter(scalar) || letter(forLegacy: scalar) != nil || scalar.properties.isAlphabetic
    }

    /// VN3 codes whose cp1252 glyph is punctuation or a symbol (¡–§, ¨ © ª « ¬, soft hyphen, ® µ ¶ · ¸ ¹ » ¼ ½ ¾,
    /// × ÷): inside a word they are a strong sign of TCVN3.
    private static func isNonLetterCode(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value >= 0xA1 && value <= 0xBF) || value == 0xD7 || value == 0xF7
    }

    /// « (ô) and » (ằ) are also quotation marks, written tight against a word in German and Danish
    /// (»-r«) and sometimes French; only strictly inside a word ("Kh«ng") are they evidence.
    private static func isGuillemet(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xAB || scalar.value == 0xBB
    }

    /// Codes that can start a Vietnamese word and are still unmistakable there: the VN3 capitals (§ = Đ)
    /// and ® (đ). The others (« », ·, ¸, µ as in "µm") are ordinary symbols at the start of a word.
    private static func isStrongWordStart(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value >= 0xA1 && value <= 0xA7) || value == 0xAE
    }

    private static func isCapital(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value >= 0x41 && value <= 0x5A) || (value >= 0xA1 && value <= 0xA7)
    }

    private static func glyphIsLower(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value >= 0x61 && value <= 0x7A) || (value >= 0xDF && value <= 0xFF && value != 0xF7)
    }

    private static func glyphIsUpper(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value >= 0x41 && value <= 0x5A) || (value >= 0xC0 && value <= 0xDE && value != 0xD7)
    }
}

@inline(__always)
func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value | 0x20
    return value >= 0x61 && value <= 0x7A
}

@inline(__always)
func isASCIILower(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x61 && scalar.value <= 0x7A
}
