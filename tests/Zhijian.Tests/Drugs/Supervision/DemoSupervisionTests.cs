using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Domain.Licences;
using Zhijian.Drugs.Domain.Supervision;
using Zhijian.Drugs.Features.Demo;
using Zhijian.Platform.Events;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Drugs.Supervision;

/// <summary>The Supervision demo: two grids per 济南 county, all but a few pharmacies assigned, a year of inspections with one 立案 clue, grades, vaccine checks; once.</summary>
[Trait("Database", "any")]
public sealed class DemoSupervisionTests
{
    [Fact]
    public async Task Demo_seeds_grids_inspections_grades_and_vaccine_checks_once()
    {
        await using var app = await ZhijianApp.StartAsync();
        await DemoLicences.SeedAsync(app.Services, CancellationToken.None);
        await DemoSupervision.SeedAsync(app.Services, CancellationToken.None);
        var (grids, assigned, pharmacies, inspections, cases, grades, checks, clues) = await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<DrugsDbContext>();
            return (await db.Grids.CountAsync(), await db.GridAssignments.CountAsync(),
                await db.Businesses.CountAsync(b => b.Kind == DrugBusinessKind.RetailPharmacy || b.Kind == DrugBusinessKind.ChainStore),
                await db.Inspections.CountAsync(), await db.Inspections.CountAsync(i => i.Conclusion == InspectionConclusion.Case),
                await db.RiskGrades.CountAsync(), await db.VaccineChecks.CountAsync(), await db.Set<OutboxMessage>().CountAsync(m => m.Type == "drugs.case-clue"));
        });
        Assert.Equal(24, grids);
        Assert.True(pharmacies > 0 && assigned > 0);
        Assert.True(inspections > pharmacies / 2, $"{inspections} inspections for {pharmacies} pharmacies");
        Assert.Equal(1, cases);
        Assert.Equal(0, clues); // the demo leaves nothing pending in the outbox
        Assert.True(grades >= pharmacies);
        Assert.Equal(72, checks);

        await DemoSupervision.SeedAsync(app.Services, CancellationToken.None);
        Assert.Equal(inspections, await app.AsSystemAsync(sp => sp.GetRequiredService<DrugsDbContext>().Inspections.CountAsync()));
    }
}
