import Diagnostics
import Foundation

/// Writes benchmark datasets shaped like a template dataset (the sample): the same plan and
/// catalogues, N institutions in clusters of every level, M comments drawn from the template's
/// comments with their institution names, figures and codes varied. Deterministic from a seed,
/// so a benchmark can be repeated exactly.
public enum BenchmarkData {
    /// A small deterministic generator (SplitMix64): the same seed gives the same dataset on
    /// every machine, which Swift's system generator does not promise.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    /// Writes the dataset; returns the number of clusters written.
    @discardableResult
    public static func write(template path: String, institutions: Int, comments: Int, seed: UInt64, to out: String) throws -> Int {
        let template = try DatasetLoader().load(path)
        let fm = FileManager.default
        try? fm.removeItem(atPath: out)
        try fm.createDirectory(atPath: out + "/de-an", withIntermediateDirectories: true)
        try fm.copyItem(atPath: path + "/ke-hoach.toml", toPath: out + "/ke-hoach.toml")
        for file in try fm.contentsOfDirectory(atPath: path + "/de-an") {
            try fm.copyItem(atPath: path + "/de-an/" + file, toPath: out + "/de-an/" + file)
        }
        var random = Random(state: seed)
        let levels = template.plan.levels.map(\.code)
        let texts = Dictionary(grouping: template.comments, by: \.level).mapValues { $0.map { $0.fields } }
        let rowsByLevel = Dictionary(grouping: template.appendixRows, by: \.level)
        let perCluster = 150
        let clusterCount = max(1, (institutions + perCluster - 1) / perCluster)
        let commentsPerCluster = max(1, comments / clusterCount)
        var written = 0
        for c in 0..<clusterCount {
            let level = levels[c % levels.count]
            let code = String(format: "bench-%05d", c + 1)
            let folder = out + "/cum/" + code
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let manifest = """
                code = "\(code)"
                name = "Cụm chuyên môn \(code) (dữ liệu đo hiệu năng)"
                level = "\(level)"
                host = "Trường \(code)-001"
                workshop_date = 2026-02-03
                received_at = 2026-02-05T10:00:00+07:00
                data_cutoff = "2025-10"

                """
            try manifest.write(toFile: folder + "/ho-so.toml", atomically: true, encoding: .utf8)
            let count = min(perCluster, institutions - c * perCluster)
            let codes = (1...max(count, 1)).map { String(format: "%@-%03d", code.uppercased(), $0) }
            // Appendices: the template's rows of this level, renamed and varied by ±20 %.
            let templateRows = rowsByLevel[level] ?? template.appendixRows
            for n in 1...4 {
                let columns = Columns.appendices[n]!
                var csv = columns.map { $0.spec.aliases.first ?? $0.spec.key }.map(quote).joined(separator: ",") + "\n"
                let rows = templateRows.filter { $0.appendix == n }
                for (i, inst) in codes.enumerated() {
                    let base = rows.isEmpty ? nil : rows[i % rows.count]
                    let cells = columns.map { column -> String in
                        switch column.spec.key {
                        case "ma_truong": return inst
                        case "ten_truong": return "Trường \(inst)"
                        default:
                            switch base?.values[column.spec.key] {
                            case .number(let v)?:
                                let factor = 0.8 + Double(random.int(0...40)) / 100
                                let varied = column.spec.key.hasPrefix("ty_le") ? min(100, v) : (v * factor).rounded()
                                return JSON.format(varied)
                            case .text(let s)?: return s
                            case .bool(let b)?: return b ? "Có" : "Không"
                            case nil: return ""
                            }
                        }
                    }
                    csv += cells.map(quote).joined(separator: ",") + "\n"
                }
                try csv.write(toFile: folder + "/phu-luc-\(n).csv", atomically: true, encoding: .utf8)
            }
            // Comments: template comments of the level, attributed to this cluster's institutions.
            let pool = texts[level] ?? Array(texts.values.joined())
            var csv = Columns.comments.map { $0.aliases.first ?? $0.key }.map(quote).joined(separator: ",") + "\n"
            let n = c == clusterCount - 1 ? comments - commentsPerCluster * (clusterCount - 1) : commentsPerCluster
            for i in 0..<max(n, 0) {
                var fields = random.pick(pool)
                let inst = codes[i % codes.count]
                fields["stt"] = String(i + 1)
                fields["unit"] = "Trường \(inst)"
                fields["unit_code"] = inst
                csv += Columns.comments.map { quote(fields[$0.key] ?? "") }.joined(separator: ",") + "\n"
            }
            try csv.write(toFile: folder + "/gop-y.csv", atomically: true, encoding: .utf8)
            for part in ["bien-ban.pdf", "gop-y.pdf", "phu-luc.pdf"] {
                try Data("%PDF-1.4\n%%EOF\n".utf8).write(to: URL(fileURLWithPath: folder + "/" + part))
            }
            try "STT,Tên minh chứng\n1,Biên bản\n".write(toFile: folder + "/minh-chung.csv", atomically: true, encoding: .utf8)
            written += 1
        }
        return written
    }

    static func quote(_ s: String) -> String {
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }
}
