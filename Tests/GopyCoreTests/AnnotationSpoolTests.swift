import Diagnostics
import Foundation
import LuaBridge
import XCTest

@testable import GopyCore

/// The annotation spool gives back every annotation exactly as it was appended, byte for byte in
/// every text, in any order and from several threads, and fails with a clear error, not a crash,
/// when its file has been cut short or changed.
final class AnnotationSpoolTests: XCTestCase {
    /// A fresh temporary folder for each test's spool files.
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gopy-spool-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A spool file in the test's folder.
    private func spoolURL(_ name: String = "annotations.spool") -> URL { folder.appendingPathComponent(name) }

    // MARK: Round trips

    func testEveryFieldRoundTrips() throws {
        let spool = try AnnotationSpool(url: spoolURL())
        defer { spool.remove() }
        let full = Self.full()
        XCTAssertEqual(try spool.append(full), 0)
        try spool.finishWriting()
        let back = try spool.annotation(at: 0)
        Self.assertSame(back, full)
        // Spot checks in plain values, so a mistake in the comparison itself cannot hide one here.
        XCTAssertEqual(back.comment.fields["text"], full.comment.fields["text"])
        XCTAssertEqual(Array(back.comment.fields["text"]!.utf8), Array(Self.vietnamese.utf8))
        XCTAssertEqual(back.labels.sixClear?.elements.map(\.0), ["trach_nhiem", "viec", "muc_tieu"])
        XCTAssertEqual(back.labels.sixClear?.elements.map(\.1), [true, false, true])
        XCTAssertEqual(back.labels.specificity?.bitPattern, (0.1 + 0.2).bitPattern)
        XCTAssertEqual(back.labels.flags.map(\.code), ["z_last_alphabetically", "a_first", "rule"])
        XCTAssertEqual(back.labels.extra["nested"]?["inner"]["list"].arrayValue?.count, 4)
        XCTAssertEqual(back.failure?.description, full.failure?.description)
        XCTAssertEqual(back.trace.map(\.at), ["Rules/levels/thcs.lua:42", nil, ""])
    }

    func testNilIsKeptApartFromEmpty() throws {
        let spool = try AnnotationSpool(url: spoolURL())
        defer { spool.remove() }
        let empty = Self.emptyButPresent()
        let bare = Self.bare()
        try spool.append(empty)
        try spool.append(bare)
        try spool.finishWriting()

        let e = try spool.annotation(at: 0)
        Self.assertSame(e, empty)
        XCTAssertEqual(e.labels.group, "")
        XCTAssertEqual(e.labels.response, "")
        XCTAssertEqual(e.comment.source.sheet, "")
        XCTAssertEqual(e.comment.fields, ["text": "", "unit": ""])
        XCTAssertEqual(e.labels.sixClear?.elements.count, 0)
        XCTAssertEqual(e.labels.hasData, false)
        XCTAssertEqual(e.labels.specificity?.bitPattern, (-0.0 as Double).bitPattern)
        XCTAssertEqual(e.labels.extra["empty_list"], .array([]))
        XCTAssertEqual(e.labels.extra["empty_map"], .map([:]))
        XCTAssertEqual(e.labels.extra["empty_text"], .string(""))
        XCTAssertNil(e.failure?.location)
        XCTAssertEqual(e.failure?.record, "")

        let b = try spool.annotation(at: 1)
        Self.assertSame(b, bare)
        XCTAssertNil(b.labels.group)
        XCTAssertNil(b.labels.response)
        XCTAssertNil(b.comment.source.sheet)
        XCTAssertNil(b.comment.source.row)
        XCTAssertTrue(b.comment.fields.isEmpty)
        XCTAssertTrue(b.comment.extras.isEmpty)
        XCTAssertNil(b.labels.sixClear)
        XCTAssertNil(b.labels.hasData)
        XCTAssertNil(b.labels.specificity)
        XCTAssertTrue(b.labels.extra.isEmpty)
        XCTAssertTrue(b.labels.flags.isEmpty)
        XCTAssertTrue(b.labels.refs.isEmpty)
        XCTAssertTrue(b.trace.isEmpty)
        XCTAssertNil(b.failure)
    }

