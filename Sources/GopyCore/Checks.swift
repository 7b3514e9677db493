import Diagnostics
import Foundation
import VietText

/// The dossier rules of the plan (R6, R7), applied as the plan's `ke-hoach.toml` states them:
/// the parts and formats, the deadline, the data cut-off, the workshop window and the level.
enum DossierCheck {
    static func run(plan: Plan, clusters: [Cluster], root: String, diagnostics: inout [Diagnostic]) -> [DossierStatus] {
        clusters.map { cluster in
            let folder = root + "/" + cluster.folder
            let manifest = SourceLocation(file: folder + "/ho-so.toml")
            let levelKnown = plan.level(cluster.level) != nil
            if !levelKnown {
                let known = plan.levels.map(\.code).joined(separator: ", ")
                diagnostics.append(Diagnostic(.error, code: "dossier.level", "level `\(cluster.level)` is not a level of the plan (\(known)); its comments are read but no level rules apply", at: manifest))
            }
            var missing: [String] = []
            for part in plan.dossierParts {
                let present = Set(cluster.files.compactMap { file -> String? in
                    let parts = file.lowercased().split(separator: ".", maxSplits: 1)
                    guard parts.count == 2, part.files.contains(String(parts[0])) else { return nil }
                    return String(parts[1])
                })
                let unmet = part.formats.filter { group in !group.contains(where: present.contains) }
                if !unmet.isEmpty {
                    let need = unmet.map { $0.joined(separator: " hoặc ") }.joined(separator: " và ")
                    missing.append(part.name)
                    diagnostics.append(Diagnostic(
                        .warning, code: "dossier.missing-part",
                        "the dossier lacks \(part.name) as \(need) (files named \(part.files.joined(separator: "/")))", at: SourceLocation(file: folder)))
                }
            }
            // Presence is not enough: a "pdf" that is not a PDF is no signed copy.
            for file in cluster.files {
                let ext = file.lowercased().split(separator: ".").last.map(String.init) ?? ""
                let magic: [UInt8]
                switch ext {
                case "pdf": magic = Array("%PDF".utf8)
                case "docx", "xlsx": magic = [0x50, 0x4B, 0x03, 0x04]
                default: continue
                }
                let path = folder + "/" + file
                let head = FileHandle(forReadingAtPath: path).map { handle -> [UInt8] in
                    defer { try? handle.close() }
                    return [UInt8]((try? handle.read(upToCount: magic.count)) ?? Data())
                } ?? []
                if head != magic {
                    let kind = ext == "pdf" ? "a PDF file" : ext == "docx" ? "a Word (.docx) file" : "an Excel (.xlsx) file"
                    diagnostics.append(Diagnostic(.warning, code: "dossier.bad-format", "\(file) is not \(kind) (wrong content for its extension): ask the cluster to send it again", at: SourceLocation(file: path)))
                }
            }
            var onTime: Bool?
            if let received = cluster.receivedAt {
                onTime = received <= plan.clusterDeadline
                if onTime == false {
                    let hours = Double(received.epochSeconds - plan.clusterDeadline.epochSeconds) / 3600
                    diagnostics.append(Diagnostic(
                        .warning, code: "dossier.late",
                        "the dossier arrived \(received), \(String(format: "%.1f", hours)) h after the deadline \(plan.clusterDeadline)", at: manifest))
                }
            }
            if let day = cluster.workshopDate, day < plan.workshopsFrom || day > plan.workshopsTo {
                diagnostics.append(Diagnostic(.warning, code: "dossier.workshop-date", "the workshop date \(day) is outside the plan's window \(plan.workshopsFrom) – \(plan.workshopsTo)", at: manifest))
            }
            let cutoffMatches = cluster.dataCutoff == nil || cluster.dataCutoff == plan.dataCutoff
            if !cutoffMatches {
                diagnostics.append(Diagnostic(.warning, code: "dossier.cutoff", "the figures are as of \(cluster.dataCutoff ?? "?"), the plan asks for \(plan.dataCutoff): ask the cluster to restate them", at: manifest))
            }
            return DossierStatus(
                cluster: cluster.code, level: cluster.level, name: cluster.name, workshopDate: cluster.workshopDate,
                receivedAt: cluster.receivedAt, onTime: onTime, missingParts: missing, dataCutoff: cluster.dataCutoff,
                cutoffMatches: cutoffMatches, levelKnown: levelKnown)
        }
    }
}

