using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Clues;

/// <summary>Reading clues: the list (by status, the most urgent first) and one clue.</summary>
internal sealed class ClueQueries(CasesDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ClueView>> ListAsync(ClueStatus? status, CancellationToken ct)
    {
        var q = db.Clues.AsNoTracking();
        if (status is { } s) q = q.Where(c => c.Status == s);
        var list = await q.OrderBy(c => c.Status).ThenBy(c => c.OpenBy).ThenByDescending(c => c.Id).Take(500).ToListAsync(ct);
        var today = clock.Today();
        return [.. list.Select(c => ClueActions.View(c, today))];
    }

    public async Task<ClueView?> GetAsync(long id, CancellationToken ct)
    {
        var c = await db.Clues.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        return c is null ? null : ClueActions.View(c, clock.Today());
    }
}

internal static class ClueQueriesEndpoints
{
    public static RouteGroupBuilder MapClueQueries(this RouteGroupBuilder clues)
    {
        clues.MapGet("", List).WithSummary("案件线索（status：0 待核查、1 已立案、2 不予立案）");
        clues.MapGet("/{id:long}", Get).WithSummary("线索详情");
        return clues;
    }

    private static async Task<Ok<IReadOnlyList<ClueView>>> List(ClueStatus? status, ClueQueries q, CancellationToken ct) => TypedResults.Ok(await q.ListAsync(status, ct));

    private static Task<Results<Ok<ClueView>, ProblemHttpResult>> Get(long id, ClueQueries q, CancellationToken ct) =>
        ApiResults.OkOrNotFound(q.GetAsync(id, ct), $"线索 {id} 不存在或不在您的管辖范围内");
}
