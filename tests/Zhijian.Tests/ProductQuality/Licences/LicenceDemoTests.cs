using Microsoft.EntityFrameworkCore;
using Zhijian.ProductQuality.Domain.Licences;
using Zhijian.ProductQuality.Features.Demo;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.ProductQuality.Licences;

/// <summary>The licence demo on the demo registry of the E2E size (1,500 entities): its shape, and a second run adds nothing.</summary>
[Trait("Database", "any")]
public sealed class LicenceDemoTests
{
    [Fact]
    public async Task Demo_seeds_licences_in_every_state_checks_and_ccc_once()
    {
        await using var app = await ZhijianApp.StartAsync(demoEntities: 1_500);
        var before = await LicenceKit.Db(app, db => db.Licences.CountAsync());
        await DemoLicences.SeedAsync(app.Services, CancellationToken.None);
        var today = new DateOnly(2026, 11, 23);
        var renewalLimit = today.AddMonths(6);

        var (licences, varieties, expiring, expired, revoked, checks, failing, certs, marks, failingMarks, apps) = await LicenceKit.Db(app, async db => (
            await db.Licences.CountAsync(), await db.Licences.Select(l => l.Varieties).Distinct().CountAsync(),
            await db.Licences.CountAsync(l => l.Status == LicenceStatus.Valid && l.ValidTo >= today && l.ValidTo <= renewalLimit),
            await db.Licences.CountAsync(l => l.Status == LicenceStatus.Valid && l.ValidTo < today),
            await db.Licences.CountAsync(l => l.Status == LicenceStatus.Revoked),
            await db.LicenceChecks.CountAsync(), await db.LicenceChecks.CountAsync(c => c.ClueSent),
            await db.CccCertificates.CountAsync(), await db.CccMarkChecks.CountAsync(), await db.CccMarkChecks.CountAsync(m => m.ClueSent),
            await db.LicenceApplications.CountAsync()));
        Assert.Equal(before, licences);
        Assert.Equal(60, licences);
        Assert.True(varieties >= 10, $"{varieties} varieties");
        Assert.InRange(expiring, 5, 15);
        Assert.InRange(expired, 4, 10);
        Assert.Equal(1, revoked);
        Assert.InRange(checks, 35, 45);
        Assert.Equal(4, failing); // 2 不合格, 1 过期仍在生产, 1 无证生产
        Assert.Equal(30, certs);
        Assert.Equal(40, marks);
        Assert.Equal(5, failingMarks);
        Assert.Equal(8, apps);
        Assert.Equal(4, await LicenceKit.CluesAsync(app, "licence"));
        Assert.Equal(5, await LicenceKit.CluesAsync(app, "ccc"));
    }
}
