using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Storage;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Platform.Audit;

public sealed class AuditNamesTests
{
    [Fact]
    public async Task Every_action_and_record_type_of_the_demo_deployment_has_a_Chinese_name_on_the_audit_page()
    {
        // The demo deployment (same template as the complaints and cases demo tests) writes entries from every module.
        await using var app = await ZhijianApp.StartAsync(demoEntities: 1_500);
        var names = app.Services.GetRequiredService<AuditNameBook>();
        var (actions, types, latest) = await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            return (await db.AuditEntries.Select(a => a.Action).Distinct().ToListAsync(), await db.AuditEntries.Select(a => a.RecordType).Distinct().ToListAsync(),
                // the newest the city admin sees (entries without a division, such as a job run by the system, are the top admin's)
                await db.AuditEntries.Where(a => a.DivisionCode != null && a.DivisionCode.StartsWith("3701")).OrderByDescending(a => a.Seq).Select(a => a.Action).FirstAsync());
        });

        Assert.True(actions.Count >= 5, $"the demo writes entries of several kinds, got {string.Join(", ", actions)}");
        var unnamed = actions.Where(a => !names.Knows(a)).Concat(types.Where(t => !names.KnowsRecordType(t))).ToList();
        Assert.True(unnamed.Count == 0, $"no Chinese name for {string.Join(", ", unnamed)}");
        Assert.Equal("归集信用记录", names.Action("credit.record.created"));
        Assert.Equal("诉求办理：受理", names.Action("complaints.accept"));
        Assert.Equal("作出处罚决定", names.Action("cases.decided"));
        Assert.Equal("其他操作", names.Action("unknown.thing"));

        // The page: the admin's name and the actions in words; codes and JSON only behind 详情.
        var admin = await app.LoginAsync("admin");
        var html = await admin.PageAsync("/admin/audit");
        // The newest entry is on the first page, in words.
        Assert.Contains(names.Action(latest), html);
        Assert.Contains("系统", html);
        Assert.DoesNotContain(latest, html);
        Assert.DoesNotContain("credit.record.created", html);
        Assert.DoesNotContain("{&quot;", html);
    }
}
