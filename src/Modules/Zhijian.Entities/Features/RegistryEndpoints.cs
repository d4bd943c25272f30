using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Entities.Dataset;
using Zhijian.Entities.Features.AnnualReports;
using Zhijian.Entities.Features.Licences;
using Zhijian.Entities.Features.Search;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Web;

namespace Zhijian.Entities.Features;

/// <summary>/api/v1/entities: annual reports, licences and exports.</summary>
internal static class RegistryEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/entities").WithTags("市场主体库").RequireAuthorization(EntityAccess.ReadPolicy);

        g.MapPost("/{uscc}/annual-reports", async (string uscc, FileAnnualReport cmd, AnnualReports.AnnualReports reports, CancellationToken ct) =>
            await reports.FileAsync(uscc.Trim().ToUpperInvariant(), cmd, ct) is var r && r.IsSuccess
                ? Results.Created($"/api/v1/entities/{uscc}", new { year = r.Value })
                : r.ToProblem())
            .RequireAuthorization(EntityAccess.WritePolicy).Idempotent().WithSummary("报送（或代为补报）年度报告；逾期报送予以标注");

        g.MapGet("/annual-reports/rate", async (int? year, AnnualReports.AnnualReports reports, TimeProvider clock, CancellationToken ct) =>
            year is < Years.First or > Years.Last
                ? Problems.Validation("year", Years.Message)
                : Results.Ok(await reports.RatesAsync(year ?? clock.Today().Year - 1, ct)))
            .WithSummary("年报率：本辖区各县（市、区）应报、已报、逾期户数与比率（默认上一年度）");

        g.MapGet("/annual-reports/missing", async (int? year, int? page, int? pageSize, AnnualReports.AnnualReports reports, TimeProvider clock, CancellationToken ct) =>
            year is < Years.First or > Years.Last
                ? Problems.Validation("year", Years.Message)
            : page is < 1 or > 100_000 || pageSize is < 1 or > 500
                ? Problems.Validation("pageSize", "页码应在 1–100000 之间，每页 1–500 条")
                : Results.Ok(await reports.MissingAsync(year ?? clock.Today().Year - 1, page ?? 1, pageSize ?? 100, ct)))
            .WithSummary("未按时报送年度报告的主体名单（列入经营异常名录的依据）");

        g.MapPost("/{uscc}/licences", async (string uscc, AddLicence cmd, Licences.Licences licences, CancellationToken ct) =>
            await licences.AddAsync(uscc.Trim().ToUpperInvariant(), cmd, ct) is var r && r.IsSuccess
                ? Results.Created($"/api/v1/entities/{uscc}", new { number = r.Value })
                : r.ToProblem())
            .RequireAuthorization(EntityAccess.WritePolicy).Idempotent().WithSummary("登记涉企许可（自动更新规则标签，如“食品经营者”）");

        g.MapGet("/licences/expiring", async (int? days, string? type, Licences.Licences licences, CancellationToken ct) =>
            days is not (null or 30 or 60 or 90)
                ? Problems.Validation("days", "days 应为 30、60 或 90")
                : Results.Ok(await licences.ExpiringAsync(days ?? 30, type, ct)))
            .WithSummary("30/60/90 日内到期的许可");

        g.MapGet("/licences/expired-operating", async (Licences.Licences licences, CancellationToken ct) =>
            Results.Ok(await licences.ExpiredOperatingAsync(ct)))
            .WithSummary("许可已过期仍在营的主体（检查线索）");

        g.MapGet("/export.csv", async (string? q, EntityType? type, EntityStatus? status, string? division, string? industry, string? tag,
                string? licence, EntitySearch search, HttpContext http, CancellationToken ct) =>
            {
                var query = new EntityQuery(q, type, status, division, industry, tag, licence);
                if (search.Validate(query) is { Count: > 0 } invalid) return Results.ValidationProblem(invalid.ToDictionary(), title: "请求参数有误");
                http.Response.ContentType = "text/csv; charset=utf-8";
                http.Response.Headers.ContentDisposition = $"attachment; filename*=UTF-8''{Uri.EscapeDataString($"市场主体_{DateTime.UtcNow:yyyyMMddHHmm}.csv")}";
                await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(true));
                var rows = search.Filtered(query).OrderBy(e => e.Uscc).AsAsyncEnumerable();
                await EntityCsv.WriteMaskedAsync(writer, rows, ct);
                return Results.Empty;
            })
            .WithSummary("导出查询结果（CSV，个人信息已脱敏）");

        g.MapGet("/export.xlsx", async (string? q, EntityType? type, EntityStatus? status, string? division, string? industry, string? tag,
                string? licence, EntitySearch search, HttpContext http, CancellationToken ct) =>
            {
                var query = new EntityQuery(q, type, status, division, industry, tag, licence);
                if (search.Validate(query) is { Count: > 0 } invalid) return Results.ValidationProblem(invalid.ToDictionary(), title: "请求参数有误");
                var path = Path.Combine(Path.GetTempPath(), $"zj-export-{Guid.NewGuid():N}.xlsx");
                try
                {
                    EntityCsv.WriteMaskedXlsx(path, search.Filtered(query).OrderBy(e => e.Uscc).AsEnumerable());
                    http.Response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                    http.Response.Headers.ContentDisposition = $"attachment; filename*=UTF-8''{Uri.EscapeDataString($"市场主体_{DateTime.UtcNow:yyyyMMddHHmm}.xlsx")}";
                    await http.Response.SendFileAsync(path, ct);
                }
                finally
                {
                    File.Delete(path);
                }

                return Results.Empty;
            })
            .WithSummary("导出查询结果（Excel，个人信息已脱敏）");
    }
}
