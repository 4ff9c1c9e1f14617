extension String {
    /// The UTF-8 bytes, read in place. `withUTF8` is mutating, so callers copied the string
    /// into a `var` first: a retain and a release per call, and these are called for nearly
    /// every cell. A native string is contiguous; any other is copied as before. Public and
    /// inlinable: BudgetCore's label code and the writer's checks read names and cells so.
    @inlinable @inline(__always)
    public func withBorrowedUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}

extension String {
    /// A string of bytes cut from a String's own UTF-8 at scalar boundaries (a line, a cell
    /// without its blanks): valid UTF-8 already, so not validated again. `String(decoding:)`
    /// checked every byte of every cell a second time, after the whole text was checked once.
    /// Only for such bytes: any other would make an invalid String (debug builds check).
    @inlinable
    public init(validUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        assert(String(validating: bytes, as: UTF8.self) != nil, "init(validUTF8:) given bytes that are not UTF-8")
        if #available(macOS 26.0, *) {
            self = String(copying: UTF8Span(unchecked: Span(_unsafeElements: bytes)))
        } else {
            self = String(decoding: bytes, as: UTF8.self)
        }
    }
}
