import Foundation

/// A whole .xlsx file read back: sheets in workbook order plus document properties.
public struct ReadWorkbook: Sendable {
    public var sheets: [ReadSheet]
    /// `docProps/core.xml` by local element name: "title", "subject", "creator", "keywords",
    /// "description", "category", "created", "modified", ...
    public var coreProperties: [String: String]
    /// `docProps/custom.xml`: property name -> value text.
    public var customProperties: [String: String]

    public init(sheets: [ReadSheet] = [], coreProperties: [String: String] = [:],
                customProperties: [String: String] = [:]) {
        self.sheets = sheets
        self.coreProperties = coreProperties
        self.customProperties = customProperties
    }

    public func sheet(named name: String) -> ReadSheet? {
        sheets.first { $0.name == name }
    }

    /// Reads the workbook at `url`. Every problem with the file (missing, not a zip,
    /// missing parts, malformed XML, over the size limits) throws `XlsxReadError`
    /// naming the file and the part.
    public static func read(contentsOf url: URL, limits: XlsxReadLimits = .default) throws -> ReadWorkbook {
        do {
            let zip = try ZipPartReader(url: url, limits: limits)
            return try WorkbookReader(zip: zip).read()
        } catch let error as XlsxReadError {
            throw XlsxReadError("\(url.path): \(error.description)")
        }
    }
}
