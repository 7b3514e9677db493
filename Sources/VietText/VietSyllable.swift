/// Checks whether a word is a well-formed Vietnamese syllable: (initial) + (medial) vowel nucleus + (final),
/// at most one tone, on the nucleus, and the spelling and tone rules of the orthography.
///
/// The legacy-text detector leans on this: a European word read as TCVN3 or VNI almost never spells a
/// valid syllable, while every word of real Vietnamese does.
enum VietSyllable {
    private static let multiLetterInitials: [[Unicode.Scalar]] = [
        ["n", "g", "h"], ["n", "g"], ["n", "h"], ["c", "h"], ["g", "h"], ["k", "h"], ["p", "h"], ["t", "h"],
        ["t", "r"],
    ]

    // "p" alone is left out: it only starts loanwords, and admitting it lets garbled words like "pĩ" pass.
    private static let singleInitials: Set<Unicode.Scalar> = [
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "r", "s", "t", "v", "x",
    ]

    private static let finals: [[Unicode.Scalar]] = [
        ["c", "h"], ["n", "h"], ["n", "g"], ["c"], ["m"], ["n"], ["p"], ["t"],
    ]

    /// Nuclei that take a final consonant or none.
    private static let freeNuclei: Set<String> = [
        "a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uê", "uy",
    ]

    /// Nuclei that need a final consonant (short vowels and closed diphthongs).
    private static let closedNuclei: Set<String> = [
        "ă", "â", "oă", "uâ", "iê", "yê", "uô", "ươ", "uyê", "oo",
    ]

    /// Nuclei that end in a glide or are open diphthongs and so take no final consonant.
    private static let openNuclei: Set<String> = [
        "ai", "ao", "au", "âu", "ay", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ui", "ưi", "ưu",
        "ua", "ưa", "iêu", "yêu", "uôi", "ươi", "ươu", "oai", "oay", "oeo", "uây", "uya", "uyu", "uơ",
    ]

    /// Nuclei allowed before final "ch" and "nh".
    private static let palatalNuclei: Set<String> = ["a", "ê", "i", "y", "oa", "uê", "uy"]

    private static let frontVowels: Set<Unicode.Scalar> = ["e", "ê", "i", "y"]

    static func isValid(_ word: [Unicode.Scalar]) -> Bool {
        // The longest syllables ("nghiêng", "khuếch") have seven letters.
        guard !word.isEmpty, word.count <= 7 else { return false }
        var letters: [Unicode.Scalar] = []
        letters.reserveCapacity(word.count)
        var tone = Tone.none
        var tonePosition = -1
        for (position, scalar) in word.enumerated() {
            if let info = VietAlphabet.decomposed[scalar] {
                letters.append(info.base)
                if info.tone != .none {
                    if tone != .none { return false }
                    tone = info.tone
                    tonePosition = position
                }
            } else if isASCIILetter(scalar), let lower = Unicode.Scalar(scalar.value | 0x20) {
                letters.append(lower)
            } else {
                return false
            }
        }

        guard let (initial, initialWasReducedGi) = initialConsonant(of: letters) else { return false }
        var rest = letters[initial.count...]
        var final: [Unicode.Scalar] = []
        for candidate in finals where rest.count > candidate.count && rest.suffix(candidate.count).elementsEqual(candidate) {
            final = candidate
            break
        }
        rest = rest.dropLast(final.count)
        guard !rest.isEmpty, rest.allSatisfy({ VietAlphabet.vowelBaseSet.contains($0) }) else { return false }
        let nucleus = String(String.UnicodeScalarView(rest))

        if final.isEmpty {
            guard freeNuclei.contains(nucleus) || openNuclei.contains(nucleus) else { return false }
        } else {
            guard freeNuclei.contains(nucleus) || closedNuclei.contains(nucleus) else { return false }
        }

        // The tone sits on the nucleus, never on the "i" of "gi" or the "u" of "qu".
        if tone != .none, tonePosition < initial.count || tonePosition >= letters.count - final.count { return false }
        // Syllables closed by a stop take only the rising or the heavy tone.
        if let last = final.last, ["c", "p", "t"].contains(last), tone != .acute, tone != .dotBelow { return false }
        if final == ["c", "h"] || final == ["n", "h"], !palatalNuclei.contains(nucleus) { return false }

        guard let first = rest.first else { return false }
        switch initial {
        case ["k"], ["g", "h"], ["n", "g", "h"]:
            return frontVowels.contains(first)
        case ["c"], ["n", "g"]:
            return !frontVowels.contains(first)
        case ["g"]:
            // "gì", "gìn": the "i" of "gi" doubles as the vowel.
            return initialWasReducedGi || (first != "e" && first != "ê" && first != "y" && first != "i")
        default:
            return true
        }
    }

    private static func initialConsonant(of letters: [Unicode.Scalar]) -> (initial: [Unicode.Scalar], reducedGi: Bool)? {
        func hasVowel(after count: Int) -> Bool {
            letters.dropFirst(count).contains { VietAlphabet.vowelBaseSet.contains($0) }
        }
        if letters.starts(with: ["g", "i"]) {
            return hasVowel(after: 2) ? (["g", "i"], false) : (["g"], true)
        }
        if letters.starts(with: ["q", "u"]) {
            return hasVowel(after: 2) ? (["q", "u"], false) : nil
        }
        for candidate in multiLetterInitials where letters.starts(with: candidate) {
            return (candidate, false)
        }
        if let first = letters.first, singleInitials.contains(first) { return ([first], false) }
        if let first = letters.first, VietAlphabet.vowelBaseSet.contains(first) { return ([], false) }
        return nil
    }
}
