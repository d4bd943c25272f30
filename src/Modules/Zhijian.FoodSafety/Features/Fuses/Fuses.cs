using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Markets;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Events;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Fuses;

/// <summary>熔断触发: published in the same save as the suspension and its notices.</summary>
[EventName("food.fuse-triggered")]
internal sealed record FoodFuseTriggered(long SuspensionId, string Number, string Subject, string ProductGroup, string DivisionCode, DateTimeOffset StartedAt,
    DateTimeOffset EndsAt, int Markets) : IDomainEvent;

/// <summary>A failure to feed 熔断.</summary>
internal sealed record FailureInput(string Source, long SourceId, string BatchKey, string? SupplierUscc, string? SupplierName, string? Origin, string ProductName,
    string ProductGroup, DateTimeOffset At, string DivisionCode);

internal sealed record SuspensionRow(long Id, string Number, string Subject, string Basis, string ProductGroup, int RuleVersion, string Bureau, DateTimeOffset StartedAt,
    DateTimeOffset EndsAt, string State, string Reason, string? LiftReason, DateTimeOffset? LiftedAt, string? LiftedBy, int Markets);

internal sealed record FuseRuleRow(long Id, string ProductGroup, string GroupName, int Version, DateOnly EffectiveFrom, string Basis, int Threshold, int WindowDays,
    int SuspensionDays, bool CountRapid, string Note, string CreatedBy, DateTimeOffset CreatedAt);

/// <summary>新增熔断规则版本.</summary>
internal sealed record SaveFuseRule(string? ProductGroup, DateOnly? EffectiveFrom, FuseBasis Basis, int Threshold, int WindowDays, int SuspensionDays, bool CountRapid, string? Note);

/// <summary>解除熔断.</summary>
internal sealed record LiftSuspension(string? Reason);

/// <summary>
/// 熔断: failures come in (final rapid positives, lab confirmations, sampling failures) and are evaluated against the rule version in
/// force for their product group ("*" when the group has none) on the failure's date; the Nth distinct failed batch of one subject
/// within the window starts a suspension in the jurisdiction of the bureau of the failure's division, with a notice to every active
/// test point there and an outbox event, all in the caller's save. Lifting (reason required) and expiry are audited; after either only
/// later failures count.
/// </summary>
internal sealed class Fuses(FoodSafetyDbContext db, ActorContext actor, OrgUnitDirectory units, TimeProvider clock)
{
    /// <summary>Adds the failure (once per source) and evaluates; the caller saves. Returns the new suspension, if any.</summary>
    public async Task<Suspension?> RecordFailureAsync(FailureInput f, CancellationToken ct)
    {
        if (await db.FoodFailures.IgnoreQueryFilters().AnyAsync(x => x.Source == f.Source && x.SourceId == f.SourceId, ct)) return null;
        var failure = new FoodFailure
        {
            Source = f.Source,
            SourceId = f.SourceId,
            BatchKey = f.BatchKey,
            SupplierKey = FuseEvaluator.Norm(f.SupplierUscc) ?? FuseEvaluator.Norm(f.SupplierName),
            SupplierName = f.SupplierName,
            Origin = FuseEvaluator.Norm(f.Origin),
            ProductName = f.ProductName.Trim(),
            ProductGroup = f.ProductGroup,
            At = f.At,
            DivisionCode = f.DivisionCode,
        };
        db.FoodFailures.Add(failure);
        await EnsureDefaultRuleAsync(ct);
        var rule = await RuleForAsync(f.ProductGroup, f.At.ToChinaDate(), ct);
        if (rule is null) return null;
        var key = FuseEvaluator.SubjectKey(rule.Basis, failure.SupplierKey, failure.Origin, failure.ProductName);
        if (key is null) return null;
        var unit = await units.BureauForAsync(f.DivisionCode, ct);
        var jurisdiction = unit?.DivisionCode ?? (f.DivisionCode.Length >= 6 ? f.DivisionCode[..6] : f.DivisionCode);
        var prefix = jurisdiction.TrimEnd('0');
        if (prefix.Length % 2 == 1) prefix += "0";
        var groups = new[] { f.ProductGroup, ProductGroups.All };
        var previous = await db.Suspensions.IgnoreQueryFilters().Where(s => s.SubjectKey == key && s.DivisionCode == jurisdiction && groups.Contains(s.ProductGroup))
            .Select(s => new { s.LiftedAt, s.EndsAt }).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var active = previous.Any(s => s.LiftedAt is null && now < s.EndsAt);
        DateTimeOffset? after = previous.Count == 0 ? null : previous.Max(s => s.LiftedAt is { } l && l < s.EndsAt ? l : s.EndsAt);
        var from = f.At.AddDays(-rule.WindowDays);
        var q = db.FoodFailures.IgnoreQueryFilters().Where(x => !x.Withdrawn && x.At >= from && x.DivisionCode.StartsWith(prefix) && (x.ProductGroup == f.ProductGroup || rule.ProductGroup == ProductGroups.All));
        q = rule.Basis switch
        {
            FuseBasis.Supplier => q.Where(x => x.SupplierKey == key),
            FuseBasis.Origin => q.Where(x => x.Origin == key),
            _ => q.Where(x => x.ProductName == key),
        };
        var stored = await q.Select(x => new FailureFact(x.Id, x.BatchKey, x.At, x.Source == "rapid")).ToListAsync(ct);
        stored.Add(new FailureFact(0, failure.BatchKey, failure.At, failure.Source == "rapid"));
        var version = new FuseRuleVersion(rule.Id, rule.Version, rule.Basis, rule.Threshold, rule.WindowDays, rule.SuspensionDays, rule.CountRapid);
        var decision = FuseEvaluator.Evaluate(version, stored, f.At, after, active);
        if (decision is null) return null;
        return await TriggerAsync(rule, key, failure, decision, jurisdiction, unit?.Name ?? "", now, ct);
    }

