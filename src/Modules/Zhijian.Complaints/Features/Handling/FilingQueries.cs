using Microsoft.EntityFrameworkCore;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Data;
using Zhijian.Complaints.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

internal sealed record FilingListItem(long Id, string Number, FilingKind Kind, string KindName, FilingStatus Status, string StatusName, string TargetName,
    string Title, string? CategoryCode, string OrgUnitName, string? HandlerName, DateTimeOffset ReceivedAt, DateOnly? DueOn, bool Overdue, bool DueSoon,
    bool Paused, int FlagCount, string ChannelName, bool Responded, bool ProvisionalDue);

internal sealed record FilingPage(int Total, IReadOnlyList<FilingListItem> Items);

internal sealed record StepView(DateTimeOffset At, string Action, string Text, string ActorName, string StatusName, bool Public);

internal sealed record AttachmentView(long Id, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt);

internal sealed record FilingDetail(
    long Id, string Number, FilingKind Kind, string KindName, FilingStatus Status, string StatusName, string RulesName, string ChannelName,
    DateTimeOffset ReceivedAt, DateOnly ReceivedOn, string? SourceSystem, string? SourceTicketId,
    string PersonName, string PersonPhone, bool Anonymous, bool IdentityHidden,
    string? Uscc, string TargetName, string? ShopName, string? TargetAddress, string BusinessChannelName, string? PlatformName, string? IndustryCode,
    string? CategoryCode, string? ProblemCode, decimal? Amount, string Title, string Facts, string? Demand, DateOnly? HarmKnownOn, bool ViaOdr,
    int OrgUnitId, string OrgUnitName, string RoutingBasis, int TransferCount, string? HandlerName,
    DateOnly AcceptBy, DateOnly? AcceptedOn, DateOnly? MediationBy, DateOnly? VerifyBy, bool VerifyExtended, DateOnly? OdrBy, DateOnly? DueOn,
    bool Overdue, string? PausedReason, DateTimeOffset FirstResponseDue, DateTimeOffset? FirstRespondedAt,
    string? Outcome, string? RefusalGroundText, string? TerminationGroundText, decimal? Recovered, bool? OnTime, DateTimeOffset? ClosedAt,
    IReadOnlyList<string> Flags, int? Satisfaction, string? SatisfactionComment, IReadOnlyList<string> Actions,
    IReadOnlyList<StepView> Steps, IReadOnlyList<AttachmentView> Attachments, bool ProvisionalDue);

/// <summary>列表筛选: open = 未办结; due = overdue | soon; mine = assigned to me; handler = assigned to that user; q = number or business name.</summary>
internal sealed record FilingFilter(string? Kind = null, string? Status = null, bool? Open = null, string? Due = null, bool Mine = false,
    int? OrgUnitId = null, string? Q = null, int Page = 1, int Size = 50, string? Handler = null);

/// <summary>
/// What staff see of filings, inside their jurisdiction. Complainants' names and phones are masked; a reporter's
/// identity is hidden from everyone but the handler role (and masked for them too — the clear value is a separate,
/// audited read).
/// </summary>
internal sealed class FilingQueries(ComplaintsDbContext db, ActorContext actor, IWorkingCalendar calendar, PersonalData personal, TimeProvider clock)
{
    public const int DueSoonWorkingDays = 2;

    public DateOnly DueSoonLimit() => calendar.AddWorkingDays(clock.Today(), DueSoonWorkingDays);

