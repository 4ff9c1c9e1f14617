/// A text export read as a stream, handing out each department as soon as the next one starts
/// (or the file ends): memory follows one department and a block, not the file. Departments
/// come out exactly as ConversionPipeline.run makes them from the whole file (same encoding,
/// family, tables, narrative, lines and output suffixes); each then goes through
/// ConversionPipeline.convert(_:index:outputSuffix:…), the step every department takes.
///
/// Two passes: a survey (StreamingSurvey) settles what the whole-file path decides from the
/// whole file, then this reads the file again, department by department. `open` returns nil
/// for a file that is better read whole (another shape, bytes that are not clean text): the
/// caller then runs ConversionPipeline.run, which reads and reports it as always.
public struct StreamingDepartmentReader {
    /// One department of the file with its position and its output suffix.
    public struct Department: Sendable {
        /// 0-based position in the file.
        public var index: Int
        public var department: DepartmentSplitter.Department
        /// As DepartmentConversion.outputSuffix: empty when the file holds one department.
        public var outputSuffix: String
    }

    /// The file changed between the survey and the reading (its bytes no longer decode).
    public struct ChangedWhileReading: Error, CustomStringConvertible {
        public var line: Int
        public var description: String { "the file changed while it was read (near line \(line)); convert it again" }
    }

    public let encoding: SourceEncoding
    /// The template family the whole file is read with.
    public let family: String?
    public let lineCount: Int
    /// Decoding, tokenizing, recognition and assembly so far (the `parse` phase).
    public private(set) var phases = PhaseTimes()
    /// Tables read so far (all of them once `next` returned nil).
    public private(set) var tableCount = 0

    private let familyTemplate: TemplateFamily?
    private var runs: LineRuns
    private var recognizer = TableRecognizer()
    private var splitter: DepartmentSplitter.Stream
    private var suffixes = OutputSuffixes()
    /// Departments closed but not yet handed out (those one run of lines closed).
    private var ready: [DepartmentSplitter.Department] = []
    private var handedOut = 0
    private var finished = false

    /// Surveys the file; nil when it should be read whole. `open` gives the file from its
    /// start each time it is called (the survey reads it once, or twice for a GB18030 file,
    /// the departments once more).
    public static func open(sourceName: String, options: ConversionOptions = ConversionOptions(),
                            _ open: () throws -> any ByteBlockSource) throws -> StreamingDepartmentReader? {
        let clock = ContinuousClock()
        let start = clock.now
        guard let survey = try StreamingSurvey.survey(sourceName: sourceName, options: options, open: open) else { return nil }
        var reader = StreamingDepartmentReader(survey: survey, source: try open())
        let elapsed = clock.now - start
        reader.phases.parse += Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return reader
    }

    private init(survey: StreamingSurvey, source: any ByteBlockSource) {
        encoding = survey.encoding
        familyTemplate = survey.family
        family = survey.family?.name
        lineCount = survey.lineCount
        runs = LineRuns(source: source, encoding: survey.encoding)
        splitter = DepartmentSplitter.Stream(encoding: survey.encoding, warnings: [], lineCount: survey.lineCount,
                                             family: survey.family?.name)
    }

    /// The next department in file order, or nil after the last.
    public mutating func next() throws -> Department? {
        while true {
            if !ready.isEmpty {
                let department = ready.removeFirst()
                // A department closed by the next one's first table: the file holds several. The
                // last one (closed by the end) is alone only when none came before it.
                let several = !(finished && ready.isEmpty && handedOut == 0)
                let suffix = suffixes.next(for: department.document, index: handedOut, several: several)
                defer { handedOut += 1 }
                return Department(index: handedOut, department: department, outputSuffix: suffix)
            }
            if finished { return nil }
            let clock = ContinuousClock()
            let start = clock.now
            try readRun()
            let elapsed = clock.now - start
            phases.parse += Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
    }

    /// Reads one run of lines (or the end), closing whatever departments it completes.
    private mutating func readRun() throws {
        var elements: [DocumentElement] = []
        switch try runs.next() {
        case .undecodable:
            throw ChangedWhileReading(line: runs.lines + 1)
        case .end:
            recognizer.finish { elements.append($0) }
            elements.forEach { take($0) }
            ready.append(splitter.finish())
            finished = true
        case .text(let text, let firstLine):
            var tokens: [Token] = []
            runs.tokens(of: text, firstLine: firstLine) { tokens.append($0) }
            for token in tokens { recognizer.feed(token) { elements.append($0) } }
            elements.forEach { take($0) }
        }
    }

    private mutating func take(_ element: DocumentElement) {
        switch element {
        case .paragraph(let paragraph):
            splitter.add(paragraph)
        case .table(let raw):
            tableCount += 1
            if let closed = splitter.add(TableAssembler.assemble(raw, family: familyTemplate)) { ready.append(closed) }
        }
    }
}
