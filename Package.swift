// swift-tools-version:6.0
import PackageDescription

// The data flow, top to bottom (docs/architecture.md draws it):
//   bytes → BudgetCore (one document: decode, read, recognise, type, plan, validate),
//           with MarkupReaders (HTML, Word) and PDFExtraction (PDF) plugged into its pipeline
//         → SpreadsheetModel values → XlsxWriterKit (libxlsxwriter) → .xlsx
//   .xlsx → XlsxReaderKit (libxml2) → SpreadsheetModel values → BudgetVerification
//   BudgetBatch runs many documents; budget2xlsx is the thin command line on top.
// XlsxWriterKit defines a thread-safe `gmtime` for libxlsxwriter (ThreadSafeGmtime.swift);
// a program that writes workbooks on several threads exports it so that it takes libc's place.
let threadSafeLibraryCalls: [LinkerSetting] = [.unsafeFlags(["-Xlinker", "--export-dynamic-symbol=gmtime"], .when(platforms: [.linux]))]

let package = Package(
    name: "budget2xlsx",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "budget2xlsx", targets: ["budget2xlsx"]),
        // For the nested fuzzing package (Fuzz/Package.swift), which depends on this one by path.
        .library(name: "BudgetCore", targets: ["BudgetCore"]),
        .library(name: "SpreadsheetModel", targets: ["SpreadsheetModel"]),
        .library(name: "BudgetVerification", targets: ["BudgetVerification"]),
        .library(name: "MarkupReaders", targets: ["MarkupReaders"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // C libraries, each kept behind one small Swift module.
        .systemLibrary(name: "CXlsxWriter", pkgConfig: "xlsxwriter",
                       providers: [.apt(["libxlsxwriter-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CLibCrypto", pkgConfig: "libcrypto",
                       providers: [.apt(["libssl-dev"])]),
        // The allocator of every program that links BudgetBatch (AllocatorTuning).
        .systemLibrary(name: "CMimalloc", providers: [.apt(["libmimalloc-dev"])]),

        // Domain-free spreadsheet values: coordinates, cell values, styles, sheet and workbook
        // layouts, properties, a read-back snapshot. Shared by the planner, writer, reader, verifier.
        .target(name: "SpreadsheetModel"),
        // One document, pure Swift: decoding, tokenizing, recognition, headers, catalog, typed
        // cells, layout planning, validation, and the ConversionPipeline that runs them.
        .target(name: "BudgetCore", dependencies: ["SpreadsheetModel"], exclude: ["Catalog/families"]),
        // Regenerates BudgetCore's embedded catalog (BuiltinFamilies.swift) from the family files.
        .executableTarget(name: "catalog-embed", dependencies: ["BudgetCore"]),
        // The only module that imports libxlsxwriter: layouts in, files out.
        .target(name: "XlsxWriterKit", dependencies: ["SpreadsheetModel", "CXlsxWriter"]),
        // Reads workbooks back into SpreadsheetModel values (verify, tests).
        .target(name: "XlsxReaderKit", dependencies: [
            "SpreadsheetModel", "CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // HTML pages and Word documents read into a StructuredDocument (libxml2, ZIPFoundation).
        .target(name: "MarkupReaders", dependencies: [
            "BudgetCore", "CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // Published PDFs read through the mutool subprocess; its XML parsed with libxml2.
        .target(name: "PDFExtraction", dependencies: ["BudgetCore", "CLibXML2"]),
        // verify: a workbook read back and proved faithful to its source.
        .target(name: "BudgetVerification", dependencies: ["BudgetCore", "SpreadsheetModel", "XlsxReaderKit"]),
        // Many documents: inputs, safe writing, runner, manifest, shards, roll-up, findings report.
        .target(name: "BudgetBatch", dependencies: ["BudgetCore", "SpreadsheetModel", "XlsxWriterKit", "CLibCrypto",
            "MarkupReaders", "PDFExtraction", .target(name: "CMimalloc", condition: .when(platforms: [.linux])),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // serve: the page for clerks (upload, convert, preview, download) on Hummingbird.
        .target(name: "BudgetServer", dependencies: [
            "BudgetCore", "BudgetBatch", "SpreadsheetModel",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .executableTarget(name: "budget2xlsx", dependencies: [
            "BudgetCore", "BudgetBatch", "BudgetVerification", "SpreadsheetModel", "BudgetServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], linkerSettings: threadSafeLibraryCalls),

        // Test tools: the benchmark (run by hand, scripts/benchmark) and synthetic corpora.
        .executableTarget(name: "budget2xlsx-bench", dependencies: ["BudgetCore", "BudgetBatch", "XlsxWriterKit"],
                          linkerSettings: threadSafeLibraryCalls),
        // PDF benchmark (run by hand): pages per second and mutool's share of the time.
        .executableTarget(name: "pdf-bench", dependencies: ["PDFExtraction"]),
        .target(name: "CorpusGenerator", dependencies: ["BudgetCore"]),
        .executableTarget(name: "make-corpus", dependencies: [
            "CorpusGenerator", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Builds test inputs from the samples (re-encodings, breaks, other years' layouts).
        .target(name: "TestSupport", dependencies: ["BudgetCore", "CorpusGenerator",
                                                  .product(name: "ZIPFoundation", package: "ZIPFoundation")]),

        .testTarget(name: "BudgetCoreTests", dependencies: ["BudgetCore", "SpreadsheetModel", "TestSupport", "CorpusGenerator"]),
        .testTarget(name: "EndToEndTests", dependencies: [
            "BudgetCore", "BudgetBatch", "BudgetVerification", "SpreadsheetModel", "XlsxWriterKit", "XlsxReaderKit",
            "TestSupport", "CorpusGenerator", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], exclude: ["Fixtures"]),
        .testTarget(name: "PDFExtractionTests", dependencies: ["PDFExtraction", "BudgetCore"]),
        .testTarget(name: "XlsxReaderKitTests", dependencies: ["XlsxReaderKit", "SpreadsheetModel", "CXlsxWriter", "TestSupport"]),
        .testTarget(name: "BudgetServerTests", dependencies: [
            "BudgetServer", "BudgetCore", "BudgetBatch", "XlsxReaderKit", "SpreadsheetModel",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "MarkupReadersTests", dependencies: [
            "MarkupReaders", "BudgetCore", "SpreadsheetModel", "TestSupport", "CorpusGenerator", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "CorpusGeneratorTests", dependencies: ["CorpusGenerator", "BudgetCore", "TestSupport"]),
    ]
)
