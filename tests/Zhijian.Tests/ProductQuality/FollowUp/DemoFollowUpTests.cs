using Microsoft.EntityFrameworkCore;
using Zhijian.ProductQuality.Domain.FollowUp;
using Zhijian.ProductQuality.Features.Demo;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.ProductQuality.FollowUp.FollowUpKit;

namespace Zhijian.Tests.ProductQuality.FollowUp;

/// <summary>The follow-up demo advances whatever follow-ups exist into every state through the area's own service, once.</summary>
[Trait("Database", "any")]
public sealed class DemoFollowUpTests
{
    [Fact]
    public async Task Demo_advances_the_opened_follow_ups_into_every_state_once()
    {
        await using var app = await ZhijianApp.StartAsync();
        await DemoFollowUp.SeedAsync(app.Services, CancellationToken.None); // none opened: nothing
        Assert.Equal(0, await Count(app, db => db.FollowUps.CountAsync()));
        var today = DateOnly.FromDateTime(ZhijianApp.DefaultNow.Date);
        await OpenAsync(app, [.. Enumerable.Range(0, 40).Select(k => Failure(200 + k, today.AddDays(-9 * k), producerDivision: k == 5 ? "370112" : "370102"))]);

        await DemoFollowUp.SeedAsync(app.Services, CancellationToken.None);
        var rows = await Count(app, db => db.FollowUps.IgnoreQueryFilters().Where(f => f.Part == 0).ToListAsync());
        var stages = rows.Select(f => f.Stage).ToHashSet();
        foreach (var s in new[] { FollowUpStage.Stopped, FollowUpStage.Correcting, FollowUpStage.Corrected, FollowUpStage.Announced, FollowUpStage.Closed,
                     FollowUpStage.Transferred, FollowUpStage.Withdrawn, FollowUpStage.Referred })
        {
            Assert.Contains(s, stages);
        }

        Assert.Contains(rows, f => f.Stage == FollowUpStage.Announced && f.SecondFromOn <= today); // second 复查 window open
        Assert.Contains(rows, f => f.Stage == FollowUpStage.Announced && f.SecondFromOn > today);
        Assert.Contains(rows, f => FollowUpRules.IsOverdue(f.DueOn, f.Stage, today) && f.DueStep == "correction");
        Assert.Contains(rows, f => FollowUpRules.IsOverdue(f.DueOn, f.Stage, today) && f.DueStep == "recheck");
        Assert.True(await CluesAsync(app, "follow-up") > 0);
        var events = await Count(app, db => db.FollowUpEvents.CountAsync());
        await DemoFollowUp.SeedAsync(app.Services, CancellationToken.None);
        Assert.Equal(events, await Count(app, db => db.FollowUpEvents.CountAsync()));
    }
}
