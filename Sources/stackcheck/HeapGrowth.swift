#if canImport(Glibc)
    import CMalloc
#endif

/// How the C allocator grows its heaps, set once before anything runs.
///
/// stackcheck's work runs on worker threads, and glibc gives each its own heap, which it grows a page at a
/// time: an `mprotect` per page (drift of the reference stack made 220 calls, 160 of them one page each;
/// roundtrip of the shared templates 55, and 70 `madvise`s handing freed tops back for the next file to take
/// again, each of which has the kernel flush the other cores' address translations). Asking for 1 MiB more
/// whenever a heap grows (`M_TOP_PAD`) leaves drift 43 `mprotect`s (the loader's) and roundtrip 10 and no
/// `madvise`: 5% less CPU for drift at the best run and the 10th percentile of 30 alternating runs. Pages
/// reserved that way are not resident until written, so peak memory does not grow (drift: 18.3 MiB, from 18.7).
enum HeapGrowth {
    static func configure() {
        #if canImport(Glibc)
            _ = mallopt(M_TOP_PAD, 1 << 20)
        #endif
    }
}
