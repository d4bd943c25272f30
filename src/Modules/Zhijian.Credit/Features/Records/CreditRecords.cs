using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhijian.Credit.Contracts;
using Zhijian.Credit.Data;
using Zhijian.Credit.Domain;
using Zhijian.Credit.Features.Feed;
using Zhijian.Entities.Contracts;
using Zhijian.Platform;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Events;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Credit.Features.Records;

/// <summary>
/// 归集一条涉企信用记录. <c>SourceSystem</c> + <c>SourceId</c> identify it at the sender; sending it again changes
/// nothing, sending it changed updates it (audited). <c>PublicUntil</c> overrides the computed disclosure period.
/// </summary>
internal sealed record CreditRecordInput(
    string? Uscc, CreditRecordKind? Kind, string? SourceSystem, string? SourceId, string? Authority, string? Title,
    DateOnly? DecidedOn, string? Content = null, string? DocumentNo = null, CreditField? Field = null, decimal? Amount = null,
    string? PenaltyKinds = null, bool Severe = false, bool? IsPublic = null, DateOnly? PublicUntil = null, DateOnly? WithdrawnOn = null);

/// <summary>
/// What happened to a sent record: stored (new or updated), unchanged, quarantined for an unknown entity, or held for review
/// (received from outside the entity's area under a data-sharing scope: stored, not in force until approved).
/// </summary>
internal sealed record RecordOutcome(string Outcome, long? Id, string? Reason)
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Unchanged = "unchanged";
    public const string Quarantined = "quarantined";
    public const string Held = "held";
}

/// <summary>信息归集: records from this bureau's modules and from other departments.</summary>
internal sealed class CreditRecords(CreditDbContext db, IntakeArea area, ActorContext actor, IRuleBook rules, TimeProvider clock)
{
    /// <summary>Checks a record's fields (Chinese message per field); nothing is written.</summary>
    public static FieldErrors Validate(CreditRecordInput r, DateOnly today)
    {
        var e = new FieldErrors();
        if (string.IsNullOrWhiteSpace(r.Uscc)) e.Add("uscc", "统一社会信用代码不能为空");
        else if (Uscc.Check(r.Uscc.Trim().ToUpperInvariant()) is { Valid: false } c) e.Add("uscc", $"统一社会信用代码“{r.Uscc}”无效：{c.Error}");
        if (r.Kind is null || !Enum.IsDefined(r.Kind.Value)) e.Add("kind", "记录类别不能为空，取值见接口文档（如 Penalty 行政处罚、Licensing 行政许可）");
        if (r.Field is { } f && !Enum.IsDefined(f)) e.Add("field", "监管领域取值无效");
        e.Require("sourceSystem", r.SourceSystem, "来源系统", 60).Require("sourceId", r.SourceId, "来源编号", 100)
            .Require("authority", r.Authority, "作出决定机关", 100).Require("title", r.Title, "记录标题", 200);
        if (r.DecidedOn is null) e.Add("decidedOn", "决定（发生）日期不能为空");
        else e.Date("decidedOn", "决定（发生）日期", r.DecidedOn, today, past: true);
        e.Date("publicUntil", "公示截止日", r.PublicUntil, today, past: false).Date("withdrawnOn", "撤销（变更）日期", r.WithdrawnOn, today, past: true);
        if (r.PublicUntil is { } until && r.DecidedOn is { } d && until < d)
            e.Add("publicUntil", $"公示截止日 {until:yyyy-MM-dd} 早于决定日期 {d:yyyy-MM-dd}");
        if (r.WithdrawnOn is { } w && r.DecidedOn is { } d2 && w < d2)
            e.Add("withdrawnOn", $"撤销（变更）日期 {w:yyyy-MM-dd} 早于决定日期 {d2:yyyy-MM-dd}");
        e.Amount("amount", "金额", r.Amount);
        if ((r.Content?.Length ?? 0) > 4000) e.Add("content", "记录内容不能超过 4000 个字符");
        if ((r.DocumentNo?.Length ?? 0) > 100) e.Add("documentNo", "文书号不能超过 100 个字符");
        if ((r.PenaltyKinds?.Length ?? 0) > 200) e.Add("penaltyKinds", "处罚种类不能超过 200 个字符");
        if (r.Kind == CreditRecordKind.Penalty && DisclosureRules.SplitKinds(r.PenaltyKinds).Count == 0)
            e.Add("penaltyKinds", "行政处罚记录须填写处罚种类（如“警告；罚款”）");
        return e;
    }

