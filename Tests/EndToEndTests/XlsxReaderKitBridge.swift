import Foundation
import XlsxReaderKit

enum XlsxReaderKitBridge {
    static func read(_ url: URL) throws -> ReadWorkbook { try ReadWorkbook.read(contentsOf: url) }
}
