import Foundation

/// Folder scans by bytes and zips as folders: the jobs `InputCollector.jobs` adds for them.
extension InputCollector {
    /// Every collected file below `folder` (names as bytes), a zip's members in its place:
    /// `sub/县.zip` member `a/b.txt` → `sub/县/a/b.txt`.
    static func jobs(under root: RawPath, prefix: String, outputDirectory: URL) -> [ConversionJob] {
        // The folder's absolute path and the output folder's made once, shared by its jobs.
        let folder = ConversionJob.Folder(path: URL(fileURLWithPath: root.readable).path, prefix: prefix, outputDirectory: outputDirectory.path)
        var jobs: [ConversionJob] = []
        let rootIsUTF8 = root.isUTF8
        let files = RawDirectoryWalker.files(under: root)
        jobs.reserveCapacity(files.count)
        for file in files {
            let name = String(file.name)
            guard InputExtensions.isCollected(name) else { continue }
            let relative = file.readable
            if InputExtensions.of(name) == "zip" {
                jobs += zipJobs(archive: file.raw(under: root), shown: URL(fileURLWithPath: joined(folder.path, relative)),
                                relativeFolder: prefix + String(relative.dropLast(4)), outputDirectory: outputDirectory)
            } else {
                var job = job(below: folder, relative: relative)
                // Read through the bytes when the path is not UTF-8: its readable form names another file.
                if !rootIsUTF8 || file.rawComponents != nil { job.source = .file(file.raw(under: root)) }
                jobs.append(job)
            }
        }
        return jobs
    }

    /// A path given on the command line whose bytes are not UTF-8 (a GBK name): its jobs, or
    /// nil when no argument holds it.
    static func rawArgumentJobs(_ path: String, several: Bool, outputDirectory: URL) -> [ConversionJob]? {
        guard let raw = RawArguments.rawPath(matching: path) else { return nil }
        let readable = raw.readable
        let shown = URL(fileURLWithPath: readable)
        switch RawDirectoryWalker.kind(of: raw) {
        case .folder:
            return jobs(under: raw, prefix: several ? shown.standardizedFileURL.lastPathComponent + "/" : "", outputDirectory: outputDirectory)
        case .file where InputExtensions.of(readable) == "zip":
            return zipJobs(archive: raw, shown: shown, relativeFolder: several ? String(shown.lastPathComponent.dropLast(4)) : "",
                           outputDirectory: outputDirectory)
        case .file, .other:
            var job = job(input: shown, relative: shown.lastPathComponent, outputDirectory: outputDirectory)
            job.source = .file(raw)
            return [job]
        }
    }

    /// A zip's members as jobs below `relativeFolder`; a refused archive is one failing job,
    /// so the batch reports it and goes on.
    static func zipJobs(archive: RawPath, shown: URL, relativeFolder: String, outputDirectory: URL) -> [ConversionJob] {
        let members: [ZipMember]
        do {
            members = try ZipInput.members(of: archive)
        } catch {
            var refused = job(input: shown, relative: relativeFolder + ".zip", outputDirectory: outputDirectory)
            refused.source = .refused(archive, reason: error.message)
            return [refused]
        }
        let folder = relativeFolder.isEmpty ? "" : relativeFolder + "/"
        return members.filter { InputExtensions.isCollected($0.name) && InputExtensions.of($0.name) != "zip" }.map { member in
            var job = job(input: shown.appendingPathComponent(member.name), relative: folder + member.name, outputDirectory: outputDirectory)
            job.source = .zipMember(archive: archive, member: member)
            return job
        }
    }
}
