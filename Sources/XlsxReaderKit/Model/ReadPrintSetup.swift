/// Page setup of one sheet, gathered from `<pageSetup>`, `<sheetPr><pageSetUpPr>`,
/// `<printOptions>`, `<headerFooter>` and the workbook's Print_Titles defined name.
public struct ReadPrintSetup: Sendable, Equatable {
    public var landscape: Bool
    /// Excel paper code (9 = A4); nil when the sheet does not set one.
    public var paperSize: Int?
    public var fitToPage: Bool
    /// Pages wide/tall when fitting; 0 means "as many as needed". When `fitToPage` is on,
    /// an absent attribute reads as the OOXML default 1; otherwise nil when absent.
    public var fitToWidth: Int?
    public var fitToHeight: Int?
    public var horizontalCentered: Bool
    /// Raw header/footer strings with their `&C`, `&P` codes, e.g. "&C第 &P 页".
    public var footer: String?
    public var header: String?
    /// Rows repeated at the top of each page, 0-based.
    public var repeatRows: ClosedRange<Int>?

    public init(landscape: Bool = false, paperSize: Int? = nil, fitToPage: Bool = false,
                fitToWidth: Int? = nil, fitToHeight: Int? = nil, horizontalCentered: Bool = false,
                footer: String? = nil, header: String? = nil, repeatRows: ClosedRange<Int>? = nil) {
        self.landscape = landscape
        self.paperSize = paperSize
        self.fitToPage = fitToPage
        self.fitToWidth = fitToWidth
        self.fitToHeight = fitToHeight
        self.horizontalCentered = horizontalCentered
        self.footer = footer
        self.header = header
        self.repeatRows = repeatRows
    }
}
