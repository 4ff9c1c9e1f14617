import CXlsxWriter
import Foundation
import Testing

/// Writes the reference workbook with raw libxlsxwriter calls, the same library the
/// converter uses, so the reader is tested against real output.
enum LibxlsxwriterFixture {
    static let summarySheet = "收支总表"

    /// Fails the test (via #expect) on any non-zero lxw_error.
    private static func check(_ error: lxw_error, _ what: String,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(error == LXW_NO_ERROR, "\(what) failed with lxw_error \(error.rawValue)",
                sourceLocation: sourceLocation)
    }

    static func write(to url: URL) throws {
        guard let workbook = workbook_new(url.path) else {
            throw XlsxFixtureError("workbook_new failed for \(url.path)")
        }
        guard let summary = workbook_add_worksheet(workbook, summarySheet),
              let second = workbook_add_worksheet(workbook, "Sheet2") else {
            throw XlsxFixtureError("workbook_add_worksheet failed")
        }

        // Formats belong to this workbook and die with workbook_close.
        let money = workbook_add_format(workbook)
        format_set_num_format(money, "#,##0.00")
        format_set_border(money, UInt8(LXW_BORDER_THIN.rawValue))

        let header = workbook_add_format(workbook)
        format_set_bold(header)
        format_set_font_name(header, "黑体")
        format_set_font_size(header, 14)
        format_set_align(header, UInt8(LXW_ALIGN_CENTER.rawValue))
        format_set_align(header, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        format_set_border(header, UInt8(LXW_BORDER_THIN.rawValue))
        format_set_text_wrap(header)

        let bordered = workbook_add_format(workbook)
        format_set_border(bordered, UInt8(LXW_BORDER_THIN.rawValue))

        let percent = workbook_add_format(workbook)
        format_set_num_format_index(percent, 10)

        check(worksheet_merge_range(summary, 0, 0, 0, 3, "2024年收支总表", header), "merge title")
        check(worksheet_write_string(summary, 2, 0, "项目", header), "A3")
        check(worksheet_merge_range(summary, 3, 0, 4, 0, "一般公共预算", header), "merge A4:A5")
        check(worksheet_write_number(summary, 3, 1, 1234567.891, money), "B4")
        check(worksheet_write_number(summary, 4, 1, -0.5, money), "B5")
        check(worksheet_write_number(summary, 3, 2, 42, nil), "C4")
        check(worksheet_write_blank(summary, 4, 2, bordered), "C5")
        check(worksheet_write_string(summary, 5, 0, "=SUM(B4:B5)", nil), "A6 (string with =)")
        check(worksheet_write_formula_num(summary, 5, 1, "=SUM(B4:B5)", money, 1234567.391), "B6")
        check(worksheet_write_boolean(summary, 5, 2, 1, nil), "C6")
        check(worksheet_write_number(summary, 5, 3, 0.25, percent), "D6")
        check(worksheet_write_string(summary, 6, 0, "  leading and trailing  ", nil), "A7")

        check(worksheet_set_column(summary, 0, 0, 20, nil), "column A")
        check(worksheet_set_column(summary, 1, 2, 15.5, nil), "columns B:C")
        check(worksheet_set_row(summary, 0, 30, nil), "row 1 height")
        worksheet_freeze_panes(summary, 3, 1)
        worksheet_set_landscape(summary)
        worksheet_set_paper(summary, 9)
        worksheet_fit_to_pages(summary, 1, 0)
        worksheet_center_horizontally(summary)
        check(worksheet_set_footer(summary, "&C第 &P 页"), "footer")
        check(worksheet_set_header(summary, "&L单位：万元"), "header")
        check(worksheet_repeat_rows(summary, 3, 5), "repeat rows")

        check(worksheet_write_string(second, 0, 0, "second", nil), "Sheet2!A1")
        check(worksheet_repeat_rows(second, 0, 1), "Sheet2 repeat rows")

        // char* fields must be owned by us until workbook_close has copied/used them.
        var properties = lxw_doc_properties()
        let title = strdup("2024年预算")
        let keywords = strdup("预算, budget")
        let author = strdup("budget2xlsx")
        defer { free(title); free(keywords); free(author) }
        properties.title = title
        properties.keywords = keywords
        properties.author = author
        properties.created = 1_704_067_200  // 2024-01-01T00:00:00Z, reproducible output
        check(workbook_set_properties(workbook, &properties), "properties")
        check(workbook_set_custom_property_string(workbook, "来源", "一般公共预算.txt"), "custom property")
        check(workbook_set_custom_property_string(workbook, "Generator", "budget2xlsx"), "custom property 2")

        let closed = workbook_close(workbook)
        guard closed == LXW_NO_ERROR else {
            throw XlsxFixtureError("workbook_close failed with lxw_error \(closed.rawValue)")
        }
    }
}

struct XlsxFixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