    private async Task<Suspension> TriggerAsync(FuseRule rule, string key, FoodFailure failure, FuseDecision decision, string jurisdiction, string bureau,
        DateTimeOffset now, CancellationToken ct)
    {
        // The failures are saved with the suspension: ids of stored ones, the new one is referred to by its batch.
        var ids = string.Join(",", decision.Failures.Where(x => x.Id != 0).Select(x => x.Id.ToString(CultureInfo.InvariantCulture)));
        var subject = rule.Basis switch
        {
            FuseBasis.Supplier => failure.SupplierName ?? key,
            FuseBasis.Origin => failure.Origin ?? key,
            _ => failure.ProductName,
        };
        var start = decision.StartsAt > now ? now : decision.StartsAt;
        var year = start.ToChinaDate().Year;
        var prefix = string.Create(CultureInfo.InvariantCulture, $"RD{year}");
        var last = await db.Suspensions.IgnoreQueryFilters().Where(s => s.Number.StartsWith(prefix)).OrderByDescending(s => s.Number).Select(s => s.Number).FirstOrDefaultAsync(ct);
        var pending = db.ChangeTracker.Entries<Suspension>().Count(e => e.State == EntityState.Added);
        var seq = (last is null ? 0 : int.Parse(last[prefix.Length..], CultureInfo.InvariantCulture)) + pending + 1;
        var s = new Suspension
        {
            Number = string.Create(CultureInfo.InvariantCulture, $"{prefix}{seq:D4}"),
            RuleId = rule.Id,
            RuleVersion = rule.Version,
            ProductGroup = rule.ProductGroup,
            Basis = rule.Basis,
            Subject = subject,
            SubjectKey = key,
            DivisionCode = jurisdiction,
            BureauName = bureau,
            StartedAt = start,
            EndsAt = start.AddDays(rule.SuspensionDays),
            FailureIds = ids,
            Reason = $"{FuseEvaluator.NameOf(rule.Basis)}“{subject}”在 {rule.WindowDays} 日内有 {decision.Failures.Count} 个批次不合格（{ProductGroups.NameOf(failure.ProductGroup)}，"
                + $"规则第 {rule.Version} 版：{rule.WindowDays} 日内 {rule.Threshold} 批次不合格即暂停入市 {rule.SuspensionDays} 日）；最近一批：{failure.ProductName}（{failure.BatchKey}）",
        };
        db.Suspensions.Add(s);
        await db.SaveChangesAsync(ct); // the id for the notices; callers run inside their transaction
        var prefixMarkets = jurisdiction.TrimEnd('0');
        if (prefixMarkets.Length % 2 == 1) prefixMarkets += "0";
        var markets = await db.TestPoints.IgnoreQueryFilters().Where(p => p.Active && p.DivisionCode.StartsWith(prefixMarkets)).Select(p => p.Id).ToListAsync(ct);
        var text = $"熔断通知 {s.Number}：自 {Local(s.StartedAt)} 起至 {Local(s.EndsAt)} 止，暂停{s.Subject}的{ProductGroups.NameOf(s.ProductGroup)}进入本辖区市场销售。原因：{s.Reason}";
        if (text.Length > 500) text = text[..500];
        db.FuseNotices.AddRange(markets.Select(m => new FuseNotice { SuspensionId = s.Id, TestPointId = m, At = now, Text = text }));
        db.Audit("food.fuse.triggered", "FoodSuspension", Id(s.Id), null,
            new { s.Number, s.Subject, Basis = FuseEvaluator.NameOf(s.Basis), s.ProductGroup, s.RuleVersion, s.StartedAt, s.EndsAt, s.FailureIds, Markets = markets.Count }, s.DivisionCode);
        db.Publish(new FoodFuseTriggered(s.Id, s.Number, s.Subject, s.ProductGroup, s.DivisionCode, s.StartedAt, s.EndsAt, markets.Count));
        return s;
    }

