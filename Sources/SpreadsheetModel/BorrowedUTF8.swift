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
