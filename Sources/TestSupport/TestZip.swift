import Foundation

/// Builds zip files byte by byte, so tests can produce packages libxlsxwriter never
/// would: hand-written XML, missing parts, and members that lie about their size.
public struct TestZip {
    public struct Member {
        public var path: String
        public var bytes: [UInt8]
        /// Overrides the uncompressed size written in the headers (a lying zip bomb).
        public var declaredSize: Int?
    }

    public var members: [Member] = []

    public init() {}

    public mutating func add(_ path: String, _ text: String, declaredSize: Int? = nil) {
        members.append(Member(path: path, bytes: Array(text.utf8), declaredSize: declaredSize))
    }

    public mutating func add(_ path: String, bytes: [UInt8], declaredSize: Int? = nil) {
        members.append(Member(path: path, bytes: bytes, declaredSize: declaredSize))
    }

    /// Members use method 8 (deflate) made of stored deflate blocks: valid deflate data
    /// that needs no compressor, so the reader really inflates it.
    public func data() -> Data {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for member in members {
            let offset = out.count
            let compressed = Self.storedDeflate(member.bytes)
            let crc = Self.crc32(member.bytes)
            let size = member.declaredSize ?? member.bytes.count
            let name = Array(member.path.utf8)

            out += Self.u32(0x0403_4b50) + Self.u16(20) + Self.u16(0x0800) + Self.u16(8)
            out += Self.u16(0) + Self.u16(0x21) + Self.u32(crc)
            out += Self.u32(UInt32(compressed.count)) + Self.u32(UInt32(size))
            out += Self.u16(UInt16(name.count)) + Self.u16(0) + name + compressed

            central += Self.u32(0x0201_4b50) + Self.u16(20) + Self.u16(20) + Self.u16(0x0800) + Self.u16(8)
            central += Self.u16(0) + Self.u16(0x21) + Self.u32(crc)
            central += Self.u32(UInt32(compressed.count)) + Self.u32(UInt32(size))
            central += Self.u16(UInt16(name.count)) + Self.u16(0) + Self.u16(0) + Self.u16(0) + Self.u16(0)
            central += Self.u32(0) + Self.u32(UInt32(offset)) + name
        }
        let centralOffset = out.count
        out += central
        out += Self.u32(0x0605_4b50) + Self.u16(0) + Self.u16(0)
        out += Self.u16(UInt16(members.count)) + Self.u16(UInt16(members.count))
        out += Self.u32(UInt32(central.count)) + Self.u32(UInt32(centralOffset)) + Self.u16(0)
        return Data(out)
    }

    public func write(to url: URL) throws {
        try data().write(to: url)
    }

    private static func storedDeflate(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var start = 0
        repeat {
            let end = min(start + 65_535, bytes.count)
            let isFinal = end == bytes.count
            let length = UInt16(end - start)
            out.append(isFinal ? 1 : 0)
            out += u16(length) + u16(~length)
            out += bytes[start..<end]
            start = end
        } while start < bytes.count
        return out
    }

    private static func u16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    private static func u32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xFF) } }

    private static let crcTable: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = crcTable[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