    /// <summary>The rule version in force on <paramref name="on"/> for the group, else for "*".</summary>
    public async Task<FuseRule?> RuleForAsync(string group, DateOnly on, CancellationToken ct)
    {
        var rules = await db.FuseRules.AsNoTracking().Where(r => (r.ProductGroup == group || r.ProductGroup == ProductGroups.All) && r.EffectiveFrom <= on).ToListAsync(ct);
        return rules.Where(r => r.ProductGroup == group).OrderByDescending(r => r.Version).FirstOrDefault()
            ?? rules.Where(r => r.ProductGroup == ProductGroups.All).OrderByDescending(r => r.Version).FirstOrDefault();
    }

    /// <summary>Seeds the default rule (3 failed batches of one supplier in 30 days → 30 days, rapid positives count) when none exists.</summary>
    public async Task EnsureDefaultRuleAsync(CancellationToken ct)
    {
        if (await db.FuseRules.AnyAsync(ct)) return;
        db.FuseRules.Add(DefaultRule(clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two first readers raced to add the default rule: the other one's version 1 is in (unique group and version); read that.
            db.ChangeTracker.Clear();
        }
    }

    public static FuseRule DefaultRule(DateTimeOffset now) => new()
    {
        ProductGroup = ProductGroups.All,
        Version = 1,
        EffectiveFrom = new DateOnly(2000, 1, 1),
        Basis = FuseBasis.Supplier,
        Threshold = 3,
        WindowDays = 30,
        SuspensionDays = 30,
        CountRapid = true,
        Note = "默认规则：同一供货者 30 日内 3 个批次不合格（实验室确认、抽检不合格及异议期满的快检阳性），暂停进入本辖区市场 30 日",
        CreatedBy = "系统",
        CreatedAt = now,
    };

    public async Task<Result<FuseRuleRow>> AddRuleAsync(SaveFuseRule cmd, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var group = string.IsNullOrWhiteSpace(cmd.ProductGroup) ? ProductGroups.All : cmd.ProductGroup.Trim();
        if (group != ProductGroups.All && ProductGroups.Find(group) is null) errors.Add("productGroup", $"产品类别“{group}”不存在");
        if (!Enum.IsDefined(cmd.Basis)) errors.Add("basis", "熔断依据应为同一供货者、同一产地或同一产品");
        if (cmd.Threshold is < 1 or > 100) errors.Add("threshold", "不合格批次数应在 1 到 100 之间");
        if (cmd.WindowDays is < 1 or > 366) errors.Add("windowDays", "统计期应在 1 到 366 日之间");
        if (cmd.SuspensionDays is < 1 or > 366) errors.Add("suspensionDays", "暂停入市期限应在 1 到 366 日之间");
        var from = cmd.EffectiveFrom ?? clock.Today();
        if (from < clock.Today()) errors.Add("effectiveFrom", "生效日期不得早于今天（规则修改新增版本，不改写历史）");
        if (errors.Count > 0) return Result<FuseRuleRow>.Invalid(errors.ToDictionary());
        var last = await db.FuseRules.Where(r => r.ProductGroup == group).MaxAsync(r => (int?)r.Version, ct) ?? 0;
        var rule = new FuseRule
        {
            ProductGroup = group,
            Version = last + 1,
            EffectiveFrom = from,
            Basis = cmd.Basis,
            Threshold = cmd.Threshold,
            WindowDays = cmd.WindowDays,
            SuspensionDays = cmd.SuspensionDays,
            CountRapid = cmd.CountRapid,
            Note = cmd.Note?.Trim() ?? "",
            CreatedBy = actor.Current.ShownName,
            CreatedAt = clock.GetUtcNow(),
        };
        db.FuseRules.Add(rule);
        db.Audit("food.fuse.rule", "FoodFuseRule", group + "#" + rule.Version.ToString(CultureInfo.InvariantCulture), null,
            new { rule.ProductGroup, rule.Version, rule.EffectiveFrom, Basis = FuseEvaluator.NameOf(rule.Basis), rule.Threshold, rule.WindowDays, rule.SuspensionDays, rule.CountRapid });
        await db.SaveChangesAsync(ct);
        return Row(rule);
    }

    public async Task<IReadOnlyList<FuseRuleRow>> RulesAsync(CancellationToken ct) =>
        [.. (await db.FuseRules.AsNoTracking().OrderBy(r => r.ProductGroup).ThenByDescending(r => r.Version).ToListAsync(ct)).Select(Row)];

    public async Task<Result<SuspensionRow>> LiftAsync(long id, LiftSuspension cmd, CancellationToken ct)
    {
        var s = await db.Suspensions.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return Result<SuspensionRow>.NotFound($"熔断 {id} 不存在或不在您的管辖范围内");
        if (string.IsNullOrWhiteSpace(cmd.Reason) || cmd.Reason.Trim().Length < 4) return Result<SuspensionRow>.Invalid("reason", "解除理由不能为空（至少 4 个字）");
        if (cmd.Reason.Trim().Length > 500) return Result<SuspensionRow>.Invalid("reason", "解除理由不得超过 500 字");
        var now = clock.GetUtcNow();
        if (!s.IsActive(now)) return Result<SuspensionRow>.Conflict("status", $"熔断 {s.Number} 已{(s.LiftedAt is null ? "到期" : "解除")}，不能再解除");
        s.LiftedAt = now;
        s.LiftReason = cmd.Reason.Trim();
        s.LiftedBy = actor.Current.ShownName;
        db.Audit("food.fuse.lifted", "FoodSuspension", Id(s.Id), new { State = "熔断中" }, new { State = "已解除", s.LiftReason, s.LiftedAt }, s.DivisionCode);
        await db.SaveChangesAsync(ct);
        return await RowAsync(s, ct);
    }

    /// <summary>Marks suspensions past their end as expired (audited). Returns how many.</summary>
    public async Task<int> ExpireAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await db.Suspensions.IgnoreQueryFilters().Where(s => s.LiftedAt == null && s.ExpiredAt == null && s.EndsAt <= now).Take(500).ToListAsync(ct);
        foreach (var s in due)
        {
            s.ExpiredAt = now;
            db.Audit("food.fuse.expired", "FoodSuspension", Id(s.Id), new { State = "熔断中" }, new { State = "已到期", s.EndsAt }, s.DivisionCode);
        }

        if (due.Count > 0) await db.SaveChangesAsync(ct);
        return due.Count;
    }