    public async Task<FilingPage> ListAsync(FilingFilter filter, CancellationToken ct)
    {
        var today = clock.Today();
        var soon = DueSoonLimit();
        var q = db.Filings.AsNoTracking();
        if (Intake.SubmitFilingRules.ParseKinds(filter.Kind) is [var kind]) q = q.Where(f => f.Kind == kind);
        if (Enum.TryParse<FilingStatus>(filter.Status, true, out var status)) q = q.Where(f => f.Status == status);
        if (filter.Open == true) q = q.Where(f => (int)f.Status < 10);
        if (filter.Open == false) q = q.Where(f => (int)f.Status >= 10);
        if (filter.Due == "overdue") q = q.Where(f => f.DueOn != null && f.DueOn < today && f.Status != FilingStatus.Odr);
        if (filter.Due == "soon") q = q.Where(f => f.DueOn != null && f.DueOn >= today && f.DueOn <= soon && f.Status != FilingStatus.Odr);
        if (filter.Mine) q = q.Where(f => f.HandlerUserName == actor.Current.Name);
        if (filter.OrgUnitId is { } unit) q = q.Where(f => f.OrgUnitId == unit);
        if (!string.IsNullOrWhiteSpace(filter.Handler)) q = q.Where(f => f.HandlerUserName == filter.Handler);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var text = filter.Q.Trim();
            var id = FilingClock.ParseNumber(text);
            q = id is { } i && text.Length >= 10 ? q.Where(f => f.Id == i) : q.Where(f => f.TargetName.Contains(text) || f.Uscc == text || f.Title.Contains(text));
        }

