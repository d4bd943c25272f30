using Microsoft.EntityFrameworkCore;
using Zhijian.Cases.Contracts;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Storage;

namespace Zhijian.Cases.Features.Queries;

internal sealed record CaseRow(long Id, string Number, CaseProcedure Procedure, CaseStage Stage, string StageName, string PartyName, string? Uscc,
    string CauseOfAction, string OrgUnitName, string LeadOfficer, DateOnly OpenedOn, DateOnly? ConcludeBy, int? DaysLeft, bool Paused,
    decimal FineTotal, DateOnly? ClosedOn);

internal sealed record StepView(DateTimeOffset At, string Action, string Text, string ActorName, string? StageName, long? DocumentId, string? DocumentNumber,
    string? DocumentKind, long? FileId);

internal sealed record EvidenceView(long Id, EvidenceType Type, string TypeName, string Title, string Source, DateOnly CollectedOn, string CollectedBy,
    string? Description, IReadOnlyList<FileView> Files);

internal sealed record FileView(long Id, long? EvidenceId, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt, string UploadedBy);

internal sealed record MeasureView(long Id, MeasureKind Kind, string KindName, string Items, string Place, DateOnly StartedOn, DateOnly DueOn, bool Extended,
    DateOnly? EndedOn, string? Outcome, string ApprovedBy);

internal sealed record DocumentView(long Id, DocumentKind Kind, string KindName, string Number, DateOnly IssuedOn, string IssuedBy, string Sha256);

/// <summary>Everything the case page shows. Personal data of a natural-person party is masked unless <see cref="Clear"/>.</summary>
internal sealed record CaseDetail(Case Case, string StageName, Violation? Violation, string? PartyAddress, string? PartyIdNumber, string? PartyPhone, bool Clear,
    IReadOnlyList<StepView> Steps, IReadOnlyList<EvidenceView> Evidence, IReadOnlyList<MeasureView> Measures, IReadOnlyList<DocumentView> Documents,
    Publication? Publication, IReadOnlyList<string> Missing, int? DaysLeft)
{
    /// <summary>办案机关 as its documents name it (<see cref="AuthorityNames"/>), e.g. 济南市历下区市场监督管理局.</summary>
    public string Authority { get; init; } = "";

    /// <summary>机关代字: the authority's short name in its 文号, e.g. 济历 (济历市监处罚〔2026〕12号).</summary>
    public string Abbreviation { get; init; } = "";
}

/// <summary>Per org unit: cases by stage, average duration of closed cases, overdue, fines, transfers, 登记率.</summary>
internal sealed record UnitMetrics(int OrgUnitId, string OrgUnitName, int Open, IReadOnlyDictionary<CaseStage, int> ByStage, int Closed, double? AverageDays,
    int Overdue, decimal Fines, int Transfers, int Complete, int Recorded, int Published, int PublishedOnTime, int LegalReviewRequired, int LegalReviewed);

/// <summary>Read side: lists (mine, due soon, overdue, by stage), the case page, the timeline and the metrics per unit.</summary>
internal sealed class CaseQueries(CasesDbContext db, ActorContext actor, TimeProvider clock, PersonalData personal, OrgUnitDirectory units)
{
    public const int DueSoonDays = 10;

    public async Task<IReadOnlyList<CaseRow>> ListAsync(string? view, CaseStage? stage, string? search, CancellationToken ct)
    {
        var today = clock.Today();
        var q = db.Cases.AsNoTracking();
        var me = actor.Current.Name;
        switch (view)
        {
            case "mine": q = q.Where(c => c.LeadOfficer == me && c.Stage < CaseStage.Closed); break;
            case "due": var soon = today.AddDays(DueSoonDays); q = q.Where(c => c.Stage < CaseStage.Closed && c.ConcludeBy != null && c.ConcludeBy >= today && c.ConcludeBy <= soon); break;
            case "overdue": q = q.Where(CaseIndicators.OverdueOn(today)); break;
            case "closed": q = q.Where(c => c.Stage >= CaseStage.Closed); break;
            case "open": q = q.Where(c => c.Stage < CaseStage.Closed); break;
        }

        if (stage is { } s) q = q.Where(c => c.Stage == s);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var t = search.Trim();
            var upper = t.ToUpperInvariant();
            q = q.Where(c => c.Number.Contains(t) || c.PartyName.Contains(t) || (c.Uscc != null && c.Uscc == upper) || c.CauseOfAction.Contains(t));
        }

