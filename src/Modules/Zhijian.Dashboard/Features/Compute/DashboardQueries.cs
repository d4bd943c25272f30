using Zhijian.Dashboard.Domain;
using Zhijian.Dashboard.Features.Plans;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Web;

namespace Zhijian.Dashboard.Features.Compute;

/// <summary>A child division's value in a breakdown.</summary>
internal sealed record ChildValue(string Division, string Name, decimal? Value, IndicatorStatus Status);

/// <summary>One indicator of a plan as shown: value against target, progress, the inputs and the breakdown.</summary>
internal sealed record IndicatorRow(PlanIndicator Indicator, decimal? Value, IndicatorStatus Status, string Source,
    IReadOnlyDictionary<string, decimal> Inputs, string? Formula, decimal? Progress, IReadOnlyList<ChildValue> Children);

/// <summary>A plan for a jurisdiction and month.</summary>
internal sealed record PlanView(Plan Plan, string Division, string DivisionName, string Period, DateOnly Month,
    IReadOnlyList<IndicatorRow> Rows, DateTimeOffset? ComputedAt)
{
    public int Count(IndicatorStatus s) => Rows.Count(r => r.Status == s);
}

/// <summary>A link from a figure to the records behind it.</summary>
internal sealed record RecordsLink(string Code, string Name, string Definition, decimal? Value, string? Url);

