using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain;
using Zhijian.FoodSafety.Domain.Licences;
using Zhijian.Platform.Import;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Licences;

internal sealed record LicenceImportSummary(int Rows, int Licences, int NewBusinesses);

/// <summary>
/// 存量许可导入: XLSX or CSV (UTF-8 / GB18030) through the platform import kit. Every row is checked as a registration
/// (<see cref="Licences.CheckAsync"/>; the registry asked once for all USCCs), numbers must be new and unique in the file; all
/// rows or none, every bad row reported with its line and reason. One audit entry for the file.
/// </summary>
internal sealed class LicencesImport(FoodSafetyDbContext db, Licences licences, IEntityDirectory entities)
{
    public const long MaxBytes = 50 * 1024 * 1024;

    private const int Kind = 0, Number = 1, Uscc = 2, Premises = 3, Items = 4, Authority = 5, IssuedOn = 6, ValidUntil = 7, Type = 8, Canteen = 9, Scale = 10, Division = 11;

    public static readonly ImportTemplate Template = new("food-licences",
    [
        new("许可种类", true, "SC、JY、备案、小作坊登记 或 摊贩登记") { Field = "kind" },
        new("许可证编号", true, "SC/JY 加14位数字；备案、登记编号6–30位数字或大写字母") { Field = "number" },
        new("统一社会信用代码", true, "须为市场主体库中存续的主体") { Field = "uscc" },
        new("经营场所", true) { Field = "premises" },
        new("经营项目", false, "多项用“、”或“；”分隔") { Field = "items" },
        new("发证机关", true) { Field = "authority" },
        new("发证日期", true, "如 2023-05-10") { Field = "issuedOn" },
        new("有效期至", false, "不填按规则设置的有效期计算；备案不填") { Field = "validUntil" },
        new("主体业态", false, "SC/JY 由编号确定；其他：食品销售、餐饮服务、单位食堂等") { Field = "businessType" },
        new("食堂类别", false, "单位食堂填：学校食堂、托幼机构食堂、养老机构食堂、医疗机构食堂、机关、企事业单位食堂、建筑工地食堂") { Field = "canteen" },
        new("经营规模", false, "小型、中型、大型（默认小型）") { Field = "scale" },
        new("属地区划代码", false, "经营场所所在县级行政区划代码，不填取主体登记属地") { Field = "divisionCode" },
    ])
    {
        MaxBytes = MaxBytes,
        Limits = ImportLimits.Default with { MaxRows = 100_000 },
    };

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/licences/import", Import).AsFileImport(g, "/licences/import", Template, FoodAccess.LicenceWritePolicy, "食品许可",
            "导入存量食品许可（XLSX 或 CSV：UTF-8 / GB18030；表头见模板）：全部通过校验才入库，逐行报告错误",
            Example);

    private static readonly string?[] Example =
        ["JY", "JY23701020012345", "91370102MA3C4B5X6Y", "济南市历下区泉城路1号", "热食类食品制售、冷食类食品制售", "济南市历下区市场监督管理局", "2023-05-10", null, null, null, "中型", "370102"];

    private static Task<Results<Ok<LicenceImportSummary>, ProblemHttpResult>> Import(HttpRequest request, string? encoding, ImportKit kit, LicencesImport import,
        CancellationToken ct) =>
        kit.RunFileAsync<LicenceImportSummary>(request, Template, encoding, (path, errors) => import.ImportAsync(path, encoding, errors, ct), ct);

    /// <summary>The console's import: the summary, or every error found (nothing written).</summary>
    public Task<(LicenceImportSummary? Summary, IReadOnlyList<ImportRowError> Errors)> ImportAsync(string path, string? encoding, CancellationToken ct) =>
        ImportErrors.ListAsync(Template, errors => ImportAsync(path, encoding, errors, ct));

    public async Task<LicenceImportSummary?> ImportAsync(string path, string? encoding, ImportErrors errors, CancellationToken ct)
    {
        var rows = new List<(ImportRecord Record, RegisterLicence Cmd)>();
        foreach (var r in Template.Read(path, encoding))
        {
            var type = r.Text(Type) is { } t ? Enum.GetValues<FoodBusinessType>().Cast<FoodBusinessType?>().FirstOrDefault(x => FoodLicenceNumber.BusinessTypeName(x!.Value) == t) : null;
            if (r.Text(Type) is { } tt && type is null) r.Error(Type, $"主体业态“{tt}”不在范围内（食品生产、食品销售、餐饮服务、单位食堂、仅销售预包装食品、食品小作坊、食品摊贩）");
            var canteen = r.Text(Canteen) is { } c ? Enum.GetValues<CanteenKind>().Cast<CanteenKind?>().FirstOrDefault(x => x != CanteenKind.None && Domain.Grading.FoodRiskScorer.CanteenName(x!.Value) == c) : null;
            if (r.Text(Canteen) is { } cc && canteen is null) r.Error(Canteen, $"食堂类别“{cc}”不在范围内");
            var scale = r.Text(Scale) switch { null => (FoodBusinessScale?)null, "小型" => FoodBusinessScale.Small, "中型" => FoodBusinessScale.Medium, "大型" => FoodBusinessScale.Large, var s => Bad(r, s) };
            var cmd = new RegisterLicence(r.Text(Kind), r.Text(Number), r.Text(Uscc), r.Text(Premises), r.List(Items, '、', '；', ';', '，', ','), r.Text(Authority),
                r.Date(IssuedOn), r.Date(ValidUntil), type, canteen, scale, r.Text(Division));
            rows.Add((r, cmd));
        }

        var usccs = rows.Select(x => (x.Cmd.Uscc ?? "").Trim().ToUpperInvariant()).Where(u => u.Length == 18).Distinct(StringComparer.Ordinal).ToList();
        var known = (await entities.FindManyAsync(usccs, ct)).ToDictionary(e => e.Uscc, StringComparer.Ordinal);
        var numbers = rows.Select(x => (x.Cmd.Number ?? "").Trim().ToUpperInvariant()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in numbers.Chunk(1000))
            taken.UnionWith(await db.Licences.IgnoreQueryFilters().Where(l => chunk.Contains(l.Number)).Select(l => l.Number).ToListAsync(ct));

        var firstLine = new Dictionary<string, long>(StringComparer.Ordinal);
        var ok = new List<Licences.Checked>();
        foreach (var (r, cmd) in rows)
        {
            var result = await licences.CheckAsync(cmd, ct, known);
            if (!result.IsSuccess)
            {
                foreach (var (field, messages) in result.Errors!)
                    foreach (var m in messages) r.Error(Template.ColumnOf(field, Number), m);
            }
            else
            {
                var number = result.Value!.Number;
                if (taken.Contains(number)) r.Error(Number, $"许可证编号“{number}”已登记");
                else if (!firstLine.TryAdd(number, r.Line)) r.Error(Number, $"与第 {firstLine[number]} 行的许可证编号重复");
                else ok.Add(result.Value);
            }

            errors.AddRange(r.Errors);
        }

        if (errors.Count > 0) return null;
        if (ok.Count == 0) throw new TabularFileException("文件中没有许可数据");

        var keys = ok.Select(c => c.Entity.Uscc).Distinct(StringComparer.Ordinal).ToList();
        var existing = new Dictionary<(string, string), FoodBusiness>();
        foreach (var chunk in keys.Chunk(1000))
        {
            foreach (var b in await db.Businesses.IgnoreQueryFilters().Where(b => chunk.Contains(b.Uscc)).ToListAsync(ct))
                existing[(b.Uscc, b.Premises)] = b;
        }

        var before = existing.Count;
        foreach (var c in ok) await licences.AddAsync(c, FoodLicenceChange.Imported, ct, existing);
        var created = existing.Count - before;
        db.Audit("food.licences.imported", "FoodLicenceImport", $"{ok.Count}", null, new { rows = ok.Count, newBusinesses = created });
        await db.SaveChangesAsync(ct);
        return new LicenceImportSummary(rows.Count, ok.Count, created);
    }

    private static FoodBusinessScale? Bad(ImportRecord r, string value)
    {
        r.Error(Scale, $"经营规模“{value}”应为小型、中型或大型");
        return null;
    }
}
