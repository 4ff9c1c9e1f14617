import Foundation

/// Zips as Windows writes them, byte by byte: member names in GBK without the UTF-8 flag
/// (bit 11), stored (method 0). Also names no zip tool would write (`../`, absolute).
struct WindowsZip {
    struct Member {
        var name: [UInt8]
        var bytes: [UInt8]
        var utf8Flag: Bool
    }

    var members: [Member] = []

    mutating func add(name: [UInt8], bytes: [UInt8], utf8Flag: Bool = false) {
        members.append(Member(name: name, bytes: bytes, utf8Flag: utf8Flag))
    }

    func data() -> Data {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for member in members {
            let offset = out.count
            let crc = Self.crc32(member.bytes)
            let flags: UInt16 = member.utf8Flag ? 0x0800 : 0
            let size = UInt32(member.bytes.count)
            out += Self.u32(0x0403_4b50) + Self.u16(20) + Self.u16(flags) + Self.u16(0)
            out += Self.u16(0) + Self.u16(0x21) + Self.u32(crc) + Self.u32(size) + Self.u32(size)
            out += Self.u16(UInt16(member.name.count)) + Self.u16(0) + member.name + member.bytes

            central += Self.u32(0x0201_4b50) + Self.u16(20) + Self.u16(20) + Self.u16(flags) + Self.u16(0)
            central += Self.u16(0) + Self.u16(0x21) + Self.u32(crc) + Self.u32(size) + Self.u32(size)
            central += Self.u16(UInt16(member.name.count)) + Self.u16(0) + Self.u16(0) + Self.u16(0) + Self.u16(0)
            central += Self.u32(0) + Self.u32(UInt32(offset)) + member.name
        }
        let centralOffset = out.count
        out += central
        out += Self.u32(0x0605_4b50) + Self.u16(0) + Self.u16(0)
        out += Self.u16(UInt16(members.count)) + Self.u16(UInt16(members.count))
        out += Self.u32(UInt32(central.count)) + Self.u32(UInt32(centralOffset)) + Self.u16(0)
        return Data(out)
    }

    private static func u16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    private static func u32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xFF) } }

    private static let crcTable: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
