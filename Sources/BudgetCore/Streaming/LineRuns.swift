/// A file's text as runs of whole lines, read block by block: the byte-order mark is taken
/// off, each run is cut at a line end (LineChunker) and decoded on its own (ChunkDecoder).
/// Holds one block and the unfinished line after it, never the file.
struct LineRuns {
    private var source: any ByteBlockSource
    private let encoding: SourceEncoding
    private var chunker: LineChunker
    private var bomLeft: Int
    private var ended = false
    /// Lines handed out so far: the next run's first line is `lines + 1`.
    private(set) var lines = 0

    /// The outcome of one step: a run's text, a run that does not decode, or the end.
    enum Step {
        case text(String, firstLine: Int)
        case undecodable
        case end
    }

    init(source: any ByteBlockSource, encoding: SourceEncoding) {
        self.source = source
        self.encoding = encoding
        chunker = LineChunker(encoding: encoding)
        switch encoding {
        case .utf8BOM: bomLeft = 3
        case .utf16LE, .utf16BE: bomLeft = 2
        case .utf8, .gb18030: bomLeft = 0
        }
    }

    mutating func next() throws -> Step {
        while !ended {
            guard var block = try source.nextBlock() else {
                ended = true
                guard let rest = chunker.finish() else { break }
                return decoded(rest)
            }
            if bomLeft > 0 {
                let skipped = min(bomLeft, block.count)
                block.removeFirst(skipped)
                bomLeft -= skipped
            }
            if let run = chunker.append(block) { return decoded(run) }
        }
        return .end
    }

    private mutating func decoded(_ run: [UInt8]) -> Step {
        guard let text = ChunkDecoder.decode(run, as: encoding) else { return .undecodable }
        let first = lines + 1
        return .text(text, firstLine: first)
    }

    /// Tokens of one run, numbered as lines of the whole file; counts the run's lines.
    mutating func tokens(of text: String, firstLine: Int, _ body: (Token) -> Void) {
        let offset = firstLine - 1
        for token in Tokenizer(text: text) {
            lines = offset + token.line
            switch token {
            case .cell(let cell, let line): body(.cell(cell, line: line + offset))
            case .blank(let line): body(.blank(line: line + offset))
            case .text(let text, let line): body(.text(text, line: line + offset))
            }
        }
    }
}
