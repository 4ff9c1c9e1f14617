import Testing
import TestSupport
@testable import BudgetCore

@Suite struct DecodingTests {
    @Test func plainUTF8() throws {
        let decoded = try SourceDecoder.decode(Array("部门预算收支总表\n\t1\n".utf8))
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text == "部门预算收支总表\n\t1\n")
    }

    @Test func byteOrderMarks() throws {
        let text = "收入总表\r\n\t合计\r\n"
        let bom8 = try SourceDecoder.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(bom8.encoding == .utf8BOM && bom8.text == text)
        let le = try SourceDecoder.decode(ExportVariants.utf16WithBOM(text, littleEndian: true))
        #expect(le.encoding == .utf16LE && le.text == text)
        let be = try SourceDecoder.decode(ExportVariants.utf16WithBOM(text, littleEndian: false))
        #expect(be.encoding == .utf16BE && be.text == text)
    }

    @Test func gb18030WhenNotUTF8() throws {
        let text = "部门预算支出总表\n\t科目编码\n\t“三公”经费\n"
        let bytes = try #require(ExportVariants.gb18030CRLF(text))
        let decoded = try SourceDecoder.decode(bytes)
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n"))
    }

    @Test func invalidBytesNameTheOffset() {
        // 0xFF never occurs in UTF-8 and is not a GB18030 lead byte.
        let bytes = Array("部门\n".utf8) + [0xFF, 0xFF] + Array("x\n".utf8)
        #expect(throws: DecodingFailure.invalidBytes(offset: 7)) { try SourceDecoder.decode(bytes) }
    }

    @Test func lossyReplacesAndCounts() throws {
        let bytes = Array("部门\n".utf8) + [0xFF] + Array("x\n".utf8)
        let decoded = try SourceDecoder.decode(bytes, lossy: true)
        #expect(decoded.replacements == 1)
        #expect(decoded.text == "部门\n\u{FFFD}x\n")
    }

    @Test func nonCharactersAreInvalidText() throws {
        // U+FFFE (bytes read with the wrong byte order) decodes, but no workbook can hold it.
        let bytes = Array("部门\n".utf8) + [0xEF, 0xBF, 0xBE] + Array("x\n".utf8)
        #expect(throws: DecodingFailure.invalidBytes(offset: 7)) { try SourceDecoder.decode(bytes) }
        let lossy = try SourceDecoder.decode(bytes, lossy: true)
        #expect(lossy.text == "部门\n\u{FFFD}x\n" && lossy.replacements == 1)
        #expect(throws: DecodingFailure.invalidBytes(offset: 4)) { try SourceDecoder.decode([0xFF, 0xFE, 0x41, 0x00, 0xFF, 0xFF]) }
    }

    @Test func emptyAndBinary() {
        #expect(throws: DecodingFailure.empty) { try SourceDecoder.decode([]) }
        #expect(throws: DecodingFailure.binary(offset: 3)) { try SourceDecoder.decode([0x50, 0x4B, 0x03, 0x00, 0x04]) }
        #expect(throws: DecodingFailure.oddUTF16Length) { try SourceDecoder.decode([0xFF, 0xFE, 0x41]) }
        // A NUL character behind a UTF-16 byte-order mark is binary too.
        #expect(throws: DecodingFailure.binary(offset: 4)) { try SourceDecoder.decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00]) }
    }

    @Test func messagesAreReadable() {
        #expect(DecodingFailure.invalidBytes(offset: 12).description
            == "bytes at offset 12 are not valid text in UTF-8, UTF-16 or GB18030 (use --lossy to replace them)")
        #expect(DecodingFailure.empty.description == "the file is empty")
    }
}
