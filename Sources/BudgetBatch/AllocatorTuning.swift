/// glibc's allocator hands blocks of 128 KB and more straight back to the kernel when they
/// are freed, and trims the heap's top above 128 KB. libxlsxwriter allocates and frees such
/// blocks for every workbook it writes, so every document paid again for fresh zeroed pages:
/// a profile of `convert` spent a fifth of its time in the kernel, mostly in page faults.
/// Raising both thresholds keeps freed memory for the next document. Peak memory is what the
/// largest document needs either way; only what is freed stays with the process.
public enum AllocatorTuning {
    /// Blocks up to this size come from the heap and return to it.
    static let mmapThreshold: Int32 = 64 << 20
    /// Free memory kept at the heap's top before it is given back.
    static let trimThreshold: Int32 = 256 << 20

    /// Call once, early, before a batch starts (convert and the benchmark; not the server,
    /// which keeps less for itself between requests with the defaults).
    public static func keepFreedMemoryForReuse() {
        #if os(Linux)
        // malloc.h's M_MMAP_THRESHOLD (-3) and M_TRIM_THRESHOLD (-1).
        _ = glibcMallopt(-3, mmapThreshold)
        _ = glibcMallopt(-1, trimThreshold)
        #endif
    }
}

#if os(Linux)
/// glibc's `int mallopt(int, int)`: the Glibc module does not export malloc.h.
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
