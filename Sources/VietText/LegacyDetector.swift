/// What one encoding makes of one word of the input.
struct WordReading {
    /// The word converted to Unicode.
    var decoded: [Unicode.Scalar] = []
    /// How many legacy codes (or code pairs) were converted.
    var consumed = 0
    /// Non-ASCII letters the encoding cannot account for: real legacy text has none.
    var foreign = 0
    /// Whether the word holds a pattern that European text practically never shows.
    var strong = false
}

/// Scores a string as TCVN3 and as VNI, word by word.
///
/// Vietnamese writes one syllable per word, so every word of real legacy text decodes to a valid syllable
/// (`VietSyllable`), while European words read through the same tables do not ("café" -> "cafộ").
/// A word counts as support for an encoding only if it decodes to a syllable, was not one already (that
/// keeps Latin-1-only Vietnamese such as "Bà có cá" out) and contains an ASCII letter or two legacy codes
/// (so lone symbols such as « » © are ignored, but TCVN3 "®·" for "đã" is not). Words that decode to
/// nonsense or contain letters the encoding cannot produce count against it. An encoding is reported when
/// - at least one supporting word is strong: a VN3 symbol code inside a word ("Kh«ng", "§ång") or a case
///   flip ("ViÖt"); for VNI a base+mark pair that European words do not contain ("Vieät") or two codes
///   in one word ("Ñaït");
/// - supporting words are at least twice the words against it;
/// - it beats the other encoding.
/// So a lone weak word is missed on purpose: "Tèt" (TCVN3 "Tốt") and "Toát" (VNI "Tốt", also the real word
/// "toát") stay nil, while "Café", "où", "Müller" never become Vietnamese.
enum LegacyDetector {
    private struct Score {
        var support = 0
        var strong = 0
        var against = 0

        var qualifies: Bool { strong >= 1 && support >= 2 * against }
    }

    private enum Prescan {
        case notLegacy
        case candidate
        case needsComposition
    }

    static func detect(_ input: String) -> LegacyEncoding? {
        // Cheap exits first: the detector runs on every cell of every table, nearly all of them ASCII or
        // Unicode Vietnamese.
        guard input.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        switch prescan(input) {
        case .notLegacy:
            return nil
        case .candidate:
            return classify(Array(input.unicodeScalars))
        case .needsComposition:
            // Legacy text that went through an NFD step; once composed it must look like a candidate.
            let composed = VietText.nfc(input)
            guard prescan(composed) == .candidate else { return nil }
            return classify(Array(composed.unicodeScalars))
        }
    }

    private static func prescan(_ text: String) -> Prescan {
        var hasLegacyRange = false
        var hasCombiningMark = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if VietAlphabet.isUnicodeOnlyVietnamese(value) { return .notLegacy }
            if Folding.isCombiningDiacritic(value) { hasCombiningMark = true }
            if value >= 0xA1 && value <= 0xFF { hasLegacyRange = true }
        }
        if hasCombiningMark { return .needsComposition }
        return hasLegacyRange ? .candidate : .notLegacy
    }

    private static func classify(_ scalars: [Unicode.Scalar]) -> LegacyEncoding? {
        let tcvn3 = score(scalars, isWordScalar: TCVN3.isWordScalar, read: TCVN3.read)
        let vni = score(scalars, isWordScalar: VNI.isWordScalar, read: VNI.read)
        switch (tcvn3.qualifies, vni.qualifies) {
        case (true, false):
            return .tcvn3
        case (false, true):
            return .vni
        case (true, true):
            if tcvn3.support == vni.support { return nil }
            return tcvn3.support > vni.support ? .tcvn3 : .vni
        case (false, false):
            return nil
        }
    }

    private static func score(
        _ scalars: [Unicode.Scalar],
        isWordScalar: (Unicode.Scalar) -> Bool,
        read: (ArraySlice<Unicode.Scalar>) -> WordReading
    ) -> Score {
        var score = Score()
        var start = 0
        while start < scalars.count {
            guard isWordScalar(scalars[start]) else {
                start += 1
                continue
            }
            var end = start + 1
            while end < scalars.count, isWordScalar(scalars[end]) { end += 1 }
            let word = scalars[start..<end]
            start = end

            guard word.contains(where: { $0.value >= 0x80 }) else { continue }
            let reading = read(word)
            if reading.foreign > 0 {
                score.against += 1
                continue
            }
            guard reading.consumed > 0, !reading.decoded.elementsEqual(word),
                  reading.consumed >= 2 || word.contains(where: isASCIILetter) else { continue }
            guard VietSyllable.isValid(reading.decoded) else {
                score.against += 1
                continue
            }
            if hasNaturalCasing(word), VietSyllable.isValid(Array(word)) { continue }
            score.support += 1
            if reading.strong { score.strong += 1 }
        }
        return score
    }

    /// Lower-case, capitalised or all capitals. Legacy codes produce other shapes ("thÕ" for "thế"), and such
    /// a word is no evidence for Unicode even when its letters happen to spell a syllable.
    private static func hasNaturalCasing(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        var previousIsLower = false
        for scalar in word {
            let properties = scalar.properties
            if properties.isUppercase, previousIsLower { return false }
            previousIsLower = properties.isLowercase
        }
        return true
    }
}
