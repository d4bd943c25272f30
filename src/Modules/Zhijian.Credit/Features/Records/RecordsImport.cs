using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Credit.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Import;
using Zhijian.Platform.Web;

namespace Zhijian.Credit.Features.Records;

/// <summary>
/// 信用记录文件导入 (other departments' periodic exports): CSV (UTF-8 or GB18030/GBK) or XLSX with the template's
/// Chinese headers, through the platform's import kit; every bad cell reported with line, column, value and reason; all
/// rows or none.
/// </summary>
internal static class RecordsImport
{
    public const long MaxBytes = 20 * 1024 * 1024;

    private const int Uscc = 0, Kind = 1, Field = 2, SourceSystem = 3, SourceId = 4, Authority = 5, DocumentNo = 6, Title = 7,
        Content = 8, DecidedOn = 9, Amount = 10, PenaltyKinds = 11, Severe = 12, PublicUntil = 13;

    /// <summary>The template's columns: header, required, how to fill it, the request field it fills.</summary>
    public static readonly ImportTemplate Template = new("credit-records",
    [
        new("统一社会信用代码", true, "18位") { Field = "uscc" },
        new("记录类别", true, "行政许可、行政处罚、抽查检查结果、抽检不合格、经营异常、严重违法失信、司法协助、股权出质、知识产权出质、投诉、表彰荣誉、其他") { Field = "kind" },
        new("监管领域", false, "一般（默认）、食品、药品医疗器械化妆品、特种设备、产品质量") { Field = "field" },
        new("来源系统", true, "推送单位的系统标识，如 jinan-tax") { Field = "sourceSystem" },
        new("来源编号", true, "来源系统中的唯一编号；重复导入按此更新") { Field = "sourceId" },
        new("作出决定机关", true) { Field = "authority" },
        new("文书号", false, "决定书文号") { Field = "documentNo" },
        new("标题", true, "违法行为、许可名称或事项") { Field = "title" },
        new("内容", false) { Field = "content" },
        new("决定日期", true, "yyyy-MM-dd") { Field = "decidedOn" },
        new("金额（元）", false, "罚没金额") { Field = "amount" },
        new("处罚种类", false, "行政处罚必填，如“警告；罚款”") { Field = "penaltyKinds" },
        new("严重处罚", false, "是/否：责令停产停业、限制从业、吊销许可证件等"),
        new("公示截止日", false, "不填按规则计算") { Field = "publicUntil" },
    ])
    {
        MaxBytes = MaxBytes,
        Limits = ImportLimits.Default with { MaxRows = 50_000 },
    };

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/records/import", Import).AsFileImport(g, "/records/import", Template, CreditAccess.WritePolicy, "信用记录",
            "导入信用记录文件（CSV：UTF-8 或 GB18030/GBK；XLSX；表头见模板）：整个文件全部通过校验才入库，逐行报告错误；主体不在管辖范围内的行逐行列出，403",
            TemplateExample, CreditAccess.WritePolicy);

    private static Task<Results<Ok<BatchSummary>, ProblemHttpResult>> Import(HttpRequest request, string? encoding, ImportKit kit, CreditRecords records,
        TimeProvider clock, CancellationToken ct) =>
        kit.RunAsync<BatchSummary>(request, Template, encoding, async (upload, errors) =>
        {
            var (inputs, lines) = Read(upload.Path!, encoding, clock.Today(), errors);
            if (errors.Count > 0) return ImportKit.Refused(errors, null);
            var refused = await records.RefusalsAsync(inputs, ct);
            if (refused.Count > 0)
                return (ProblemHttpResult)CreditRecords.RefusedProblem(refused.ToDictionary(x => $"第 {lines[x.Index]} 行（{Template.Columns[Uscc].Header}）", x => new[] { x.Reason }));
            return (await records.AcceptAllAsync(inputs, ct)).ToOk();
        }, ct);

    private static readonly string?[] TemplateExample =
        ["91370102MA3CE2B722", "行政处罚", "食品", "jinan-cases", "2026-0001", "济南市历下区市场监督管理局", "济历市监罚〔2026〕1号", "销售超过保质期的食品", null, "2026-03-10", "20000", "警告；罚款", "否", null];

    /// <summary>Reads and checks every row; returns the inputs with their file lines, every problem found going to <paramref name="errors"/>.</summary>
    public static (List<CreditRecordInput> Inputs, List<long> Lines) Read(string path, string? encoding, DateOnly today, ImportErrors errors)
    {
        var inputs = new List<CreditRecordInput>();
        var lines = new List<long>();
        foreach (var r in Template.Read(path, encoding))
        {
            var kind = r.Choice(Kind, k => Enum.GetValues<CreditRecordKind>().Cast<CreditRecordKind?>().FirstOrDefault(x => CreditNames.Of(x!.Value) == k || x.ToString() == k),
                _ => "记录类别不在模板所列范围内");
            var field = r.Choice(Field, f => Enum.GetValues<CreditField>().Cast<CreditField?>().FirstOrDefault(x => CreditNames.Of(x!.Value) == f || x.ToString() == f),
                _ => "监管领域不在模板所列范围内");
            var amount = r.Number(Amount, _ => "金额应为数字（元）");
            var severe = r.YesNo(Severe, _ => "应填“是”或“否”") ?? false;
            var input = new CreditRecordInput(r.Text(Uscc), kind, r.Text(SourceSystem), r.Text(SourceId), r.Text(Authority), r.Text(Title),
                r.Date(DecidedOn, "日期格式应为 yyyy-MM-dd"), r.Text(Content), r.Text(DocumentNo), field, amount, r.Text(PenaltyKinds), severe,
                null, r.Date(PublicUntil, "日期格式应为 yyyy-MM-dd"));
            if (!r.HasErrors)
            {
                foreach (var (name, messages) in CreditRecords.Validate(input, today).ToDictionary())
                    foreach (var m in messages) r.Error(Template.ColumnOf(name, Uscc), m);
            }

            errors.AddRange(r.Errors);
            inputs.Add(input);
            lines.Add(r.Line);
        }

        foreach (var (index, first, key) in CreditRecords.DuplicateSources(inputs))
            errors.Add(lines[index], SourceId, key, $"与第 {lines[first]} 行的来源编号重复");
        return (inputs, lines);
    }
}
