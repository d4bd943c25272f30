using Microsoft.EntityFrameworkCore;
using Zhijian.Credit.Contracts;
using Zhijian.Credit.Data;
using Zhijian.Credit.Domain;
using Zhijian.Credit.Features.Feed;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Credit.Features.Listings;

/// <summary>A listing as the console and other systems read it.</summary>
internal sealed record ListingView(long Id, string Key, string Uscc, string EntityName, string DivisionCode, CreditList List, string ListName,
    ListingGround Ground, string GroundName, int? ReportYear, ListingStatus Status, string StatusName, string? DecisionNo, DateOnly? ListedOn,
    string Facts, string Authority, DateOnly ProposedOn, string ProposedBy, string? ConfirmedBy, DateOnly? ExpiresOn, DateOnly? EarlyRemovalFrom,
    DateOnly? LegalRepBanUntil, string? LegalRepName, DateOnly? CuredOn, DateOnly? RemovalDue, DateOnly? RemovedOn, string? RemovalDecisionNo,
    string? RemovalReason)
{
    public static ListingView Of(Listing l) => new(l.Id, l.Key, l.Uscc, l.EntityName, l.DivisionCode, l.List, CreditNames.Of(l.List), l.Ground,
        CreditNames.Of(l.Ground), l.ReportYear, l.Status, CreditNames.Of(l.Status), l.DecisionNo, l.ListedOn, l.Facts, l.Authority, l.ProposedOn,
        l.ProposedBy, l.ConfirmedBy, l.ExpiresOn, l.EarlyRemovalFrom, l.LegalRepBanUntil, l.LegalRepName, l.CuredOn, l.RemovalDue, l.RemovedOn,
        l.RemovalDecisionNo, l.RemovalReason);
}

internal sealed record ListingCount(CreditList List, ListingStatus Status, int Count);

internal sealed record ListingPage(int Total, int Page, int PageSize, IReadOnlyList<ListingView> Items, IReadOnlyList<ListingCount> Counts);

/// <summary>手工列入: grounds 2–4 of the abnormal list, or a serious violation (严重违法失信, with its field).</summary>
internal sealed record ManualListing(string? Uscc, ListingGround? Ground, string? Facts, string? DecisionNo, DateOnly? DecidedOn, CreditField? Field);

/// <summary>移出: the cause is cured (reason), with an optional decision number (generated when empty) and date (today when empty).</summary>
internal sealed record RemoveListing(string? Reason, string? DecisionNo, DateOnly? RemovedOn);

internal sealed record ConfirmListing(string? DecisionNo);

internal sealed record RejectListing(string? Reason);

