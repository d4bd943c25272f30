using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Cases.Features.Queries;
using Zhijian.Platform.Identity;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Cases;

/// <summary>The run command's demo: 历下 cases in every stage, run through the real services on the days they happened.</summary>
public sealed class DemoCasesTests
{
    [Fact]
    public async Task The_demo_has_a_case_in_every_stage_complete_closed_files_and_seeds_once()
    {
        await using var app = await ZhijianApp.StartAsync(demoEntities: 1_500);
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
        var db = scope.ServiceProvider.GetRequiredService<CasesDbContext>();
        var cases = await db.Cases.AsNoTracking().ToListAsync();
        foreach (var stage in Enum.GetValues<CaseStage>()) Assert.True(cases.Any(c => c.Stage == stage), $"no case in {stage}");
        Assert.InRange(cases.Count, 25, 35);
        Assert.All(cases, c => Assert.Equal("370102", c.DivisionCode));
        var clues = await db.Clues.AsNoTracking().ToListAsync();
        Assert.Contains(clues, c => c.Status == ClueStatus.Declined);
        Assert.Contains(clues, c => c.Status == ClueStatus.Verifying && c.Extended);
        Assert.Contains(clues, c => c.Status == ClueStatus.Verifying && c.Pauses.Any(p => p.End is null));
        Assert.Contains(clues, c => c.Status == ClueStatus.Verifying && c.DivisionCode == "370112");
        Assert.Contains(cases, c => c.Procedure == CaseProcedure.Simple);
        Assert.Contains(cases, c => c.Corrections > 0);
        Assert.Contains(cases, c => c.DiscretionReason is not null && c.Discretion == DiscretionLevel.Normal);

        var reviewed = await db.Reviews.AsNoTracking().Select(r => r.CaseId).ToListAsync();
        Assert.Contains(cases, c => c.IsClosed && reviewed.Contains(c.Id));
        var today = Zhijian.Platform.Calendar.ChinaTime.ToChinaDate(app.Clock.GetUtcNow());
        Assert.Contains(cases, c => !c.IsClosed && c.ConcludeBy < today && !c.HeadExtension);
        Assert.Contains(cases, c => !c.IsClosed && c.HeadExtension);

        foreach (var c in cases.Where(c => c.IsClosed && c.Procedure == CaseProcedure.Ordinary))
        {
            var docs = (await db.Documents.AsNoTracking().Where(d => d.CaseId == c.Id).Select(d => d.Kind).ToListAsync()).ToHashSet();
            var evidence = await db.Evidence.CountAsync(e => e.CaseId == c.Id);
            var files = await db.Files.CountAsync(f => f.CaseId == c.Id && f.EvidenceId != null);
            Assert.True(CaseQueries.Missing(c, docs, evidence, files).Count == 0, $"{c.Number}: {string.Join("、", CaseQueries.Missing(c, docs, evidence, files))}");
        }

        // Clues of the complaints demo may still arrive through the outbox: count what this demo writes.
        var before = (cases.Count, await db.Clues.CountAsync(c => c.SourceSystem == null), await db.Documents.CountAsync(), await db.Evidence.CountAsync());
        await Zhijian.Cases.Features.Demo.DemoCases.SeedAsync(app.Services, CancellationToken.None);
        Assert.Equal(before, (await db.Cases.CountAsync(), await db.Clues.CountAsync(c => c.SourceSystem == null), await db.Documents.CountAsync(), await db.Evidence.CountAsync()));
    }
}
