using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zhijian.Credit.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Import;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Credit.Features.Records;

/// <summary>
/// 信用记录文件导入 (other departments' periodic exports): CSV (UTF-8 or GB18030/GBK) or XLSX with the template's
/// Chinese headers; every bad cell reported with line, column, value and reason; all rows or none.
/// </summary>
internal static class RecordsImport
{
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>Template columns: header, required, how to fill it.</summary>
    public static readonly (string Header, bool Required, string Help)[] Columns =
    [
        ("统一社会信用代码", true, "18位"),
        ("记录类别", true, "行政许可、行政处罚、抽查检查结果、抽检不合格、经营异常、严重违法失信、司法协助、股权出质、知识产权出质、投诉、表彰荣誉、其他"),
        ("监管领域", false, "一般（默认）、食品、药品医疗器械化妆品、特种设备、产品质量"),
        ("来源系统", true, "推送单位的系统标识，如 jinan-tax"),
        ("来源编号", true, "来源系统中的唯一编号；重复导入按此更新"),
        ("作出决定机关", true, ""),
        ("文书号", false, "决定书文号"),
        ("标题", true, "违法行为、许可名称或事项"),
        ("内容", false, ""),
        ("决定日期", true, "yyyy-MM-dd"),
        ("金额（元）", false, "罚没金额"),
        ("处罚种类", false, "行政处罚必填，如“警告；罚款”"),
        ("严重处罚", false, "是/否：责令停产停业、限制从业、吊销许可证件等"),
        ("公示截止日", false, "不填按规则计算"),
    ];

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd", "yyyyMMdd"];

