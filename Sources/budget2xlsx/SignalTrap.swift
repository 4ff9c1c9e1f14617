import Foundation

/// SIGINT/SIGTERM: ask the batch to stop after the documents in progress, instead of dying
/// with a manifest that does not match the outputs.
final class SignalTrap: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []

    init(_ handler: @escaping @Sendable () -> Void) {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                FileHandle.standardError.write(Data("\nstopping after the documents in progress…\n".utf8))
                handler()
            }
            source.resume()
            sources.append(source)
        }
    }

    func release() {
        sources.forEach { $0.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