/// <summary>What the dashboard, the big screen, the reports and the API read: plan values from snapshots, in scope.</summary>
internal sealed class DashboardQueries(PlanService plans, Snapshots snapshots, MeasureCatalog catalog, ActorContext actor,
    DivisionTable divisions, TimeProvider clock)
{
    /// <summary>The division a user starts on: the root of the caller's jurisdiction, else the first jurisdiction a plan is attached to.</summary>
    public async Task<string> HomeDivisionAsync(CancellationToken ct)
    {
        if (PlanService.OwnDivision(actor.Current) is { } own) return own;
        var att = await plans.AttachmentsAsync(ct);
        return att.Count > 0 ? att[0].DivisionCode : "370100";
    }

    public string DivisionName(string code) => divisions.Find(code)?.Name ?? code;

    public async Task<Result<PlanView>> ViewAsync(string? planCode, string? division, string? period, CancellationToken ct)
    {
        division = string.IsNullOrWhiteSpace(division) ? await HomeDivisionAsync(ct) : division.Trim();
        if (!divisions.IsKnown(division)) return Result<PlanView>.Invalid("division", $"行政区划代码“{division}”不存在或已撤销");
        if (!actor.Current.Jurisdiction.Covers(division)) return Result<PlanView>.Forbidden("只能查看本辖区的指标");
        var today = clock.Today();
        DateOnly month;
        if (string.IsNullOrWhiteSpace(period)) month = new DateOnly(today.Year, today.Month, 1);
        else if (!IndicatorRules.TryParsePeriod(period, out month)) return Result<PlanView>.Invalid("period", "统计期应为 yyyy-MM 格式的月份，如 2026-11");
        if (month > today) return Result<PlanView>.Invalid("period", "统计期不能晚于本月");

        Plan? plan;
        if (string.IsNullOrWhiteSpace(planCode))
        {
            var attached = await plans.AttachedAsync(division, ct);
            plan = attached.Count > 0 ? attached[0].Plan : null;
            if (plan is null) return Result<PlanView>.NotFound("本辖区尚未关联规划：请在“规划指标”中关联");
            plan = await plans.FindAsync(plan.Code, ct);
        }
        else
        {
            plan = await plans.FindAsync(planCode.Trim(), ct);
        }

        if (plan is null) return Result<PlanView>.NotFound($"规划“{planCode}”不存在");
        var rows = await snapshots.ReadAsync(plan, division, month, ct);
        var byKey = rows.ToDictionary(r => (r.PlanIndicatorId, r.DivisionCode));
        var children = rows.Select(r => r.DivisionCode).Where(c => c != division).Distinct().Order(StringComparer.Ordinal).ToList();
        var list = new List<IndicatorRow>();
        foreach (var i in plan.Indicators)
        {
            byKey.TryGetValue((i.Id, division), out var own);
            var kids = children.Select(c => byKey.TryGetValue((i.Id, c), out var s)
                ? new ChildValue(c, DivisionName(c), s.Value, s.Status)
                : new ChildValue(c, DivisionName(c), null, IndicatorStatus.NoData)).ToList();
            list.Add(new IndicatorRow(i, own?.Value, own?.Status ?? IndicatorStatus.NoData, own?.Source ?? (i.Computed ? "computed" : "manual"),
                own?.Inputs ?? [], own?.Formula ?? i.Formula, IndicatorRules.Progress(own?.Value, i.BaseValue, i.TargetValue), kids));
        }

        var computedAt = rows.Where(r => r.DivisionCode == division).Select(r => (DateTimeOffset?)r.ComputedAt).Max();
        return new PlanView(plan, division, divisions.FullName(division), IndicatorRules.Period(month), month, list, computedAt);
    }

    /// <summary>The measures behind an indicator with their definitions, values and record pages (the "how is this computed" of a figure).</summary>
    public IReadOnlyList<RecordsLink> Links(IndicatorRow row, PlanView view)
    {
        if (row.Formula is null) return [];
        var f = catalog.Parse(row.Formula, out _);
        if (f is null) return [];
        var (from, to) = IndicatorRules.Window(view.Month, row.Indicator.Accumulation, view.Plan.StartYear, clock.Today());
        return [.. f.Inputs.Select(code => catalog.Find(code) is { } m
            ? new RecordsLink(code, m.Name, m.Definition, row.Inputs.TryGetValue(code, out var v) ? v : null, Warnings.Url(m, view.Division, from, to))
            : new RecordsLink(code, code, "模块未公开此数据项", null, null))];
    }

    /// <summary>The formula in words (for hover): names instead of codes.</summary>
    public string Explain(PlanIndicator i)
    {
        if (i.Formula is null)
        {
            // The seeds' data_needed column is English research notes: shown only when written in Chinese (the standard set).
            var note = i.DataNeeded.Length > 0 && !i.DataNeeded.Any(char.IsAsciiLetter) ? i.DataNeeded : "由责任单位按统计期填报，科室负责人审核后计入";
            return $"手工填报：{note}";
        }


        var text = i.Formula;
        foreach (var m in catalog.All.OrderByDescending(m => m.Code.Length)) text = text.Replace(m.Code, $"〔{m.Name}〕", StringComparison.Ordinal);
        return $"业务数据计算：{text.Replace("*", "×", StringComparison.Ordinal).Replace("/", "÷", StringComparison.Ordinal)}（{IndicatorRules.Name(i.Accumulation)}{(i.Formula.Contains('/', StringComparison.Ordinal) ? "；分母为 0 时显示“—”" : "")}）";
    }

    /// <summary>The last twelve stored months of every indicator of the plan for the division (sparklines), oldest first.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<(string Period, decimal? Value)>>> TrendsAsync(PlanView view, CancellationToken ct)
    {
        var rows = await snapshots.TrendsAsync([.. view.Plan.Indicators.Select(i => i.Id)], view.Division, view.Month, 12, ct);
        return rows.GroupBy(r => r.PlanIndicatorId).ToDictionary(g => g.Key,
            g => (IReadOnlyList<(string, decimal?)>)[.. g.OrderBy(r => r.Period, StringComparer.Ordinal).Select(r => (r.Period, r.Value))]);
    }

    public async Task<IReadOnlyList<Domain.Snapshot>> TrendAsync(int indicatorId, string division, DateOnly last, CancellationToken ct) =>
        await snapshots.TrendAsync(indicatorId, division, last, 12, ct);
}