    /// <summary>
    /// Accepts one record from the current actor: validates, checks the sender's area (<see cref="IntakeArea"/>), quarantines it
    /// when the registry does not know the entity, otherwise stores it (or updates the stored one from the same source) with audit,
    /// feed entry and event in one save. A record for an entity outside the sender's area is refused (403) unless a data-sharing
    /// scope admits it; then it is stored as 待审核 (outcome "held"), not public and not counted until approved.
    /// </summary>
    public Task<Result<RecordOutcome>> AcceptAsync(CreditRecordInput input, CancellationToken ct)
    {
        area.Reset();
        return AcceptAsync(input, Sender.Of(actor.Current), ct);
    }

    /// <summary>Accepts one record from <paramref name="sender"/> (the current actor, or a quarantined record's sender at release).</summary>
    public async Task<Result<RecordOutcome>> AcceptAsync(CreditRecordInput input, Sender sender, CancellationToken ct)
    {
        var today = clock.Today();
        var errors = Validate(input, today);
        if (errors.Count > 0) return Result<RecordOutcome>.Invalid(errors.ToDictionary());
        var uscc = input.Uscc!.Trim().ToUpperInvariant();
        var source = input.SourceSystem!.Trim();
        var sourceId = input.SourceId!.Trim();

        var decision = await area.DecideAsync(sender, uscc, source, today, ct);
        if (decision.Verdict == AreaVerdict.Refused) return Result<RecordOutcome>.Forbidden(decision.Refusal!);
        if (decision.Entity is not { } entity) return await QuarantineAsync(input, uscc, source, sourceId, sender, ct);
        var held = decision.Verdict == AreaVerdict.UnderScope;

        // The (source, id) pair is unique across the whole table: look it up past the caller's jurisdiction filter.
        var record = await db.Records.IgnoreQueryFilters().SingleOrDefaultAsync(x => x.SourceSystem == source && x.SourceId == sourceId, ct);
        if (record is not null && record.Uscc != uscc)
            return Result<RecordOutcome>.Conflict("sourceId", sender.Area?.Covers(record.DivisionCode) == true
                ? $"来源编号“{sourceId}”已用于另一主体（{record.Uscc}）的记录，不能改指 {uscc}"
                : $"来源编号“{sourceId}”已用于另一主体的记录，不能改指 {uscc}");
        if (record is not null && held && record.Review == RecordReview.None)
            return Result<RecordOutcome>.Conflict("sourceId", $"来源编号“{sourceId}”已用于主体属地报送的记录，辖区外报送不能修改它");
        var before = record is null ? null : Snapshot(record);
        var isNew = record is null;
        record ??= new CreditRecord { SourceSystem = source, SourceId = sourceId, ReceivedAt = clock.GetUtcNow() };
        var wasPublic = !isNew && record.IsPublicOn(today);
        Fill(record, input, uscc, entity);
        var after = Snapshot(record);
        if (!isNew && before == after)
            return new RecordOutcome(record.Review == RecordReview.Pending ? RecordOutcome.Held : RecordOutcome.Unchanged, record.Id, null);

        record.SubmittedBy = sender.Name;
        if (held)
        {
            // Outside the sender's area: every new or changed version waits for the entity's section chief.
            record.Review = RecordReview.Pending;
            record.SharingScopeId = decision.Scope?.Id;
            record.ReviewedBy = null;
            record.ReviewedAt = null;
            record.ReviewNote = null;
        }

        if (isNew) db.Records.Add(record);
        var at = clock.GetUtcNow();
        if (record.Kind == CreditRecordKind.Penalty)
        {
            var nowPublic = record.IsPublicOn(today);
            var reference = record.DocumentNo ?? record.SourceId;
            if (nowPublic && !wasPublic)
                CreditFeed.Add(db, CreditFeed.PenaltyPublished, uscc, entity.Name, entity.DivisionCode, reference, $"{record.Authority}：{record.Title}（{record.PenaltyKinds}）", record.DecidedOn, at);
            else if (!nowPublic && wasPublic && (record.WithdrawnOn is not null || held))
                CreditFeed.Add(db, CreditFeed.PenaltyWithdrawn, uscc, entity.Name, entity.DivisionCode, reference,
                    record.WithdrawnOn is null ? $"辖区外报送的变更待审核，暂停公示：{record.Title}" : $"处罚决定已撤销或变更，撤下公示：{record.Title}",
                    record.WithdrawnOn ?? today, at);
        }

        db.Audit(isNew ? "credit.record.created" : "credit.record.updated", "CreditRecord", $"{source}/{sourceId}", before,
            held ? new { Record = after, Review = "待审核", SharingScope = decision.Scope?.Id, Sender = sender.Name } : after, entity.DivisionCode);
        db.Publish(new CreditRecordAccepted(uscc, record.Kind, source, sourceId));
        await db.SaveChangesAsync(ct);
        if (held)
            return new RecordOutcome(RecordOutcome.Held, record.Id,
                $"主体属地 {entity.DivisionCode} 不在报送方管辖范围内，按数据共享范围{(decision.Scope is { } sc ? $"“{sc.Name}”" : "")}接收，待属地科室负责人审核后生效（审核前不公示）");
        return new RecordOutcome(isNew ? RecordOutcome.Created : RecordOutcome.Updated, record.Id, null);
    }

