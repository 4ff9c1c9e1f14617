/// The first of a streamed file's two passes: what the whole-file path decides from all of a
/// file before it reads a table, found without holding the file. SourceDecoder's encoding
/// (a byte-order mark, else UTF-8 if every byte is UTF-8, else GB18030), the text shape from
/// the lines of the whole file (LineCensus), the template family from every table's title,
/// label and header (FamilyCatalog's scores are sums over tables), and the line count.
/// Nil whenever the file is anything but clean cell-per-line text: it is then read whole,
/// which says what is wrong, or reads the other shapes, exactly as before.
struct StreamingSurvey {
    var encoding: SourceEncoding
    var family: TemplateFamily?
    var lineCount: Int

    static func survey(sourceName: String, options: ConversionOptions,
                       open: () throws -> any ByteBlockSource) throws -> StreamingSurvey? {
        var first = try open()
        var head: [UInt8] = []
        while head.count < 3, let block = try first.nextBlock() { head += block }
        guard !head.isEmpty else { return nil }  // empty: SourceDecoder says so
        if options.shape == nil, options.structuredReaders.contains(where: { $0.shape(of: head, fileName: sourceName) != nil }) {
            return nil
        }
        let candidates: [SourceEncoding]
        if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            candidates = [.utf8BOM]
        } else if head.starts(with: [0xFF, 0xFE]) {
            candidates = [.utf16LE]
        } else if head.starts(with: [0xFE, 0xFF]) {
            candidates = [.utf16BE]
        } else {
            // Valid UTF-8 throughout, else GB18030: a run cut at line ends is valid exactly when
            // the whole file is, so a failed UTF-8 pass means GB18030, as SourceDecoder decides.
            candidates = [.utf8, .gb18030]
        }
        for encoding in candidates {
            if let survey = try survey(encoding: encoding, options: options, sourceName: sourceName, source: try open()) {
                return survey
            }
        }
        return nil
    }

    private static func survey(encoding: SourceEncoding, options: ConversionOptions, sourceName: String,
                               source: any ByteBlockSource) throws -> StreamingSurvey? {
        var runs = LineRuns(source: source, encoding: encoding)
        var census = LineCensus()
        var recognizer = TableRecognizer()
        let catalog = options.catalog
        var totals = Array(repeating: 0, count: catalog.families.count)
        var tables = 0
        let count: (DocumentElement) -> Void = { element in
            guard case .table(let raw) = element else { return }
            tables += 1
            for (index, score) in catalog.scores(of: raw).enumerated() { totals[index] += score }
        }
        loop: while true {
            switch try runs.next() {
            case .undecodable: return nil
            case .end: break loop
            case .text(let text, let firstLine):
                census += LineCensus(text)
                runs.tokens(of: text, firstLine: firstLine) { recognizer.feed($0, emit: count) }
            }
        }
        recognizer.finish(emit: count)
        let shape = options.shape ?? TextShape.detect(census, fileExtension: FileNames.pathExtension(of: sourceName))
        guard shape == .cellPerLine, tables > 0 else { return nil }
        return StreamingSurvey(encoding: encoding, family: catalog.detect(totals: totals), lineCount: runs.lines)
    }
}

extension LineCensus {
    /// Censuses of runs of whole lines add up to the census of the whole text.
    static func += (lhs: inout LineCensus, rhs: LineCensus) {
        lhs.cellLines += rhs.cellLines
        lhs.rowLines += rhs.rowLines
        lhs.commaLines += rhs.commaLines
        lhs.nonBlankLines += rhs.nonBlankLines
    }
}
