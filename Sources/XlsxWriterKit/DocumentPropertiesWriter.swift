
import CXlsxWriter
import Foundation
import SpreadsheetModel

/// Title, unit, year and a fixed creation time (so the same input gives the same bytes).
enum DocumentPropertiesWriter {
    static func apply(_ properties: DocumentProperties, to workbook: UnsafeMutablePointer<lxw_workbook>) throws(XlsxWriteError) {
        // lxw_doc_properties holds `char *`: give it copies and free them once set.
        var copies: [UnsafeMutablePointer<CChar>] = []
        defer { copies.forEach { free($0) } }
        func copy(_ text: String) -> UnsafeMutablePointer<CChar>? {
            guard !text.isEmpty, let pointer = strdup(text) else { return nil }
            copies.append(pointer)
            return pointer
        }
        var doc = lxw_doc_properties()
        doc.title = copy(properties.title)
        doc.subject = copy(properties.subject)
        doc.author = copy("budget2xlsx")
        doc.company = copy(properties.company)
        doc.category = copy("部门预算")
        doc.keywords = copy(properties.keywords)
        doc.comments = copy(properties.comments)
        doc.created = time_t(properties.created)
        try check(workbook_set_properties(workbook, &doc), "workbook_set_properties")
        if !properties.unit.isEmpty {
            try check(workbook_set_custom_property_string(workbook, DocumentProperties.unitProperty, properties.unit), "workbook_set_custom_property_string")
        }
        if !properties.year.isEmpty {
            try check(workbook_set_custom_property_string(workbook, DocumentProperties.yearProperty, properties.year), "workbook_set_custom_property_string")
        }
        if !properties.amountUnit.isEmpty {
            try check(workbook_set_custom_property_string(workbook, "金额单位", properties.amountUnit), "workbook_set_custom_property_string")
        }
    }

    private static func check(_ error: lxw_error, _ call: String) throws(XlsxWriteError) {
        guard error != LXW_NO_ERROR else { return }
        throw XlsxWriteError(.library(call: call, code: Int(error.rawValue), message: LibraryMessage.text(for: error)))
    }
}
