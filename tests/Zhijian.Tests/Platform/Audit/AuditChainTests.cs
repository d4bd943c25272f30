using Zhijian.Platform.Audit;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Platform.Audit;

public sealed class AuditChainTests
{
    [Fact]
    public void The_hash_covers_every_field_and_the_previous_hash()
    {
        var entry = new AuditEntry
        {
            Seq = 7,
            At = DateTimeOffset.FromUnixTimeMilliseconds(1_790_000_000_000),
            Actor = "admin",
            OrgUnitId = 1,
            DivisionCode = "370100",
            Action = "rule.changed",
            RecordType = "RuleSetting",
            RecordId = "case.open",
            Before = "{\"value\":\"15WD\"}",
            After = "{\"value\":\"10WD\"}",
        };
        var hash = entry.ComputeHash(AuditEntry.Genesis);

        Assert.Equal(64, hash.Length);
        Assert.Equal(hash, entry.ComputeHash(AuditEntry.Genesis));
        Assert.NotEqual(hash, entry.ComputeHash(new string('1', 64)));
        entry.After = "{\"value\":\"11WD\"}";
        Assert.NotEqual(hash, entry.ComputeHash(AuditEntry.Genesis));
    }

    [Fact]
    public async Task Verify_walks_the_whole_chain_and_reports_the_count()
    {
        await using var app = await ZhijianApp.StartAsync();
        var admin = await app.LoginAsync("admin");
        await admin.PostJsonAsync("/api/v1/rules/case.open/versions", new { value = "12WD", effectiveFrom = "2026-12-01", note = "测试修改" });

        var verify = await admin.GetJsonAsync("/api/v1/audit/verify");
        var count = await app.AsSystemAsync(sp => Task.FromResult(sp.GetRequiredService<Zhijian.Platform.Storage.PlatformDbContext>().AuditEntries.LongCount()));

        Assert.True(verify.GetProperty("ok").GetBoolean());
        Assert.True(count >= 2);
        Assert.Equal(count, verify.GetProperty("entries").GetInt64());
    }

    [Fact]
    public async Task Editing_an_entry_directly_in_the_database_is_detected_at_that_entry()
    {
        await using var app = await ZhijianApp.StartAsync();
        var admin = await app.LoginAsync("admin");
        await admin.PostJsonAsync("/api/v1/rules/case.open/versions", new { value = "12WD", effectiveFrom = "2026-12-01", note = "测试修改" });
        var target = await app.AsSystemAsync(sp => Task.FromResult(sp.GetRequiredService<Zhijian.Platform.Storage.PlatformDbContext>()
            .AuditEntries.Where(a => a.Action == "rule.changed").Select(a => a.Seq).Single()));

        var table = app.Database.PlatformTable("audit_entries");
        var changed = await app.Database.ExecuteAsync($"UPDATE {table} SET \"After\" = '{{\"value\":\"30WD\"}}' WHERE \"Seq\" = {target}");
        var verify = await admin.GetJsonAsync("/api/v1/audit/verify");

        Assert.Equal(1, changed);
        Assert.False(verify.GetProperty("ok").GetBoolean());
        Assert.Equal(target, verify.GetProperty("brokenAt").GetInt64());
        Assert.Contains("篡改", verify.Str("reason"));
    }

    [Fact]
    public async Task Deleting_an_entry_is_detected_as_a_gap()
    {
        await using var app = await ZhijianApp.StartAsync();
        var admin = await app.LoginAsync("admin");
        await admin.PostJsonAsync("/api/v1/rules/case.open/versions", new { value = "12WD", effectiveFrom = "2026-12-01", note = "测试修改" });
        await admin.PostJsonAsync("/api/v1/rules/case.open/versions", new { value = "13WD", effectiveFrom = "2026-12-02", note = "测试修改" });

        await app.Database.ExecuteAsync($"DELETE FROM {app.Database.PlatformTable("audit_entries")} WHERE \"Seq\" = 2");
        var verify = await admin.GetJsonAsync("/api/v1/audit/verify");

        Assert.False(verify.GetProperty("ok").GetBoolean());
        Assert.Equal(2, verify.GetProperty("brokenAt").GetInt64());
    }

    [Fact]
    public async Task Concurrent_audited_changes_keep_one_unbroken_chain()
    {
        await using var app = await ZhijianApp.StartAsync();
        var admin = await app.LoginAsync("admin");

        var writes = Enumerable.Range(1, 12).Select(i =>
            admin.PostJsonAsync($"/api/v1/rules/case.open/versions", new { value = $"{10 + i}WD", effectiveFrom = "2026-12-01", note = $"并发 {i}" }));
        var responses = await Task.WhenAll(writes);

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString()));
        var verify = await admin.GetJsonAsync("/api/v1/audit/verify");
        Assert.True(verify.GetProperty("ok").GetBoolean(), verify.ToString());
    }
}
