import LuaShim

/// The process's C heap, which Swift, Lua and the readers all allocate from.
///
/// glibc keeps the pages that freed memory leaves behind for later use rather than giving them
/// back, and a run frees a great deal: each comment table read, each Lua string made and
/// dropped. Measured on 1,000,000 comments with trivial rules, the heap held 154 MB free beside
/// 180 MB in use at the end of the rules (333 MB resident; 244 MB once given back), and the
/// resident size kept growing while what the run used did not. A run gives the free pages back at points where much has just
/// been freed: every so many comments read, between phases, and every so many workbook rows.
enum Heap {
    /// Comments read between two releases while the rules run.
    static let commentsBetweenReleases = 16_384
    /// Workbook rows written between two releases.
    static let rowsBetweenReleases = 65_536

    /// Gives the heap's free pages back to the system (a few milliseconds; it briefly holds
    /// each thread's heap lock).
    static func releaseFreePages() {
        _ = gopy_heap_release()
    }
}
