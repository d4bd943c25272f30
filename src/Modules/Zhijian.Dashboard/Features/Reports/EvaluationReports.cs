using MiniExcelLibs;
using Zhijian.Dashboard.Domain;
using Zhijian.Dashboard.Features.Compute;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Web;

namespace Zhijian.Dashboard.Features.Reports;

/// <summary>年度监测 / 中期评估 / 总结评估.</summary>
internal enum ReportKind
{
    Annual = 1,
    MidTerm = 2,
    Final = 3,
}

/// <summary>An evaluation report: the plan's table for a jurisdiction at the report's period.</summary>
internal sealed record EvaluationReport(ReportKind Kind, string Title, PlanView View, string Cutoff, string? Note);

/// <summary>
/// 规划评估报告: for a plan and period, every indicator with base, target, actual, progress toward the target, status
/// and notes; as a printable page (/dashboard/reports/print, PDF through the browser) and as XLSX.
/// </summary>
internal sealed class EvaluationReports(DashboardQueries queries, TimeProvider clock)
{
    public static string Name(ReportKind k) => k switch
    {
        ReportKind.MidTerm => "中期评估",
        ReportKind.Final => "总结评估",
        _ => "年度监测",
    };

    public static ReportKind? Parse(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        null or "" or "annual" or "年度监测" => ReportKind.Annual,
        "midterm" or "mid" or "中期评估" => ReportKind.MidTerm,
        "final" or "总结评估" => ReportKind.Final,
        _ => null,
    };

    public async Task<Result<EvaluationReport>> BuildAsync(string? plan, string? division, string? period, string? kind, CancellationToken ct)
    {
        if (Parse(kind) is not { } k) return Result<EvaluationReport>.Invalid("kind", "报告类型应为 annual（年度监测）、midterm（中期评估）或 final（总结评估）");
        var probe = await queries.ViewAsync(plan, division, null, ct);
        if (!probe.IsSuccess) return Result<EvaluationReport>.Invalid(probe.Errors ?? new Dictionary<string, string[]> { ["plan"] = [probe.ErrorText] });
        var p = probe.Value!.Plan;
        var today = clock.Today();
        var current = IndicatorRules.Period(new DateOnly(today.Year, today.Month, 1));
        var wanted = !string.IsNullOrWhiteSpace(period) ? period.Trim() : k switch
        {
            ReportKind.MidTerm => $"{p.StartYear + 2}-12",
            ReportKind.Final => $"{p.EndYear}-12",
            _ => today.Month == 1 ? $"{today.Year - 1}-12" : current,
        };
        string? note = null;
        if (string.CompareOrdinal(wanted, current) > 0)
        {
            note = $"评估期 {wanted} 尚未结束，数据截至 {today:yyyy-MM-dd}。";
            wanted = current;
        }

        var view = await queries.ViewAsync(p.Code, division, wanted, ct);
        if (!view.IsSuccess) return Result<EvaluationReport>.Invalid(view.Errors ?? new Dictionary<string, string[]> { ["period"] = [view.ErrorText] });
        var v = view.Value!;
        var title = $"{v.DivisionName}《{p.Name}》{Name(k)}报告（{v.Period}）";
        return new EvaluationReport(k, title, v, v.Period, note);
    }

    /// <summary>The report as an XLSX workbook (one sheet: the indicator table).</summary>
    public byte[] Xlsx(EvaluationReport r)
    {
        var rows = r.View.Rows.Select(x => new Dictionary<string, object?>
        {
            ["序号"] = x.Indicator.Order,
            ["指标编码"] = x.Indicator.Code,
            ["类别"] = x.Indicator.Category,
            ["指标名称"] = x.Indicator.Name,
            ["单位"] = x.Indicator.Unit,
            ["指标属性"] = IndicatorRules.Name(x.Indicator.Constraint),
            ["基期年份"] = x.Indicator.BaseYear,
            ["基期值"] = x.Indicator.BaseText,
            ["目标"] = Target(x.Indicator),
            ["实际值"] = x.Value,
            ["目标进度(%)"] = x.Progress,
            ["状态"] = IndicatorRules.Name(x.Status),
            ["计算口径"] = queries.Explain(x.Indicator),
        }).ToList();
        using var ms = new MemoryStream();
        ms.SaveAs(rows, sheetName: Name(r.Kind));
        return ms.ToArray();
    }

    public static string Target(PlanIndicator i) =>
        i.TargetText is null ? "—" : $"{IndicatorRules.Symbol(i.Comparator)}{i.TargetText}{(i.TargetYear is null ? "" : $"（{i.TargetYear}）")}";
}
