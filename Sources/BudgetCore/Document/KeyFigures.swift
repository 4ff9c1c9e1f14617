/// A department's key figures for the provincial roll-up, in exact cents, found by the
/// meaning of labels (never by row position).
public struct KeyFigures: Sendable, Equatable, Codable {
    /// 收入总计.
    public var totalIncome: Cents?
    /// 本年收入 by source, in the 收支总表's order (label without its 一、 numbering).
    public var incomeBySource: [LabelledAmount]
    /// 上年结转(结余).
    public var carryOver: Cents?
    /// 本年支出合计.
    public var totalExpenditure: Cents?
    public var basicExpenditure: Cents?
    public var projectExpenditure: Cents?
    public var personnel: Cents?
    public var publicFunds: Cents?
    /// “三公”经费 合计 (0 for an empty table).
    public var threePublic: Cents?
    /// 政府采购 合计 (0 for an empty table).
    public var procurement: Cents?

    public struct LabelledAmount: Sendable, Equatable, Codable {
        public var label: String
        public var amount: Cents

        public init(label: String, amount: Cents) {
            self.label = label
            self.amount = amount
        }
    }

    public init(totalIncome: Cents? = nil, incomeBySource: [LabelledAmount] = [], carryOver: Cents? = nil,
                totalExpenditure: Cents? = nil, basicExpenditure: Cents? = nil, projectExpenditure: Cents? = nil,
                personnel: Cents? = nil, publicFunds: Cents? = nil, threePublic: Cents? = nil, procurement: Cents? = nil) {
        self.totalIncome = totalIncome
        self.incomeBySource = incomeBySource
        self.carryOver = carryOver
        self.totalExpenditure = totalExpenditure
        self.basicExpenditure = basicExpenditure
        self.projectExpenditure = projectExpenditure
        self.personnel = personnel
        self.publicFunds = publicFunds
        self.threePublic = threePublic
        self.procurement = procurement
    }
}
