using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Zhijian.Inspections.Data;
using Zhijian.Inspections.Domain;
using Zhijian.Inspections.Domain.Draw;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Inspections.Features.Witnesses;

internal sealed record SaveWitness(string? Name, string? Unit, string? Role, bool? Active);

internal sealed record WitnessView(long Id, string Name, string Unit, string Role, bool Active);

/// <summary>Where a draw's public value will come from, when it exists, and who gives it (fixed at the freeze).</summary>
internal sealed record DeclarationInput(string? PublicValueSource, DateTimeOffset? PublicValueAt, IReadOnlyList<long>? WitnessIds);

/// <summary>One witness's public value at the draw.</summary>
internal sealed record WitnessValueInput(long? WitnessId, string? Value);

/// <summary>The declaration as published: source, moment (UTC, to the second) and the witnesses with their values once drawn.</summary>
internal sealed record DeclarationView(string Source, string At, DateTimeOffset AtInstant, IReadOnlyList<WitnessEntry> Witnesses);

/// <summary>
/// 监督人员名录 and the two checks every verifiable draw (targets and inspectors) makes with it: the declaration at the
/// freeze (a source, a moment at least <c>inspection.public-value-delay</c> after the freeze, recorded witnesses) and the
/// values at the draw (one per declared witness, nobody else, not before the declared moment).
/// </summary>
internal sealed class Witnesses(InspectionsDbContext db, OrgScope scope, IRuleBook rules, IWorkingCalendar calendar, TimeProvider clock)
{
    public const int MaxWitnesses = 5;

    public async Task<IReadOnlyList<WitnessView>> ListAsync(CancellationToken ct) =>
        [.. (await db.Witnesses.AsNoTracking().OrderByDescending(x => x.Active).ThenBy(x => x.Id).ToListAsync(ct)).Select(View)];

    public async Task<Result<WitnessView>> SaveAsync(long? id, SaveWitness cmd, CancellationToken ct)
    {
        if (await scope.CurrentAsync(ct) is not { } unit) return Result<WitnessView>.Forbidden("只有机构内的工作人员可以维护监督人员名录");
        var e = new FieldErrors();
        e.Require("name", cmd.Name, "监督人员姓名", 50).Require("unit", cmd.Unit, "工作单位", 100).Require("role", cmd.Role, "身份（如纪检监察干部、人大代表、群众代表）", 50);
        if (e.Count > 0) return Result<WitnessView>.Invalid(e.ToDictionary());
        var w = id is null ? new DrawWitness { OrgUnitId = unit.Id, DivisionCode = unit.DivisionCode } : await db.Witnesses.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (w is null) return Result<WitnessView>.NotFound($"监督人员 {id} 不存在或不在您的管辖范围内");
        var before = w.Id == 0 ? null : View(w);
        w.Name = FrozenText.Clean(cmd.Name!);
        w.Unit = FrozenText.Clean(cmd.Unit!);
        w.Role = FrozenText.Clean(cmd.Role!);
        w.Active = cmd.Active ?? true;
        w.UpdatedAt = clock.GetUtcNow();
        if (w.Id == 0) db.Witnesses.Add(w);
        await db.SaveChangesAsync(ct);
        db.Audit(before is null ? "inspections.witness.created" : "inspections.witness.changed", "DrawWitness", w.Id.ToString(CultureInfo.InvariantCulture), before, View(w), w.DivisionCode);
        await db.SaveChangesAsync(ct);
        return View(w);
    }

