using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.Platform.Codes;

namespace Zhijian.FoodSafety.Features.Grading;

/// <summary>Grade counts of one county (or the total): A–D and not yet graded, active businesses only.</summary>
internal sealed record GradeCounts(string Division, string Name, int A, int B, int C, int D, int Ungraded)
{
    public int Total => A + B + C + D + Ungraded;

    /// <summary>风险分级覆盖率 (graded / active), 0–1.</summary>
    public decimal Coverage => Total == 0 ? 0 : Math.Round((decimal)(Total - Ungraded) / Total, 4);
}

internal sealed record GradeDistribution(string? Division, IReadOnlyList<GradeCounts> Counties, GradeCounts Total);

/// <summary>风险分级分布: counted by GROUP BY county and grade in the database, inside the caller's jurisdiction.</summary>
internal sealed class GradingReports(FoodSafetyDbContext db, DivisionTable divisions)
{
    public async Task<GradeDistribution> DistributionAsync(string? division, CancellationToken ct)
    {
        var q = db.Businesses.AsNoTracking().Where(b => b.Active);
        if (division is { Length: > 0 } d && DivisionTable.IsWellFormed(d))
        {
            var prefix = DivisionTable.ScopePrefix(d);
            q = q.Where(b => b.DivisionCode.StartsWith(prefix));
        }

        var rows = await q.GroupBy(b => new { County = b.DivisionCode.Substring(0, 6), b.Grade })
            .Select(g => new { g.Key.County, g.Key.Grade, N = g.Count() }).ToListAsync(ct);
        var cells = rows.Select(r => (r.County, r.Grade, r.N)).ToList();
        var counties = cells.GroupBy(r => r.County, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GradeCounts(g.Key, divisions.FullName(g.Key), N(g, "A"), N(g, "B"), N(g, "C"), N(g, "D"), N(g, null))).ToList();
        var total = new GradeCounts(division ?? "", division is { Length: > 0 } ? divisions.FullName(division) : "合计",
            counties.Sum(c => c.A), counties.Sum(c => c.B), counties.Sum(c => c.C), counties.Sum(c => c.D), counties.Sum(c => c.Ungraded));
        return new(division, counties, total);

        static int N(IEnumerable<(string County, string? Grade, int N)> g, string? grade) => g.Where(r => r.Grade == grade).Sum(r => r.N);
    }
}