        var list = await q.OrderBy(c => c.Stage >= CaseStage.Closed).ThenBy(c => c.ConcludeBy).ThenByDescending(c => c.Id).Take(500).ToListAsync(ct);
        return [.. list.Select(c => Row(c, today))];
    }

    public static CaseRow Row(Case c, DateOnly today) => new(c.Id, c.Number, c.Procedure, c.Stage, CaseNames.Of(c.Stage), c.PartyName, c.Uscc, c.CauseOfAction,
        c.OrgUnitName, string.Join("、", c.Officers.Where(o => o.UserName == c.LeadOfficer).Select(o => o.Name)), c.OpenedOn, c.ConcludeBy,
        !c.IsClosed && c.ConcludeBy is { } by ? by.DayNumber - today.DayNumber : null, c.Excluded.Any(p => p.End is null), c.FineTotal, c.ClosedOn);

    public async Task<CaseDetail?> DetailAsync(long id, bool clear, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return null;
        var today = clock.Today();
        var violation = c.ViolationCode is null ? null : await db.Violations.AsNoTracking().SingleOrDefaultAsync(v => v.Code == c.ViolationCode, ct);
        var docs = await db.Documents.AsNoTracking().Where(d => d.CaseId == id || (c.ClueId != null && d.ClueId == c.ClueId)).OrderBy(d => d.Id)
            .Select(d => new DocumentView(d.Id, d.Kind, "", d.Number, d.IssuedOn, d.IssuedBy, d.Sha256)).ToListAsync(ct);
        docs = [.. docs.Select(d => d with { KindName = CaseNames.Of(d.Kind) })];
        var byId = docs.ToDictionary(d => d.Id);
        var steps = await db.Steps.AsNoTracking().Where(s => s.CaseId == id || (c.ClueId != null && s.ClueId == c.ClueId)).OrderBy(s => s.At).ThenBy(s => s.Id).ToListAsync(ct);
        var files = await db.Files.AsNoTracking().Where(f => f.CaseId == id).OrderBy(f => f.Id)
            .Select(f => new FileView(f.Id, f.EvidenceId, f.FileName, f.ContentType, f.Size, f.Sha256, f.UploadedAt, f.UploadedBy)).ToListAsync(ct);
        var evidence = await db.Evidence.AsNoTracking().Where(e => e.CaseId == id).OrderBy(e => e.Id).ToListAsync(ct);
        var measures = await db.Measures.AsNoTracking().Where(m => m.CaseId == id).OrderBy(m => m.Id).ToListAsync(ct);
        var publication = await db.Publications.AsNoTracking().SingleOrDefaultAsync(p => p.CaseId == id, ct);
        var show = clear && CaseAccess.CanHandle(actor.Current);
        string? Personal(string? stored, Func<string?, string> mask)
        {
            var v = personal.Unprotect(stored);
            return v is null ? null : show ? v : mask(v);
        }

        // An organisation's 住所 is public register information (企业信息公示): shown in full; a person's address and every phone masked.
        var (address, idNumber, phone) = (Personal(c.PartyAddress, a => a is null ? "" : c.PartyKind == PartyKind.Organisation ? a : a.Length <= 6 ? "＊＊＊" : a[..6] + "＊＊＊"),
            Personal(c.PartyIdNumber, Masks.IdNumber), Personal(c.PartyPhone, Masks.Phone));
        if (show && (c.PartyAddress ?? c.PartyIdNumber ?? c.PartyPhone) is not null)
        {
            // Like the complaints' contact reveal: who saw the party's personal data, when.
            db.Audit("cases.party.revealed", nameof(Case), c.Number, null, new { address = c.PartyAddress is not null, idNumber = c.PartyIdNumber is not null, phone = c.PartyPhone is not null }, c.DivisionCode);
            await db.SaveChangesAsync(ct);
        }

        (c.PartyAddress, c.PartyIdNumber, c.PartyPhone) = (null, null, null); // the ciphertext never leaves; the view carries the masked (or, for handlers, clear) values
        return new CaseDetail(c, CaseNames.Of(c.Stage), violation, address, idNumber, phone, show,
            [.. steps.Select(s => new StepView(s.At, s.Action, s.Text, CaseNames.Actor(s.ActorName), s.Stage is { } st ? CaseNames.Of(st) : null, s.DocumentId,
                s.DocumentId is { } d && byId.TryGetValue(d, out var dv) ? dv.Number : null, s.DocumentId is { } d2 && byId.TryGetValue(d2, out var dv2) ? dv2.KindName : null, s.FileId))],
            [.. evidence.Select(e => new EvidenceView(e.Id, e.Type, CaseNames.Of(e.Type), e.Title, e.Source, e.CollectedOn, e.CollectedBy, e.Description,
                [.. files.Where(f => f.EvidenceId == e.Id)]))],
            [.. measures.Select(m => new MeasureView(m.Id, m.Kind, CaseNames.Of(m.Kind), m.Items, m.Place, m.StartedOn, m.DueOn, m.Extended, m.EndedOn, m.Outcome, m.ApprovedBy))],
            docs, publication, Missing(c, docs.Select(d => d.Kind).ToHashSet(), evidence.Count, files.Count(f => f.EvidenceId != null)),
            !c.IsClosed && c.ConcludeBy is { } by ? by.DayNumber - today.DayNumber : null)
        {
            Authority = await units.NameAsync(c.OrgUnitId, c.OrgUnitName, ct),
            Abbreviation = await units.AbbreviationAsync(c.OrgUnitId, c.OrgUnitName, ct),
        };
    }

    public Task<CaseFile?> FileAsync(long id, CancellationToken ct) => db.Files.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct);

    /// <summary>
    /// 全过程记录 completeness of a closed case: the documents its procedure requires were issued through the system and
    /// the evidence carries files. Empty = complete.
    /// </summary>
    public static IReadOnlyList<string> Missing(Case c, IReadOnlySet<DocumentKind> docs, int evidence, int evidenceFiles) =>
        CaseIndicators.Missing(c, docs, evidence, evidenceFiles);

    /// <summary>Metrics per org unit for cases opened in [from, to] (dates inclusive; null = all).</summary>
    public async Task<IReadOnlyList<UnitMetrics>> MetricsAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var today = clock.Today();
        var q = db.Cases.AsNoTracking();
        if (from is { } f) q = q.Where(c => c.OpenedOn >= f);
        if (to is { } t) q = q.Where(c => c.OpenedOn <= t);
        var cases = await q.ToListAsync(ct);
        var ids = cases.Select(c => c.Id).ToList();
        var docs = (await db.Documents.AsNoTracking().Where(d => d.CaseId != null && ids.Contains(d.CaseId.Value)).Select(d => new { d.CaseId, d.Kind }).ToListAsync(ct))
            .GroupBy(d => d.CaseId!.Value).ToDictionary(g => g.Key, g => (IReadOnlySet<DocumentKind>)g.Select(x => x.Kind).ToHashSet());
        var evidence = (await db.Evidence.AsNoTracking().Where(e => ids.Contains(e.CaseId)).GroupBy(e => e.CaseId).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
            .ToDictionary(x => x.Key, x => x.N);
        var files = (await db.Files.AsNoTracking().Where(x => ids.Contains(x.CaseId) && x.EvidenceId != null).GroupBy(x => x.CaseId).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
            .ToDictionary(x => x.Key, x => x.N);
        var pubs = (await db.Publications.AsNoTracking().Where(p => ids.Contains(p.CaseId))
            .Select(p => new Publication { CaseId = p.CaseId, PublishedOn = p.PublishedOn, PublishBy = p.PublishBy }).ToListAsync(ct))
            .ToDictionary(p => p.CaseId);
        var empty = (IReadOnlySet<DocumentKind>)new HashSet<DocumentKind>();
        var overdue = CaseIndicators.OverdueOn(today).Compile();
        return [.. cases.GroupBy(c => (c.OrgUnitId, c.OrgUnitName)).OrderBy(g => g.Key.OrgUnitId).Select(g =>
        {
            var closed = g.Where(CaseIndicators.IsClosedWithDate).ToList();
            var complete = g.Count(c => Missing(c, docs.GetValueOrDefault(c.Id, empty), evidence.GetValueOrDefault(c.Id), files.GetValueOrDefault(c.Id)).Count == 0);
            var published = g.Where(c => pubs.ContainsKey(c.Id)).ToList();
            var required = g.Where(c => CaseIndicators.IsLegalReviewRequired(c) && c.DecidedOn is not null).ToList();
            return new UnitMetrics(g.Key.OrgUnitId, g.Key.OrgUnitName, g.Count(c => !c.IsClosed),
                g.Where(c => !c.IsClosed).GroupBy(c => c.Stage).ToDictionary(s => s.Key, s => s.Count()),
                closed.Count, closed.Count == 0 ? null : closed.Average(c => c.ClosedOn!.Value.DayNumber - c.OpenedOn.DayNumber),
                g.Count(overdue),
                g.Where(c => c.DecidedOn is not null).Sum(c => c.FineTotal),
                g.Count(c => c.TransferredOn is not null),
                complete, g.Count(),
                published.Count, published.Count(c => CaseIndicators.IsPublishedOnTime(pubs[c.Id])),
                required.Count, required.Count(CaseIndicators.IsLegalReviewedBeforeDecision));
        })];
    }

    /// <summary>The active violation catalogue with its 裁量基准 bands (for the proposal form and the catalogue page).</summary>
    public async Task<IReadOnlyList<(Violation Violation, IReadOnlyList<DiscretionBand> Bands)>> CatalogueAsync(CancellationToken ct)
    {
        var violations = await db.Violations.AsNoTracking().Where(v => v.Active).OrderBy(v => v.Code).ToListAsync(ct);
        var bands = (await db.Bands.AsNoTracking().ToListAsync(ct)).ToLookup(b => b.ViolationCode);
        return [.. violations.Select(v => (v, (IReadOnlyList<DiscretionBand>)[.. bands[v.Code].OrderBy(b => b.Level)]))];
    }

    /// <summary>Closed ordinary and simple cases the current user has not reviewed yet (案卷评查), newest first.</summary>
    public async Task<IReadOnlyList<CaseRow>> ReviewableAsync(CancellationToken ct)
    {
        var me = actor.Current.Name;
        var reviewed = db.Reviews.Where(r => r.Reviewer == me).Select(r => r.CaseId);
        var list = await db.Cases.AsNoTracking().Where(c => c.Stage >= CaseStage.Closed && !reviewed.Contains(c.Id))
            .OrderByDescending(c => c.ClosedOn).ThenByDescending(c => c.Id).Take(200).ToListAsync(ct);
        var today = clock.Today();
        return [.. list.Select(c => Row(c, today))];
    }
}
