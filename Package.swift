// swift-tools-version:6.0
// gopy: merges the Hải Phòng education plan's workshop comment tables into decision-ready reports,
// with the judgement in Lua rule files that analysts edit.
import PackageDescription

let package = Package(
    name: "gopy",
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Debian's liblua5.4-dev through pkg-config; no Lua sources live in this repository.
        .systemLibrary(
            name: "CLua",
            pkgConfig: "lua5.4",
            providers: [.apt(["liblua5.4-dev"])]
        ),
        // Everything that must be C: allocator, hook, message handler, value codec, trampoline.
        .target(name: "LuaShim", dependencies: ["CLua"]),
        // The one diagnostic shape.
        .target(name: "Diagnostics"),
        // Swift side of the host: LuaState, values, rule files.
        .target(name: "LuaBridge", dependencies: ["LuaShim", "Diagnostics"]),
        .testTarget(name: "LuaBridgeTests", dependencies: ["LuaBridge"]),
    ]
)
