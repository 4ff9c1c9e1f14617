extension Array {
    /// `Array(repeating:count:)`, made by code specialized for the element. The standard
    /// library makes that array in generic code, which looks the storage class's metadata up
    /// in the runtime's cache on every call (some 650 instructions and a shared hash map):
    /// a conversion made over a thousand such arrays a document (a grid row of each sheet,
    /// per-column flags and widths of each table). Reserving and appending is specialized.
    @inlinable
    public init(filled value: Element, count: Int) {
        self.init()
        reserveCapacity(count)
        append(contentsOf: repeatElement(value, count: count))
    }
}
