/// A text compared by its UTF-8 bytes: `String`'s own `==` and hash go through Unicode
/// normalisation, which is slower (for every text that is not ASCII, as Vietnamese is) and
/// would merge texts typed differently.
package struct ExactText: Hashable {
    package let text: String

    package init(text: String) {
        self.text = text
    }

    package static func == (a: ExactText, b: ExactText) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }

    package func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