/// <summary>
/// 经营异常名录 / 严重违法失信名单: manual listing, removal, the chief's confirmation of serious-list proposals, and the
/// shared write path (audit, 联合惩戒 feed entry and <see cref="ListingChanged"/> in one save).
/// </summary>
internal sealed class Listings(CreditDbContext db, IEntityDirectory directory, DecisionNumbers numbers, IRuleBook rules,
    IWorkingCalendar calendar, ActorContext actor, TimeProvider clock)
{
    public async Task<ListingPage> SearchAsync(CreditList? list, ListingStatus? status, ListingGround? ground, string? uscc, int page, int pageSize,
        CancellationToken ct)
    {
        page = Math.Clamp(page, 1, CreditRanges.MaxPage);
        pageSize = Math.Clamp(pageSize, 1, 200);
        var q = db.Listings.AsNoTracking();
        if (list is { } l) q = q.Where(x => x.List == l);
        if (status is { } s) q = q.Where(x => x.Status == s);
        if (ground is { } g) q = q.Where(x => x.Ground == g);
        if (!string.IsNullOrWhiteSpace(uscc))
        {
            var code = uscc.Trim().ToUpperInvariant();
            q = q.Where(x => x.Uscc == code);
        }

        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(x => x.UpdatedAt).ThenByDescending(x => x.Id).Skip(Paging.Skip(page, pageSize)).Take(pageSize).ToListAsync(ct);
        var counts = await db.Listings.AsNoTracking().GroupBy(x => new { x.List, x.Status })
            .Select(x => new { x.Key.List, x.Key.Status, Count = x.Count() }).ToListAsync(ct);
        return new ListingPage(total, page, pageSize, [.. rows.Select(ListingView.Of)],
            [.. counts.OrderBy(c => c.List).ThenBy(c => c.Status).Select(c => new ListingCount(c.List, c.Status, c.Count))]);
    }

    public async Task<ListingView?> GetAsync(long id, CancellationToken ct) =>
        await db.Listings.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct) is { } l ? ListingView.Of(l) : null;

    public async Task<Result<ListingView>> ListAsync(ManualListing cmd, CancellationToken ct)
    {
        var me = actor.Current;
        if (!CreditAccess.CanDecide(me)) return Result<ListingView>.Forbidden("只有登记注册（信用）人员或科室负责人可以作出列入决定");
        var today = clock.Today();
        var errors = ListingValidation.Manual(cmd, today);
        if (errors.Count > 0) return Result<ListingView>.Invalid(errors.ToDictionary());

        var uscc = cmd.Uscc!.Trim().ToUpperInvariant();
        var entity = await directory.FindAsync(uscc, ct);
        if (entity is null) return Result<ListingView>.Invalid("uscc", $"统一社会信用代码“{uscc}”未登记或不在您的管辖范围内");
        if (entity.Status != EntityStatus.Active) return Result<ListingView>.Invalid("uscc", $"“{entity.Name}”已{EntityNames.Of(entity.Status)}，不能列入");
        if (cmd.DecidedOn is { } decided && decided < entity.EstablishedOn)
            return Result<ListingView>.Invalid("decidedOn", $"决定日期不能早于成立日期（{entity.EstablishedOn:yyyy-MM-dd}）");
        var serious = cmd.Ground == ListingGround.SeriousViolation;
        var list = serious ? CreditList.Serious : ListingRules.AbnormalListFor(entity.Type == EntityType.IndividualBusiness);
        if (await db.Listings.AnyAsync(x => x.Uscc == uscc && x.Ground == cmd.Ground && (x.Status == ListingStatus.Listed || x.Status == ListingStatus.Proposed), ct))
            return Result<ListingView>.Conflict("ground", $"“{entity.Name}”已因“{CreditNames.Of(cmd.Ground!.Value)}”被列入（或拟列入），不能重复列入");

        if (await DecisionNoTakenAsync(cmd.DecisionNo, ct))
            return Result<ListingView>.Conflict("decisionNo", $"决定书文号“{cmd.DecisionNo!.Trim()}”已被使用，请勿重复提交");

        var on = cmd.DecidedOn ?? today;
        var listing = new Listing
        {
            Key = ListingRules.Key(list, cmd.Ground!.Value, on.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), uscc),
            Uscc = uscc,
            EntityName = entity.Name,
            DivisionCode = entity.DivisionCode,
            List = list,
            Ground = cmd.Ground!.Value,
            Facts = (serious ? $"【{CreditNames.Of(cmd.Field!.Value)}】" : "") + cmd.Facts!.Trim(),
            Authority = await numbers.AuthorityAsync(entity.DivisionCode, ct),
            ProposedOn = today,
            ProposedBy = me.Name,
            Status = ListingStatus.Proposed,
            UpdatedAt = clock.GetUtcNow(),
        };
        // A serious listing takes a section chief: a registrar's entry waits as a proposal.
        if (serious && !CreditAccess.CanConfirm(me))
        {
            if (!await SaveNewAsync(listing, "credit.serious-proposed", null, ct))
                return Result<ListingView>.Conflict("ground", "该主体今天已因同一事由被列入，不能重复列入");
            return ListingView.Of(listing);
        }

        await ApplyListedAsync(listing, entity, on, string.IsNullOrWhiteSpace(cmd.DecisionNo) ? null : cmd.DecisionNo.Trim(), me.Name, ct);
        if (!await SaveNewAsync(listing, serious ? "credit.serious-listed" : "credit.abnormal-listed", CreditFeed.AbnormalListed, ct))
            return Result<ListingView>.Conflict("ground", "该主体今天已因同一事由被列入，不能重复列入");
        return ListingView.Of(listing);
    }

    public async Task<Result<ListingView>> RemoveAsync(long id, RemoveListing cmd, CancellationToken ct)
    {
        var (found, refusal) = await DecidableAsync(id, ListingStatus.Listed, CreditAccess.CanDecide(actor.Current),
            "只有登记注册（信用）人员或科室负责人可以作出移出决定", "列入中的记录可以移出", ct);
        if (refusal is not null) return refusal;
        var listing = found!;
        if (listing.List == CreditList.Serious)
            return Result<ListingView>.Conflict("list", "严重违法失信名单期满自动移出；提前移出须经信用修复申请");
        var today = clock.Today();
        var errors = ListingValidation.Removal(cmd, listing.ListedOn, today);
        if (errors.Count > 0) return Result<ListingView>.Invalid(errors.ToDictionary());

        if (await DecisionNoTakenAsync(cmd.DecisionNo, ct))
            return Result<ListingView>.Conflict("decisionNo", $"决定书文号“{cmd.DecisionNo!.Trim()}”已被使用，请勿重复提交");
        var on = cmd.RemovedOn ?? today;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await ApplyRemovedAsync(listing, on, on, cmd.Reason!.Trim(), string.IsNullOrWhiteSpace(cmd.DecisionNo) ? null : cmd.DecisionNo.Trim(), ct))
            return Result<ListingView>.Conflict("status", "该记录已被移出，不能重复移出");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ListingView.Of(listing);
    }

    public async Task<Result<ListingView>> ConfirmAsync(long id, ConfirmListing cmd, CancellationToken ct)
    {
        var me = actor.Current;
        var (found, refusal) = await DecidableAsync(id, ListingStatus.Proposed, CreditAccess.CanConfirm(me), "拟列入须由科室负责人确认", "拟列入的记录可以确认", ct);
        if (refusal is not null) return refusal;
        var listing = found!;
        if (cmd.DecisionNo is { Length: > 100 }) return Result<ListingView>.Invalid("decisionNo", "决定书文号不能超过 100 个字符");
        if (await DecisionNoTakenAsync(cmd.DecisionNo, ct))
            return Result<ListingView>.Conflict("decisionNo", $"决定书文号“{cmd.DecisionNo!.Trim()}”已被使用，请勿重复提交");
        var entity = await directory.FindAsync(listing.Uscc, ct);
        if (entity is null) return Result<ListingView>.Invalid("uscc", $"统一社会信用代码“{listing.Uscc}”未登记或不在您的管辖范围内");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await ClaimAsync(listing.Id, ListingStatus.Proposed, ListingStatus.Listed, ct))
            return Result<ListingView>.Conflict("status", "该拟列入记录已被确认或否决");
        await ApplyListedAsync(listing, entity, clock.Today(), string.IsNullOrWhiteSpace(cmd.DecisionNo) ? null : cmd.DecisionNo.Trim(), me.Name, ct);
        Record(listing, listing.List == CreditList.Serious ? "credit.serious-confirmed" : "credit.abnormal-confirmed",
            ListingRules.ListedFeedKind(listing.List), listing.DecisionNo!, listing.ListedOn!.Value,
            $"列入{CreditNames.Of(listing.List)}：{CreditNames.Of(listing.Ground)}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ListingView.Of(listing);
    }

    public async Task<Result<ListingView>> RejectAsync(long id, RejectListing cmd, CancellationToken ct)
    {
        var me = actor.Current;
        var (found, refusal) = await DecidableAsync(id, ListingStatus.Proposed, CreditAccess.CanConfirm(me), "拟列入须由科室负责人确认或否决", "拟列入的记录可以否决", ct);
        if (refusal is not null) return refusal;
        var listing = found!;
        var errors = new FieldErrors().Require("reason", cmd.Reason, "否决理由", 480);
        if (errors.Count > 0) return Result<ListingView>.Invalid(errors.ToDictionary());
        var before = ListingView.Of(listing);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await ClaimAsync(listing.Id, ListingStatus.Proposed, ListingStatus.Rejected, ct))
            return Result<ListingView>.Conflict("status", "该拟列入记录已被确认或否决");
        listing.Status = ListingStatus.Rejected;
        listing.ConfirmedBy = me.Name;
        listing.RemovalReason = cmd.Reason!.Trim();
        listing.UpdatedAt = clock.GetUtcNow();
        db.Audit(listing.List == CreditList.Serious ? "credit.serious-rejected" : "credit.abnormal-rejected", nameof(Listing), listing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), before,
            ListingView.Of(listing), listing.DivisionCode);
        db.Publish(new ListingChanged(listing.Uscc, listing.List, listing.Status, listing.Id));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ListingView.Of(listing);
    }

    /// <summary>
    /// The listing a decision acts on, or why it may not: the caller lacks the role (<paramref name="mayDecide"/> false: 403 with
    /// <paramref name="forbidden"/>), the listing is not in the caller's area (404), or it is not <paramref name="from"/> (409: "只有" + <paramref name="only"/>).
    /// </summary>
    private async Task<(Listing? Listing, Result<ListingView>? Refusal)> DecidableAsync(long id, ListingStatus from, bool mayDecide, string forbidden,
        string only, CancellationToken ct)
    {
        if (!mayDecide) return (null, Result<ListingView>.Forbidden(forbidden));
        var listing = await db.Listings.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (listing is null) return (null, Result<ListingView>.NotFound($"名单记录 {id} 不存在或不在您的管辖范围内"));
        return listing.Status != from
            ? (null, Result<ListingView>.Conflict("status", $"该记录当前为“{CreditNames.Of(listing.Status)}”，只有{only}"))
            : (listing, null);
    }

    /// <summary>The grounds another module may propose for the abnormal list (the annual-report ground is the July job's).</summary>
    public static readonly IReadOnlyList<ListingGround> ProposableGrounds =
        [ListingGround.InformationNotPublished, ListingGround.FalseInformation, ListingGround.Unreachable];

    /// <summary>Longest source reference of a proposal: it goes into <see cref="Listing.Key"/> (120 characters).</summary>
    public const int MaxProposalSource = 30;

    public const int MaxProposalSourceId = 60;

    /// <summary>
    /// 拟列入经营异常名录 proposed by another module (<see cref="ICreditIntake.ProposeListingAsync"/>): a Proposed listing —
    /// an individual business's mark (<see cref="ListingRules.AbnormalListFor"/>) — that a section chief confirms or rejects
    /// (<see cref="ConfirmAsync"/>, <see cref="RejectAsync"/>). Its key carries the source ("{list}:{ground}:{system}/{id}:{uscc}"),
    /// so the same source proposes once; an entity already Proposed or Listed on the ground gets no second proposal.
    /// Created = false when an existing listing is returned.
    /// </summary>
    public async Task<Result<(ListingView Listing, bool Created)>> ProposeAsync(ListingProposal proposal, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var errors = ListingValidation.Proposal(proposal);
        if (errors.Count > 0) return Result<(ListingView, bool)>.Invalid(errors.ToDictionary());
        var uscc = proposal.Uscc!.Trim().ToUpperInvariant();

        var entity = await directory.FindAsync(uscc, ct);
        if (entity is null) return Result<(ListingView, bool)>.Invalid("uscc", $"统一社会信用代码“{uscc}”未登记或不在您的管辖范围内");
        var list = ListingRules.AbnormalListFor(entity.Type == EntityType.IndividualBusiness);
        var key = ListingRules.Key(list, proposal.Ground, $"{proposal.SourceSystem.Trim()}/{proposal.SourceId.Trim()}", uscc);
        if (await ExistingProposalAsync(key, uscc, proposal.Ground, ct) is { } existing) return (ListingView.Of(existing), false);
        if (entity.Status != EntityStatus.Active) return Result<(ListingView, bool)>.Invalid("uscc", $"“{entity.Name}”已{EntityNames.Of(entity.Status)}，不能列入");

        var listing = new Listing
        {
            Key = key,
            Uscc = uscc,
            EntityName = entity.Name,
            DivisionCode = entity.DivisionCode,
            List = list,
            Ground = proposal.Ground,
            Facts = proposal.Facts.Trim(),
            Authority = await numbers.AuthorityAsync(entity.DivisionCode, ct),
            ProposedOn = clock.Today(),
            ProposedBy = proposal.ProposedBy.Trim(),
            Status = ListingStatus.Proposed,
            UpdatedAt = clock.GetUtcNow(),
        };
        if (await SaveNewAsync(listing, "credit.abnormal-proposed", null, ct)) return (ListingView.Of(listing), true);
        // Another delivery of the same proposal got there first.
        return await ExistingProposalAsync(key, uscc, proposal.Ground, ct) is { } raced
            ? (ListingView.Of(raced), false)
            : Result<(ListingView, bool)>.Conflict("ground", "该主体已有同一事由的拟列入，请刷新后重试");
    }

    /// <summary>This source's listing (whatever became of it), else the entity's Proposed or Listed one on the ground.</summary>
    private async Task<Listing?> ExistingProposalAsync(string key, string uscc, ListingGround ground, CancellationToken ct) =>
        await db.Listings.AsNoTracking()
            .Where(x => x.Key == key || (x.Uscc == uscc && x.Ground == ground && (x.Status == ListingStatus.Listed || x.Status == ListingStatus.Proposed)))
            .OrderBy(x => x.Key == key ? 0 : 1).ThenByDescending(x => x.Id).FirstOrDefaultAsync(ct);

    /// <summary>Whether a clerk-typed decision number is already on a listing or removal (generated ones never collide).</summary>
    private async Task<bool> DecisionNoTakenAsync(string? decisionNo, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(decisionNo)) return false;
        var no = decisionNo.Trim();
        return await db.Listings.IgnoreQueryFilters().AnyAsync(l => l.DecisionNo == no || l.RemovalDecisionNo == no, ct);
    }

    /// <summary>Moves the row from <paramref name="from"/> to <paramref name="to"/> in SQL inside the caller's transaction; false when another request got there first.</summary>
    private async Task<bool> ClaimAsync(long id, ListingStatus from, ListingStatus to, CancellationToken ct) =>
        await db.Listings.IgnoreQueryFilters().Where(l => l.Id == id && l.Status == from)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.Status, to), ct) == 1;

    /// <summary>Sets a listing to Listed on <paramref name="on"/>: decision number, and for the serious list its terms and the legal-rep ban.</summary>
    internal async Task ApplyListedAsync(Listing listing, EntitySummary entity, DateOnly on, string? decisionNo, string by, CancellationToken ct)
    {
        listing.Status = ListingStatus.Listed;
        listing.ListedOn = on;
        listing.ConfirmedBy = by;
        listing.DecisionNo = decisionNo ?? await numbers.NextAsync(listing.DivisionCode, ListingRules.ListingKind(listing.List), on.Year, ct);
        listing.UpdatedAt = clock.GetUtcNow();
        if (listing.List == CreditList.Serious)
        {
            var terms = ListingRules.Serious(on, rules.GetInt("serious.stay", on), rules.GetInt("serious.early-removal-after", on),
                rules.GetInt("serious.legal-rep-ban", on));
            listing.ExpiresOn = terms.ExpiresOn;
            listing.EarlyRemovalFrom = terms.EarlyRemovalFrom;
            listing.LegalRepBanUntil = terms.LegalRepBanUntil;
            listing.LegalRepName = string.IsNullOrWhiteSpace(entity.LegalRep) ? null : entity.LegalRep;
        }
    }

    /// <summary>
    /// Sets a listing to Removed on <paramref name="on"/> (cause cured on <paramref name="curedOn"/>); audit, feed and event follow
    /// with the caller's next save. Runs inside the caller's transaction and first claims the row (Listed → Removed in SQL), so
    /// two removals at once (a clerk and the report-filed handler, or two nodes) remove it once: false when already gone.
    /// </summary>
    internal async Task<bool> ApplyRemovedAsync(Listing listing, DateOnly curedOn, DateOnly on, string reason, string? decisionNo, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("移出须在事务内办理");
        if (!await ClaimAsync(listing.Id, ListingStatus.Listed, ListingStatus.Removed, ct)) return false;
        var before = ListingView.Of(listing);
        listing.CuredOn = curedOn;
        listing.RemovalDue = ListingRules.RemovalDue(calendar, curedOn, rules.GetPeriod("abnormal.removal", curedOn));
        listing.RemovedOn = on;
        listing.RemovalReason = reason;
        listing.RemovalDecisionNo = decisionNo ?? await numbers.NextAsync(listing.DivisionCode, ListingRules.RemovalKind(listing.List), on.Year, ct);
        listing.Status = ListingStatus.Removed;
        listing.UpdatedAt = clock.GetUtcNow();
        db.Audit(listing.List == CreditList.Serious ? "credit.serious-removed" : "credit.abnormal-removed", nameof(Listing),
            listing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), before, ListingView.Of(listing), listing.DivisionCode);
        CreditFeed.Add(db, ListingRules.RemovedFeedKind(listing.List), listing.Uscc, listing.EntityName, listing.DivisionCode, listing.RemovalDecisionNo,
            $"移出{CreditNames.Of(listing.List)}：{reason}", on, clock.GetUtcNow());
        db.Publish(new ListingChanged(listing.Uscc, listing.List, listing.Status, listing.Id));
        return true;
    }

    /// <summary>Audit, feed entry (when given) and event for a listing already tracked with its id.</summary>
    internal void Record(Listing listing, string action, string? feedKind, string reference, DateOnly effectiveOn, string summary)
    {
        db.Audit(action, nameof(Listing), listing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, ListingView.Of(listing), listing.DivisionCode);
        if (feedKind is not null)
            CreditFeed.Add(db, feedKind, listing.Uscc, listing.EntityName, listing.DivisionCode, reference, summary, effectiveOn, clock.GetUtcNow());
        db.Publish(new ListingChanged(listing.Uscc, listing.List, listing.Status, listing.Id));
    }

    /// <summary>
    /// Inserts a new listing, then its audit entry, feed entry (for a Listed one) and event, in one transaction; false when
    /// its key is already taken (a second run or another node got there first), with nothing written.
    /// </summary>
    internal async Task<bool> SaveNewAsync(Listing listing, string action, string? feedKind, CancellationToken ct)
    {
        if (await db.Listings.IgnoreQueryFilters().AnyAsync(x => x.Key == listing.Key, ct)) return false;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            db.Listings.Add(listing);
            await db.SaveChangesAsync(ct);
            var kind = feedKind is null || listing.Status != ListingStatus.Listed ? null
                : listing.List == CreditList.Serious ? CreditFeed.SeriousListed : CreditFeed.AbnormalListed;
            Record(listing, action, kind, listing.DecisionNo ?? listing.Key, listing.ListedOn ?? listing.ProposedOn,
                $"列入{CreditNames.Of(listing.List)}：{CreditNames.Of(listing.Ground)}");
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
