/// Caps on how much uncompressed data one read may produce: an .xlsx is a zip, and a
/// small zip can inflate to gigabytes (zip bomb). Both the declared sizes and the bytes
/// actually inflated are checked against these.
public struct XlsxReadLimits: Sendable, Equatable {
    /// Largest uncompressed size of one zip member that is read.
    public var maxMemberBytes: Int
    /// Largest sum of uncompressed sizes of all members read for one workbook.
    public var maxTotalBytes: Int

    public init(maxMemberBytes: Int = 256 << 20, maxTotalBytes: Int = 1 << 30) {
        self.maxMemberBytes = maxMemberBytes
        self.maxTotalBytes = maxTotalBytes
    }

    /// 256 MiB per member, 1 GiB in total.
    public static let `default` = XlsxReadLimits()
}
