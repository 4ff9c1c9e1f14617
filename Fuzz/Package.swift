// swift-tools-version:5.4
// 5.4, not newer, on purpose: from tools version 5.5 SwiftPM links an executable target with
// `--defsym main=<module>_main` (so tests can link executables), and a target compiled with
// -parse-as-library has no such symbol; `main` must come from libFuzzer's runtime instead.
import PackageDescription

// The libFuzzer targets, built against the real modules: a package nested in the repository that
// depends on the root package by path (as swift-protobuf's FuzzTesting does), so `swift test`
// at the root never builds it. Fuzz/run builds it with
//   swift build -c release --product fuzz-budgetcore
//     -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -enable-testing
// and Fuzz/run-markup the same way with --product fuzz-markup (HTML and Word readers).
let package = Package(
    name: "Fuzz",
    dependencies: [
        .package(name: "budget2xlsx", path: ".."),
        // The same version the root package resolves; the markup harness zips its inputs.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        .executableTarget(name: "fuzz-budgetcore", dependencies: [
            .product(name: "BudgetCore", package: "budget2xlsx"),
            .product(name: "SpreadsheetModel", package: "budget2xlsx"),
            .product(name: "BudgetVerification", package: "budget2xlsx"),
        ], path: "Sources/FuzzBudgetCore"),
        .executableTarget(name: "fuzz-markup", dependencies: [
            .product(name: "BudgetCore", package: "budget2xlsx"),
            .product(name: "MarkupReaders", package: "budget2xlsx"),
            .product(name: "SpreadsheetModel", package: "budget2xlsx"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], path: "Sources/FuzzMarkupReaders"),
    ]
)