/// A figure that disagrees between two places: the same institution in two clusters, two rows,
/// or two names. Kept as data so that the reports can word it in Vietnamese.
public struct Discrepancy: Sendable, Hashable {
    /// What disagrees.
    public enum Kind: String, Sendable, Hashable {
        /// The institution is reported by two clusters.
        case duplicateInstitution = "trung_ma"
        /// The two clusters give different figures.
        case conflictingFigures = "lech_so_lieu"
        /// Two rows of one appendix in one cluster.
        case repeatedRow = "lap_dong"
        /// A different name in another appendix.
        case nameDiffers = "khac_ten"
    }

    public var kind: Kind
    public var institution: String
    public var level: String
    public var cluster: String
    public var otherCluster: String?
    public var appendix: Int
    /// The column whose values differ, for figures and names.
    public var column: String?
    public var value: String?
    public var otherValue: String?
    public var place: SourceLocation
    public var otherPlace: SourceLocation
}

/// The cross-checks between the comments and the appendices (R8), fed the comments cluster by
/// cluster as they are read: institutions with figures but no comment, and commenters without
/// figures.
public struct CommentCheck: Sendable {
    private let reporting: Set<String>
    private var commenting: Set<String> = []
    private var unknown: [Diagnostic] = []

    /// Starts the check against the institutions that have appendix rows.
    public init(rows: [AppendixRow]) {
        var reporting: Set<String> = []
        for row in rows { reporting.insert(row.institution) }
        self.reporting = reporting
    }

    /// Takes the next comments, in input order.
    public mutating func add(_ comments: [Comment]) {
        for comment in comments {
            guard let code = comment.fields["unit_code"], commenting.insert(code).inserted, !reporting.contains(code) else { continue }
            unknown.append(Diagnostic(.info, code: "comments.unit-not-in-appendix", "unit \(code) (\(comment["unit"])) comments but has no row in any appendix", at: comment.source))
        }
    }

    /// What the check found, once every comment has been added.
    public var diagnostics: [Diagnostic] {
        var out: [Diagnostic] = []
        let silent = reporting.subtracting(commenting).sorted()
        if !silent.isEmpty {
            out.append(Diagnostic(.info, code: "appendix.no-comments", "\(silent.count) institution(s) have appendix rows but sent no comment: \(silent.prefix(20).joined(separator: ", "))\(silent.count > 20 ? ", …" : "")"))
        }
        return out + unknown
    }
}

/// An institution in one appendix: a key for rows without building a string per row.
struct InstitutionAppendix: Hashable {
    var institution: String
    var appendix: Int
}

/// An institution as one cluster reports it.
struct InstitutionCluster: Hashable {
    var institution: String
    var cluster: String
}

