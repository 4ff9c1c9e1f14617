import Synchronization

/// The number format texts of this process, each under a small number (`NumberStyle`).
/// Formats come from the code and the family catalog, a few dozen at most, so the table only
/// grows by those; jobs on other threads share it behind a lock.
enum NumberFormatTable {
    private struct Texts {
        var texts: [String] = []
        var ids: [String: UInt32] = [:]
    }

    private static let shared = Mutex(Texts())

    static func id(of text: String) -> UInt32 {
        shared.withLock { table in
            if let id = table.ids[text] { return id }
            let id = UInt32(table.texts.count)
            table.texts.append(text)
            table.ids[text] = id
            return id
        }
    }

    static func text(of id: UInt32) -> String {
        shared.withLock { $0.texts[Int(id)] }
    }
}
