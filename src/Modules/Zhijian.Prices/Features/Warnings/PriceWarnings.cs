using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using Zhijian.Prices.Data;
using Zhijian.Prices.Domain.Warnings;

namespace Zhijian.Prices.Features.Warnings;

/// <summary>
/// 价格预警 for the console and the API (in the caller's jurisdiction), their 处置, and the per-good change rules with their versions: a rule
/// is never edited in place — a new version takes effect from a date and the old one ends the day before, so every warning keeps the
/// version that raised it.
/// </summary>
internal sealed class PriceWarnings(PricesDbContext db, ActorContext actor, TimeProvider clock)
{
    public static readonly IReadOnlyDictionary<ChangeWindow, string> WindowNames = new Dictionary<ChangeWindow, string>
    {
        [ChangeWindow.Day] = "日环比",
        [ChangeWindow.Week] = "周环比",
        [ChangeWindow.YearOnYear] = "同比",
    };

    public static readonly IReadOnlyDictionary<ChangeDirection, string> DirectionNames = new Dictionary<ChangeDirection, string>
    {
        [ChangeDirection.Up] = "上涨",
        [ChangeDirection.Down] = "下跌",
        [ChangeDirection.Either] = "涨跌",
    };

    public async Task<Result<IReadOnlyList<WarningView>>> ListAsync(string? good, string? division, DateOnly? from, DateOnly? to, int? level, string? status, int limit,
        CancellationToken ct)
    {
        var q = db.Warnings.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(good)) q = q.Where(w => w.GoodCode == good.Trim());
        if (!string.IsNullOrWhiteSpace(division))
        {
            var d = division.Trim();
            if (!DivisionTable.IsWellFormed(d)) return Result<IReadOnlyList<WarningView>>.Invalid("division", $"“{d}”不是行政区划代码");
            var prefix = DivisionTable.ScopePrefix(d);
            q = q.Where(w => w.DivisionCode.StartsWith(prefix));
        }

