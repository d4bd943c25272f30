using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Credit.Contracts;
using Zhijian.Credit.Data;
using Zhijian.Credit.Domain.Risk;
using Zhijian.Platform;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Web;

namespace Zhijian.Credit.Features.Risk;

/// <summary>The risk view of one entity: <c>GET /api/v1/credit/entities/{uscc}/risk</c>.</summary>
internal sealed record RiskView(string Class, decimal Score, string ModelVersion, IReadOnlyList<FactorDto> Factors);

/// <summary>Class counts of one county (or of the whole scope).</summary>
internal sealed record ClassCounts(string Division, string Name, int A, int B, int C, int D)
{
    public int Total => A + B + C + D;
}

internal sealed record RiskDistribution(string? Division, IReadOnlyList<ClassCounts> Counties, ClassCounts Total);

/// <summary>One entity of the early-warning list (its class worsened).</summary>
internal sealed record RiskWarning(string Uscc, string EntityName, string DivisionCode, string Class, string? PreviousClass, decimal Score,
    DateOnly? ClassChangedOn);

/// <summary>企业信用风险分类: the wiring of the risk slice (services, endpoints, jobs, handlers).</summary>
internal static class RiskFeature
{
    public const string AdminPolicy = "credit.risk.admin";

    /// <summary>Recompute: the decide roles, or an operator's API client with the "*" scope (nightly scheduling, bench).</summary>
    public const string RecomputePolicy = "credit.risk.recompute";

    public static void Add(IServiceCollection services)
    {
        services.AddScoped<RiskModelStore>();
        services.AddScoped<RiskRecompute>();
        services.AddScoped<RiskReports>();
        services.AddScoped<ICreditQueries, RiskQueries>();
        services.AddEventHandler<CreditRecordAccepted, RiskOnCreditEvents>();
        services.AddEventHandler<ListingChanged, RiskOnCreditEvents>();
        services.AddZhijianJob<RiskNightlyJob>(RiskNightlyJob.Key, "企业信用风险分类夜间全量计算", "每天 02:30", Platform.Jobs.JobSchedule.CronChina(RiskNightlyJob.Cron));
        services.AddHostedService<RiskModelSeed>();
        services.AddAccessPolicies()
            .Policy(AdminPolicy, [Roles.Admin])
            .Policy(RecomputePolicy, [Roles.Registrar, Roles.SectionChief, Roles.Admin], Scopes.All);
    }

    /// <summary>Maps the risk classes under <c>/api/v1/credit</c>.</summary>
    public static void Map(RouteGroupBuilder credit)
    {
        credit.MapGet("/entities/{uscc}/risk", Get).RequireAuthorization(CreditAccess.ReadPolicy)
            .WithSummary("市场主体的信用风险分类、得分与主要因素");
        credit.MapGet("/risk/distribution", Distribution).RequireAuthorization(CreditAccess.ReadPolicy)
            .WithSummary("辖区内各县（市、区）风险分类分布");
        credit.MapGet("/risk/warnings", Warnings).RequireAuthorization(CreditAccess.ReadPolicy)
            .WithSummary("风险预警：近 N 天风险类别上升的主体（新列 D 类在前）");
        credit.MapPost("/risk/recompute", RecomputeAll).RequireAuthorization(RecomputePolicy)
            .WithSummary("全量重新计算辖区内市场主体的风险分类");
        credit.MapPost("/entities/{uscc}/risk/recompute", RecomputeOne).RequireAuthorization(RecomputePolicy)
            .WithSummary("立即重新计算一个市场主体的风险分类");
        credit.MapGet("/risk/model", GetModel).RequireAuthorization(CreditAccess.ReadPolicy)
            .Produces<RiskModel>(StatusCodes.Status200OK, "application/json")
            .WithSummary("当前启用的风险分类模型（指标、分值、类别下限）");
        credit.MapPut("/risk/model", SaveModel).RequireAuthorization(AdminPolicy)
            .Produces<RiskModel>(StatusCodes.Status200OK, "application/json")
            .WithSummary("保存新版本风险分类模型并启用（仅最高一级机构的系统管理员）");
    }

    private static async Task<Results<Ok<RiskView>, ProblemHttpResult>> Get(string uscc, RiskReports reports, CancellationToken ct) =>
        await reports.ViewAsync(uscc, ct) is { } view
            ? TypedResults.Ok(view)
            : Problems.NotFound("未找到风险分类", $"统一社会信用代码 {uscc} 的市场主体没有风险分类：未登记、不在您的管辖范围内，或尚未计算。");

    private static async Task<Results<Ok<RiskDistribution>, ProblemHttpResult>> Distribution(string? division, RiskReports reports, CancellationToken ct) =>
        division is { Length: > 0 } d && !DivisionTable.Default.IsKnown(d)
            ? Problems.Validation("division", $"行政区划代码“{d}”不存在。")
            : TypedResults.Ok(await reports.DistributionAsync(division, ct));

    private static async Task<Results<Ok<IReadOnlyList<RiskWarning>>, ProblemHttpResult>> Warnings(int? days, RiskReports reports, CancellationToken ct) =>
        days is < 1 or > 366
            ? Problems.Validation("days", $"天数（{days}）必须在 1 到 366 之间。")
            : TypedResults.Ok(await reports.WarningsAsync(days ?? 30, 500, ct));

    private static async Task<Ok<RecomputeSummary>> RecomputeAll(RiskRecompute recompute, CancellationToken ct) => TypedResults.Ok(await recompute.AllAsync(ct));

