import Diagnostics
import Foundation
import XCTest

@testable import GopyCore

final class FlagMessagesTests: XCTestCase {
    private func store() throws -> FlagMessages {
        try FlagMessages(folder: FileManager.default.temporaryDirectory)
    }

    /// Messages come back as appended, across the 1 MB buffer's flushes, from several threads,
    /// and the store leaves no file behind.
    func testMessagesComeBackAsAppended() throws {
        let before = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path).filter { $0.hasPrefix("flag-messages-") }
        let messages = try store()
        var expected: [String] = []
        for i in 0..<30_000 {
            let m = i % 7 == 0 ? "" : "Quá tải: \(i) học sinh trên công suất \(i / 2) (vượt \(i % 100),5%) — Trường số \(i)"
            XCTAssertEqual(try messages.append(m), i)
            expected.append(m)
        }
        XCTAssertEqual(messages.count, 30_000)
        try messages.finishWriting()
        let wanted = expected
        let wrong = Locked(0)
        DispatchQueue.concurrentPerform(iterations: 4) { part in
            for i in stride(from: part, to: wanted.count, by: 4) where messages.message(i) != wanted[i] {
                wrong.withLock { $0 += 1 }
            }
        }
        XCTAssertEqual(wrong.withLock { $0 }, 0)
        XCTAssertNil(messages.readFailure)
        let after = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path).filter { $0.hasPrefix("flag-messages-") }
        XCTAssertEqual(after.count, before.count, "the scratch file is unlinked once opened")
    }

    /// Reading before the messages are written, or past the end, gives "" and says why.
    func testMisuseIsReportedNotHidden() throws {
        let messages = try store()
        try messages.append("Sĩ số bình quân 28,6 HS/lớp")
        XCTAssertEqual(messages.message(0), "")
        XCTAssertTrue(messages.readFailure?.contains("still buffered") == true, messages.readFailure ?? "no failure")
        try messages.finishWriting()
        XCTAssertEqual(messages.message(0), "Sĩ số bình quân 28,6 HS/lớp")
        XCTAssertEqual(messages.message(5), "")
    }

    /// A finding whose messages were moved gives them back in order; one made by hand keeps its own.
    func testFindingsResolveTheirMessages() throws {
        let messages = try store()
        try messages.append("một")
        try messages.append("hai")
        try messages.append("ba")
        try messages.finishWriting()
        let row = AppendixRow(appendix: 1, id: "x", source: SourceLocation(file: "f"), level: "thcs", cluster: "c", institution: "i", values: AppendixValues([:]), extras: [:])
        var finding = RowFinding(row: row, flags: [RuleFlag(code: "a", message: "", severity: .warning), RuleFlag(code: "b", message: "", severity: .info)], trace: [])
        finding.messages = .init(store: messages, first: 1)
        XCTAssertEqual(finding.resolvedFlags.map(\.message), ["hai", "ba"])
        XCTAssertEqual(finding.resolvedFlags.map(\.code), ["a", "b"])
        let plain = RowFinding(row: row, flags: [RuleFlag(code: "a", message: "giữ nguyên", severity: .error)], trace: [])
        XCTAssertEqual(plain.resolvedFlags.map(\.message), ["giữ nguyên"])
    }
}
