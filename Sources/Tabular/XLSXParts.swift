import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `_rels/*.rels`: relationship id -> (type, target).
final class RelsDelegate: NSObject, PartDelegate {
    struct Relationship { var id: String; var type: String; var target: String; var external: Bool }
    private(set) var relationships: [Relationship] = []
    private(set) var sawRoot = false

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch localName(elementName) {
        case "Relationships": sawRoot = true
        case "Relationship":
            relationships.append(Relationship(
                id: attribute(attributeDict, "Id") ?? "",
                type: attribute(attributeDict, "Type") ?? "",
                target: attribute(attributeDict, "Target") ?? "",
                external: (attribute(attributeDict, "TargetMode") ?? "").lowercased() == "external"))
        default: break
        }
    }
}

/// `xl/workbook.xml`: sheets in order and the 1904 date system flag.
final class WorkbookDelegate: NSObject, PartDelegate {
    struct SheetRef { var name: String; var relationshipID: String; var hidden: Bool }
    private(set) var sheets: [SheetRef] = []
    private(set) var date1904 = false
    private(set) var sawRoot = false

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch localName(elementName) {
        case "workbook": sawRoot = true
        case "workbookPr":
            let v = (attribute(attributeDict, "date1904") ?? "").lowercased()
            date1904 = v == "1" || v == "true"
        case "sheet":
            let state = attribute(attributeDict, "state") ?? "visible"
            sheets.append(SheetRef(name: attribute(attributeDict, "name") ?? "",
                                   relationshipID: attribute(attributeDict, "id", prefixed: true) ?? "",
                                   hidden: state != "visible"))
        default: break
        }
    }
}

/// `xl/styles.xml`: which cell style indexes (`s`) format numbers as dates.
final class StylesDelegate: NSObject, PartDelegate {
    private var customFormats: [Int: String] = [:]
    private var xfFormatIDs: [Int] = []
    private var inCellXfs = false
    private(set) var sawRoot = false

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch localName(elementName) {
        case "styleSheet": sawRoot = true
        case "numFmt":
            if let id = attribute(attributeDict, "numFmtId").flatMap({ Int($0) }) {
                customFormats[id] = attribute(attributeDict, "formatCode") ?? ""
            }
        case "cellXfs": inCellXfs = true
        case "xf" where inCellXfs:
            xfFormatIDs.append(attribute(attributeDict, "numFmtId").flatMap { Int($0) } ?? 0)
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if localName(elementName) == "cellXfs" { inCellXfs = false }
    }

    /// `result[s]` is true when style `s` shows a date.
    var dateStyles: [Bool] {
        xfFormatIDs.map { id in
            if let code = customFormats[id] { return NumberFormat.isDate(code: code) }
            return NumberFormat.isBuiltInDate(id)
        }
    }
}

enum NumberFormat {
    /// Built-in formats that show a date: 14–17 (d/m/yyyy, d-mmm-yy, d-mmm, mmm-yy) and 22
    /// (date and time). 18–21 and 45–47 are times of day only and stay numbers.
    /// 27–36 and 50–58 are the East-Asian locale date formats.
    static func isBuiltInDate(_ id: Int) -> Bool {
        switch id {
        case 14...17, 22, 27...36, 50...58: return true
        default: return false
        }
    }

    /// A custom format shows a date when, in its first section and outside quoted text, escapes
    /// and `[...]` brackets, it has `d` or `y`, or has `m` without `h`/`s` (so "mm:ss" and
    /// "h:mm" stay numbers while "mmm-yy" and "dd/mm/yyyy" are dates).
    static func isDate(code: String) -> Bool {
        var letters = Set<Character>()
        var inQuote = false
        var inBracket = false
        var skipNext = false
        for ch in code {
            if skipNext { skipNext = false; continue }
            if inQuote { if ch == "\"" { inQuote = false }; continue }
            if inBracket { if ch == "]" { inBracket = false }; continue }
            switch ch {
            case "\"": inQuote = true
            case "[": inBracket = true
            case "\\", "_", "*": skipNext = true
            case ";": return evaluate(letters)
            default: letters.insert(Character(ch.lowercased()))
            }
        }
        return evaluate(letters)
    }

    private static func evaluate(_ l: Set<Character>) -> Bool {
        if l.contains("d") || l.contains("y") { return true }
        if l.contains("m") && !l.contains("h") && !l.contains("s") { return true }
        return false
    }
}

/// `xl/sharedStrings.xml`: the text of every `<si>`, rich-text runs joined, phonetic runs left out.
final class SharedStringsDelegate: NSObject, PartDelegate {
    private(set) var strings: [String] = []
    private var current = ""
    private var inSI = false
    private var inT = false
    private var phoneticDepth = 0
    private(set) var sawRoot = false

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch localName(elementName) {
        case "sst": sawRoot = true
        case "si": inSI = true; current = ""
        case "t": inT = inSI
        case "rPh": phoneticDepth += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        switch localName(elementName) {
        case "si":
            strings.append(decodeOOXMLEscapes(current))
            inSI = false
        case "t": inT = false
        case "rPh": phoneticDepth -= 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inT && phoneticDepth == 0 { current += string }
    }
}
