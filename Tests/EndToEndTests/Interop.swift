import Foundation

/// Other programs the interop tests open gopy's workbooks with (openpyxl, LibreOffice); CI
/// installs them with scripts/install-deps.sh --interop, and the tests skip without them.
extension Harness {
    /// Runs a program and returns its exit status and output.
    func command(_ executable: String, _ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    /// Runs a Python script (`python3 -c`).
    func python(_ script: String, _ arguments: [String] = []) throws -> (status: Int32, out: String, err: String) {
        try command("/usr/bin/env", ["python3", "-c", script] + arguments)
    }
}
