/// A 64-bit hash of bytes, for the host memo's keys, the annotation spool's record checksums and
/// its vocabulary of short strings.
///
/// Eight bytes at a time in four independent lanes, so that the multiplications overlap rather
/// than wait on each other, then the lanes folded together and finished with MurmurHash3's
/// fmix64. Each step is a bijection of its lane for given bytes (and of the bytes for a given
/// lane), so a change confined to 8 bytes always changes the result. Not for adversarial input:
/// its users compare the bytes (the memo) or only need to notice damage (the spool).
enum ByteHash {
    static func hash64(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let n = bytes.count
        var a: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        var c: UInt64 = 0x1656_67B1_9E37_79F9
        var d: UInt64 = 0x85EB_CA77_C2B2_AE63
        var i = 0
        @inline(__always) func mix(_ h: inout UInt64, _ word: UInt64) {
            h = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
        }
        @inline(__always) func load(_ at: Int) -> UInt64 {
            UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))
        }
        while i + 32 <= n {
            mix(&a, load(i))
            mix(&b, load(i + 8))
            mix(&c, load(i + 16))
            mix(&d, load(i + 24))
            i += 32
        }
        while i + 8 <= n {
            mix(&a, load(i))
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        mix(&a, tail)
        mix(&a, b)
        mix(&a, c)
        mix(&a, d)
        a ^= a >> 33
        a &*= 0xFF51_AFD7_ED55_8CCD
        a ^= a >> 33
        a &*= 0xC4CE_B9FE_1A85_EC53
        a ^= a >> 33
        return a
    }
}