    func testNFDAndNFCStayDistinct() throws {
        // Swift's == treats the two forms as equal, so the bytes are what is compared.
        let nfc = "Trường Tiểu học Lê Lợi"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        XCTAssertNotEqual(Array(nfc.utf8), Array(nfd.utf8))
        var a = Self.bare()
        a.comment.fields = ["text": nfd, "unit": nfc]
        // A Dictionary holds one of the two forms of a key (its == is Swift's); the one put in must come back.
        a.comment.extras = [nfd: "khóa NFD"]
        a.labels.response = nfd
        let spool = try AnnotationSpool(url: spoolURL())
        defer { spool.remove() }
        try spool.append(a)
        try spool.finishWriting()
        let back = try spool.annotation(at: 0)
        Self.assertSame(back, a)
        XCTAssertEqual(Array(back.comment.fields["text"]!.utf8), Array(nfd.utf8))
        XCTAssertEqual(Array(back.comment.fields["unit"]!.utf8), Array(nfc.utf8))
        XCTAssertEqual(Array(back.labels.response!.utf8), Array(nfd.utf8))
        XCTAssertEqual(back.comment.extras.keys.map { Array($0.utf8) }, [Array(nfd.utf8)])
    }

    func testRecurringStringsKeepTheirOwnForm() throws {
        // Codes, rule locations and reasons recur from record to record and are kept once; the NFC
        // and NFD spellings of one word must still come back each as it was written.
        let nfc = "từ khóa “thống nhất”"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        var first = Self.bare()
        first.trace = [TraceEntry(field: "stance", why: nfc, at: nfd), TraceEntry(field: "stance", why: nfd, at: nfc)]
        first.labels.response = nfd
        var second = Self.bare()
        second.trace = [TraceEntry(field: "stance", why: nfd, at: nfc)]
        second.labels.response = nfc
        second.labels.flags = [RuleFlag(code: nfd, message: nfc, severity: .info)]
        let spool = try AnnotationSpool(url: spoolURL())
        defer { spool.remove() }
        try spool.append(first)
        try spool.append(second)
        try spool.finishWriting()
        let a = try spool.annotation(at: 0), b = try spool.annotation(at: 1)
        Self.assertSame(a, first)
        Self.assertSame(b, second)
        XCTAssertEqual(a.trace.map { Array($0.why.utf8) }, [Array(nfc.utf8), Array(nfd.utf8)])
        XCTAssertEqual(a.trace.map { Array($0.at!.utf8) }, [Array(nfd.utf8), Array(nfc.utf8)])
        XCTAssertEqual(Array(b.labels.response!.utf8), Array(nfc.utf8))
        XCTAssertEqual(Array(b.labels.flags[0].code.utf8), Array(nfd.utf8))
    }

    func testManyDistinctAndLongStringsStillRoundTrip() throws {
        // More distinct short strings than the spool keeps once, and strings too long to be kept:
        // those are written out in full, and every record still reads back exactly.
        let spool = try AnnotationSpool(url: spoolURL())
        defer { spool.remove() }
        let long = String(repeating: "Lý do dài ", count: 40)
        var originals: [Annotation] = []
        for i in 0..<40_000 {
            var a = Self.bare()
            a.comment.id = "id-\(i)"
            a.trace = [TraceEntry(field: "group", why: "lý do \(i)", at: "Rules/levels/thcs.lua:1"), TraceEntry(field: "area", why: long + String(i % 3), at: nil)]
            a.labels.flags = [RuleFlag(code: "c\(i % 50_000)", message: i % 2 == 0 ? "ngắn" : long, severity: .warning)]
            originals.append(a)
            try spool.append(a)
        }
        try spool.finishWriting()
        for i in [0, 1, 2, 16_383, 32_767, 32_768, 32_769, 39_999] { Self.assertSame(try spool.annotation(at: i), originals[i], "annotation \(i)") }
        for i in stride(from: 0, to: originals.count, by: 97) { Self.assertSame(try spool.annotation(at: i), originals[i], "annotation \(i)") }
    }

