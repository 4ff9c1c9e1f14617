#if canImport(CMimalloc)
import CMimalloc
#endif

/// The allocator, for a batch of workbooks. Each document allocates and frees some 25,000
/// small blocks in Swift and as many in libxlsxwriter, and glibc's malloc and free took about
/// a tenth of `convert`'s time. Programs that link BudgetBatch link mimalloc (Debian's
/// libmimalloc), which takes malloc and free over for the whole process, libxlsxwriter's
/// calls included: a conversion runs about 6% faster (README, "Speed and memory").
///
/// Without mimalloc (another platform), glibc's thresholds are raised instead: glibc hands
/// blocks of 128 KB and more straight back to the kernel when they are freed and trims the
/// heap's top above 128 KB, and libxlsxwriter allocates and frees such blocks for every
/// workbook, so every document paid again for fresh zeroed pages.
public enum AllocatorTuning {
    /// Blocks up to this size come from the heap and return to it (glibc only).
    static let mmapThreshold: Int32 = 64 << 20
    /// Free memory kept at the heap's top before it is given back (glibc only).
    static let trimThreshold: Int32 = 256 << 20

    /// The allocator in use, as the benchmark reports it: `mimalloc 2.0.9`, or `glibc`.
    public static var allocator: String {
        #if canImport(CMimalloc)
        let version = Int(mi_version())
        return "mimalloc \(version / 100).\(version / 10 % 10).\(version % 10)"
        #else
        return "glibc"
        #endif
    }

    /// Call once, early, before a batch starts (convert and the benchmark; not the server,
    /// which keeps less for itself between requests with the defaults).
    public static func keepFreedMemoryForReuse() {
        #if canImport(CMimalloc)
        // mimalloc keeps freed pages for reuse by itself; glibc's settings would not apply.
        #elseif os(Linux)
        // malloc.h's M_MMAP_THRESHOLD (-3) and M_TRIM_THRESHOLD (-1).
        _ = glibcMallopt(-3, mmapThreshold)
        _ = glibcMallopt(-1, trimThreshold)
        #endif
    }
}

#if os(Linux) && !canImport(CMimalloc)
/// glibc's `int mallopt(int, int)`: the Glibc module does not export malloc.h.
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