        var total = await q.CountAsync(ct);
        var size = Math.Clamp(filter.Size, 1, 200);
        var page = Math.Max(filter.Page, 1);
        var ordered = filter.Open == false ? q.OrderByDescending(f => f.ClosedAt) : filter.Due is not null || filter.Open == true ? q.OrderBy(f => f.DueOn).ThenBy(f => f.Id) : q.OrderByDescending(f => f.Id);
        var rows = await ordered.Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new FilingPage(total, [.. rows.Select(f => Item(f, today, soon))]);
    }

    public static FilingListItem Item(Filing f, DateOnly today, DateOnly soon) => new(f.Id, FilingClock.Number(f), f.Kind, FilingClock.KindName(f.Kind), f.Status,
        FilingClock.StatusName(f.Status), f.TargetName, f.Title, f.CategoryCode, f.OrgUnitName, f.HandlerName, f.ReceivedAt, f.DueOn,
        f.DueOn is { } d && d < today && f.Status != FilingStatus.Odr, f.DueOn is { } s && s >= today && s <= soon && f.Status != FilingStatus.Odr,
        f.Pauses.IsPaused(), f.Flags.Count, FilingClock.ChannelName(f.Channel), f.FirstRespondedAt is not null, f.ProvisionalDue);

    /// <summary>The filing itself, inside the caller's jurisdiction (uploads).</summary>
    public Task<Filing?> EntityAsync(long id, CancellationToken ct) => db.Filings.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);

    /// <summary>An other platform's ticket: its parts (a mixed filing has two), in order.</summary>
    public async Task<IReadOnlyList<FilingListItem>?> ByTicketAsync(string source, string ticket, CancellationToken ct)
    {
        var rows = await db.Filings.AsNoTracking().Where(f => f.SourceSystem == source && f.SourceTicketId == ticket).OrderBy(f => f.Part).ToListAsync(ct);
        return rows.Count == 0 ? null : [.. rows.Select(f => Item(f, clock.Today(), DueSoonLimit()))];
    }

    /// <summary>The detail; <c>afterAction</c>: the caller just acted on it (a transfer may have moved it out of their jurisdiction).</summary>
    public async Task<FilingDetail?> DetailAsync(long id, CancellationToken ct, bool afterAction = false)
    {
        var filings = afterAction ? db.Filings.IgnoreQueryFilters() : db.Filings;
        var f = await filings.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (f is null) return null;
        var steps = await db.Steps.IgnoreQueryFilters().AsNoTracking().Where(s => s.FilingId == id).OrderBy(s => s.Id).ToListAsync(ct);
        var files = await db.Attachments.IgnoreQueryFilters().AsNoTracking().Where(a => a.FilingId == id).OrderBy(a => a.Id)
            .Select(a => new AttachmentView(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedAt)).ToListAsync(ct);
        var a = actor.Current;
        var hidden = f.Kind == FilingKind.Report && !ComplaintAccess.SeesIdentity(a);
        var today = clock.Today();
        var allSteps = new List<StepView>
        {
            new(f.ReceivedAt, "receive", $"{FilingClock.ChannelName(f.Channel)}登记（{ComplaintRules.Name(f.Rules)}）；分流至{f.OrgUnitName}：{f.RoutingBasis}",
                "系统", FilingClock.StatusName(f.Kind == FilingKind.Report ? FilingStatus.Verifying : FilingStatus.Received), true),
        };
        allSteps.AddRange(steps.Select(s => new StepView(s.At, s.Action, s.Text, s.ActorName, FilingClock.StatusName(s.Status), s.Public)));
        return new FilingDetail(
            f.Id, FilingClock.Number(f), f.Kind, FilingClock.KindName(f.Kind), f.Status, FilingClock.StatusName(f.Status), ComplaintRules.Name(f.Rules),
            FilingClock.ChannelName(f.Channel), f.ReceivedAt, f.ReceivedOn, f.SourceSystem, f.SourceTicketId,
            hidden ? "（举报人信息保密）" : f.Anonymous ? "匿名" : Masks.Name(personal.Unprotect(f.PersonName)),
            hidden ? "（保密）" : Masks.Phone(personal.Unprotect(f.PersonPhone)), f.Anonymous, hidden,
            f.Uscc, f.TargetName, f.ShopName, f.TargetAddress, FilingClock.BusinessChannelName(f.BusinessChannel), f.PlatformName, f.IndustryCode,
            f.CategoryCode, f.ProblemCode, f.Amount, f.Title, f.Facts, f.Demand, f.HarmKnownOn, f.ViaOdr,
            f.OrgUnitId, f.OrgUnitName, f.RoutingBasis, f.TransferCount, f.HandlerName,
            f.AcceptBy, f.AcceptedOn, f.MediationBy, f.VerifyBy, f.VerifyExtended, f.OdrBy, f.DueOn,
            f.DueOn is { } d && d < today && f.Status != FilingStatus.Odr, f.Pauses.FirstOrDefault(p => p.End is null)?.Reason, f.FirstResponseDue, f.FirstRespondedAt,
            f.Outcome, f.RefusalGround is { } rg ? ComplaintRules.Text(rg) : null, f.TerminationGround is { } tg ? ComplaintRules.Text(tg) : null,
            f.Recovered, f.OnTime, f.ClosedAt, [.. f.Flags.Select(FilingFlags.Text)], f.Satisfaction, f.SatisfactionComment,
            ComplaintAccess.CanHandle(a) ? Actions(f) : [], allSteps, files, f.ProvisionalDue);
    }

    /// <summary>What the handler can do next (the console shows these buttons; the API enforces the same rules).</summary>
    public static IReadOnlyList<string> Actions(Filing f)
    {
        if (f.IsClosed) return [];
        var paused = f.Pauses.IsPaused();
        var list = new List<string> { "assign", "note" };
        if (f.FirstRespondedAt is null) list.Add("respond");
        switch (f.Status)
        {
            case FilingStatus.Received when f.Kind == FilingKind.Complaint:
                list.AddRange(["accept", "refuse", "transfer"]);
                break;
            case FilingStatus.Received:
                list.AddRange(["answer", "transfer"]);
                break;
            case FilingStatus.Mediating:
                list.AddRange(paused ? ["resume"] : ["settle", "terminate", "pause", "clue"]);
                break;
            case FilingStatus.Verifying:
                list.AddRange(paused ? ["resume"] : ["decide", "duplicate", "pause", "transfer"]);
                if (!f.VerifyExtended && !paused) list.Add("extend");
                break;
        }

        return list;
    }
}