        if (from is { } f && to is { } t && f > t) return Result<IReadOnlyList<WarningView>>.Invalid("from", "开始日期不能晚于结束日期");
        if (from is { } f2) q = q.Where(w => w.PeriodEnd >= f2);
        if (to is { } t2) q = q.Where(w => w.PeriodStart <= t2);
        if (level is { } l) q = q.Where(w => (int)w.Level == l);
        if (status == "open") q = q.Where(w => w.Status == WarningStatus.Open);
        else if (status == "handled") q = q.Where(w => w.Status == WarningStatus.Handled);
        var rows = await q.OrderByDescending(w => w.PeriodStart).ThenBy(w => w.Level).ThenByDescending(w => w.Id).Take(Math.Clamp(limit, 1, 1000)).ToListAsync(ct);
        return new Result<IReadOnlyList<WarningView>>([.. rows.Select(View)], ResultStatus.Ok, null, null);
    }

    public async Task<WarningView?> GetAsync(long id, CancellationToken ct) =>
        await db.Warnings.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id, ct) is { } w ? View(w) : null;

    public async Task<Result<WarningView>> HandleAsync(long id, HandleWarning cmd, CancellationToken ct)
    {
        var a = actor.Current;
        if (!PricesAccess.CanCheck(a)) return Result<WarningView>.Forbidden("只有执法人员、科室负责人可以处置价格预警");
        var w = await db.Warnings.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (w is null) return Result<WarningView>.NotFound($"价格预警 {id} 不存在（或不在您的管辖范围内）");
        var errors = new FieldErrors();
        if (w.Status == WarningStatus.Handled) errors.Add("id", "该预警已处置");
        errors.Require("note", cmd.Note, "处置情况", 500);
        if (errors.Count > 0) return Result<WarningView>.Invalid(errors.ToDictionary());
        w.Status = WarningStatus.Handled;
        w.HandledNote = cmd.Note!.Trim();
        w.HandledAt = clock.GetUtcNow();
        w.HandledBy = a.ShownName;
        db.Audit("prices.warning.handled", "PriceWarning", w.Number, null, new { w.Number, w.HandledNote }, w.DivisionCode);
        await db.SaveChangesAsync(ct);
        return View(w);
    }

    public async Task<IReadOnlyList<ChangeRuleRow>> RulesAsync(string? good, CancellationToken ct)
    {
        var today = clock.Today();
        var q = db.ChangeRules.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(good)) q = q.Where(r => r.GoodCode == good.Trim());
        var rows = await q.OrderBy(r => r.GoodCode).ThenBy(r => r.GroupId).ThenBy(r => r.Version).ToListAsync(ct);
        var names = await db.Goods.AsNoTracking().ToDictionaryAsync(g => g.Code, g => g.Name, ct);
        var latest = rows.GroupBy(r => r.GroupId).ToDictionary(g => g.Key, g => g.Max(r => r.Version));
        return [.. rows.Select(r => Row(r, names.GetValueOrDefault(r.GoodCode, r.GoodCode), latest[r.GroupId] == r.Version && (r.EffectiveTo is null || r.EffectiveTo >= today)))];
    }

    /// <summary>Version 1 of a new rule (<paramref name="groupId"/> null), or the next version of rule <paramref name="groupId"/> from its effective date.</summary>
    public async Task<Result<ChangeRuleRow>> SaveRuleAsync(long? groupId, SaveChangeRule cmd, CancellationToken ct)
    {
        var a = actor.Current;
        if (!PricesAccess.CanAdminister(a)) return Result<ChangeRuleRow>.Forbidden("只有科室负责人、系统管理员可以设置价格预警规则");
        var today = clock.Today();
        var errors = new FieldErrors();
        ChangeRuleVersion? current = null;
        if (groupId is { } gid)
        {
            current = await db.ChangeRules.Where(r => r.GroupId == gid).OrderByDescending(r => r.Version).FirstOrDefaultAsync(ct);
            if (current is null) return Result<ChangeRuleRow>.NotFound($"预警规则 {gid} 不存在");
        }

        var goodCode = current?.GoodCode ?? cmd.Good?.Trim();
        var good = goodCode is null ? null : await db.Goods.AsNoTracking().SingleOrDefaultAsync(g => g.Code == goodCode, ct);
        if (good is null) errors.Add("good", string.IsNullOrWhiteSpace(goodCode) ? "请选择商品" : $"商品“{goodCode}”不在价格监测商品目录中");
        var window = WindowNames.FirstOrDefault(w => w.Value == cmd.Window?.Trim() || w.Key.ToString().Equals(cmd.Window?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (window.Value is null) errors.Add("window", "比较周期应为：日环比、周环比、同比");
        var direction = DirectionNames.FirstOrDefault(d => d.Value == cmd.Direction?.Trim() || d.Key.ToString().Equals(cmd.Direction?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (direction.Value is null) errors.Add("direction", "变动方向应为：上涨、下跌、涨跌");
        if (cmd.Percent is not { } pct || pct <= 0m || pct > 1000m) errors.Add("percent", "变动幅度应大于 0%，不超过 1000%");
        if (cmd.Level is not (1 or 2 or 3)) errors.Add("level", "预警级别应为 1（一级）、2（二级）或 3（三级）");
        var from = cmd.EffectiveFrom ?? today;
        if (current is not null && from <= current.EffectiveFrom) errors.Add("effectiveFrom", $"新版本的施行日期应晚于现行版本的施行日期（{current.EffectiveFrom:yyyy-MM-dd}）");
        if (cmd.Note?.Trim().Length > 300) errors.Add("note", "说明不能超过 300 个字");
        if (errors.Count > 0) return Result<ChangeRuleRow>.Invalid(errors.ToDictionary());
        var now = clock.GetUtcNow();
        var rule = new ChangeRuleVersion
        {
            GoodCode = good!.Code,
            Version = (current?.Version ?? 0) + 1,
            Window = window.Key,
            Direction = direction.Key,
            Percent = cmd.Percent!.Value,
            Level = (WarningLevel)cmd.Level!.Value,
            EffectiveFrom = from,
            Note = string.IsNullOrWhiteSpace(cmd.Note) ? null : cmd.Note.Trim(),
            CreatedAt = now,
            CreatedBy = a.ShownName,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (current is not null)
        {
            current.EffectiveTo = from.AddDays(-1);
            rule.GroupId = current.GroupId;
        }

        db.ChangeRules.Add(rule);
        await db.SaveChangesAsync(ct);
        if (current is null)
        {
            rule.GroupId = rule.Id;
            await db.SaveChangesAsync(ct);
        }

        db.Audit(current is null ? "prices.rule.created" : "prices.rule.versioned", "PriceRule", rule.GroupId.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
            new { rule.GoodCode, rule.Version, Window = WindowNames[rule.Window], Direction = DirectionNames[rule.Direction], rule.Percent, Level = (int)rule.Level, rule.EffectiveFrom });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Row(rule, good.Name, true);
    }

    private static ChangeRuleRow Row(ChangeRuleVersion r, string goodName, bool current) => new(r.Id, r.GroupId, r.Version, r.GoodCode, goodName, WindowNames[r.Window],
        DirectionNames[r.Direction], r.Percent, (int)r.Level, WarningEvaluation.NameOf(r.Level), r.EffectiveFrom, r.EffectiveTo, current, r.Note, r.CreatedBy, r.CreatedAt);

    internal static WarningView View(PriceWarning w)
    {
        using var doc = JsonDocument.Parse(w.Inputs);
        return new WarningView(w.Id, w.Number, w.GoodCode, w.GoodName, (int)w.Level, WarningEvaluation.NameOf(w.Level) + "预警", w.RuleKey, w.RuleName, w.RuleVersion, w.Period,
            w.PeriodStart, w.PeriodEnd, w.Value, w.ValueUnit, doc.RootElement.Clone(), w.Message, w.DivisionCode, DivisionTable.Default.FullName(w.DivisionCode), w.RaisedAt,
            w.NoticeSent, w.Status == WarningStatus.Handled ? "已处置" : "待处置", w.HandledNote, w.HandledBy, w.HandledAt);
    }
}
