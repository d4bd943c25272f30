using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Import;
using Zhijian.Platform.Storage;
using Zhijian.Prices.Data;
using Zhijian.Prices.Domain.Monitoring;
using Zhijian.Prices.Features.Warnings;

namespace Zhijian.Prices.Features.Monitoring;

/// <summary>What an import stored, and the warnings it raised.</summary>
internal sealed record PriceImportSummary(int Rows, int Added, int Corrected, int Unchanged, int WarningsRaised, int WarningsUpgraded);

/// <summary>
/// 价格批量导入 (a week's or a season's prices from the city's collection sheet): XLSX or CSV through the platform's import kit, at most
/// 200,000 rows; every row checked like a report (point known, active, in the jurisdiction; good in the catalogue and collected at that kind
/// of point; price above 0 with two decimals; unit the catalogue's; date not in the future), one price per point, good and day in the file;
/// all rows or none. The warning rules then run over the imported goods from the first imported day (the full pass, restricted).
/// </summary>
internal sealed class PriceImport(PricesDbContext db, ActorContext actor, PriceStore store, WarningEngine engine, TimeProvider clock)
{
    private const int Point = 0, On = 1, Good = 2, Price = 3, Unit = 4;

    public static readonly ImportTemplate Template = new("prices",
    [
        new("监测点编号", true, "如 JN-0001（见 /api/v1/prices/points）") { Field = "pointCode" },
        new("采价日期", true, "yyyy-MM-dd") { Field = "on" },
        new("商品", true, "商品编码或名称，如 pork-lean 或 猪肉（精瘦肉）（见 /api/v1/prices/goods）") { Field = "good" },
        new("价格", true, "元，最多两位小数") { Field = "price" },
        new("计价单位", false, "如 元/500克；填写的须与目录一致") { Field = "unit" },
    ])
    {
        Limits = ImportLimits.Default with { MaxRows = 200_000 },
        MaxBytes = 64L * 1024 * 1024,
    };

    private static readonly string?[] Example = ["JN-0001", "2026-12-01", "pork-lean", "16.80", "元/500克"];

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/observations/import", Import).AsFileImport(g, "/observations/import", Template, PricesAccess.ReportPolicy, "监测价格",
            "导入监测价格（XLSX 或 CSV：UTF-8 / GB18030；每个文件至多 200,000 行；全部通过校验才入库，逐行报告错误；入库后按预警规则判断）", Example);

    private static Task<Results<Ok<PriceImportSummary>, ProblemHttpResult>> Import(HttpRequest request, string? encoding, ImportKit kit, PriceImport import,
        CancellationToken ct) =>
        kit.RunFileAsync<PriceImportSummary>(request, Template, encoding, (path, errors) => import.ImportAsync(path, encoding, errors, ct), ct);

    /// <summary>The console's import: the summary, or every error found (nothing written).</summary>
    public Task<(PriceImportSummary? Summary, IReadOnlyList<ImportRowError> Errors)> ImportAsync(string path, string? encoding, CancellationToken ct) =>
        ImportErrors.ListAsync(Template, errors => ImportAsync(path, encoding, errors, ct));

    public async Task<PriceImportSummary?> ImportAsync(string path, string? encoding, ImportErrors errors, CancellationToken ct)
    {
        var a = actor.Current;
        if (!PricesAccess.CanReport(a)) throw new TabularFileException("只有价格监测人员（登记人员、执法人员）、科室负责人可以导入监测价格");
        var today = clock.Today();
        var points = (await db.Points.IgnoreQueryFilters().AsNoTracking().ToListAsync(ct)).ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
        var goods = await db.Goods.AsNoTracking().ToListAsync(ct);
        var drafts = new List<PriceDraft>();
        var seen = new Dictionary<(string, string, DateOnly), long>();
        foreach (var r in Template.Read(path, encoding))
        {
            MonitoringPoint? point = null;
            var code = r.Text(Point);
            if (code is null) r.Error(Point, "监测点编号不能为空");
            else if (!points.TryGetValue(code, out point)) r.Error(Point, $"监测点“{code}”不存在");
            else if (!point.Active) r.Error(Point, $"监测点“{point.Name}”已停用");
            else if (!a.Jurisdiction.Covers(point.DivisionCode)) r.Error(Point, $"监测点“{point.Name}”不在您的管辖范围内");
            var on = r.Date(On);
            if (on is null && !r.HasErrorIn(On)) r.Error(On, "采价日期不能为空");
            else if (on > today) r.Error(On, "采价日期不能晚于今天");
            else if (on < today.AddYears(-5)) r.Error(On, "采价日期不能早于五年前");
            var goodText = r.Text(Good);
            var good = PriceIntake.Resolve(goods, goodText);
            if (good is null) r.Error(Good, goodText is null ? "商品不能为空" : $"商品“{goodText}”不在价格监测商品目录中");
            else if (point is not null && !PriceIntake.KindsOf(good).Contains(point.Kind))
                r.Error(Good, $"{PriceIntake.NameOf(point.Kind)}类监测点不采集{good.Name}");
            var price = r.Number(Price, t => $"价格“{t}”不是数字");
            long? fen = null;
            if (good is not null && !r.HasErrorIn(Price))
            {
                fen = PriceIntake.PriceError(price, r.Text(Unit), good, out var error);
                if (error is { } e) r.Error(e.Field == "unit" ? Unit : Price, e.Text);
            }

            if (point is not null && good is not null && on is { } d && !seen.TryAdd((point.Code, good.Code, d), r.Line))
                r.Error(Good, $"与第 {seen[(point.Code, good.Code, d)]} 行重复（同一监测点、商品、日期）");
            if (r.Errors.Count == 0 && point is not null && good is not null && on is { } day && fen is { } f) drafts.Add(new PriceDraft(point, good.Code, day, f));
            errors.AddRange(r.Errors);
        }

        if (errors.Count > 0) return null;
        if (drafts.Count == 0) throw new TabularFileException("文件中没有价格数据");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var outcome = await store.StoreAsync(drafts, "导入", a.ShownName, ct);
        var pass = await engine.FullPassAsync(drafts.Select(d => d.GoodCode).Distinct().ToList(), drafts.Min(d => d.On), ct);
        var first = drafts[0].Point.DivisionCode;
        db.Audit("prices.imported", "PriceImport", clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), null,
            new { Rows = drafts.Count, outcome.Added, outcome.Corrected, outcome.Unchanged, From = drafts.Min(d => d.On), To = drafts.Max(d => d.On), pass.Raised, pass.Upgraded },
            drafts.All(d => d.Point.DivisionCode == first) ? first : null);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new PriceImportSummary(drafts.Count, outcome.Added, outcome.Corrected, outcome.Unchanged, pass.Raised, pass.Upgraded);
    }
}