    public const int MaxBatch = 5000;

    /// <summary>Later rows that repeat an earlier row's source (index, index of the first, "system/id").</summary>
    public static IEnumerable<(int Index, int First, string Key)> DuplicateSources(IReadOnlyList<CreditRecordInput> batch) =>
        batch.Select((r, i) => (Key: $"{r.SourceSystem?.Trim()}/{r.SourceId?.Trim()}", i)).GroupBy(x => x.Key).Where(g => g.Count() > 1)
            .SelectMany(g => g.Skip(1).Select(x => (x.i, g.First().i, g.Key)));

    /// <summary>
    /// The records of <paramref name="batch"/> the current actor may not send (entity outside its area, no data-sharing scope): index
    /// and reason; checked for the whole batch before anything is written.
    /// </summary>
    public async Task<IReadOnlyList<(int Index, string Reason)>> RefusalsAsync(IReadOnlyList<CreditRecordInput> batch, CancellationToken ct)
    {
        area.Reset();
        var sender = Sender.Of(actor.Current);
        var today = clock.Today();
        var refused = new List<(int, string)>();
        for (var i = 0; i < batch.Count; i++)
        {
            var d = await area.DecideAsync(sender, batch[i].Uscc!.Trim().ToUpperInvariant(), batch[i].SourceSystem!.Trim(), today, ct);
            if (d.Verdict == AreaVerdict.Refused) refused.Add((i, d.Refusal!));
        }

        return refused;
    }

