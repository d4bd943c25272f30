using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Platform;

/// <summary>The platform's own administration: org units, staff, API clients, rules, calendar, audit.</summary>
public sealed class PlatformModule : IZhijianModule
{
    public string Name => "系统管理";

    public void AddServices(IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        // Registered by AddZhijian itself: the platform is always present.
    }

    public IEnumerable<NavEntry> Navigation =>
    [
        new("系统管理", "组织机构", "/admin/org-units", "account_tree", 900, Roles.Admin),
        new("系统管理", "工作人员", "/admin/staff", "badge", 901, Roles.Admin),
        new("系统管理", "API 客户端", "/admin/api-clients", "key", 902, Roles.Admin),
        new("系统管理", "规则设置", "/admin/rules", "tune", 903, Roles.Admin),
        new("系统管理", "工作日历", "/admin/calendar", "calendar_month", 904, Roles.Admin),
        new("系统管理", "审计记录", "/admin/audit", "verified_user", 905, Roles.Admin),
        new("系统管理", "定时任务", "/admin/jobs", "schedule", 906, Roles.Admin),
    ];

    public void MapEndpoints(RouteGroupBuilder api)
    {
        api.MapGet("/me", Me).RequireAuthorization().WithTags("身份").WithSummary("当前调用者：机构、角色、辖区");
        Todo.TodoEndpoints.Map(api);

        var audit = api.MapGroup("/audit").WithTags("审计").RequireAuthorization(PlatformSetup.AdminPolicy);
        audit.MapGet("/verify", VerifyAudit).WithSummary("校验审计哈希链及链外锚点：返回 ok 与条数，或第一条被破坏（或被截断）的记录序号");

        Jobs.JobEndpoints.Map(api);

        var orgs = api.MapGroup("/org-units").WithTags("组织机构").RequireAuthorization();
        orgs.MapGet("/", ListOrgUnits).WithSummary("本辖区机构树（按编码排序）");
        orgs.MapPost("/", CreateOrgUnit)
            .RequireAuthorization(PlatformSetup.AdminPolicy).Idempotent().WithSummary("新增下级机构（支持 Idempotency-Key 重试）");
        orgs.MapPut("/{id:int}", UpdateOrgUnit).RequireAuthorization(PlatformSetup.AdminPolicy).WithSummary("修改机构名称、覆盖区划或停用");

        var rules = api.MapGroup("/rules").WithTags("规则设置").RequireAuthorization();
        rules.MapGet("/", ListRules).WithSummary("全部规则设置及其在指定日期（默认今天）的取值");
        rules.MapGet("/{key}", GetRule).WithSummary("一项规则的取值与全部版本");
        rules.MapPost("/{key}/versions", ChangeRule)
            .RequireAuthorization(PlatformSetup.AdminPolicy).Idempotent().WithSummary("新增规则版本（自生效日期起适用）");

        var cal = api.MapGroup("/calendar/years").WithTags("工作日历");
        cal.MapGet("/", ListCalendarYears).WithSummary("已载入的年度放假安排");
        cal.MapPut("/{year:int}", SaveCalendarYear).RequireAuthorization().Idempotent().WithSummary("录入或更正一年的放假安排（国务院办公厅通知）");
    }

    private static Ok<MeResponse> Me(ActorContext actor)
    {
        var a = actor.Current;
        return TypedResults.Ok(new MeResponse(a.Name, a.OrgUnitId, a.OrgUnitName, [.. a.Roles.Order()], [.. a.Scopes.Order()], a.Jurisdiction.Prefixes));
    }

    private static async Task<Ok<AuditVerifyResponse>> VerifyAudit(PlatformDbContext db, AuditAnchors anchors, CancellationToken ct)
    {
        var v = await anchors.VerifyAsync(db, ct);
        return TypedResults.Ok(new AuditVerifyResponse(v.Ok, v.Entries, v.Ok ? null : v.BrokenAt, v.Ok ? null : v.Reason, v.AnchoredThrough));
    }

    private static async Task<Ok<IReadOnlyList<OrgUnitView>>> ListOrgUnits(OrgUnitService s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(ct));

    private static Task<Results<Created<OrgUnitView>, ProblemHttpResult>> CreateOrgUnit(CreateOrgUnit cmd, OrgUnitService s, CancellationToken ct) =>
        s.CreateAsync(cmd, ct).ToCreated(u => $"/api/v1/org-units/{u.Id}");

    private static Task<Results<Ok<OrgUnitView>, ProblemHttpResult>> UpdateOrgUnit(int id, UpdateOrgUnit cmd, OrgUnitService s, CancellationToken ct) =>
        s.UpdateAsync(id, cmd, ct).ToOk();

    private static Results<Ok<IReadOnlyList<RuleView>>, ProblemHttpResult> ListRules(RuleAdminService s, string? on) =>
        ParseOn(on, out var d) is { } bad ? bad : TypedResults.Ok(s.List(d));

    private static Results<Ok<RuleView>, ProblemHttpResult> GetRule(string key, RuleAdminService s, string? on) =>
        ParseOn(on, out var d) is { } bad ? bad
        : s.Find(key, d) is { } v ? TypedResults.Ok(v) : Problems.NotFound("规则不存在", $"规则“{key}”未定义");

    private static Task<Results<Ok<RuleView>, ProblemHttpResult>> ChangeRule(string key, ChangeRule cmd, RuleAdminService s, CancellationToken ct) =>
        s.ChangeAsync(key, cmd, ct).ToOk();

    private static async Task<Ok<IReadOnlyList<CalendarYearView>>> ListCalendarYears(CalendarAdminService s, CancellationToken ct) =>
        TypedResults.Ok(await s.ListAsync(ct));

    private static async Task<Results<Ok<CalendarYearView>, ProblemHttpResult>> SaveCalendarYear(
        int year, HolidaySchedule schedule, CalendarAdminService s, CancellationToken ct) =>
        schedule.Year != year
            ? Problems.Validation("year", $"路径中的年份 {year} 与请求体中的年份 {schedule.Year} 不一致")
            : (await s.SaveAsync(schedule, ct)).ToOk();

    private static ProblemHttpResult? ParseOn(string? on, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(on)) return null;
        if (DateOnly.TryParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return null;
        }

        return Problems.Validation("on", "日期格式应为 yyyy-MM-dd，例如 2026-10-01");
    }
}

/// <summary>当前调用者。</summary>
public sealed record MeResponse(string Name, int? OrgUnitId, string? OrgUnitName, IReadOnlyList<string> Roles, IReadOnlyList<string> Scopes,
    IReadOnlyList<string> Divisions);

/// <summary>审计哈希链校验结果：ok 为 false 时 brokenAt 为第一条被破坏（或被截断）的记录序号。</summary>
public sealed record AuditVerifyResponse(bool Ok, long Entries, long? BrokenAt, string? Reason, long? AnchoredThrough);
