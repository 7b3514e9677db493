// libFuzzer target: the delimited-text reader (encoding detection, NUL stripping, delimiter
// sniffing, quoting) on arbitrary bytes. Any crash, hang or sanitizer report is a bug: a school's
// CSV must at worst give diagnostics.
import Foundation
@testable import Tabular

/// Small limits keep every input fast, so libFuzzer spends its time on shapes, not on size.
private let limits = ReadLimits(maxUncompressedBytes: 4 << 20, maxCellBytes: 64 << 10, maxCellsPerRow: 512, maxRowBytes: 256 << 10)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let data = Data(bytes: bytes, count: count)
    _ = try? CSVReader.read(data: data, displayPath: "fuzz.csv", forcedDelimiter: nil, limits: limits)
    return 0
}
