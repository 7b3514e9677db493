import Foundation

/// The package root, found from this file's path, so tests read the repository's own fixtures
/// and rules wherever the package is checked out.
let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

let miniDataset = packageRoot + "/Tests/Fixtures/mini"
let defaultRules = packageRoot + "/Rules"
