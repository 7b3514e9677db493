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
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
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