    func testRealAnnotationsOfTheMiniDatasetRoundTrip() throws {
        let dataset = try DatasetLoader().load(miniDataset)
        let worker = try RuleWorker(rules: try RuleSet.load(defaultRules), limits: .default, library: HostLibrary(dataset: dataset))
        let annotations = dataset.comments.map { worker.annotate($0) }
        XCTAssertFalse(annotations.isEmpty)
        XCTAssertTrue(annotations.contains { !$0.trace.isEmpty }, "the rules leave a trace to spool")
        let spool = try AnnotationSpool(url: spoolURL())
        defer { spool.remove() }
        // Each annotation as the rules made it, then with the comment a run keeps for its reports.
        var originals: [Annotation] = []
        for a in annotations {
            originals.append(a)
            originals.append(Annotation(comment: a.comment.reported(), labels: a.labels, trace: a.trace, failure: a.failure))
        }
        for (i, a) in originals.enumerated() { XCTAssertEqual(try spool.append(a), i) }
        try spool.finishWriting()
        for (i, a) in originals.enumerated() {
            let back = try spool.annotation(at: i)
            Self.assertSame(back, a, "annotation \(i), \(a.comment.id)")
            XCTAssertEqual(back.json.serialized(), a.json.serialized(), "the line of annotations.jsonl")
        }
    }

    // MARK: Indices, order, threads

    func testIndicesFollowAppendOrderAndCountCounts() throws {
        let spool = try AnnotationSpool(url: spoolURL())
        defer { spool.remove() }
        XCTAssertEqual(spool.count, 0)
        for i in 0..<5 {
            XCTAssertEqual(try spool.append(Self.generated(i)), i)
            XCTAssertEqual(spool.count, i + 1)
        }
        try spool.finishWriting()
        XCTAssertEqual(spool.count, 5)
        for i in (0..<5).reversed() {
            XCTAssertEqual(try spool.annotation(at: i).comment.id, "thcs/cum-\(i % 7)/\(i)")
        }
        // Appending after a finish, then finishing again, extends the same spool.
        XCTAssertEqual(try spool.append(Self.generated(5)), 5)
        try spool.finishWriting()
        XCTAssertEqual(spool.count, 6)
        Self.assertSame(try spool.annotation(at: 5), Self.generated(5))
        Self.assertSame(try spool.annotation(at: 0), Self.generated(0))
    }

    func testRandomOrderAcrossBufferFlushesAndOneHugeRecord() throws {
        let spool = try AnnotationSpool(url: spoolURL())
        defer { spool.remove() }
        var originals = (0..<4000).map(Self.generated)
        var huge = Self.full()
        huge.comment.fields["text"] = String(repeating: Self.vietnamese, count: 30_000) // ~3 MB, more than the buffer
        originals.insert(huge, at: 1234)
        for (i, a) in originals.enumerated() { XCTAssertEqual(try spool.append(a), i) }
        try spool.finishWriting()
        XCTAssertEqual(spool.count, originals.count)
        let fileSize = try FileManager.default.attributesOfItem(atPath: spoolURL().path)[.size] as? Int ?? 0
        XCTAssertGreaterThan(fileSize, 4 << 20, "the spool should span several 1 MB buffers")

        var random = BenchmarkData.Random(state: 42)
        var order = Array(originals.indices)
        for i in order.indices.reversed() { order.swapAt(i, Int(random.next() % UInt64(i + 1))) }
        for i in order { Self.assertSame(try spool.annotation(at: i), originals[i], "annotation \(i)") }
    }

    func testConcurrentReaders() throws {
        let spool = try AnnotationSpool(url: spoolURL())
        defer { spool.remove() }
        let originals = (0..<3000).map(Self.generated)
        for a in originals { try spool.append(a) }
        try spool.finishWriting()

        let threads = 8
        let checked = Locked(0)
        let problems = Locked<[String]>([])
        DispatchQueue.concurrentPerform(iterations: threads) { t in
            var random = BenchmarkData.Random(state: UInt64(t) &+ 1)
            var local = 0
            for _ in 0..<originals.count {
                let i = Int(random.next() % UInt64(originals.count))
                do {
                    let back = try spool.annotation(at: i)
                    if let difference = Self.difference(back, originals[i]) {
                        problems.withLock { $0.append("thread \(t), annotation \(i): \(difference)") }
                    }
                    local += 1
                } catch {
                    problems.withLock { $0.append("thread \(t), annotation \(i): \(error)") }
                }
            }
            checked.withLock { $0 += local }
        }
        XCTAssertEqual(problems.withLock { $0.count }, 0, "first problems: \(problems.withLock { $0.prefix(5) })")
        XCTAssertEqual(checked.withLock { $0 }, threads * originals.count)
    }

