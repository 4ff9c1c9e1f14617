import SpreadsheetModel

/// What a row or column label means, independent of spacing, numbering and small wording
/// variants across years and provinces (rows are found by code and by the meaning
/// of a label, never by row position).
enum LabelMeaning {
    /// The label compared by meaning: whitespace, quotes and a leading numbering (`一、`,
    /// `（一）`, `1、`, `其中：`) removed; 政府基金 read as 政府性基金.
    static func key(_ text: String) -> String {
        let normalized = TextNormalizer.label(text)
        return normalized.withBorrowedUTF8 { bytes -> String? in
            let numbering = numberingLength(bytes)
            return numbering == 0 ? nil : String(decoding: UnsafeBufferPointer(rebasing: bytes[numbering...]), as: UTF8.self)
        } ?? normalized
    }

    /// True when the label starts with a numbering such as `一、` or `（二）`.
    static func isNumbered(_ text: String) -> Bool {
        TextNormalizer.label(text).withBorrowedUTF8 { numberingLength($0) > 0 }
    }

    /// Bytes of the leading numbering of an already normalised label, read scalar by scalar
    /// on its UTF-8 (this runs for every row label the validator reads, and String indices
    /// validated each step).
    private static func numberingLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        func next() -> UInt32? {
            guard index < bytes.count else { return nil }
            let (value, length) = UTF8Scalar.decode(bytes, at: index)
            index += length
            return value
        }
        guard let first = next() else { return 0 }
        if first == 0x5176 {  // 其中：
            guard next() == 0x4E2D, let colon = next(), colon == 0xFF1A || colon == 0x3A else { return 0 }
            return index
        }
        // （一） (1)
        if first == 0xFF08 || first == 0x28 {
            var count = 1
            var scalar = next()
            while let current = scalar, isNumeral(current) { count += 1; scalar = next() }
            guard count > 1, let close = scalar, close == 0xFF09 || close == 0x29 else { return 0 }
            return index
        }
        // 一、 十二、 1、 1. 1．
        var count = 0
        var scalar: UInt32? = first
        while let current = scalar, isNumeral(current) { count += 1; scalar = next() }
        guard count > 0, let separator = scalar else { return 0 }
        switch separator {
        case 0x3001, 0x2E, 0xFF0E, 0xFF0C, 0x2C: return index  // 、 . ． ， ,
        default: return 0
        }
    }

    /// A switch rather than a set: compared, not hashed, for every scalar of a numbering.
    private static func isNumeral(_ scalar: UInt32) -> Bool {
        switch scalar {
        // 一 二 三 四 五 六 七 八 九 十 百 零 〇 两, 0–9
        case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E, 0x96F6, 0x3007,
             0x4E24, 0x30...0x39: return true
        default: return false
        }
    }
}

/// The meaning of an amount column, read off its leaf label.
enum ColumnMeaning: CaseIterable {
    case total              // 合计
    case subtotal           // 小计 (本年收入)
    case basic              // 基本支出
    case project            // 项目支出
    case personnel          // 人员经费
    case publicFunds        // 公用经费
    case carryOver          // 上年结转
    case fiscalGrant        // 财政拨款收入
    case generalBudget      // 一般公共预算（财政拨款）
    case governmentFund     // 政府性基金预算（财政拨款）
    case stateCapital       // 国有资本经营预算（财政拨款）

    func matches(_ label: String) -> Bool {
        // Every total and subtotal word ends in 计, which the key never adds and no other
        // character is canonically equivalent to: a label without its bytes (most code and
        // amount cells the column roles ask about) is settled before its key is made.
        if self == .total || self == .subtotal, !label.containsText(literal: "计") { return false }
        let key = LabelMeaning.key(label)
        switch self {
        case .total: return key.equalsText("合计") || key.equalsText("总计") || key.equalsText("合计数") || key.equalsText("预算数合计")
        case .subtotal: return key.equalsText("小计") || key.equalsText("本年收入小计") || key.equalsText("本年收入合计")
        case .basic: return key.startsWithText("基本支出")
        case .project: return key.startsWithText("项目支出")
        case .personnel: return key.containsText(literal: "人员经费")
        case .publicFunds: return key.containsText(literal: "公用经费")
        case .carryOver: return key.startsWithText("上年结转")
        case .fiscalGrant: return key.containsText(literal: "财政拨款")
        case .generalBudget: return key.containsText(literal: "一般公共预算")
        case .governmentFund: return key.containsText(literal: "政府性基金")
        case .stateCapital: return key.containsText(literal: "国有资本经营")
        }
    }

    /// Short Chinese name used in identities.
    var name: String {
        switch self {
        case .total: return "合计"
        case .subtotal: return "小计"
        case .basic: return "基本支出"
        case .project: return "项目支出"
        case .personnel: return "人员经费"
        case .publicFunds: return "公用经费"
        case .carryOver: return "上年结转"
        case .fiscalGrant: return "财政拨款收入"
        case .generalBudget: return "一般公共预算"
        case .governmentFund: return "政府性基金"
        case .stateCapital: return "国有资本经营"
        }
    }

    /// Labels of columns that hold no amount: 序号, 科目编码, 科目名称, 项目.
    /// Takes the label's key (`LabelMeaning.key`), which callers have already made.
    static func isDescriptive(key: String) -> Bool {
        key.equalsText("序号") || key.containsText(literal: "编码") || key.containsText(literal: "代码") || key.containsText(literal: "名称")
            || key.equalsText("项目") || key.equalsText("科目") || key.equalsText("栏次") || key.endsWithText("项目名称")
    }
}