    public static void Map(RouteGroupBuilder g)
    {
        g.MapPost("/records/import", (IFormFile? file, string? encoding, CreditRecords records, TimeProvider clock, CancellationToken ct) =>
                TemplateUpload.RunAsync(file, encoding, MaxBytes, async path =>
                {
                    var (inputs, lines, errors) = ReadWithLines(path, encoding, clock.Today());
                    if (errors.Count > 0) return TemplateUpload.RowErrors(errors);
                    var refused = await records.RefusalsAsync(inputs, ct);
                    if (refused.Count > 0)
                        return CreditRecords.RefusedProblem(refused.ToDictionary(x => $"第 {lines[x.Index]} 行（{Columns[0].Header}）", x => new[] { x.Reason }));
                    var result = await records.AcceptAllAsync(inputs, ct);
                    return result.IsSuccess ? Results.Ok(result.Value) : result.ToProblem();
                }, ct))
            .RequireAuthorization(CreditAccess.WritePolicy)
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("导入信用记录文件（CSV：UTF-8 或 GB18030/GBK；XLSX；表头见模板）：整个文件全部通过校验才入库，逐行报告错误；主体不在管辖范围内的行逐行列出，403");

        g.MapGet("/records/import/template.csv", () =>
            {
                var csv = new StringBuilder();
                csv.AppendLine(string.Join(',', Columns.Select(c => c.Header)));
                csv.AppendLine("91370102MA3CE2B722,行政处罚,食品,jinan-cases,2026-0001,济南市历下区市场监督管理局,济历市监罚〔2026〕1号,销售超过保质期的食品,,2026-03-10,20000,警告；罚款,否,");
                return Results.File(new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", "信用记录导入模板.csv");
            })
            .RequireAuthorization(CreditAccess.WritePolicy)
            .WithSummary("信用记录导入模板（CSV 表头和一行示例，UTF-8 带 BOM）");
    }

    /// <summary>Reads and checks every row; returns the inputs, or every problem found (line, column, value, reason).</summary>
    public static (List<CreditRecordInput> Inputs, List<ImportRowError> Errors) Read(string path, string? encoding, DateOnly today)
    {
        var (inputs, _, errors) = ReadWithLines(path, encoding, today);
        return (inputs, errors);
    }

    /// <summary><see cref="Read"/> with the file line of each input.</summary>
    public static (List<CreditRecordInput> Inputs, List<long> Lines, List<ImportRowError> Errors) ReadWithLines(string path, string? encoding, DateOnly today)
    {
        var inputs = new List<CreditRecordInput>();
        var lines = new List<long>();
        var errors = new List<ImportRowError>();
        int[]? map = null;
        foreach (var (line, cells) in TabularFile.Records(path, encoding))
        {
            if (map is null)
            {
                map = TabularFile.MapHeader(cells, [.. Columns.Select(c => (c.Header, c.Required))]);
                continue;
            }

            string? Cell(int column) => map[column] < 0 || map[column] >= cells.Length ? null : TabularFile.Text(cells[map[column]])?.Trim() is { Length: > 0 } t ? t : null;
            if (Columns.Select((_, i) => Cell(i)).All(v => v is null)) continue;
            if (inputs.Count >= 50_000) throw new TabularFileException("一个文件最多 50000 行，请分批导入");
            var rowErrors = errors.Count;
            void Bad(int column, string reason) => errors.Add(new(line, Columns[column].Header, Cell(column), reason));
            CreditRecordKind? kind = null;
            if (Cell(1) is { } k)
            {
                kind = Enum.GetValues<CreditRecordKind>().Cast<CreditRecordKind?>().FirstOrDefault(x => CreditNames.Of(x!.Value) == k || x.ToString() == k);
                if (kind is null) Bad(1, "记录类别不在模板所列范围内");
            }

            CreditField? field = null;
            if (Cell(2) is { } f)
            {
                field = Enum.GetValues<CreditField>().Cast<CreditField?>().FirstOrDefault(x => CreditNames.Of(x!.Value) == f || x.ToString() == f);
                if (field is null) Bad(2, "监管领域不在模板所列范围内");
            }

            DateOnly? Date(int column)
            {
                if (Cell(column) is not { } text) return null;
                if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
                Bad(column, "日期格式应为 yyyy-MM-dd");
                return null;
            }

            decimal? amount = null;
            if (Cell(10) is { } a)
            {
                if (decimal.TryParse(a.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var v)) amount = v;
                else Bad(10, "金额应为数字（元）");
            }

            var severe = false;
            if (Cell(12) is { } s)
            {
                if (s is "是" or "否") severe = s == "是";
                else Bad(12, "应填“是”或“否”");
            }

            var input = new CreditRecordInput(Cell(0), kind, Cell(3), Cell(4), Cell(5), Cell(7), Date(9), Cell(8), Cell(6), field, amount, Cell(11), severe,
                null, Date(13));
            if (errors.Count == rowErrors)
            {
                var columnOf = new Dictionary<string, int>
                {
                    ["uscc"] = 0,
                    ["kind"] = 1,
                    ["field"] = 2,
                    ["sourceSystem"] = 3,
                    ["sourceId"] = 4,
                    ["authority"] = 5,
                    ["documentNo"] = 6,
                    ["title"] = 7,
                    ["content"] = 8,
                    ["decidedOn"] = 9,
                    ["amount"] = 10,
                    ["penaltyKinds"] = 11,
                    ["publicUntil"] = 13,
                };
                foreach (var (name, messages) in CreditRecords.Validate(input, today).ToDictionary())
                    foreach (var m in messages) Bad(columnOf.GetValueOrDefault(name, 0), m);
            }

            inputs.Add(input);
            lines.Add(line);
        }

        if (map is null) throw new TabularFileException("文件是空的：没有表头行，请使用导入模板");
        if (inputs.Count == 0 && errors.Count == 0) throw new TabularFileException("文件中没有数据行（只有表头），未导入任何数据");
        foreach (var (index, first, key) in CreditRecords.DuplicateSources(inputs))
            errors.Add(new(lines[index], Columns[4].Header, key, $"与第 {lines[first]} 行的来源编号重复"));
        return (inputs, lines, [.. errors.OrderBy(e => e.Line)]);
    }
}
