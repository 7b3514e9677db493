import Foundation
import XCTest
import ZIPFoundation
@testable import Tabular

/// The archives `ZipWriter` makes read back, byte for byte, through gopy's own reader, through
/// ZIPFoundation and through Info-ZIP's `unzip -t` where it is installed.
final class ZipWriterTests: XCTestCase {
    /// Parts of every awkward size: empty, one byte, text, several megabytes written in uneven
    /// pieces (more than the writer's buffer, so headers are patched in the file, not the
    /// buffer), and bytes that do not compress.
    static func parts() -> [(String, [UInt8])] {
        var random = [UInt8](repeating: 0, count: 300_000)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for i in random.indices {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            random[i] = UInt8(truncatingIfNeeded: state >> 33)
        }
        let rows = (0..<60_000).map { "<row r=\"\($0)\"><c><v>Ý kiến \($0)</v></c></row>" }.joined()
        return [
            ("[Content_Types].xml", Array("<Types/>".utf8)),
            ("empty.xml", []),
            ("one.bin", [0x41]),
            ("xl/worksheets/sheet1.xml", Array(rows.utf8)),
            ("media/noise.bin", random),
        ]
    }

    func write(_ parts: [(String, [UInt8])], to url: URL) throws {
        let zip = try ZipWriter(url: url)
        for (name, bytes) in parts {
            try zip.begin(name)
            // Uneven pieces, so that deflate is fed across many calls.
            var offset = 0
            var step = 1
            while offset < bytes.count {
                let n = min(step, bytes.count - offset)
                try bytes[offset..<offset + n].withUnsafeBytes { try zip.write($0) }
                offset += n
                step = step * 3 + 7
            }
            try zip.end()
        }
        try zip.close()
    }

    func testArchivesReadBackThroughEveryReader() throws {
        let dir = TempDir()
        let url = dir.url.appendingPathComponent("parts.zip")
        let parts = Self.parts()
        try write(parts, to: url)

        let ours = try ZipReader(data: try Data(contentsOf: url))
        XCTAssertEqual(ours.entries.map(\.path), parts.map(\.0))
        for (name, bytes) in parts {
            let entry = try XCTUnwrap(ours.entry(name))
            var got = Data()
            try ours.extract(entry, budget: 1 << 30) { got.append($0) }
            XCTAssertEqual(Array(got), bytes, name)
            XCTAssertEqual(entry.method, bytes.isEmpty ? entry.method : 8)
        }

        let archive = try Archive(url: url, accessMode: .read)
        for (name, bytes) in parts {
            let entry = try XCTUnwrap(archive[name])
            var got = Data()
            _ = try archive.extract(entry) { got.append($0) }
            XCTAssertEqual(Array(got), bytes, name)
        }

        if FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip") {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
            process.arguments = ["-tq", url.path]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, "unzip -t finds the archive sound")
        }
    }

    func testTheSamePartsGiveTheSameBytes() throws {
        let dir = TempDir()
        let a = dir.url.appendingPathComponent("a.zip")
        let b = dir.url.appendingPathComponent("b.zip")
        try write(Self.parts(), to: a)
        try write(Self.parts(), to: b)
        XCTAssertEqual(try Data(contentsOf: a), try Data(contentsOf: b))
    }

    func testDeflatesText() throws {
        let dir = TempDir()
        let url = dir.url.appendingPathComponent("text.zip")
        let text = String(repeating: "<c r=\"A1\" t=\"s\"><v>0</v></c>", count: 100_000)
        let zip = try ZipWriter(url: url)
        try zip.add("sheet.xml", text)
        try zip.close()
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)
        XCTAssertLessThan(size, text.utf8.count / 50, "repetitive XML shrinks")
    }
}
