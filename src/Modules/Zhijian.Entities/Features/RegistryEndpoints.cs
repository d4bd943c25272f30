using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
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

/// <summary>The annual report just filed (<c>{"year": …}</c>).</summary>
internal sealed record AnnualReportYear(int Year);

/// <summary>The licence just added (<c>{"number": …}</c>).</summary>
internal sealed record LicenceAdded(string Number);

/// <summary>/api/v1/entities: annual reports, licences and exports.</summary>
internal static class RegistryEndpoints
{
    private const string Csv = "text/csv";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map(RouteGroupBuilder entities)
    {
        entities.MapPost("/{uscc}/annual-reports", FileReport).RequireAuthorization(EntityAccess.WritePolicy).Idempotent()
            .WithSummary("报送（或代为补报）年度报告；逾期报送予以标注");
        entities.MapGet("/annual-reports/rate", ReportRates)
            .WithSummary("年报率：本辖区各县（市、区）应报、已报、逾期户数与比率（默认上一年度）");
        entities.MapGet("/annual-reports/missing", MissingAnnualReports)
            .WithSummary("未按时报送年度报告的主体名单（列入经营异常名录的依据）");
        entities.MapPost("/{uscc}/licences", RegisterLicence).RequireAuthorization(EntityAccess.WritePolicy).Idempotent()
            .WithSummary("登记涉企许可（自动更新规则标签，如“食品经营者”）");
        entities.MapGet("/licences/expiring", ExpiringLicences).WithSummary("30/60/90 日内到期的许可");
        entities.MapGet("/licences/expired-operating", ExpiredOperating).WithSummary("许可已过期仍在营的主体（检查线索）");
        entities.MapGet("/export.csv", ExportCsv).Produces<byte[]>(StatusCodes.Status200OK, Csv)
            .WithSummary("导出查询结果（CSV，个人信息已脱敏）");
        entities.MapGet("/export.xlsx", ExportXlsx).Produces<byte[]>(StatusCodes.Status200OK, Xlsx)
            .WithSummary("导出查询结果（Excel，个人信息已脱敏）");
    }

    private static async Task<Results<Created<AnnualReportYear>, ProblemHttpResult>> FileReport(string uscc, FileAnnualReport cmd,
        AnnualReports.AnnualReports reports, CancellationToken ct)
    {
        var r = await reports.FileAsync(uscc.Trim().ToUpperInvariant(), cmd, ct);
        return r.IsSuccess ? TypedResults.Created($"/api/v1/entities/{uscc}", new AnnualReportYear(r.Value)) : r.ToProblem();
    }

    private static async Task<Results<Ok<AnnualReportRates>, ProblemHttpResult>> ReportRates(int? year, AnnualReports.AnnualReports reports,
        TimeProvider clock, CancellationToken ct) =>
        year is < Years.First or > Years.Last
            ? Problems.Validation("year", Years.Message)
            : TypedResults.Ok(await reports.RatesAsync(year ?? clock.Today().Year - 1, ct));

    private static async Task<Results<Ok<MissingReports>, ProblemHttpResult>> MissingAnnualReports(int? year, int? page, int? pageSize,
        AnnualReports.AnnualReports reports, TimeProvider clock, CancellationToken ct) =>
        year is < Years.First or > Years.Last
            ? Problems.Validation("year", Years.Message)
        : page is < 1 or > 100_000 || pageSize is < 1 or > 500
            ? Problems.Validation("pageSize", "页码应在 1–100000 之间，每页 1–500 条")
            : TypedResults.Ok(await reports.MissingAsync(year ?? clock.Today().Year - 1, page ?? 1, pageSize ?? 100, ct));

    private static async Task<Results<Created<LicenceAdded>, ProblemHttpResult>> RegisterLicence(string uscc, AddLicence cmd, Licences.Licences licences,
        CancellationToken ct)
    {
        var r = await licences.AddAsync(uscc.Trim().ToUpperInvariant(), cmd, ct);
        return r.IsSuccess ? TypedResults.Created($"/api/v1/entities/{uscc}", new LicenceAdded(r.Value!)) : r.ToProblem();
    }

    private static async Task<Results<Ok<IReadOnlyList<LicenceListItem>>, ProblemHttpResult>> ExpiringLicences(int? days, string? type,
        Licences.Licences licences, CancellationToken ct) =>
        days is not (null or 30 or 60 or 90)
            ? Problems.Validation("days", "days 应为 30、60 或 90")
            : TypedResults.Ok(await licences.ExpiringAsync(days ?? 30, type, ct));

    private static async Task<Ok<IReadOnlyList<LicenceListItem>>> ExpiredOperating(Licences.Licences licences, CancellationToken ct) =>
        TypedResults.Ok(await licences.ExpiredOperatingAsync(ct));

    /// <summary>Streams the rows as they are read (a county's whole registry fits in no buffer it should hold).</summary>
    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> ExportCsv(string? q, EntityType? type, EntityStatus? status, string? division,
        string? industry, string? tag, string? licence, EntitySearch search, HttpContext http, CancellationToken ct)
    {
        var query = new EntityQuery(q, type, status, division, industry, tag, licence);
        if (search.Validate(query) is { Count: > 0 } invalid) return Problems.Validation(invalid.ToDictionary());
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = Attachment("csv");
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(true));
        var rows = search.Filtered(query).OrderBy(e => e.Uscc).AsAsyncEnumerable();
        await EntityCsv.WriteMaskedAsync(writer, rows, ct);
        return TypedResults.Empty;
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> ExportXlsx(string? q, EntityType? type, EntityStatus? status, string? division,
        string? industry, string? tag, string? licence, EntitySearch search, HttpContext http, CancellationToken ct)
    {
        var query = new EntityQuery(q, type, status, division, industry, tag, licence);
        if (search.Validate(query) is { Count: > 0 } invalid) return Problems.Validation(invalid.ToDictionary());
        var path = Path.Combine(Path.GetTempPath(), $"zj-export-{Guid.NewGuid():N}.xlsx");
        try
        {
            EntityCsv.WriteMaskedXlsx(path, search.Filtered(query).OrderBy(e => e.Uscc).AsEnumerable());
            http.Response.ContentType = Xlsx;
            http.Response.Headers.ContentDisposition = Attachment("xlsx");
            await http.Response.SendFileAsync(path, ct);
        }
        finally
        {
            File.Delete(path);
        }

        return TypedResults.Empty;
    }

    private static string Attachment(string extension) =>
        $"attachment; filename*=UTF-8''{Uri.EscapeDataString($"市场主体_{DateTime.UtcNow:yyyyMMddHHmm}.{extension}")}";
}
