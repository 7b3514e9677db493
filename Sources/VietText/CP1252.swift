/// Windows-1252, the code page through which legacy Vietnamese bytes reach us as Unicode text.
enum CP1252 {
    /// Bytes 0x80–0x9F. The five bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) decode to the
    /// C1 control of the same value, as Windows' own conversion does, so that decoding never fails.
    private static let highRow: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    private static let highRowBytes: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [:]
        for (offset, value) in highRow.enumerated() { table[value] = UInt8(0x80 + offset) }
        return table
    }()

    static func scalar(for byte: UInt8) -> Unicode.Scalar {
        if byte >= 0x80 && byte < 0xA0 {
            // Every entry of the row is a valid scalar.
            return Unicode.Scalar(highRow[Int(byte) - 0x80]) ?? Unicode.Scalar(byte)
        }
        return Unicode.Scalar(byte)
    }

    /// The byte a scalar came from. C1 controls are accepted as themselves because text decoded as
    /// Latin-1 instead of cp1252 carries them where cp1252 would have given punctuation.
    static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value < 0x100 { return UInt8(value) }
        return highRowBytes[value]
    }

    static func string(from bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(scalar(for: byte)) }
        return String(scalars)
    }
}
