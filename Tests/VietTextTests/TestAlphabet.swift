import Foundation

/// The Vietnamese alphabet generated independently of the module's tables: twelve toneless vowels times six
/// tones via Unicode composition, both cases, plus đ/Đ.
enum TestAlphabet {
    struct Letter {
        let text: String
        let base: String
        let toneIndex: Int
        let isUppercase: Bool
    }

    static let vowelBases = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
    /// Unmarked, huyền, hỏi, ngã, sắc, nặng.
    static let toneMarks = ["", "\u{0300}", "\u{0309}", "\u{0303}", "\u{0301}", "\u{0323}"]

    /// All 144 vowel letters, including the twelve that are plain ASCII.
    static let vowels: [Letter] = vowelBases.flatMap { base in
        toneMarks.enumerated().flatMap { toneIndex, mark in
            [false, true].map { isUppercase in
                let cased = isUppercase ? base.uppercased() : base
                return Letter(text: (cased + mark).precomposedStringWithCanonicalMapping,
                              base: base, toneIndex: toneIndex, isUppercase: isUppercase)
            }
        }
    }

    /// The 134 letters outside ASCII: 132 vowels plus đ and Đ.
    static let nonASCIILetters: [Letter] = vowels.filter { !$0.text.allSatisfy(\.isASCII) } + [
        Letter(text: "đ", base: "đ", toneIndex: 0, isUppercase: false),
        Letter(text: "Đ", base: "đ", toneIndex: 0, isUppercase: true),
    ]

    /// The ASCII letter each base folds to.
    static func foldedBase(_ base: String) -> String {
        switch base {
        case "ă", "â": "a"
        case "ê": "e"
        case "ô", "ơ": "o"
        case "ư": "u"
        case "đ": "d"
        default: base
        }
    }
}

/// Realistic comment-table sentences covering most rhymes, tones and both cases.
enum Samples {
    static let sentences = [
        "Học sinh tích cực tham gia các hoạt động ngoại khóa của trường.",
        "Đồng ý với nội dung góp ý, đề nghị bổ sung thêm tiết thực hành.",
        "Giáo viên cần điều chỉnh kế hoạch dạy học môn Tiếng Việt lớp 5.",
        "Nhiệm vụ 5.2 – Đất đai và tài nguyên thiên nhiên cần được làm rõ hơn.",
        "Khuyến khích học sinh đọc sách, rèn luyện kỹ năng sống và ý thức bảo vệ môi trường.",
        "Các em cần nghiêm túc hơn trong giờ kiểm tra; thầy cô sẽ hỗ trợ thêm.",
        "Trường THCS Lê Lợi, quận Ngô Quyền, thành phố Hải Phòng",
        "NỘI DUNG GÓP Ý CỦA TỔ CHUYÊN MÔN",
        "Ủy ban nhân dân huyện Thủy Nguyên đề xuất tăng cường cơ sở vật chất.",
        "Ở Hà Nội, những người già thường uống trà ướp sen và ngắm mưa rơi.",
    ]

    /// The sentences whose capitals TCVN3 can carry: no toned capital outside an all-caps word.
    static let tcvn3RoundTripSentences = Array(sentences.prefix(8))
}