    /// <summary>One entity now; the time it took goes into the Server-Timing header (the bench reads it).</summary>
    private static async Task<Results<Ok<RiskView>, ProblemHttpResult>> RecomputeOne(string uscc, RiskRecompute recompute, HttpContext http, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var r = await recompute.OneAsync(uscc, ct);
        http.Response.Headers["Server-Timing"] = FormattableString.Invariant(
            $"recompute;dur={System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:F2}");
        return r is null
            ? Problems.NotFound("未找到市场主体", $"统一社会信用代码 {uscc} 的市场主体未登记或不在您的管辖范围内。")
            : TypedResults.Ok(new RiskView(r.Class.ToString(), r.Score, r.ModelVersion, [.. r.Factors.Select(f => new FactorDto(f.Name, f.Points))]));
    }

    /// <summary>The model as the store writes it (its own JSON settings), declared as <see cref="RiskModel"/> in the document.</summary>
    private static async Task<ContentHttpResult> GetModel(RiskModelStore store, CancellationToken ct) =>
        TypedResults.Text((await store.ActiveAsync(ct)).ToJson(), "application/json");

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> SaveModel(JsonElement body, RiskModelStore store, OrgHierarchy tree, CancellationToken ct)
    {
        // One model classifies every entity of the platform: like the rule settings, only the top unit's
        // administrators change it (a county administrator must not reclassify the city's businesses).
        if (!await tree.IsTopAdminAsync(ct))
            return Problems.Forbidden("风险分类模型适用于全平台，只能由本平台最高一级机构的系统管理员修改");
        if (ReadModel(body, out var model) is { } unreadable) return unreadable;
        var saved = await store.SaveAsync(model, ct);
        return saved.IsSuccess ? TypedResults.Text(saved.Value!.ToJson(), "application/json") : saved.ToProblem();
    }

    /// <summary>Reads the model a body carries (pure): null, or a 400 naming the first field that could not be read.</summary>
    private static ProblemHttpResult? ReadModel(JsonElement body, out RiskModel model)
    {
        try
        {
            model = RiskModel.FromJson(body.GetRawText());
            return null;
        }
        catch (JsonException e)
        {
            model = null!;
            return Problems.Validation(string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "model" : e.Path.TrimStart('$', '.'),
                "模型配置格式不正确：" + (e.Path is { Length: > 1 } ? $"字段 {e.Path.TrimStart('$', '.')} 的值无法识别。" : "应为 JSON 对象。"));
        }
    }
}

/// <summary>Reads for the API and the console page, inside the caller's jurisdiction (the query filter).</summary>
internal sealed class RiskReports(CreditDbContext db, TimeProvider clock)
{
    public async Task<RiskView?> ViewAsync(string uscc, CancellationToken ct)
    {
        var code = uscc.Trim().ToUpperInvariant();
        var r = await db.Risks.AsNoTracking().SingleOrDefaultAsync(x => x.Uscc == code, ct);
        return r is null ? null : new RiskView(r.Class.ToString(), r.Score, r.ModelVersion, RiskRecompute.ReadFactors(r.Factors));
    }

    public async Task<RiskDistribution> DistributionAsync(string? division, CancellationToken ct)
    {
        var q = db.Risks.AsNoTracking();
        if (division is { Length: > 0 }) q = q.Where(r => r.DivisionCode.StartsWith(division));
        var rows = await q.GroupBy(r => new { r.DivisionCode, r.Class }).Select(g => new { g.Key.DivisionCode, g.Key.Class, N = g.Count() })
            .ToListAsync(ct);
        var table = DivisionTable.Default;
        var counties = rows.GroupBy(r => r.DivisionCode.Length >= 6 ? r.DivisionCode[..6] : r.DivisionCode, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ClassCounts(g.Key, table.Find(g.Key)?.Name ?? g.Key,
                g.Where(x => x.Class == RiskClass.A).Sum(x => x.N), g.Where(x => x.Class == RiskClass.B).Sum(x => x.N),
                g.Where(x => x.Class == RiskClass.C).Sum(x => x.N), g.Where(x => x.Class == RiskClass.D).Sum(x => x.N)))
            .ToList();
        var total = new ClassCounts(division ?? "", division is { Length: > 0 } ? table.FullName(division) : "合计",
            counties.Sum(c => c.A), counties.Sum(c => c.B), counties.Sum(c => c.C), counties.Sum(c => c.D));
        return new RiskDistribution(division, counties, total);
    }

    public async Task<IReadOnlyList<RiskWarning>> WarningsAsync(int days, int limit, CancellationToken ct)
    {
        var since = clock.Today().AddDays(-days);
        var rows = await db.Risks.AsNoTracking()
            .Where(r => r.ClassChangedOn >= since && r.PreviousClass != null && r.Class > r.PreviousClass)
            .OrderByDescending(r => r.Class).ThenByDescending(r => r.ClassChangedOn).ThenBy(r => r.Uscc)
            .Take(limit)
            .Select(r => new { r.Uscc, r.EntityName, r.DivisionCode, r.Class, r.PreviousClass, r.Score, r.ClassChangedOn })
            .ToListAsync(ct);
        return [.. rows.Select(r => new RiskWarning(r.Uscc, r.EntityName, r.DivisionCode, r.Class.ToString(), r.PreviousClass?.ToString(), r.Score,
            r.ClassChangedOn))];
    }
}
