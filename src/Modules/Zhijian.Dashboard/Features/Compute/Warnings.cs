using System.Globalization;
using Microsoft.Extensions.Caching.Memory;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Indicators;

namespace Zhijian.Dashboard.Features.Compute;

/// <summary>An operational warning with the list of records behind it.</summary>
internal sealed record OperationalWarning(string Code, string Title, decimal Count, string Unit, string Detail, string? Url, bool Severe);

/// <summary>
/// 运行预警: what needs action today in a jurisdiction — overdue complaints, disclosures near their deadline, licences
/// expiring, entities newly in risk class D, complaint spikes — computed live from the modules' measures.
/// </summary>
internal sealed class Warnings(MeasureCatalog catalog, TimeProvider clock, IMemoryCache cache)
{
    /// <summary>A week's complaints this many times the weekly average of the four weeks before is a spike (and at least <see cref="SpikeMinimum"/>).</summary>
    public const decimal SpikeFactor = 1.5m;

    public const int SpikeMinimum = 10;

    private static readonly (string Code, string Title, string Detail, bool Severe, int Days)[] Checks =
    [
        ("complaints.overdue_open", "投诉举报已超期", "已过办理期限仍未办结", true, 0),
        ("cases.overdue_open", "案件已超办案期限", "已过法定办案期限仍未结案", true, 0),
        ("cases.publications_due_soon", "处罚信息即将到公示期限", "5个工作日内到期、尚未公示", false, 0),
        ("inspections.results_unpublished_due_soon", "抽查结果即将到公示期限", "5个工作日内到期、尚未公示", false, 0),
        ("entities.licences_expiring", "许可证即将到期", "30日内到期的有效许可证", false, 0),
        ("credit.class_d_new", "新增信用风险D类主体", "近30日新列为D类（高风险）", true, 30),
        ("credit.abnormal_listed", "新列入经营异常名录", "近30日新列入", false, 30),
        ("prices.warnings_l1", "价格一级预警", "近30日的一级价格预警（生猪预案、商品涨跌幅规则）", true, 30),
        ("prices.warnings_l2", "价格二级预警", "近30日的二级价格预警", true, 30),
        ("prices.warnings_l3", "价格三级预警", "近30日的三级价格预警", false, 30),
    ];

    /// <summary>How long a jurisdiction's warnings are reused: they scan the modules' big tables (complaints) on every call.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    /// <summary>The warnings of a jurisdiction (the caller checks the jurisdiction), at most <see cref="CacheFor"/> old.</summary>
    public async Task<IReadOnlyList<OperationalWarning>> ForAsync(string division, CancellationToken ct)
    {
        var key = $"dashboard.warnings:{division}:{clock.Today():yyyy-MM-dd}";
        if (cache.TryGetValue(key, out IReadOnlyList<OperationalWarning>? cached) && cached is not null) return cached;
        var list = await ComputeAsync(division, ct);
        cache.Set(key, list, CacheFor);
        return list;
    }

    private async Task<IReadOnlyList<OperationalWarning>> ComputeAsync(string division, CancellationToken ct)
    {
        var today = clock.Today();
        var list = new List<OperationalWarning>();
        foreach (var (code, title, detail, severe, days) in Checks)
        {
            if (catalog.Find(code) is not { } m) continue;
            var from = days > 0 ? today.AddDays(-(days - 1)) : today;
            var rows = await catalog.ComputeAsync(division, from, today, [code], ct);
            var n = rows.Values.Sum();
            if (n > 0) list.Add(new OperationalWarning(code, title, n, m.Unit, detail, Url(m, division, from, today), severe));
        }

        if (catalog.Find("complaints.received") is { } received)
        {
            var week = (await catalog.ComputeAsync(division, today.AddDays(-6), today, [received.Code], ct)).Values.Sum();
            var before = (await catalog.ComputeAsync(division, today.AddDays(-34), today.AddDays(-7), [received.Code], ct)).Values.Sum() / 4m;
            if (week >= SpikeMinimum && week > before * SpikeFactor)
            {
                var detail = $"近7日 {week:0} 件，前四周周均 {before.ToString("0.#", CultureInfo.InvariantCulture)} 件";
                list.Add(new OperationalWarning("complaints.spike", "投诉举报量激增", week, received.Unit, detail, Url(received, division, today.AddDays(-6), today), true));
            }
        }

        return [.. list.OrderByDescending(w => w.Severe)];
    }

    /// <summary>The records page of a measure for a division and window.</summary>
    public static string? Url(MeasureDefinition m, string division, DateOnly from, DateOnly to) =>
        m.RecordsUrl?.Replace("{division}", division, StringComparison.Ordinal)
            .Replace("{from}", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{to}", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
