using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
        api.MapGet("/me", (ActorContext actor) =>
        {
            var a = actor.Current;
            return Results.Ok(new { name = a.Name, orgUnitId = a.OrgUnitId, orgUnitName = a.OrgUnitName, roles = a.Roles.Order(), scopes = a.Scopes.Order(), divisions = a.Jurisdiction.Prefixes });
        }).RequireAuthorization().WithTags("身份").WithSummary("当前调用者：机构、角色、辖区");

        var audit = api.MapGroup("/audit").WithTags("审计").RequireAuthorization(PlatformSetup.AdminPolicy);
        audit.MapGet("/verify", async (PlatformDbContext db, AuditAnchors anchors, CancellationToken ct) =>
        {
            var v = await anchors.VerifyAsync(db, ct);
            return v.Ok
                ? Results.Ok(new { ok = true, entries = v.Entries, anchoredThrough = v.AnchoredThrough })
                : Results.Ok(new { ok = false, entries = v.Entries, brokenAt = v.BrokenAt, reason = v.Reason, anchoredThrough = v.AnchoredThrough });
        }).WithSummary("校验审计哈希链及链外锚点：返回 ok 与条数，或第一条被破坏（或被截断）的记录序号");

        Jobs.JobEndpoints.Map(api);

        var orgs = api.MapGroup("/org-units").WithTags("组织机构").RequireAuthorization();
        orgs.MapGet("/", (OrgUnitService s, CancellationToken ct) => s.ListAsync(ct)).WithSummary("本辖区机构树（按编码排序）");
        orgs.MapPost("/", async (CreateOrgUnit cmd, OrgUnitService s, CancellationToken ct) =>
            await s.CreateAsync(cmd, ct) is var r && r.IsSuccess
                ? Results.Created($"/api/v1/org-units/{r.Value!.Id}", r.Value)
                : r.ToProblem())
            .RequireAuthorization(PlatformSetup.AdminPolicy).Idempotent().WithSummary("新增下级机构（支持 Idempotency-Key 重试）");
        orgs.MapPut("/{id:int}", async (int id, UpdateOrgUnit cmd, OrgUnitService s, CancellationToken ct) =>
            await s.UpdateAsync(id, cmd, ct) is var r && r.IsSuccess ? Results.Ok(r.Value) : r.ToProblem())
            .RequireAuthorization(PlatformSetup.AdminPolicy).WithSummary("修改机构名称、覆盖区划或停用");

        var rules = api.MapGroup("/rules").WithTags("规则设置").RequireAuthorization();
        rules.MapGet("/", (RuleAdminService s, string? on) => ParseOn(on, out var d) is { } bad ? bad : Results.Ok(s.List(d)))
            .WithSummary("全部规则设置及其在指定日期（默认今天）的取值");
        rules.MapGet("/{key}", (string key, RuleAdminService s, string? on) =>
            ParseOn(on, out var d) is { } bad ? bad
            : s.Find(key, d) is { } v ? Results.Ok(v) : Problems.NotFound("规则不存在", $"规则“{key}”未定义"))
            .WithSummary("一项规则的取值与全部版本");
        rules.MapPost("/{key}/versions", async (string key, ChangeRule cmd, RuleAdminService s, CancellationToken ct) =>
            await s.ChangeAsync(key, cmd, ct) is var r && r.IsSuccess ? Results.Ok(r.Value) : r.ToProblem())
            .RequireAuthorization(PlatformSetup.AdminPolicy).Idempotent().WithSummary("新增规则版本（自生效日期起适用）");

        var cal = api.MapGroup("/calendar/years").WithTags("工作日历");
        cal.MapGet("/", (CalendarAdminService s, CancellationToken ct) => s.ListAsync(ct)).WithSummary("已载入的年度放假安排");
        cal.MapPut("/{year:int}", async (int year, HolidaySchedule schedule, CalendarAdminService s, CancellationToken ct) =>
        {
            if (schedule.Year != year) return Problems.Validation("year", $"路径中的年份 {year} 与请求体中的年份 {schedule.Year} 不一致");
            var r = await s.SaveAsync(schedule, ct);
            return r.IsSuccess ? Results.Ok(r.Value) : r.ToProblem();
        }).RequireAuthorization().Idempotent().WithSummary("录入或更正一年的放假安排（国务院办公厅通知）");
    }

    private static IResult? ParseOn(string? on, out DateOnly? date)
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
