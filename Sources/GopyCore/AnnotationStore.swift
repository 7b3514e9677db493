import Diagnostics
import Foundation

/// The annotations of a run, for the steps after the rules: what the counts, filters and sorts
/// of the synthesis read (level, cluster, labels, specificity, refs) packed in memory, about 50
/// bytes a comment; the whole annotation read back when a report quotes it or lists it. A
/// national run has a million annotations, and the reports quote a few hundred of them.
final class AnnotationStore: RandomAccessCollection, @unchecked Sendable {
    // Written by one thread while the rules run (`append`, under the in-order sink's lock), then
    // only read, from any thread.

    /// What the synthesis reads of one annotation, as small numbers: strings are interned.
    struct Packed {
        var level: UInt32
        var cluster: UInt32
        var group: UInt32
        var area: UInt32
        var stance: UInt32
        var corroboration: UInt32
        var refStart: UInt32
        var refCount: UInt32
        /// has_data, has_evidence, generic: 0 nil, 1 false, 2 true.
        var hasData: UInt8
        var hasEvidence: UInt8
        var generic: UInt8
        /// six_clear, target_proposal: 0 none, 1 incomplete, 2 complete.
        var sixClear: UInt8
        var targetProposal: UInt8
        var failed: Bool
        var specificity: Double
    }

    /// The packed view of one annotation, with its strings looked up.
    struct Digest {
        fileprivate let store: AnnotationStore
        fileprivate let packed: Packed

        var level: String { store.strings[Int(packed.level)]! }
        var cluster: String { store.strings[Int(packed.cluster)]! }
        var group: String? { store.strings[Int(packed.group)] }
        var area: String? { store.strings[Int(packed.area)] }
        var stance: String? { store.strings[Int(packed.stance)] }
        var corroboration: String? { store.strings[Int(packed.corroboration)] }
        var hasData: Bool? { Self.bool(packed.hasData) }
        var hasEvidence: Bool? { Self.bool(packed.hasEvidence) }
        var generic: Bool? { Self.bool(packed.generic) }
        /// Whether the comment is a solution proposal (it has a 6 rõ checklist), and complete.
        var hasSixClear: Bool { packed.sixClear != 0 }
        var sixClearComplete: Bool { packed.sixClear == 2 }
        /// Whether the comment proposes to change a target, and with every element.
        var hasTargetProposal: Bool { packed.targetProposal != 0 }
        var targetProposalComplete: Bool { packed.targetProposal == 2 }
        /// Whether a rule failed on the comment.
        var failed: Bool { packed.failed }
        /// How specific the rules judged the comment (0 when they gave no figure).
        var specificity: Double { packed.specificity }
        /// The catalogue codes, in the rules' order.
        var refs: [String] {
            (0..<Int(packed.refCount)).map { store.strings[Int(store.refPool[Int(packed.refStart) + $0])]! }
        }

        private static func bool(_ b: UInt8) -> Bool? { b == 0 ? nil : b == 2 }
    }

    /// Where the whole annotations are.
    private enum Source {
        case memory([Annotation])
        case spool(AnnotationSpool)
    }

    private var packed = ChunkedArray<Packed>()
    /// Interned strings; index 0 is nil.
    private var strings: [String?] = [nil]
    private var index: [String: UInt32] = [:]
    private var refPool = ChunkedArray<UInt32>()
    private var memory: [Annotation] = []
    private let spool: AnnotationSpool?
    private let failure = Locked<String?>(nil)

    /// A store that keeps the whole annotations in `spool` (on disk), or in memory when nil.
    init(spool: AnnotationSpool? = nil) {
        self.spool = spool
    }

    /// A store of `annotations`, in memory (tests, and small runs of the API).
    convenience init(_ annotations: [Annotation]) {
        self.init()
        for a in annotations { try? append(a) }
    }

    /// Adds the next annotation (in input order).
    func append(_ a: Annotation) throws {
        if let spool { try spool.append(a) } else { memory.append(a) }
        let refStart = UInt32(refPool.count)
        for ref in a.labels.refs { refPool.append(intern(ref)) }
        func tri(_ b: Bool?) -> UInt8 { b.map { $0 ? 2 : 1 } ?? 0 }
        func check(_ c: Checklist?) -> UInt8 { c.map { $0.complete ? 2 : 1 } ?? 0 }
        packed.append(Packed(
            level: intern(a.comment.level), cluster: intern(a.comment.cluster), group: intern(a.labels.group),
            area: intern(a.labels.area), stance: intern(a.labels.stance), corroboration: intern(a.labels.corroboration),
            refStart: refStart, refCount: UInt32(a.labels.refs.count),
            hasData: tri(a.labels.hasData), hasEvidence: tri(a.labels.hasEvidence), generic: tri(a.labels.generic),
            sixClear: check(a.labels.sixClear), targetProposal: check(a.labels.targetProposal),
            failed: a.failure != nil, specificity: a.labels.specificity ?? 0))
    }

    /// Ends the appending: the annotations can now be read from any thread.
    func finishWriting() throws {
        try spool?.finishWriting()
    }

    private func intern(_ s: String?) -> UInt32 {
        guard let s else { return 0 }
        if let i = index[s] { return i }
        let i = UInt32(strings.count)
        strings.append(s)
        index[s] = i
        return i
    }

    var startIndex: Int { 0 }
    var endIndex: Int { packed.count }

    /// The annotation at `i`, whole (read back from the spool).
    subscript(i: Int) -> Annotation {
        guard let spool else { return memory[i] }
        do {
            return try spool.annotation(at: i)
        } catch {
            // Reading back a file this run wrote failed (the disk): the run reports it.
            failure.withLock { if $0 == nil { $0 = "cannot read back annotation \(i): \(error)" } }
            return Annotation(comment: Comment(id: "", source: SourceLocation(file: ""), level: "", cluster: "", fields: [:], extras: [:]), labels: Labels(), trace: [], failure: nil)
        }
    }

    /// What the synthesis reads of the annotation at `i`, without reading it back.
    func digest(_ i: Int) -> Digest { Digest(store: self, packed: packed[i]) }

    /// The first failure to read an annotation back, if any: the outputs are then incomplete.
    var readFailure: String? { failure.withLock { $0 } }

    /// The positions of the annotations for which `include` holds, in input order.
    func positions(where include: (Digest) -> Bool) -> [Int] {
        indices.filter { include(digest($0)) }
    }

    /// Of `positions`, the `limit` most specific (ties: the earlier first), kept in input order.
    func mostSpecific(_ positions: [Int], limit: Int) -> [Int] {
        guard positions.count > limit else { return positions }
        let chosen = Set(positions.indices.sorted {
            (packed[positions[$0]].specificity, $1) > (packed[positions[$1]].specificity, $0)
        }.prefix(limit))
        return positions.indices.filter(chosen.contains).map { positions[$0] }
    }

    /// `positions` by specificity, most specific first (ties: the earlier first).
    func bySpecificity(_ positions: [Int]) -> [Int] {
        positions.enumerated().sorted {
            (packed[$1.element].specificity, $0.offset) < (packed[$0.element].specificity, $1.offset)
        }.map(\.element)
    }

    /// Removes the spool's file.
    func remove() { spool?.remove() }
}
