import Foundation

/// Other programs the interop tests open gopy's workbooks with (openpyxl, LibreOffice); CI
/// installs them with scripts/install-deps.sh --interop, and the tests skip without them.
extension Harness {
    /// Runs a program and returns its exit status and output.
    func command(_ executable: String, _ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let r = try run(URL(fileURLWithPath: executable), arguments)
        return (r.status, r.stdout, r.stderr)
    }

    /// Runs a Python script (`python3 -c`).
    func python(_ script: String, _ arguments: [String] = []) throws -> (status: Int32, out: String, err: String) {
        try command("/usr/bin/env", ["python3", "-c", script] + arguments)
    }
}
