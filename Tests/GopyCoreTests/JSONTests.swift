import XCTest

@testable import GopyCore

final class JSONTests: XCTestCase {
    func testKeysKeepTheirOrderAndTextIsEscaped() {
        let value = JSON.obj(["z": .int(1), "a": .string("Trường \"Lê Lợi\"\n\u{1}"), "m": .array([.null, .bool(true), .double(2.5), .double(3)])])
        XCTAssertEqual(value.serialized(), #"{"z":1,"a":"Trường \"Lê Lợi\"\n\u0001","m":[null,true,2.5,3]}"#)
        XCTAssertEqual(JSON.double(.infinity).serialized(), "null")
    }

    func testPrettyIsStableAndParsesBack() throws {
        let value = JSON.obj(["list": .array([.int(1), .obj(["k": .string("v")])]), "empty": .array([]), "none": .object([])])
        let text = value.pretty()
        XCTAssertEqual(text, value.pretty())
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        XCTAssertEqual((parsed?["list"] as? [Any])?.count, 2)
    }

    func testPrettyInPiecesIsThePrettyText() {
        let value = JSON.obj([
            "list": .array([.int(1), .obj(["k": .string("Trường \"Lê Lợi\"\n\u{1}\u{2028}")]), .double(0.1)]),
            "empty": .array([]), "none": .object([]), "tail": .string(String(repeating: "á", count: 40)),
        ])
        for size in [1, 7, 64, 1 << 20] {
            var pieces: [String] = []
            value.pretty(pieces: size) { pieces.append($0) }
            XCTAssertEqual(pieces.joined(), value.pretty(), "pieces of \(size) bytes")
            XCTAssertTrue(pieces.dropLast().allSatisfy { $0.utf8.count >= size }, "no piece is handed on before it has \(size) bytes")
        }
    }
}
