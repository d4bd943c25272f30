using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Events;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.FollowUp;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.ProductQuality.FollowUp;

/// <summary>Intent methods of the follow-up tests: a failure notified (through the seam, as the SpotChecks area does) and the clues sent.</summary>
internal static class FollowUpKit
{
    public const string Url = "/api/v1/pq/follow-ups";

    /// <summary>A failed 电动自行车 sample taken from a 历下 seller; the producer in <paramref name="producerDivision"/>.</summary>
    public static FailedSample Failure(long sampleId, DateOnly notifiedOn, string producerDivision = "370102", string? sellerDivision = "370102",
        string productKey = "91370102MA3C8KXX1Q|GB 17761-2024|泉城|TDT-1") =>
        new(sampleId, $"CY2026{sampleId:D6}", 7, "2026年济南市电动自行车产品质量监督抽查", "市级", null, "", "0601", "电动自行车", productKey, "泉城", "TDT-1",
            "GB 17761-2024", "91370102MA3C8KXX1Q", "济南泉城车业有限公司", producerDivision, sellerDivision is null ? null : "91370102MA3CBBBB2X",
            sellerDivision is null ? null : "济南历下某某商贸有限公司", sellerDivision, "最高车速；防篡改", notifiedOn, true);

    public static Task OpenAsync(ZhijianApp app, params FailedSample[] failures) => app.AsSystemAsync(async sp =>
    {
        var seam = sp.GetRequiredService<IFollowUps>();
        foreach (var f in failures) await seam.OpenAsync(f, CancellationToken.None);
        await sp.GetRequiredService<QualityDbContext>().SaveChangesAsync();
    });

    public static Task<long> IdOfAsync(ZhijianApp app, long sampleId, int part = 0) =>
        Count(app, db => db.FollowUps.IgnoreQueryFilters().Where(f => f.SampleId == sampleId && f.Part == part).Select(f => f.Id).SingleAsync());

    /// <summary>How many case clues of <paramref name="kind"/> the module has put in its outbox.</summary>
    public static Task<int> CluesAsync(ZhijianApp app, string kind) => app.AsSystemAsync(async sp =>
    {
        var db = sp.GetRequiredService<QualityDbContext>();
        var payloads = await db.Set<OutboxMessage>().Where(m => m.Type == "pq.case-clue").Select(m => m.Payload).ToListAsync();
        return payloads.Count(p => p.Contains($"\"{kind}\"", StringComparison.Ordinal));
    });

    public static Task<T> Count<T>(ZhijianApp app, Func<QualityDbContext, Task<T>> count) =>
        app.AsSystemAsync(sp => count(sp.GetRequiredService<QualityDbContext>()));
}