    // MARK: Errors

    func testTruncatedFileThrowsAClearError() throws {
        let url = spoolURL()
        let spool = try AnnotationSpool(url: url)
        defer { spool.remove() }
        let originals = (0..<10).map(Self.generated)
        for a in originals { try spool.append(a) }
        try spool.finishWriting()
        let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as! Int

        // The last record cut short by 10 bytes: part of it is read, then the file ends.
        XCTAssertEqual(truncate(url.path, off_t(size - 10)), 0)
        XCTAssertThrowsError(try spool.annotation(at: 9)) { error in
            let diagnostic = (error as? DiagnosticError)?.diagnostics.first
            XCTAssertEqual(diagnostic?.code, "spool.truncated")
            XCTAssertEqual(diagnostic?.location?.file, url.path)
            XCTAssertTrue(diagnostic?.message.contains("the file ends at \(size - 10)") ?? false, "\(error)")
            XCTAssertTrue(diagnostic?.message.contains("truncated") ?? false, "\(error)")
        }
        Self.assertSame(try spool.annotation(at: 8), originals[8])

        // Half the file gone: the records past the cut fail alike, those before it still read.
        XCTAssertEqual(truncate(url.path, off_t(size / 2)), 0)
        XCTAssertThrowsError(try spool.annotation(at: 9)) { error in
            XCTAssertEqual((error as? DiagnosticError)?.diagnostics.first?.code, "spool.truncated")
        }
        Self.assertSame(try spool.annotation(at: 0), originals[0])
    }

    func testChangedBytesThrowRatherThanDecodeWrongly() throws {
        let url = spoolURL()
        let spool = try AnnotationSpool(url: url)
        defer { spool.remove() }
        for i in 0..<3 { try spool.append(Self.generated(i)) }
        try spool.finishWriting()
        let handle = try FileHandle(forUpdating: url)
        try handle.seek(toOffset: 20)
        let byte = try XCTUnwrap(handle.readData(ofLength: 1).first)
        try handle.seek(toOffset: 20)
        handle.write(Data([byte ^ 0x40]))
        try handle.close()

        XCTAssertThrowsError(try spool.annotation(at: 0)) { error in
            let diagnostic = (error as? DiagnosticError)?.diagnostics.first
            XCTAssertEqual(diagnostic?.code, "spool.corrupt")
            XCTAssertTrue(diagnostic?.message.contains("checksum") ?? false, "\(error)")
        }
        Self.assertSame(try spool.annotation(at: 1), Self.generated(1))
    }

