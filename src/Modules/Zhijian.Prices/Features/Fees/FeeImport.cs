using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Import;
using Zhijian.Platform.Storage;
using Zhijian.Prices.Data;
using Zhijian.Prices.Domain.Fees;

namespace Zhijian.Prices.Features.Fees;

/// <summary>The outcome of a fee register import: rows read and items created.</summary>
internal sealed record FeeImportSummary(int Rows, int Created);

/// <summary>
/// 涉企收费目录清单批量导入 (a department's or a city's published list): XLSX or CSV through the platform's import kit, at most 5,000 rows;
/// every row checked like <see cref="FeeRegister.CreateAsync"/> (名称, 主体类别, 收费单位, 收费依据, 收费标准, 区划 in the caller's
/// jurisdiction), an item neither twice in the file nor already in force in the register; all rows or none, one save, one audit entry.
/// </summary>
internal sealed class FeeImport(PricesDbContext db, ActorContext actor, TimeProvider clock)
{
    private const int Name = 0, Kind = 1, Charger = 2, Basis = 3, Standard = 4, Division = 5;

    public static readonly ImportTemplate Template = new("prices-fee-items",
    [
        new("收费项目名称", true) { Field = "name", MaxLength = 200 },
        new("收费主体类别", true, "政府部门、行业协会商会、公用事业、中介服务机构、金融机构之一") { Field = "chargerKind" },
        new("收费单位", true) { Field = "chargerName", MaxLength = 200 },
        new("收费依据（文件名称及文号）", true) { Field = "legalBasis", MaxLength = 500 },
        new("收费标准", true) { Field = "standard", MaxLength = 300 },
        new("收费所在行政区划代码", true, "市级、县级 6 位或乡镇级 9 位，如 370100、370102") { Field = "divisionCode" },
    ])
    {
        Limits = ImportLimits.Default with { MaxRows = 5_000 },
    };

    private static readonly string?[] Example =
        ["城市道路挖掘修复费", "政府部门", "济南市历下区住房和城乡建设局", "《山东省财政厅 山东省物价局关于城市道路挖掘修复费收费标准的通知》（鲁价费发〔2005〕226号）", "沥青混凝土路面每平方米 300 元", "370102"];

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/fee-items/import", Import).AsFileImport(g, "/fee-items/import", Template, PricesAccess.AdminPolicy, "涉企收费目录清单",
            "导入涉企收费目录清单（XLSX 或 CSV：UTF-8 / GB18030；每个文件至多 5,000 行；全部通过校验才入库，逐行报告错误）", Example);

    private static Task<Results<Ok<FeeImportSummary>, ProblemHttpResult>> Import(HttpRequest request, string? encoding, ImportKit kit, FeeImport import,
        CancellationToken ct) =>
        kit.RunFileAsync<FeeImportSummary>(request, Template, encoding, (path, errors) => import.ImportAsync(path, encoding, errors, ct), ct);

    public async Task<FeeImportSummary?> ImportAsync(string path, string? encoding, ImportErrors errors, CancellationToken ct)
    {
        var a = actor.Current;
        if (!PricesAccess.CanAdminister(a)) throw new TabularFileException("只有科室负责人、管理员可以导入涉企收费目录清单");
        var now = clock.GetUtcNow();
        var rows = new List<(ImportRecord R, FeeItem Draft)>();
        var firstLine = new Dictionary<(string, string, string), long>();
        foreach (var r in Template.Read(path, encoding))
        {
            var name = r.Text(Name);
            var kind = FeeRules.ParseChargerKind(r.Text(Kind));
            if (kind is null) r.Error(Kind, $"收费主体类别应为：{string.Join("、", FeeRules.ChargerKindNames.Values)}之一");
            var charger = r.Text(Charger);
            var division = r.Text(Division);
            if (name is null) r.Error(Name, "收费项目名称不能为空");
            if (charger is null) r.Error(Charger, "收费单位不能为空");
            if (r.Text(Basis) is null) r.Error(Basis, "收费依据（文件名称及文号）不能为空");
            if (r.Text(Standard) is null) r.Error(Standard, "收费标准不能为空");
            var errs = new Zhijian.Platform.Web.FieldErrors();
            PricesAccess.CheckDivision(division, a, errs, "收费所在地", cityAllowed: true);
            foreach (var m in errs.ToDictionary().Values.SelectMany(v => v)) r.Error(Division, m);
            if (name is not null && charger is not null && division is not null && !firstLine.TryAdd((name, charger, division), r.Line))
                r.Error(Name, $"与第 {firstLine[(name, charger, division)]} 行的收费项目重复");
            rows.Add((r, new FeeItem
            {
                Name = name ?? "",
                ChargerKind = kind ?? default,
                ChargerName = charger ?? "",
                LegalBasis = r.Text(Basis) ?? "",
                Standard = r.Text(Standard) ?? "",
                DivisionCode = division ?? "",
                County = division is { Length: >= 6 } ? division[..6] : "",
                CreatedAt = now,
                CreatedBy = a.ShownName,
            }));
        }

        var names = rows.Select(x => x.Draft.Name).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var existing = new HashSet<(string, string, string)>();
        foreach (var chunk in names.Chunk(1000))
            existing.UnionWith((await db.FeeItems.IgnoreQueryFilters().Where(i => i.Active && chunk.Contains(i.Name))
                .Select(i => new { i.Name, i.ChargerName, i.DivisionCode }).ToListAsync(ct)).Select(i => (i.Name, i.ChargerName, i.DivisionCode)));
        foreach (var (r, d) in rows)
        {
            if (existing.Contains((d.Name, d.ChargerName, d.DivisionCode))) r.Error(Name, $"{d.ChargerName}的“{d.Name}”已在目录清单中");
            errors.AddRange(r.Errors);
        }

        if (errors.Count > 0 || rows.Count == 0) return errors.Count > 0 ? null : new FeeImportSummary(0, 0);
        db.FeeItems.AddRange(rows.Select(x => x.Draft));
        var firstDivision = rows[0].Draft.DivisionCode;
        db.Audit("prices.fee-item.imported", "PriceFeeImport", now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), null,
            new { Rows = rows.Count, Items = rows.Count <= 20 ? string.Join("、", rows.Select(x => x.Draft.Name)) : $"{rows[0].Draft.Name} 等 {rows.Count} 项" },
            rows.All(x => x.Draft.DivisionCode == firstDivision) ? firstDivision : null);
        await db.SaveChangesAsync(ct);
        return new FeeImportSummary(rows.Count, rows.Count);
    }
}
