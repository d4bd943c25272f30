using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Zhijian.Inspections.Contracts;
using Zhijian.Inspections.Data;
using Zhijian.Inspections.Domain;
using Zhijian.Platform.Import;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Inspections.Features.Items;

internal sealed record ItemImportSummary(int Rows, int Created, int Updated);

/// <summary>
/// 抽查事项清单导入: XLSX or CSV (UTF-8 / GB18030) with the template's headers, through the platform's import kit; upsert by
/// 事项编码 within the caller's org unit; all rows or none.
/// </summary>
internal sealed class ItemsImport(InspectionsDbContext db, OrgScope scope, TimeProvider clock)
{
    private const int Code = 0, Name = 1, SubItems = 2, LegalBasis = 3, Department = 4, TargetType = 5, Methods = 6, Kind = 7,
        Ratio = 8, Frequency = 9, RequiredTags = 10;

    public static readonly ImportTemplate Template = new("inspection-items",
    [
        new("事项编码", true, "本机构内唯一；再次导入按编码更新") { Field = "code" },
        new("事项名称", true) { Field = "name" },
        new("检查内容", false, "多项用“；”分隔") { Field = "subItems" },
        new("检查依据", true, "法律法规条款") { Field = "legalBasis" },
        new("实施部门", false, "默认：市场监督管理局") { Field = "department" },
        new("检查对象", true, "如：企业、农民专业合作社") { Field = "targetType" },
        new("检查方式", true, "现场检查、书面检查、网络监测，多项用“、”分隔") { Field = "methods" },
        new("事项类别", true, "一般检查事项 或 重点检查事项"),
        new("抽查比例", false, "如：不低于5%") { Field = "ratio" },
        new("抽查频次", false, "如：每年1次") { Field = "frequency" },
        new("人员专业要求", false, "执法检查人员须具备的专业领域，多项用“、”分隔，如：食品") { Field = "requiredTags" },
    ])
    {
        MaxBytes = ItemsFeature.MaxBytes,
        Limits = ImportLimits.Default with { MaxRows = 5000 },
    };

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/import", Import).AsFileImport(g, "/import", Template, InspectionAccess.OrganisePolicy, "抽查事项清单",
            "导入抽查事项清单（XLSX 或 CSV：UTF-8 / GB18030；表头见模板）：全部通过校验才入库，逐行报告错误",
            Example);

    private static readonly string?[] Example =
        ["JN-SC-001", "企业公示信息情况检查", "年度报告公示信息；即时公示信息", "《企业信息公示暂行条例》第十四条", "市场监督管理局", "企业", "书面检查、现场检查", "一般检查事项", "不低于3%", "每年1次", null];

    private static Task<Results<Ok<ItemImportSummary>, ProblemHttpResult>> Import(HttpRequest request, string? encoding, ImportKit kit, ItemsImport import,
        CancellationToken ct) =>
        kit.RunFileAsync<ItemImportSummary>(request, Template, encoding, (path, errors) => import.ImportAsync(path, encoding, errors, ct), ct);

    /// <summary>The console's import: the summary, or every error found (nothing written).</summary>
    public Task<(ItemImportSummary? Summary, IReadOnlyList<ImportRowError> Errors)> ImportAsync(string path, string? encoding, CancellationToken ct) =>
        ImportErrors.ListAsync(Template, errors => ImportAsync(path, encoding, errors, ct));

    /// <summary>Reads and checks every row into <paramref name="errors"/>; writes all rows when there is none (the summary), else nothing (null).</summary>
    public async Task<ItemImportSummary?> ImportAsync(string path, string? encoding, ImportErrors errors, CancellationToken ct)
    {
        if (await scope.CurrentAsync(ct) is not { } unit) throw new TabularFileException("只有机构内的工作人员可以导入抽查事项清单");
        var rows = new List<SaveItem>();
        var firstLine = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var r in Template.Read(path, encoding))
        {
            var methods = new List<InspectionMethod>();
            foreach (var m in r.List(Methods, '、', '，', ',', ';', '；'))
            {
                var method = Enum.GetValues<InspectionMethod>().Cast<InspectionMethod?>().FirstOrDefault(x => InspectionNames.Of(x!.Value) == m);
                if (method is null) r.Error(Methods, $"检查方式“{m}”不在范围内（现场检查、书面检查、网络监测）");
                else methods.Add(method.Value);
            }

            var key = r.Choice(Kind, k => k switch { "重点检查事项" or "重点" => true, "一般检查事项" or "一般" => false, _ => (bool?)null },
                _ => "应填“一般检查事项”或“重点检查事项”") ?? false;
            var item = new SaveItem(r.Text(Code), r.Text(Name), r.List(SubItems, '；', ';'), r.Text(LegalBasis), r.Text(Department), r.Text(TargetType), methods, key,
                r.Text(Ratio), r.Text(Frequency), r.List(RequiredTags, '、', '，', ',', ';', '；'));
            if (!r.HasErrors)
            {
                foreach (var (name, messages) in Items.Validate(item).ToDictionary())
                    foreach (var m in messages) r.Error(Template.ColumnOf(name, Code), m);
            }

            if (item.Code is { } code && !firstLine.TryAdd(code, r.Line)) r.Error(Code, $"与第 {firstLine[code]} 行的事项编码重复");
            errors.AddRange(r.Errors);
            rows.Add(item);
        }

        if (errors.Count > 0) return null;

        var existing = await db.Items.Where(x => x.OrgUnitId == unit.Id).ToDictionaryAsync(x => x.Code, StringComparer.Ordinal, ct);
        var now = clock.GetUtcNow();
        int created = 0, updated = 0;
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Code!, out var item))
            {
                item = new InspectionItem { OrgUnitId = unit.Id, DivisionCode = unit.DivisionCode };
                db.Items.Add(item);
                created++;
            }
            else updated++;
            Items.Fill(item, row);
            item.Active = true;
            item.UpdatedAt = now;
        }

        db.Audit("inspections.items.imported", "InspectionItemList", unit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
            new { rows = rows.Count, created, updated }, unit.DivisionCode);
        await db.SaveChangesAsync(ct);
        return new ItemImportSummary(rows.Count, created, updated);
    }
}