    func testMisuseThrowsAndRemoveDeletesTheFile() throws {
        let url = spoolURL()
        let spool = try AnnotationSpool(url: url)
        try spool.append(Self.generated(0))
        XCTAssertThrowsError(try spool.annotation(at: 0)) { error in
            XCTAssertEqual((error as? DiagnosticError)?.diagnostics.first?.code, "spool.unwritten")
        }
        try spool.finishWriting()
        XCTAssertThrowsError(try spool.annotation(at: 1)) { error in
            XCTAssertEqual((error as? DiagnosticError)?.diagnostics.first?.code, "spool.index")
        }
        XCTAssertThrowsError(try spool.annotation(at: -1))
        XCTAssertTrue(FileManager.default.fileExists(atPath: url.path))
        spool.remove()
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.path))
        XCTAssertThrowsError(try spool.annotation(at: 0)) { error in
            XCTAssertEqual((error as? DiagnosticError)?.diagnostics.first?.code, "spool.removed")
        }
        XCTAssertThrowsError(try spool.append(Self.generated(1)))
        spool.remove()  // twice is harmless
    }

    func testCreatingInAMissingFolderThrows() {
        XCTAssertThrowsError(try AnnotationSpool(url: folder.appendingPathComponent("no/such/folder/a.spool"))) { error in
            XCTAssertEqual((error as? DiagnosticError)?.diagnostics.first?.code, "spool.create")
        }
    }

    // MARK: Annotations

    /// A comment of the kind the workshops write, full of Vietnamese diacritics.
    static let vietnamese = "Đề nghị bổ sung chỉ tiêu tỷ lệ trường đạt chuẩn quốc gia lên 85% vào năm 2030; nguồn lực: ngân sách thành phố, trách nhiệm: UBND huyện Thủy Nguyên."

    /// Every field set, with values chosen to catch lossy encodings.
    static func full() -> Annotation {
        var deep: LuaValue = .string("đáy")
        for level in 0..<64 { deep = level.isMultiple(of: 2) ? .array([deep]) : .map(["k": deep]) }
        let comment = Comment(
            id: "thcs/cum-03/17",
            source: SourceLocation(file: "cum/cum-03/gop-y.xlsx", sheet: "Góp ý", row: 27, column: "F", line: -3),
            level: "thcs",
            cluster: "cum-03",
            fields: [
                "text": vietnamese, "unit": "Trường THCS Lê Lợi", "proposal": "Tăng lên 90%", "proposed_value": "90",
                "basis": "Phụ lục 4, dòng 12".decomposedStringWithCanonicalMapping, "tab\tnewline\n": "quote \" and \u{0}nul",
            ],
            extras: ["Ghi chú (cột thêm)": "😀 emoji and 漢字", "": "empty header"]
        )
        var labels = Labels()
        labels.group = "muc_tieu"
        labels.area = "chat_luong"
        labels.refs = ["CT2.03", "NV5.02", "CT1.01"]
        labels.stance = "sua_doi"
        labels.hasData = true
        labels.hasEvidence = false
        labels.generic = true
        labels.sixClear = Checklist(elements: [("trach_nhiem", true), ("viec", false), ("muc_tieu", true)])
        labels.targetProposal = Checklist(elements: [("value", true), ("basis", true), ("conditions", false), ("timeline", false)])
        labels.corroboration = "mau_thuan"
        labels.response = "Tiếp thu, điều chỉnh chỉ tiêu tại mục III.2."
        labels.specificity = 0.1 + 0.2
        labels.flags = [
            RuleFlag(code: "z_last_alphabetically", message: "Số liệu mâu thuẫn với phụ lục", severity: .error),
            RuleFlag(code: "a_first", message: "Ngoài thẩm quyền", severity: .info),
            RuleFlag(code: "rule", message: "", severity: .warning),
        ]
        labels.extra = [
            "nested": ["inner": ["list": [1, "hai", 3.5, .nil], "flag": true, "off": false], "n": 7],
            "numbers": [.integer(.min), .integer(.max), .integer(0), .integer(-1), .number(-0.0), .number(.infinity),
                        .number(-.infinity), .number(Double(bitPattern: 0x7FF8_0000_DEAD_BEEF)), .number(.leastNonzeroMagnitude)],
            "deep": deep,
            "tiếng_việt": .string("Ý kiến tiếp thu"),
            "nil_value": .nil,
        ]
        let trace = [
            TraceEntry(field: "group", why: "có từ 'chỉ tiêu'", at: "Rules/levels/thcs.lua:42"),
            TraceEntry(field: "stance", why: "", at: nil),
            TraceEntry(field: "area", why: "mặc định", at: ""),
        ]
        let failure = Diagnostic(.warning, code: "rule.runtime", "attempt to index a nil value (field 'x')",
                                 at: SourceLocation(file: "Rules/levels/thcs.lua", sheet: nil, row: nil, column: "Góp ý", line: 42),
                                 record: "thcs/cum-03/17")
        return Annotation(comment: comment, labels: labels, trace: trace, failure: failure)
    }

    /// Every optional present but empty, every collection empty, a failure without a location.
    static func emptyButPresent() -> Annotation {
        let comment = Comment(id: "", source: SourceLocation(file: "", sheet: "", row: 0, column: "", line: 0),
                              level: "", cluster: "", fields: ["text": "", "unit": ""], extras: ["": ""])
        var labels = Labels()
        labels.group = ""
        labels.area = ""
        labels.stance = ""
        labels.hasData = false
        labels.hasEvidence = false
        labels.generic = false
        labels.sixClear = Checklist(elements: [])
        labels.targetProposal = Checklist(elements: [("value", false)])
        labels.corroboration = ""
        labels.response = ""
        labels.specificity = -0.0
        labels.extra = ["empty_list": .array([]), "empty_map": .map([:]), "empty_text": .string("")]
        let failure = Diagnostic(.error, code: "", "", at: nil, record: "")
        return Annotation(comment: comment, labels: labels, trace: [TraceEntry(field: "", why: "", at: "")], failure: failure)
    }

    /// Everything nil or empty.
    static func bare() -> Annotation {
        Annotation(comment: Comment(id: "x", source: SourceLocation(file: "f.csv"), level: "mn", cluster: "c", fields: [:], extras: [:]),
                   labels: Labels(), trace: [], failure: nil)
    }

    /// A typical annotation, varied by `i`: some optionals set, some not.
    static func generated(_ i: Int) -> Annotation {
        var a = bare()
        a.comment.id = "thcs/cum-\(i % 7)/\(i)"
        a.comment.source = SourceLocation(file: "cum/cum-\(i % 7)/gop-y.xlsx", sheet: i % 3 == 0 ? nil : "Góp ý", row: i + 2, column: i % 5 == 0 ? nil : "F")
        a.comment.fields = ["text": "Góp ý số \(i): " + vietnamese, "unit": "Trường \(i)", "proposal": i % 2 == 0 ? "" : "Đề xuất \(i)"]
        if i % 4 == 0 { a.comment.extras = ["Cột \(i)": "giá trị \(i)"] }
        a.labels.group = i % 3 == 0 ? nil : LabelCodes.groups[i % 4]
        a.labels.area = LabelCodes.areas[i % 7]
        a.labels.refs = i % 2 == 0 ? ["CT2.0\(i % 10)"] : []
        a.labels.stance = i % 5 == 0 ? nil : LabelCodes.stances[i % 5]
        a.labels.hasData = i % 3 == 0 ? nil : i % 2 == 0
        a.labels.sixClear = i % 2 == 0 ? Checklist(elements: LabelCodes.sixClear.enumerated().map { ($0.element, ($0.offset + i) % 2 == 0) }) : nil
        a.labels.specificity = i % 6 == 0 ? nil : Double(i) / 7
        a.labels.flags = (0..<(i % 3)).map { RuleFlag(code: "flag_\($0)", message: "Cảnh báo \($0) của \(i)", severity: $0 == 0 ? .warning : .info) }
        if i % 10 == 0 { a.labels.extra = ["score": .integer(Int64(i)), "words": ["một", "hai"]] }
        a.trace = [TraceEntry(field: "group", why: "lý do \(i)", at: "Rules/levels/thcs.lua:\(i % 90)")]
        if i % 11 == 0 { a.failure = Diagnostic(.error, code: "rule.runtime", "lỗi \(i)", at: i % 2 == 0 ? SourceLocation(file: "r.lua", line: i) : nil, record: a.comment.id) }
        return a
    }

    // MARK: Exact comparison

    /// Fails the test, at the caller, with every difference between two annotations.
    static func assertSame(_ a: Annotation, _ b: Annotation, _ context: String = "", file: StaticString = #filePath, line: UInt = #line) {
        if let difference = difference(a, b) { XCTFail("\(context) \(difference)", file: file, line: line) }
    }

    /// Where two annotations differ, or nil when they are the same in every field: texts compared
    /// as UTF-8 bytes (Swift's == would take NFD for NFC), Doubles by bit pattern, lists in order.
    static func difference(_ a: Annotation, _ b: Annotation) -> String? {
        var out: [String] = []
        func text(_ x: String?, _ y: String?, _ name: String) {
            if x.map({ Array($0.utf8) }) != y.map({ Array($0.utf8) }) { out.append("\(name): \(String(describing: x)) ≠ \(String(describing: y))") }
        }
        func same<T: Equatable>(_ x: T, _ y: T, _ name: String) {
            if x != y { out.append("\(name): \(x) ≠ \(y)") }
        }
        func texts(_ x: [String: String], _ y: [String: String], _ name: String) {
            func pairs(_ d: [String: String]) -> [[UInt8]] {
                d.map { Array($0.key.utf8) + [0xFF] + Array($0.value.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
            }
            same(x.count, y.count, name + ".count")
            if pairs(x) != pairs(y) { out.append("\(name): \(x) ≠ \(y)") }
        }
        func location(_ x: SourceLocation?, _ y: SourceLocation?, _ name: String) {
            same(x == nil, y == nil, name + " is nil")
            guard let x, let y else { return }
            text(x.file, y.file, name + ".file")
            text(x.sheet, y.sheet, name + ".sheet")
            same(x.row, y.row, name + ".row")
            text(x.column, y.column, name + ".column")
            same(x.line, y.line, name + ".line")
        }
        func checklist(_ x: Checklist?, _ y: Checklist?, _ name: String) {
            same(x == nil, y == nil, name + " is nil")
            guard let x, let y else { return }
            same(x.elements.count, y.elements.count, name + ".count")
            for (i, (p, q)) in zip(x.elements, y.elements).enumerated() {
                text(p.0, q.0, "\(name)[\(i)].name")
                same(p.1, q.1, "\(name)[\(i)].present")
            }
        }

        text(a.comment.id, b.comment.id, "id")
        location(a.comment.source, b.comment.source, "source")
        text(a.comment.level, b.comment.level, "level")
        text(a.comment.cluster, b.comment.cluster, "cluster")
        texts(a.comment.fields, b.comment.fields, "fields")
        texts(a.comment.extras, b.comment.extras, "extras")

        let l = a.labels, m = b.labels
        text(l.group, m.group, "group")
        text(l.area, m.area, "area")
        same(l.refs.count, m.refs.count, "refs.count")
        for (i, (p, q)) in zip(l.refs, m.refs).enumerated() { text(p, q, "refs[\(i)]") }
        text(l.stance, m.stance, "stance")
        same(l.hasData, m.hasData, "hasData")
        same(l.hasEvidence, m.hasEvidence, "hasEvidence")
        same(l.generic, m.generic, "generic")
        checklist(l.sixClear, m.sixClear, "sixClear")
        checklist(l.targetProposal, m.targetProposal, "targetProposal")
        text(l.corroboration, m.corroboration, "corroboration")
        text(l.response, m.response, "response")
        same(l.specificity?.bitPattern, m.specificity?.bitPattern, "specificity bits")
        same(l.flags.count, m.flags.count, "flags.count")
        for (i, (p, q)) in zip(l.flags, m.flags).enumerated() {
            text(p.code, q.code, "flags[\(i)].code")
            text(p.message, q.message, "flags[\(i)].message")
            same(p.severity, q.severity, "flags[\(i)].severity")
        }
        same(l.extra.count, m.extra.count, "extra.count")
        for (key, value) in l.extra {
            guard let match = m.extra.first(where: { Array($0.key.utf8) == Array(key.utf8) }) else {
                out.append("extra[\(key)] missing")
                continue
            }
            if !sameLua(value, match.value) { out.append("extra[\(key)]: \(value) ≠ \(match.value)") }
        }

        same(a.trace.count, b.trace.count, "trace.count")
        for (i, (p, q)) in zip(a.trace, b.trace).enumerated() {
            text(p.field, q.field, "trace[\(i)].field")
            text(p.why, q.why, "trace[\(i)].why")
            text(p.at, q.at, "trace[\(i)].at")
        }

        same(a.failure == nil, b.failure == nil, "failure is nil")
        if let f = a.failure, let g = b.failure {
            same(f.severity, g.severity, "failure.severity")
            text(f.code, g.code, "failure.code")
            text(f.message, g.message, "failure.message")
            location(f.location, g.location, "failure.location")
            text(f.record, g.record, "failure.record")
        }
        return out.isEmpty ? nil : out.joined(separator: "; ")
    }

    /// Lua values compared exactly: numbers by bit pattern, strings by bytes, maps key by key.
    static func sameLua(_ x: LuaValue, _ y: LuaValue) -> Bool {
        switch (x, y) {
        case (.nil, .nil): return true
        case (.bool(let p), .bool(let q)): return p == q
        case (.integer(let p), .integer(let q)): return p == q
        case (.number(let p), .number(let q)): return p.bitPattern == q.bitPattern
        case (.string(let p), .string(let q)): return Array(p.utf8) == Array(q.utf8)
        case (.array(let p), .array(let q)): return p.count == q.count && zip(p, q).allSatisfy { sameLua($0, $1) }
        case (.map(let p), .map(let q)):
            return p.count == q.count && p.allSatisfy { key, value in
                q.contains { Array($0.key.utf8) == Array(key.utf8) && sameLua(value, $0.value) }
            }
        default: return false
        }
    }
}
