using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Credit.Data;
using Zhijian.Credit.Domain;
using Zhijian.Platform.Codes;

namespace Zhijian.Credit.Features.Listings;

/// <summary>
/// Generates decision numbers (文号) per authority (the county bureau of the entity's division), kind and year, in the
/// format of <see cref="ListingRules.DecisionNo"/>. The next number is one past the highest already stored; within a
/// scope numbers are handed out from memory so a batch run numbers consecutively. Two nodes numbering the same
/// authority at the same instant could pick the same number: the listing itself stays unique (its key), and the job
/// runs on one node at a time in practice (hourly, idempotent).
/// </summary>
internal sealed class DecisionNumbers(CreditDbContext db, DivisionTable divisions)
{
    private readonly Dictionary<string, int> _last = new(StringComparer.Ordinal);

    /// <summary>作出决定机关: "{county full name}市场监督管理局".</summary>
    public string Authority(string divisionCode)
    {
        var county = divisionCode.Length >= 6 ? divisionCode[..6] : divisionCode;
        var name = divisions.FullName(county);
        return (string.IsNullOrEmpty(name) ? county : name) + "市场监督管理局";
    }

    public string ShortName(string divisionCode)
    {
        var county = divisionCode.Length >= 6 ? divisionCode[..6] : divisionCode;
        return ListingRules.ShortName(divisions.Find(county)?.Name ?? county);
    }

    public async Task<string> NextAsync(string divisionCode, string kind, int year, CancellationToken ct)
    {
        var shortName = ShortName(divisionCode);
        var prefix = ListingRules.DecisionPrefix(shortName, kind, year);
        if (!_last.TryGetValue(prefix, out var last))
        {
            var taken = await db.Listings.IgnoreQueryFilters().AsNoTracking()
                .Where(l => l.DecisionNo!.StartsWith(prefix) || l.RemovalDecisionNo!.StartsWith(prefix))
                .Select(l => new { l.DecisionNo, l.RemovalDecisionNo }).ToListAsync(ct);
            last = taken.SelectMany(t => new[] { t.DecisionNo, t.RemovalDecisionNo })
                .Where(n => n is not null && n.StartsWith(prefix, StringComparison.Ordinal))
                .Select(n => int.TryParse(n![prefix.Length..].TrimEnd('号'), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
                .DefaultIfEmpty(0).Max();
        }

        _last[prefix] = last + 1;
        return ListingRules.DecisionNo(shortName, kind, year, last + 1);
    }
}
