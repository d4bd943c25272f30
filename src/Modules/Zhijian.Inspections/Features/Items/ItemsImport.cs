using System.Text;
using Microsoft.EntityFrameworkCore;
using Zhijian.Inspections.Contracts;
using Zhijian.Inspections.Data;
using Zhijian.Inspections.Domain;
using Zhijian.Platform.Import;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Inspections.Features.Items;

internal sealed record ItemImportSummary(int Rows, int Created, int Updated);

/// <summary>抽查事项清单导入: XLSX or CSV (UTF-8 / GB18030) with the template's headers; upsert by 事项编码; all rows or none.</summary>
internal sealed class ItemsImport(InspectionsDbContext db, OrgScope scope, TimeProvider clock)
{
    public static readonly (string Header, bool Required, string Help)[] Columns =
    [
        ("事项编码", true, "本机构内唯一；再次导入按编码更新"),
        ("事项名称", true, ""),
        ("检查内容", false, "多项用“；”分隔"),
        ("检查依据", true, "法律法规条款"),
        ("实施部门", false, "默认：市场监督管理局"),
        ("检查对象", true, "如：企业、农民专业合作社"),
        ("检查方式", true, "现场检查、书面检查、网络监测，多项用“、”分隔"),
        ("事项类别", true, "一般检查事项 或 重点检查事项"),
        ("抽查比例", false, "如：不低于5%"),
        ("抽查频次", false, "如：每年1次"),
        ("人员专业要求", false, "执法检查人员须具备的专业领域，多项用“、”分隔，如：食品"),
    ];

    public static string TemplateCsv()
    {
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(',', Columns.Select(c => c.Header)));
        csv.AppendLine("JN-SC-001,企业公示信息情况检查,年度报告公示信息；即时公示信息,《企业信息公示暂行条例》第十四条,市场监督管理局,企业,书面检查、现场检查,一般检查事项,不低于3%,每年1次,");
        return csv.ToString();
    }

    public async Task<(ItemImportSummary? Summary, IReadOnlyList<ImportRowError> Errors)> ImportAsync(string path, string? encoding, CancellationToken ct)
    {
        if (await scope.CurrentAsync(ct) is not { } unit) throw new TabularFileException("只有机构内的工作人员可以导入抽查事项清单");
        var rows = new List<(long Line, SaveItem Item)>();
        var errors = new List<ImportRowError>();
        int[]? map = null;
        var width = 0;
        foreach (var (line, cells) in TabularFile.Records(path, encoding))
        {
            if (map is null)
            {
                map = TabularFile.MapHeader(cells, [.. Columns.Select(c => (c.Header, c.Required))]);
                width = cells.Length;
                while (width > 0 && string.IsNullOrWhiteSpace(TabularFile.Text(cells[width - 1]))) width--;
                continue;
            }

            string? Cell(int column) => map[column] < 0 || map[column] >= cells.Length ? null : TabularFile.Text(cells[map[column]])?.Trim() is { Length: > 0 } t ? t : null;
            if (Columns.Select((_, i) => Cell(i)).All(v => v is null)) continue;
            if (rows.Count >= 5000) throw new TabularFileException("一个文件最多 5000 项，请分批导入");
            var rowErrors = errors.Count;
            if (TabularFile.FieldCountProblem(width, cells) is { } fieldCount) errors.Add(new(line, "整行", null, fieldCount));
            void Bad(int column, string reason) => errors.Add(new(line, Columns[column].Header, Cell(column), reason));

            var methods = new List<InspectionMethod>();
            foreach (var m in Split(Cell(6), '、', '，', ',', ';', '；'))
            {
                var method = Enum.GetValues<InspectionMethod>().Cast<InspectionMethod?>().FirstOrDefault(x => InspectionNames.Of(x!.Value) == m);
                if (method is null) Bad(6, $"检查方式“{m}”不在范围内（现场检查、书面检查、网络监测）");
                else methods.Add(method.Value);
            }

            var key = false;
            if (Cell(7) is { } kind)
            {
                if (kind is "重点检查事项" or "重点") key = true;
                else if (kind is not ("一般检查事项" or "一般")) Bad(7, "应填“一般检查事项”或“重点检查事项”");
            }

            var item = new SaveItem(Cell(0), Cell(1), Split(Cell(2), '；', ';'), Cell(3), Cell(4), Cell(5), methods, key, Cell(8), Cell(9), Split(Cell(10), '、', '，', ',', ';', '；'));
            if (errors.Count == rowErrors)
            {
                var columnOf = new Dictionary<string, int> { ["code"] = 0, ["name"] = 1, ["subItems"] = 2, ["legalBasis"] = 3, ["department"] = 4, ["targetType"] = 5, ["methods"] = 6, ["ratio"] = 8, ["frequency"] = 9, ["requiredTags"] = 10 };
                foreach (var (name, messages) in Items.Validate(item).ToDictionary())
                    foreach (var m in messages) Bad(columnOf.GetValueOrDefault(name, 0), m);
            }

            var first = rows.FindIndex(r => string.Equals(r.Item.Code?.Trim(), item.Code?.Trim(), StringComparison.Ordinal));
            if (first >= 0 && item.Code is not null) Bad(0, $"与第 {rows[first].Line} 行的事项编码重复");
            rows.Add((line, item));
        }

        if (map is null) throw new TabularFileException("文件是空的：没有表头行，请使用导入模板");
        if (rows.Count == 0 && errors.Count == 0) throw new TabularFileException("文件中没有数据行（只有表头），未导入任何数据");
        if (errors.Count > 0) return (null, [.. errors.OrderBy(e => e.Line)]);

        var existing = await db.Items.Where(x => x.OrgUnitId == unit.Id).ToDictionaryAsync(x => x.Code, StringComparer.Ordinal, ct);
        var now = clock.GetUtcNow();
        int created = 0, updated = 0;
        foreach (var (_, row) in rows)
        {
            if (!existing.TryGetValue(row.Code!.Trim(), out var item))
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
        return (new ItemImportSummary(rows.Count, created, updated), []);
    }

    private static List<string> Split(string? text, params char[] separators) =>
        text is null ? [] : [.. text.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
