import Foundation
import XCTest

/// Runs the built `gopy` binary on dataset folders, as a user would.
struct Harness {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()
    static let mini = root + "/Tests/Fixtures/mini"

    /// The products folder: where SwiftPM put the test bundle, and `gopy` beside it.
    static var binary: URL {
        #if os(macOS)
            for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
                return bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("gopy")
            }
            fatalError("no test bundle")
        #else
            return Bundle.main.bundleURL.appendingPathComponent("gopy")
        #endif
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func gopy(_ arguments: [String], in directory: String = Harness.root) throws -> Result {
        try run(Self.binary, arguments, in: directory)
    }

    /// Runs a program to its end. Standard error is drained on its own thread while standard
    /// output is read, so a child that fills one pipe (64 KB) cannot deadlock the test.
    func run(_ executable: URL, _ arguments: [String], in directory: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errData = Drained(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData.wait(), as: UTF8.self))
    }

    func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("gopy-e2e-\(name)-\(UUID().uuidString)").path
    }

    /// A copy of the default rules with some files replaced.
    func rules(_ files: [String: String]) throws -> String {
        let dir = temporary("rules")
        try FileManager.default.copyItem(atPath: Self.root + "/Rules", toPath: dir)
        for (name, text) in files { try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
        return dir
    }

    func lines(_ path: String) throws -> [[String: Any]] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

}

/// Reads a pipe to its end on a background thread.
final class Drained: @unchecked Sendable {
    // Written once by the reading thread before `done` is signalled, read after.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
