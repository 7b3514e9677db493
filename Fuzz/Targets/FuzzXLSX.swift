// libFuzzer target: the XLSX reader (ZIP central directory, inflating, the XML of the workbook,
// its relationships, shared strings and sheets) on arbitrary bytes. Any crash, hang or sanitizer
// report is a bug: a damaged or hostile workbook must at worst give a diagnostic.
import Foundation
@testable import Tabular

/// Small limits keep every input fast, and a zip bomb stops early instead of exhausting memory.
private let limits = ReadLimits(maxUncompressedBytes: 8 << 20, maxCellBytes: 64 << 10, maxCellsPerRow: 512, maxRowBytes: 256 << 10)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSX(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let data = Data(bytes: bytes, count: count)
    _ = try? XLSXReader.read(data: data, displayPath: "fuzz.xlsx", limits: limits)
    return 0
}
