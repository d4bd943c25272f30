using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Credit.Data;
using Zhijian.Credit.Domain;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;

namespace Zhijian.Credit.Features.Listings;

/// <summary>
/// Generates decision numbers (文号) per authority (the county bureau of the entity's division), kind and year, in the
/// format of <see cref="ListingRules.DecisionNo"/>. The next number is one past the highest already stored; within a
/// scope numbers are handed out from memory so a batch run numbers consecutively. Two nodes numbering the same
/// authority at the same instant could pick the same number: the listing itself stays unique (its key), and the job
/// runs on one node at a time in practice (hourly, idempotent).
/// </summary>
internal sealed class DecisionNumbers(CreditDbContext db, DivisionTable divisions, OrgUnitDirectory units)
{
    private readonly Dictionary<string, int> _last = new(StringComparer.Ordinal);

    /// <summary>作出决定机关: the county bureau covering the division, named as everywhere (<see cref="AuthorityNames"/>: 济南市历下区市场监督管理局).</summary>
    public async Task<string> AuthorityAsync(string divisionCode, CancellationToken ct)
    {
        var county = divisionCode.Length >= 6 ? divisionCode[..6] : divisionCode;
        if (await units.CountyBureauForAsync(county, ct) is { } bureau) return bureau.Name;
        var name = divisions.FullName(county); // no unit covers it (a deployment without that bureau): the division's name
        return (string.IsNullOrEmpty(name) ? county : name) + "市场监督管理局";
    }

    /// <summary>The bureau's 文号 abbreviation (济历), the same as on its case documents.</summary>
    public async Task<string> ShortNameAsync(string divisionCode, CancellationToken ct)
    {
        var county = divisionCode.Length >= 6 ? divisionCode[..6] : divisionCode;
        if (await units.CountyBureauForAsync(county, ct) is { } bureau) return AuthorityNames.Abbreviation(await units.AllAsync(ct), bureau.Id, bureau.Name);
        return ListingRules.ShortName(divisions.Find(county)?.Name ?? county);
    }

    public async Task<string> NextAsync(string divisionCode, string kind, int year, CancellationToken ct)
    {
        var shortName = await ShortNameAsync(divisionCode, ct);
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