    /// <summary>403 with every refused record (field "[i].uscc", or the file's line), nothing written.</summary>
    public static ProblemHttpResult RefusedProblem(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = StatusCodes.Status403Forbidden,
            Title = "不在管辖范围内，未归集任何记录",
            Detail = $"{errors.Count} 条记录的主体不在报送方管辖范围内且没有数据共享范围，整批未入库：" + string.Join("；", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}：{m}"))),
        });

    /// <summary>
    /// Checks a whole batch before anything is read (pure): null when it may go on; else 400 for an empty or oversized batch,
    /// or 422 with every record's errors ("[i].field") and repeated sources.
    /// </summary>
    public static ProblemHttpResult? ValidateBatch(IReadOnlyList<CreditRecordInput> batch, DateOnly today)
    {
        if (batch.Count == 0) return Problems.Validation("records", "没有记录：请至少提交一条");
        if (batch.Count > MaxBatch) return Problems.Validation("records", $"一次最多提交 {MaxBatch} 条，本次 {batch.Count} 条");
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < batch.Count; i++)
        {
            if (batch[i] is null) errors[$"[{i}]"] = [$"第 {i + 1} 条记录为空（null）"];
            else
            {
                foreach (var (field, messages) in Validate(batch[i], today).ToDictionary())
                    errors[$"[{i}].{field}"] = messages;
            }
        }

        if (errors.Count == 0)
        {
            foreach (var (index, first, key) in DuplicateSources(batch))
                errors[$"[{index}].sourceId"] = [$"与第 {first + 1} 条的来源编号重复（{key}）"];
        }

        return errors.Count > 0 ? Problems.Unprocessable("信用记录有误", $"{errors.Count} 处错误，整批未入库。", errors) : null;
    }

    /// <summary>Accepts validated records in one transaction: all or none.</summary>
    public async Task<Result<BatchSummary>> AcceptAllAsync(IReadOnlyList<CreditRecordInput> batch, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var outcomes = new List<RecordOutcome>(batch.Count);
        var sender = Sender.Of(actor.Current); // registry entries read by RefusalsAsync just before are reused
        for (var i = 0; i < batch.Count; i++)
        {
            var r = await AcceptAsync(batch[i], sender, ct);
            if (r.Status == ResultStatus.Forbidden)
                return new Result<BatchSummary>(default, ResultStatus.Forbidden, new Dictionary<string, string[]> { [$"[{i}].uscc"] = [r.Message!] }, r.Message);
            if (!r.IsSuccess) return Result<BatchSummary>.Invalid(r.Errors ?? new Dictionary<string, string[]> { ["records"] = [r.Message ?? "记录有误"] });
            outcomes.Add(r.Value!);
        }

        await tx.CommitAsync(ct);
        return new BatchSummary(batch.Count, outcomes.Count(o => o.Outcome == RecordOutcome.Created), outcomes.Count(o => o.Outcome == RecordOutcome.Updated),
            outcomes.Count(o => o.Outcome == RecordOutcome.Unchanged), outcomes.Count(o => o.Outcome == RecordOutcome.Quarantined),
            outcomes.Count(o => o.Outcome == RecordOutcome.Held));
    }

    /// <summary>Records inside the caller's jurisdiction, newest first.</summary>
    public async Task<RecordPage> ListAsync(string? uscc, CreditRecordKind? kind, int page, int pageSize, CancellationToken ct)
    {
        var q = db.Records.AsNoTracking();
        var code = uscc?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(code)) q = code.Length == 18 ? q.Where(x => x.Uscc == code) : q.Where(x => x.EntityName.Contains(uscc!.Trim()));
        if (kind is not null) q = q.Where(x => x.Kind == kind);
        var size = Math.Clamp(pageSize, 1, 200);
        var p = Math.Clamp(page, 1, CreditRanges.MaxPage);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(x => x.DecidedOn).ThenByDescending(x => x.Id).Skip(Paging.Skip(p, size)).Take(size).ToListAsync(ct);
        var today = clock.Today();
        return new RecordPage(total, p, size, [.. rows.Select(r => CreditRecordView.Of(r, today))]);
    }

    /// <summary>The quarantine, waiting records first.</summary>
    public async Task<IReadOnlyList<QuarantineView>> QuarantineAsync(bool all, CancellationToken ct) =>
        await db.Quarantine.AsNoTracking().Where(x => all || x.ReleasedAt == null).OrderByDescending(x => x.Id).Take(500)
            .Select(x => new QuarantineView(x.Id, x.SourceSystem, x.SourceId, x.Uscc, x.Reason, x.ReceivedAt, x.ReleasedAt)).ToListAsync(ct);

    /// <summary>
    /// Releases quarantined records whose entity the registry now knows; returns how many were accepted. Each is re-checked against
    /// its sender's area (kept with it) and the entity's real division: one from outside that area without a data-sharing scope stays
    /// in the quarantine with the reason; one under a scope (or from before senders were kept) joins as 待审核.
    /// </summary>
    public async Task<int> ReleaseQuarantineAsync(string? uscc, CancellationToken ct)
    {
        area.Reset();
        var pending = await db.Quarantine.Where(x => x.ReleasedAt == null && (uscc == null || x.Uscc == uscc)).OrderBy(x => x.Id).ToListAsync(ct);
        var released = 0;
        foreach (var q in pending)
        {
            var input = System.Text.Json.JsonSerializer.Deserialize<CreditRecordInput>(q.Payload, ZhijianJson.Options)!;
            var sender = Sender.Stored(q.Sender, q.SenderOrgUnitId, q.SenderArea);
            // The record and its release commit together: nobody sees it both collected and still waiting.
            await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            var result = await AcceptAsync(input, sender, ct);
            if (result.Status == ResultStatus.Forbidden)
            {
                var reason = $"主体已登记，但不在报送方管辖范围内且没有数据共享范围，未归集：{result.Message}";
                if (reason.Length > 500) reason = reason[..500];
                if (q.Reason != reason)
                {
                    q.Reason = reason;
                    db.Audit("credit.quarantine.refused", "QuarantinedRecord", $"{q.SourceSystem}/{q.SourceId}", null, new { q.Uscc, q.Sender, reason });
                    await db.SaveChangesAsync(ct);
                    if (tx is not null) await tx.CommitAsync(ct);
                }

                continue;
            }

            if (!result.IsSuccess || result.Value!.Outcome == RecordOutcome.Quarantined) continue;
            q.ReleasedAt = clock.GetUtcNow();
            db.Audit("credit.quarantine.released", "QuarantinedRecord", $"{q.SourceSystem}/{q.SourceId}", null, new { q.Uscc, result.Value.Id, result.Value.Outcome });
            await db.SaveChangesAsync(ct);
            if (tx is not null)
            {
                await tx.CommitAsync(ct);
            }

            released++;
        }

        return released;
    }

    private async Task<Result<RecordOutcome>> QuarantineAsync(CreditRecordInput input, string uscc, string source, string sourceId, Sender sender, CancellationToken ct)
    {
        var reason = $"市场主体库中没有统一社会信用代码为 {uscc} 的主体；主体登记后核对报送方管辖范围并自动归集";
        var payload = ZhijianJson.Serialize(input with { Uscc = uscc });
        var q = await db.Quarantine.SingleOrDefaultAsync(x => x.SourceSystem == source && x.SourceId == sourceId, ct);
        if (q is not null && q.Sender.Length > 0 && q.Sender != sender.Name)
            return Result<RecordOutcome>.Conflict("sourceId", $"来源编号“{sourceId}”已用于另一报送方的待核实记录，请使用本单位的来源系统标识");
        if (q is null)
        {
            db.Quarantine.Add(new QuarantinedRecord
            {
                SourceSystem = source,
                SourceId = sourceId,
                Uscc = uscc,
                Reason = reason,
                Payload = payload,
                ReceivedAt = clock.GetUtcNow(),
                Sender = sender.Name,
                SenderOrgUnitId = sender.OrgUnitId,
                SenderArea = sender.AreaText,
            });
            db.Audit("credit.record.quarantined", "QuarantinedRecord", $"{source}/{sourceId}", null, new { uscc, reason, sender = sender.Name });
            await db.SaveChangesAsync(ct);
        }
        else if (q.ReleasedAt is null && (q.Payload != payload || q.Sender != sender.Name))
        {
            q.Payload = payload;
            q.Uscc = uscc;
            q.Reason = reason;
            (q.Sender, q.SenderOrgUnitId, q.SenderArea) = (sender.Name, sender.OrgUnitId, sender.AreaText);
            await db.SaveChangesAsync(ct);
        }

        return new RecordOutcome(RecordOutcome.Quarantined, null, reason);
    }

    private void Fill(CreditRecord r, CreditRecordInput i, string uscc, EntitySummary entity)
    {
        r.Uscc = uscc;
        r.EntityName = entity.Name;
        r.DivisionCode = entity.DivisionCode;
        r.Kind = i.Kind!.Value;
        r.Field = i.Field ?? CreditField.General;
        r.Authority = i.Authority!.Trim();
        r.DocumentNo = string.IsNullOrWhiteSpace(i.DocumentNo) ? null : i.DocumentNo.Trim();
        r.Title = i.Title!.Trim();
        r.Content = i.Content?.Trim() ?? "";
        r.DecidedOn = i.DecidedOn!.Value;
        r.Amount = i.Amount;
        var kinds = DisclosureRules.SplitKinds(i.PenaltyKinds);
        r.PenaltyKinds = kinds.Count == 0 ? null : string.Join('；', kinds);
        r.Severe = i.Severe;
        r.WithdrawnOn = i.WithdrawnOn;
        var (isPublic, until) = Disclosure(rules, r.Kind, r.DecidedOn, kinds, i.Amount);
        r.IsPublic = i.IsPublic ?? isPublic;
        r.PublicUntil = i.PublicUntil ?? until;
    }

    /// <summary><see cref="DisclosureRules.Period"/> with the rule settings in force on the decision date.</summary>
    public static (bool IsPublic, DateOnly? Until) Disclosure(IRuleBook rules, CreditRecordKind kind, DateOnly on, IReadOnlyList<string> penaltyKinds, decimal? amount) =>
        DisclosureRules.Period(kind, on, penaltyKinds, amount, rules.GetDecimal("disclosure.low-fine", on),
            rules.GetInt("disclosure.period-low", on), rules.GetInt("disclosure.period-normal", on));

    private static string Snapshot(CreditRecord r) => ZhijianJson.Serialize(new
    {
        r.Uscc,
        r.Kind,
        r.Field,
        r.Authority,
        r.DocumentNo,
        r.Title,
        r.Content,
        DecidedOn = r.DecidedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Amount = r.Amount?.ToString("0.##", CultureInfo.InvariantCulture),
        r.PenaltyKinds,
        r.Severe,
        r.IsPublic,
        r.PublicUntil,
        r.WithdrawnOn,
    });
}

