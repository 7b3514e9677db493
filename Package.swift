// swift-tools-version:6.0
// gopy: merges the Hải Phòng education plan's workshop comment tables into decision-ready reports,
// with the judgement in Lua rule files that analysts edit.
import PackageDescription

let package = Package(
    name: "gopy",
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // Debian's liblua5.4-dev through pkg-config; no Lua sources live in this repository.
        .systemLibrary(
            name: "CLua",
            pkgConfig: "lua5.4",
            providers: [.apt(["liblua5.4-dev"])]
        ),
        // The system's zlib (zlib1g-dev): the workbook writer deflates and checksums with it.
        .systemLibrary(name: "GopyZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Everything that must be C: allocator, hook, message handler, value codec, trampoline,
        // and giving the C heap's free pages back (glibc).
        .target(name: "LuaShim", dependencies: ["CLua"]),
        // The one diagnostic shape.
        .target(name: "Diagnostics"),
        // Swift side of the host: LuaState, values, rule files.
        .target(name: "LuaBridge", dependencies: ["LuaShim", "Diagnostics"]),
        // Vietnamese text: NFC, folding, legacy encodings (TCVN3, VNI).
        .target(name: "VietText"),
        // CSV and XLSX reading, header matching, Vietnamese numbers and dates.
        .target(name: "Tabular", dependencies: ["Diagnostics", "VietText", "GopyZlib", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // The domain, the dataset loader, the rule engine, the synthesis.
        .target(name: "GopyCore", dependencies: ["Diagnostics", "Tabular", "VietText", "LuaBridge", "LuaShim", .product(name: "TOMLKit", package: "TOMLKit"), .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // The command line.
        .executableTarget(name: "gopy", dependencies: ["GopyCore", "LuaBridge", "Diagnostics", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .testTarget(name: "LuaBridgeTests", dependencies: ["LuaBridge"]),
        .testTarget(name: "VietTextTests", dependencies: ["VietText"]),
        .testTarget(
            name: "TabularTests",
            dependencies: ["Tabular", "Diagnostics", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "GopyCoreTests", dependencies: ["GopyCore", "LuaBridge", "Diagnostics", "Tabular", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // Runs the built binary on dataset folders; depends on `gopy` so that it is built first,
        // and on Tabular to read back the workbooks the binary writes.
        .testTarget(name: "EndToEndTests", dependencies: ["gopy", "Tabular"]),
    ]
)