/// Checks across clusters that no single table can show (R8: cross-check and standardise).
enum CrossChecks {
    @discardableResult
    static func run(rows: [AppendixRow], diagnostics: inout [Diagnostic]) -> [Discrepancy] {
        var found: [Discrepancy] = []
        // The same institution reported by two clusters, and with different figures in the
        // same appendix.
        // The first row of each institution in appendices 1-4, as positions in `rows`: one entry
        // per institution, not one per row (a national dataset has four rows per institution).
        var first: [String: SIMD4<Int32>] = [:]
        // Rows made from parts may carry another appendix number.
        var firstElsewhere: [InstitutionAppendix: Int] = [:]
        var reported: Set<InstitutionCluster> = []
        precondition(rows.count < Int(Int32.max))
        for (position, row) in rows.enumerated() {
            let earlier: AppendixRow
            if (1...4).contains(row.appendix) {
                let slot = row.appendix - 1
                let seen = first[row.institution]?[slot] ?? -1
                guard seen >= 0 else {
                    first[row.institution, default: SIMD4(repeating: -1)][slot] = Int32(position)
                    continue
                }
                earlier = rows[Int(seen)]
            } else {
                let key = InstitutionAppendix(institution: row.institution, appendix: row.appendix)
                guard let seen = firstElsewhere[key] else {
                    firstElsewhere[key] = position
                    continue
                }
                earlier = rows[seen]
            }
            func discrepancy(_ kind: Discrepancy.Kind, key: String? = nil, column: String? = nil) -> Discrepancy {
                Discrepancy(
                    kind: kind, institution: row.institution, level: row.level, cluster: row.cluster, otherCluster: earlier.cluster,
                    appendix: row.appendix, column: column, value: key.map { describe(row.values[$0]) },
                    otherValue: key.map { describe(earlier.values[$0]) }, place: row.source, otherPlace: earlier.source)
            }
            guard earlier.cluster != row.cluster else {
                diagnostics.append(Diagnostic(.warning, code: "appendix.repeated-row", "institution \(row.institution) has two rows in appendix \(row.appendix) of this cluster (also \(earlier.source.rendered))", at: row.source))
                found.append(discrepancy(.repeatedRow))
                continue
            }
            if reported.insert(InstitutionCluster(institution: row.institution, cluster: row.cluster)).inserted {
                diagnostics.append(Diagnostic(
                    .warning, code: "appendix.duplicate-institution",
                    "institution \(row.institution) is also reported by cluster \(earlier.cluster) (\(earlier.source.rendered))", at: row.source))
                found.append(discrepancy(.duplicateInstitution))
            }
            for column in Columns.appendices[row.appendix] ?? [] where column.kind != .text {
                let k = column.spec.key
                if earlier.values[k] != row.values[k] {
                    diagnostics.append(Diagnostic(
                        .warning, code: "appendix.conflicting-figures",
                        "institution \(row.institution): \(k) is \(describe(row.values[k])) here but \(describe(earlier.values[k])) in cluster \(earlier.cluster)", at: row.source))
                    found.append(discrepancy(.conflictingFigures, key: k, column: column.spec.aliases.first ?? k))
                }
            }
        }
        // One institution, one name: a different name in another appendix is a typing slip or
        // a wrong code.
        var names: [InstitutionCluster: (String, AppendixRow)] = [:]
        for row in rows {
            guard case .text(let name)? = row.values["ten_truong"] else { continue }
            let key = InstitutionCluster(institution: row.institution, cluster: row.cluster)
            if let (earlierName, earlier) = names[key] {
                if VietText.matchKey(earlierName) != VietText.matchKey(name) {
                    diagnostics.append(Diagnostic(.warning, code: "appendix.name-differs", "institution \(row.institution) is “\(name)” here but “\(earlierName)” in appendix \(earlier.appendix) (\(earlier.source.rendered))", at: row.source))
                    found.append(Discrepancy(
                        kind: .nameDiffers, institution: row.institution, level: row.level, cluster: row.cluster, otherCluster: earlier.cluster,
                        appendix: row.appendix, column: "Tên trường", value: name, otherValue: earlierName, place: row.source, otherPlace: earlier.source))
                }
            } else {
                names[key] = (name, row)
            }
        }
        return found
    }

    static func describe(_ value: CellValue?) -> String {
        switch value {
        case .number(let d)?: return JSON.format(d)
        case .text(let s)?: return "“\(s)”"
        case .bool(let b)?: return b ? "có" : "không"
        case nil: return "trống"
        }
    }
}