    /// <summary>Suspensions (state: active | past | all), newest first; <paramref name="isPublic"/> ignores the jurisdiction filter.</summary>
    public async Task<IReadOnlyList<SuspensionRow>> ListAsync(string? state, bool isPublic, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var q = isPublic ? db.Suspensions.IgnoreQueryFilters().AsNoTracking() : db.Suspensions.AsNoTracking();
        q = state switch
        {
            "active" => q.Where(s => s.LiftedAt == null && s.EndsAt > now),
            "past" => q.Where(s => s.LiftedAt != null || s.EndsAt <= now),
            _ => q,
        };
        var rows = await q.OrderByDescending(s => s.StartedAt).Take(500).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var counts = await db.FuseNotices.AsNoTracking().Where(n => ids.Contains(n.SuspensionId)).GroupBy(n => n.SuspensionId)
            .Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        return [.. rows.Select(s => Row(s, now, counts.GetValueOrDefault(s.Id)))];
    }

    /// <summary>Active suspensions noticed to a test point (its page and the portal).</summary>
    public async Task<IReadOnlyList<SuspensionRow>> ActiveForPointAsync(long pointId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rows = await (from n in db.FuseNotices.AsNoTracking()
                          join s in db.Suspensions.IgnoreQueryFilters().AsNoTracking() on n.SuspensionId equals s.Id
                          where n.TestPointId == pointId && s.LiftedAt == null && s.EndsAt > now
                          orderby s.StartedAt descending
                          select s).ToListAsync(ct);
        return [.. rows.Select(s => Row(s, now, 0))];
    }

    private async Task<SuspensionRow> RowAsync(Suspension s, CancellationToken ct) =>
        Row(s, clock.GetUtcNow(), await db.FuseNotices.CountAsync(n => n.SuspensionId == s.Id, ct));

    private static SuspensionRow Row(Suspension s, DateTimeOffset now, int markets) =>
        new(s.Id, s.Number, s.Subject, FuseEvaluator.NameOf(s.Basis), ProductGroups.NameOf(s.ProductGroup), s.RuleVersion, s.BureauName, s.StartedAt, s.EndsAt,
            s.LiftedAt is not null ? "已解除" : s.EndsAt <= now ? "已到期" : "熔断中", s.Reason, s.LiftReason, s.LiftedAt, s.LiftedBy, markets);

    private static FuseRuleRow Row(FuseRule r) =>
        new(r.Id, r.ProductGroup, ProductGroups.NameOf(r.ProductGroup), r.Version, r.EffectiveFrom, FuseEvaluator.NameOf(r.Basis), r.Threshold, r.WindowDays, r.SuspensionDays,
            r.CountRapid, r.Note, r.CreatedBy, r.CreatedAt);

    internal static string Local(DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, ChinaTime.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
