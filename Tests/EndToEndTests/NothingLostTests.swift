import Foundation
import XCTest

/// Nothing lost, nothing half-written: a killed run leaves the previous output or the new one,
/// outputs do not depend on the run or the thread count, and inputs are never changed.
final class NothingLostTests: XCTestCase {
    let h = Harness()
    static let sample = Harness.root + "/Inputs/hai-phong-mau"

    /// Every file of a folder, by name; nil when the folder does not exist.
    func snapshot(_ folder: String) throws -> [String: Data]? {
        guard FileManager.default.fileExists(atPath: folder) else { return nil }
        var files: [String: Data] = [:]
        let root = URL(fileURLWithPath: folder)
        for case let url as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)! {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[String(url.path.dropFirst(root.path.count + 1))] = try Data(contentsOf: url) }
        }
        return files
    }

    /// SIGKILL at random moments of a run over the sample. `GOPY_KILL_RUNS` sets how many
    /// (scripts/kill-test.sh runs 20; the suite runs 3).
    func testKilledRunsLeaveThePreviousOrTheNewOutputNeverAMix() throws {
        let runs = Int(ProcessInfo.processInfo.environment["GOPY_KILL_RUNS"] ?? "") ?? 3
        let parent = h.temporary("killed")
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let out = parent + "/out"
        // The previous output: a different dataset, so that old and new bytes can be told apart.
        XCTAssertEqual(try h.gopy(["run", Harness.mini, "--out", out, "--threads", "1"]).status, 1)
        let previous = try XCTUnwrap(snapshot(out))
        let reference = h.temporary("reference")
        let started = Date()
        XCTAssertEqual(try h.gopy(["run", Self.sample, "--out", reference, "--threads", "1"]).status, 1)
        let duration = Date().timeIntervalSince(started)
        let new = try XCTUnwrap(snapshot(reference))
        XCTAssertNotEqual(previous, new)

        var generator = SystemRandomNumberGenerator()
        var delays: [Double] = []
        for _ in 0..<runs {
            let delay = Double.random(in: 0...(duration * 1.1), using: &generator)
            delays.append(delay)
            let process = Process()
            process.executableURL = Harness.binary
            process.arguments = ["run", Self.sample, "--out", out, "--threads", "1"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            let now = try snapshot(out)
            XCTAssertTrue(now == previous || now == new,
                          "killed after \(delay) s: --out holds \(now.map { "\($0.count) files, not the previous nor the new output" } ?? "nothing")")
        }
        print("SIGKILL delays (s): \(delays.map { String(format: "%.2f", $0) }.joined(separator: " ")) of a \(String(format: "%.2f", duration)) s run")
        // A run that completes cleans up after the killed ones: only `out` is left beside it.
        XCTAssertEqual(try h.gopy(["run", Self.sample, "--out", out, "--threads", "1"]).status, 1)
        XCTAssertEqual(try snapshot(out), new)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent), ["out"])
    }

    /// Same inputs, same bytes: run after run, and for 1, 2 or 4 threads, every output file.
    func testSameInputsGiveTheSameBytesForAnyThreadCount() throws {
        var outputs: [String: [String: Data]] = [:]
        for threads in ["1", "2", "4", "1"] {
            let out = h.temporary("threads")
            XCTAssertEqual(try h.gopy(["run", Self.sample, "--out", out, "--threads", threads]).status, 1)
            let files = try XCTUnwrap(snapshot(out))
            XCTAssertGreaterThanOrEqual(files.count, 3)
            if let first = outputs.values.first {
                XCTAssertEqual(Set(files.keys), Set(first.keys), "--threads \(threads)")
                for (name, bytes) in files where bytes != first[name] {
                    XCTFail("--threads \(threads): \(name) differs")
                }
            }
            outputs[threads] = files
        }
    }

    /// Input files are opened read-only and never changed: same bytes and same modification
    /// dates after a run.
    func testInputsAreNeverModified() throws {
        let dataset = h.temporary("inputs")
        try FileManager.default.copyItem(atPath: Self.sample, toPath: dataset)
        let rules = try h.rules([:])
        func state() throws -> [String: String] {
            var out: [String: String] = [:]
            for folder in [dataset, rules] {
                for (name, data) in try XCTUnwrap(snapshot(folder)) {
                    let date = (try FileManager.default.attributesOfItem(atPath: folder + "/" + name)[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                    out[folder + "/" + name] = "\(data.count) \(data.hashValue) \(date)"
                }
            }
            return out
        }
        let before = try state()
        XCTAssertEqual(try h.gopy(["run", dataset, "--rules", rules, "--out", h.temporary("out")]).status, 1)
        XCTAssertEqual(try h.gopy(["check", dataset]).status, 1)
        XCTAssertEqual(try state(), before)
    }
}
