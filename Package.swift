// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "budget2xlsx",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "budget2xlsx", targets: ["budget2xlsx"]),
        .library(name: "BudgetCore", targets: ["BudgetCore"]),
        .library(name: "MarkupReaders", targets: ["MarkupReaders"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        // C libraries, each kept behind one small Swift module.
        .systemLibrary(name: "CXlsxWriter", pkgConfig: "xlsxwriter",
                       providers: [.apt(["libxlsxwriter-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CLibCrypto", pkgConfig: "libcrypto",
                       providers: [.apt(["libssl-dev"])]),

        // Pure core: decoding, tokenizing, recognition, headers, catalog, typed cells, layout.
        .target(name: "BudgetCore"),
        // The only module that imports libxlsxwriter.
        .target(name: "XlsxWriterKit", dependencies: ["BudgetCore", "CXlsxWriter"]),
        // Reads produced workbooks back (verify, tests).
        .target(name: "XlsxReaderKit", dependencies: [
            "CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // HTML pages and Word documents read into a StructuredDocument (libxml2, ZIPFoundation).
        .target(name: "MarkupReaders", dependencies: [
            "BudgetCore", "CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // Files in, workbooks out: reading, converting and safe writing of one document.
        .target(name: "BudgetConversion", dependencies: [
            "BudgetCore", "XlsxWriterKit", "CLibCrypto",
        ]),
        // verify: a produced workbook read back and proved faithful to its source.
        .target(name: "BudgetVerification", dependencies: ["BudgetCore", "XlsxReaderKit"]),
        .executableTarget(name: "budget2xlsx", dependencies: [
            "BudgetCore", "BudgetConversion", "BudgetVerification",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Benchmark (run by hand, see scripts/benchmark): where one conversion's time goes.
        .executableTarget(name: "budget2xlsx-bench", dependencies: ["BudgetCore", "BudgetConversion", "XlsxWriterKit"]),
        // Builds test inputs from the sample (re-encodings, breaks, other years' layouts).
        .target(name: "TestSupport", dependencies: ["BudgetCore"]),
        // Deterministic corpora of synthetic exports (tests, benchmarks), with a manifest.
        .target(name: "CorpusGenerator", dependencies: ["BudgetCore", "TestSupport"]),
        .executableTarget(name: "make-corpus", dependencies: [
            "CorpusGenerator", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "BudgetCoreTests", dependencies: ["BudgetCore", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: [
            "BudgetCore", "BudgetConversion", "BudgetVerification", "XlsxWriterKit", "XlsxReaderKit", "TestSupport",
            "CorpusGenerator",
        ]),
        .testTarget(name: "XlsxReaderKitTests", dependencies: ["XlsxReaderKit", "CXlsxWriter"]),
        .testTarget(name: "MarkupReadersTests", dependencies: [
            "MarkupReaders", "BudgetCore", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "CorpusGeneratorTests", dependencies: ["CorpusGenerator", "BudgetCore", "TestSupport"]),
    ]
)
