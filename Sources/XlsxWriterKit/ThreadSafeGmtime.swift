#if os(Linux)
import Glibc

/// libxlsxwriter writes a workbook's creation time into `docProps/core.xml` with `gmtime`,
/// whose result lives in one buffer shared by the whole process. Two workbooks closed at the
/// same moment on two threads (`convert --jobs 2`) could each print the other's date: a
/// 2024 budget came out created on 2021-01-01, another document's year, now and then.
///
/// This definition of `gmtime` in the executable takes the place of libc's for every caller,
/// libxlsxwriter included (the dynamic linker finds a program's own symbols first). It is
/// the same function with one buffer per thread, as `gmtime_r` allows.
@_cdecl("gmtime")
public func threadSafeGmtime(_ time: UnsafePointer<time_t>?) -> UnsafeMutablePointer<tm>? {
    guard let time else { return nil }
    return gmtime_r(time, ThreadTimeBuffer.current)
}

/// One `struct tm` per thread, freed with the thread.
enum ThreadTimeBuffer {
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        _ = pthread_key_create(&key) { free($0) }
        return key
    }()

    static var current: UnsafeMutablePointer<tm> {
        if let existing = pthread_getspecific(key) { return existing.assumingMemoryBound(to: tm.self) }
        let buffer = UnsafeMutablePointer<tm>.allocate(capacity: 1)
        buffer.initialize(to: tm())
        _ = pthread_setspecific(key, buffer)
        return buffer
    }
}
#endif
