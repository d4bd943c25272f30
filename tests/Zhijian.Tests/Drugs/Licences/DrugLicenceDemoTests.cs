using Microsoft.EntityFrameworkCore;
using Zhijian.Drugs.Domain.Licences;
using Zhijian.Drugs.Features.Demo;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Drugs.Licences;

/// <summary>The licence demo on the test's empty registry: its businesses with licences in every state, pharmacists and reports; a second run adds nothing.</summary>
[Trait("Database", "any")]
public sealed class DrugLicenceDemoTests
{
    [Fact]
    public async Task Demo_seeds_businesses_licences_pharmacists_checks_and_reports_once()
    {
        await using var app = await ZhijianApp.StartAsync();
        var today = new DateOnly(2026, 11, 23);
        var count = await DrugKit.Db(app, db => db.Businesses.CountAsync());
        await DemoLicences.SeedAsync(app.Services, CancellationToken.None);
        var (businesses, pharmacies, hqs, devices, cosmetics, licences, expired, filings, pharmacists, checks, absent, reports, late) = await DrugKit.Db(app, async db => (
            await db.Businesses.CountAsync(),
            await db.Businesses.CountAsync(b => b.Kind == DrugBusinessKind.RetailPharmacy || b.Kind == DrugBusinessKind.ChainStore),
            await db.Businesses.CountAsync(b => b.Kind == DrugBusinessKind.ChainHeadquarters),
            await db.Businesses.CountAsync(b => b.Kind == DrugBusinessKind.DeviceClassIII || b.Kind == DrugBusinessKind.DeviceClassII),
            await db.Businesses.CountAsync(b => b.Kind == DrugBusinessKind.Cosmetics && b.Categories != null),
            await db.Licences.CountAsync(),
            await db.Licences.CountAsync(l => l.Status == DrugLicenceStatus.Valid && l.ValidTo < today),
            await db.Licences.CountAsync(l => l.Kind == DrugLicenceKind.DeviceClassIIFiling && l.ValidTo == null),
            await db.Pharmacists.CountAsync(),
            await db.PharmacistChecks.CountAsync(),
            await db.PharmacistChecks.CountAsync(c => c.Required && !c.OnDuty),
            await db.SelfReports.CountAsync(r => r.Year == 2025),
            await db.SelfReports.CountAsync(r => r.Year == 2025 && r.Late)));
        Assert.Equal(count, businesses);
        Assert.Equal(40, pharmacies);
        Assert.Equal(4, hqs);
        Assert.Equal(12, devices);
        Assert.Equal(6, cosmetics);
        Assert.Equal(businesses - cosmetics, licences);
        Assert.True(expired >= 1, $"{expired} expired");
        Assert.Equal(8, filings);
        Assert.InRange(pharmacists, 40, 60);
        Assert.InRange(checks, 80, 160);
        Assert.True(absent >= 1, $"{absent} absences");
        Assert.InRange(reports, 8, 12);
        Assert.True(late >= 1, $"{late} late");
    }
}