    /// <summary>
    /// The earliest declared moment a freeze at <paramref name="frozenAt"/> allows: 00:00 (Beijing) of the Nth working day
    /// after it (rule inspection.public-value-delay, default 1: the next working day); N = 0: the freeze itself.
    /// </summary>
    public DateTimeOffset EarliestPublicValueAt(DateTimeOffset frozenAt)
    {
        var day = frozenAt.ToChinaDate();
        var n = rules.GetInt("inspection.public-value-delay", day);
        if (n == 0) return new DateTimeOffset(frozenAt.UtcDateTime.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);
        var local = calendar.AddWorkingDays(day, n).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, ChinaTime.Zone.GetUtcOffset(local));
    }

    /// <summary>Checks a declaration made now; the witnesses are read from the registry (active, in the caller's jurisdiction).</summary>
    public async Task<DrawDeclaration?> DeclareAsync(DeclarationInput input, FieldErrors e, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        e.Require("publicValueSource", input.PublicValueSource, "公开值来源（如“上海证券交易所 上证指数 收盘点位”）", 200);
        if (input.PublicValueAt is not { } at) e.Add("publicValueAt", "请填写公开值的取值时点（公开值在此时点产生，此前不能摇号）");
        else
        {
            var earliest = EarliestPublicValueAt(now);
            if (at <= now)
                e.Add("publicValueAt", $"公开值的取值时点 {Local(at)} 须晚于冻结名录的时刻（现在 {Local(now)}）：公开值须在承诺值公布之后才产生");
            else if (at < earliest)
                e.Add("publicValueAt", $"公开值的取值时点 {Local(at)} 过早：须在冻结名录之后才产生，不早于 {Local(earliest)}（规则 inspection.public-value-delay）");
            else if (at > now.AddDays(90)) e.Add("publicValueAt", $"公开值的取值时点 {Local(at)} 距今超过 90 日");
        }

        var ids = input.WitnessIds ?? [];
        if (ids.Count == 0) e.Add("witnessIds", "请至少指定一名监督人员（在监督人员名录中登记）");
        else if (ids.Count > MaxWitnesses) e.Add("witnessIds", $"监督人员最多 {MaxWitnesses} 名");
        else if (ids.Distinct().Count() != ids.Count) e.Add("witnessIds", "同一名监督人员不能重复指定");
        var found = ids.Count == 0 ? [] : await db.Witnesses.AsNoTracking().Where(x => ids.Contains(x.Id) && x.Active).ToDictionaryAsync(x => x.Id, ct);
        foreach (var id in ids.Where(id => !found.ContainsKey(id)).Distinct())
            e.Add("witnessIds", $"监督人员 {id} 不在监督人员名录中或已停用");
        if (e.Count > 0) return null;
        var second = new DateTimeOffset(input.PublicValueAt!.Value.UtcDateTime.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);
        return new DrawDeclaration(FrozenText.Clean(input.PublicValueSource!), second,
            [.. ids.Select(id => found[id]).Select(w => new WitnessEntry(w.Id, w.Name, w.Unit, w.Role, null))]);
    }

    /// <summary>
    /// The declared witnesses with the values given now, or the errors: before the declared moment, a witness not declared,
    /// a declared witness without a value, a value refused by <see cref="DrawAlgorithm.WitnessValue"/>.
    /// </summary>
    public Result<List<WitnessEntry>> Values(string source, DateTimeOffset at, IReadOnlyList<WitnessEntry> declared, IReadOnlyList<WitnessValueInput>? values)
    {
        var now = clock.GetUtcNow();
        if (now < at)
            return Result<List<WitnessEntry>>.Unprocessable($"公开值尚未产生：冻结时声明的公开值为“{source}”，取值时点 {Local(at)}，此前不能摇号");
        var e = new FieldErrors();
        var given = values ?? [];
        foreach (var v in given.Where(v => v.WitnessId is null || declared.All(w => w.Id != v.WitnessId)))
            e.Add("values", v.WitnessId is null ? "每个公开值须注明由哪位监督人员提供" : $"监督人员 {v.WitnessId} 不是本次抽取冻结时声明的监督人员");
        var result = new List<WitnessEntry>();
        foreach (var w in declared)
        {
            var mine = given.Where(v => v.WitnessId == w.Id).ToList();
            if (mine.Count == 0) e.Add("values", $"监督人员“{w.Name}”尚未提供公开值");
            else if (mine.Count > 1) e.Add("values", $"监督人员“{w.Name}”只能提供一个公开值");
            else
            {
                var (value, problem) = DrawAlgorithm.WitnessValue(mine[0].Value);
                if (problem is not null) e.Add("values", $"监督人员“{w.Name}”的{problem}");
                else result.Add(w with { Value = value });
            }
        }

        return e.Count > 0 ? Result<List<WitnessEntry>>.Invalid(e.ToDictionary()) : result;
    }

    public static DeclarationView View(string source, DateTimeOffset at, IReadOnlyList<WitnessEntry> witnesses) =>
        new(source, FrozenText.Instant(at), at, witnesses);

    /// <summary>An instant in Beijing time for messages.</summary>
    public static string Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, ChinaTime.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + "（北京时间）";

    private static WitnessView View(DrawWitness w) => new(w.Id, w.Name, w.Unit, w.Role, w.Active);
}

/// <summary>监督人员名录: /api/v1/inspections/witnesses.</summary>
internal static class WitnessesEndpoints
{
    public static void Map(RouteGroupBuilder inspections)
    {
        inspections.MapGet("/witnesses", List).WithSummary("监督人员名录（摇号时提供公开值的人员）");
        inspections.MapPost("/witnesses", Create).RequireAuthorization(InspectionAccess.OrganisePolicy).Idempotent().WithSummary("登记监督人员");
        inspections.MapPut("/witnesses/{id:long}", Update).RequireAuthorization(InspectionAccess.OrganisePolicy).WithSummary("修改或停用监督人员");
    }

    private static async Task<Ok<IReadOnlyList<WitnessView>>> List(Witnesses w, CancellationToken ct) => TypedResults.Ok(await w.ListAsync(ct));

    private static Task<Results<Created<WitnessView>, ProblemHttpResult>> Create(SaveWitness cmd, Witnesses w, CancellationToken ct) =>
        w.SaveAsync(null, cmd, ct).ToCreated(v => $"/api/v1/inspections/witnesses/{v.Id}");

    private static Task<Results<Ok<WitnessView>, ProblemHttpResult>> Update(long id, SaveWitness cmd, Witnesses w, CancellationToken ct) =>
        w.SaveAsync(id, cmd, ct).ToOk();
}
