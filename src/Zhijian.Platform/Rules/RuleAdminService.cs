using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Events;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Platform.Rules;

/// <summary>A rule with the value in force today, for the admin page and API.</summary>
public sealed record RuleView(string Key, string Area, string Name, string Kind, string Unit, string Confidence,
    string Value, string Display, DateOnly EffectiveFrom, string Note, IReadOnlyList<RuleVersionView> Versions)
{
    /// <summary>规则层级: 全国 / 省级 / 本地 (<see cref="RuleLevel"/>).</summary>
    public string Level { get; init; } = "";
}

public sealed record RuleVersionView(DateOnly EffectiveFrom, int Version, string Value, string Display, string Note,
    string ChangedBy, DateTimeOffset ChangedAt);

/// <summary>修改规则设置: a new dated version, never an edit of the old one.</summary>
public sealed record ChangeRule(string Value, DateOnly EffectiveFrom, string Note);

/// <summary>规则设置已变更</summary>
[EventName("platform.rule-changed")]
public sealed record RuleChanged(string Key, string Value, DateOnly EffectiveFrom, int Version) : IDomainEvent;

public sealed class RuleAdminService(PlatformDbContext db, IRuleBook rules, ActorContext actor, OrgHierarchy tree, TimeProvider clock)
{
    public DateOnly Today => clock.Today();

    public IReadOnlyList<RuleView> List(DateOnly? on = null) => [.. RuleCatalog.All.Select(d => View(d, on ?? Today))];

    /// <summary>Whether the caller may add versions: administrators of the top unit only (<see cref="OrgHierarchy"/>).</summary>
    public async Task<bool> CanChangeAsync(CancellationToken ct) => OrgHierarchy.IsAdmin(actor.Current) && await tree.IsTopAdminAsync(ct);

    public RuleView? Find(string key, DateOnly? on = null) => RuleCatalog.Find(key) is { } d ? View(d, on ?? Today) : null;

    public async Task<Result<RuleView>> ChangeAsync(string key, ChangeRule cmd, CancellationToken ct)
    {
        if (!OrgHierarchy.IsAdmin(actor.Current))
            return Result<RuleView>.Forbidden("只有系统管理员可以修改规则设置");
        var def = RuleCatalog.Find(key);
        if (def is null) return Result<RuleView>.NotFound($"规则“{key}”未定义");
        if (!await tree.IsTopAdminAsync(ct))
            return Result<RuleView>.Forbidden($"规则设置（{RuleDefinition.LevelName(def.Level)}）适用于全平台，只能由“{await tree.TopUnitNameAsync(ct)}”的系统管理员修改");
        if (cmd is null || cmd.Value is null || cmd.Note is null)
            return Result<RuleView>.Invalid("value", "请提供取值 value、生效日期 effectiveFrom 和变更依据 note");
        var errors = new FieldErrors();
        if (def.Validate(cmd.Value) is { } msg) errors.Add("value", msg);
        if (cmd.EffectiveFrom < Today) errors.Add("effectiveFrom", $"生效日期不能早于今天（{Today:yyyy-MM-dd}）：已办结和在办事项按其起算日适用当时的规则");
        errors.Require("note", cmd.Note, "变更依据或理由", 1000);
        if (errors.Count > 0) return Result<RuleView>.Invalid(errors.ToDictionary());

        var before = rules.Get(key, cmd.EffectiveFrom);
        // Version = 1 + the highest of the same key and date, read under the chain lock so two admins saving at
        // once get consecutive numbers instead of colliding.
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await AuditChain.LockAsync(db, ct);
            var version = 1 + (await db.RuleSettings.Where(r => r.Key == key && r.EffectiveFrom == cmd.EffectiveFrom)
                .MaxAsync(r => (int?)r.Version, ct) ?? 0);
            var setting = new RuleSetting
            {
                Key = key,
                EffectiveFrom = cmd.EffectiveFrom,
                Value = cmd.Value.Trim(),
                Version = version,
                Note = cmd.Note.Trim(),
                ChangedBy = actor.Current.Name,
                ChangedAt = clock.GetUtcNow(),
            };
            db.RuleSettings.Add(setting);
            db.Audit("rule.changed", nameof(RuleSetting), key,
                new { Value = before, EffectiveOn = cmd.EffectiveFrom },
                new { setting.Value, setting.EffectiveFrom, setting.Version, setting.Note });
            db.Publish(new RuleChanged(key, setting.Value, setting.EffectiveFrom, version));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        rules.Invalidate();
        return View(def, Today);
    }

    private RuleView View(RuleDefinition d, DateOnly on)
    {
        var history = rules.History(d.Key);
        var current = history.Where(v => v.EffectiveFrom <= on).OrderBy(v => v.EffectiveFrom).ThenBy(v => v.Version).LastOrDefault();
        var value = current?.Value ?? d.Defaults[0].Value;
        return new RuleView(d.Key, d.Area, d.Name, d.Kind.ToString(), d.Unit, d.Confidence.ToString(), value, d.Display(value),
            current?.EffectiveFrom ?? d.Defaults[0].From, current?.Note ?? d.Defaults[0].Source,
            [.. history.Select(v => new RuleVersionView(v.EffectiveFrom, v.Version, v.Value, d.Display(v.Value), v.Note, v.ChangedBy, v.ChangedAt))])
        {
            Level = RuleDefinition.LevelName(d.Level),
        };
    }

    internal static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
