using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Data;
using Zhijian.Credit.Contracts;
using Zhijian.Platform.Events;
using Zhijian.Platform.Rules;

namespace Zhijian.Complaints.Features.Analysis;

/// <summary>
/// 投诉较多 → 信用记录: when a complaint against a registered business closes and that business has at least
/// complaint.repeat-credit complaints received in the 12 months up to the close date, the credit module gets (or has
/// updated) one record per business and year, "repeat-{uscc}-{yyyy}", with counts by category only — no complainant,
/// no facts. Runs in the outbox as the system actor; sending the same numbers again changes nothing.
/// </summary>
internal sealed class RepeatComplaintsCreditHandler(ComplaintsDbContext db, IRuleBook rules, Categories categories, ICreditIntake credit,
    ILogger<RepeatComplaintsCreditHandler> log) : IEventHandler<FilingClosed>
{
    public const string SourceSystem = "zhijian-complaints";

    public async Task HandleAsync(FilingClosed e, EventContext context, CancellationToken ct)
    {
        if (e.Kind != FilingKind.Complaint || string.IsNullOrWhiteSpace(e.Uscc)) return;
        var threshold = rules.GetInt("complaint.repeat-credit", e.ClosedOn);
        var from = e.ClosedOn.AddMonths(-12).AddDays(1);
        var uscc = e.Uscc;
        // SELECT CategoryCode, COUNT(*) … WHERE Uscc = @uscc AND Kind = 1 AND ReceivedOn BETWEEN @from AND @closedOn GROUP BY CategoryCode
        var counts = await db.Filings.IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.Uscc == uscc && f.Kind == FilingKind.Complaint && f.ReceivedOn >= from && f.ReceivedOn <= e.ClosedOn)
            .GroupBy(f => f.CategoryCode).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        var total = counts.Sum(c => c.N);
        if (total < threshold) return;

        var unit = await db.Filings.IgnoreQueryFilters().Where(f => f.Id == e.FilingId).Select(f => f.OrgUnitName).FirstOrDefaultAsync(ct);
        var all = await categories.AllAsync(ct);
        var parts = counts.OrderByDescending(c => c.N).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{(c.Key is null ? "未分类" : all.FirstOrDefault(x => x.Code == c.Key)?.Name ?? c.Key)} {c.N} 件"));
        var content = string.Create(CultureInfo.InvariantCulture,
            $"{from:yyyy-MM-dd} 至 {e.ClosedOn:yyyy-MM-dd} 共受理对该经营者的消费投诉 {total} 件（达到 {threshold} 件的归集标准），按分类：{string.Join("；", parts)}。");
        var outcome = await credit.SubmitRecordAsync(new CreditRecordSubmission(uscc, CreditRecordKind.Complaint, SourceSystem,
            string.Create(CultureInfo.InvariantCulture, $"repeat-{uscc}-{e.ClosedOn.Year}"), string.IsNullOrEmpty(unit) ? "市场监督管理部门" : unit,
            string.Create(CultureInfo.InvariantCulture, $"12个月内被投诉{total}件"), e.ClosedOn, content), ct);
        if (outcome.Outcome == CreditIntakeOutcome.Invalid) log.LogWarning("Repeat-complaint credit record for filing {FilingId} refused: {Error}", e.FilingId, outcome.Error);
    }
}