/// <summary>A stored record as staff and other departments read it.</summary>
internal sealed record CreditRecordView(long Id, string Uscc, string EntityName, CreditRecordKind Kind, string KindName, CreditField Field,
    string SourceSystem, string SourceId, string Authority, string? DocumentNo, string Title, string Content, DateOnly DecidedOn,
    decimal? Amount, string? PenaltyKinds, bool Severe, bool IsPublic, DateOnly? PublicUntil, DateOnly? RepairedOn, DateOnly? WithdrawnOn,
    bool PublicToday, string? Review, string? ReviewNote, string? SubmittedBy, long? SharingScopeId)
{
    /// <summary><see cref="IsPublic"/> is the disclosure decision in force: false while the record waits for review or after it was rejected.</summary>
    public static CreditRecordView Of(CreditRecord r, DateOnly today) => new(r.Id, r.Uscc, r.EntityName, r.Kind, CreditNames.Of(r.Kind), r.Field,
        r.SourceSystem, r.SourceId, r.Authority, r.DocumentNo, r.Title, r.Content, r.DecidedOn, r.Amount, r.PenaltyKinds, r.Severe,
        r.IsPublic && r.InForce, r.PublicUntil, r.RepairedOn, r.WithdrawnOn, r.IsPublicOn(today), ReviewName(r.Review), r.ReviewNote, r.SubmittedBy,
        r.SharingScopeId);

    public static string? ReviewName(RecordReview review) => review switch
    {
        RecordReview.Pending => "待审核",
        RecordReview.Approved => "已审核通过",
        RecordReview.Rejected => "已退回",
        _ => null,
    };
}

internal sealed record BatchSummary(int Rows, int Created, int Updated, int Unchanged, int Quarantined, int Held);

internal sealed record RecordPage(int Total, int Page, int PageSize, IReadOnlyList<CreditRecordView> Items);

internal sealed record QuarantineView(long Id, string SourceSystem, string SourceId, string Uscc, string Reason, DateTimeOffset ReceivedAt, DateTimeOffset? ReleasedAt);
