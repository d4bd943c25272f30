using System.Net;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Platform.Rules;

public sealed class RuleTests
{
    [Fact]
    public void Every_shipped_default_is_valid_for_its_kind_and_keys_are_unique()
    {
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(r => r.Key).Distinct().Count());
        foreach (var rule in RuleCatalog.All)
        {
            Assert.NotEmpty(rule.Defaults);
            foreach (var d in rule.Defaults) Assert.True(rule.Validate(d.Value) is null, $"{rule.Key} = {d.Value}: {rule.Validate(d.Value)}");
        }
    }

    [Theory]
    [InlineData("complaint.accept", "abc", "期限格式")]
    [InlineData("case.hearing-fine-org", "-5", "金额")]
    [InlineData("inspection.ratio-a-max", "5", "0 到 1")]
    [InlineData("annual-report.window-end", "02-30", "月-日")]
    [InlineData("case.min-officers", "1.5", "整数")]
    public void Invalid_values_are_refused_with_a_reason(string key, string value, string reason) =>
        Assert.Contains(reason, RuleCatalog.Find(key)!.Validate(value));

    [Fact]
    public async Task The_mediation_limit_follows_the_order_in_force_on_the_day_received()
    {
        await using var app = await ZhijianApp.StartAsync();
        var rules = app.Services.GetRequiredService<IRuleBook>();

        Assert.Equal(new Period(45, PeriodUnit.WorkingDays), rules.GetPeriod("complaint.mediation", new DateOnly(2026, 4, 14)));
        Assert.Equal(new Period(60, PeriodUnit.CalendarDays), rules.GetPeriod("complaint.mediation", new DateOnly(2026, 4, 15)));
        Assert.Equal(100_000m, rules.GetDecimal("case.hearing-fine-org", new DateOnly(2026, 11, 23)));
    }

    [Fact]
    public async Task An_admin_change_applies_from_its_date_keeps_the_old_value_before_it_and_is_audited()
    {
        await using var app = await ZhijianApp.StartAsync();
        var admin = await app.LoginAsync("admin");

        var response = await admin.PostJsonAsync("/api/v1/rules/case.hearing-fine-person/versions",
            new { value = "5000", effectiveFrom = "2027-01-01", note = "鲁政办发〔2026〕X号：下调听证数额" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rules = app.Services.GetRequiredService<IRuleBook>();
        Assert.Equal(10_000m, rules.GetDecimal("case.hearing-fine-person", new DateOnly(2026, 12, 31)));
        Assert.Equal(5_000m, rules.GetDecimal("case.hearing-fine-person", new DateOnly(2027, 1, 1)));
        var view = await admin.GetJsonAsync("/api/v1/rules/case.hearing-fine-person?on=2027-01-02");
        Assert.Equal("5,000 元", view.Str("display"));
        Assert.Equal(2, view.GetProperty("versions").GetArrayLength());
        var audited = await app.AsSystemAsync(sp => Task.FromResult(sp.GetRequiredService<Zhijian.Platform.Storage.PlatformDbContext>()
            .AuditEntries.Single(a => a.Action == "rule.changed")));
        Assert.Equal("admin", audited.Actor);
        Assert.Contains("10000", audited.Before);
        Assert.Contains("5000", audited.After);
    }

    [Fact]
    public async Task Backdated_or_invalid_changes_are_refused_naming_the_field_and_nothing_is_written()
    {
        await using var app = await ZhijianApp.StartAsync();
        var admin = await app.LoginAsync("admin");

        var backdated = await admin.PostJsonAsync("/api/v1/rules/case.open/versions", new { value = "10WD", effectiveFrom = "2026-01-01", note = "倒签" });
        var invalid = await admin.PostJsonAsync("/api/v1/rules/case.open/versions", new { value = "10 days", effectiveFrom = "2027-01-01", note = "" });
        var unknown = await admin.PostJsonAsync("/api/v1/rules/no.such.rule/versions", new { value = "1", effectiveFrom = "2027-01-01", note = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, backdated.StatusCode);
        Assert.Contains("effectiveFrom", (await backdated.ReadJsonAsync()).ProblemText());
        var invalidText = (await invalid.ReadJsonAsync()).ProblemText();
        Assert.Contains("value: 期限格式", invalidText);
        Assert.Contains("note: 变更依据或理由不能为空", invalidText);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var versions = await app.AsSystemAsync(sp => Task.FromResult(sp.GetRequiredService<Zhijian.Platform.Storage.PlatformDbContext>()
            .RuleSettings.Count(r => r.Key == "case.open")));
        Assert.Equal(1, versions);
    }

    [Fact]
    public async Task Only_admins_change_rules()
    {
        await using var app = await ZhijianApp.StartAsync();
        var chief = await app.LoginAsync("chief");

        var response = await chief.PostJsonAsync("/api/v1/rules/case.open/versions", new { value = "10WD", effectiveFrom = "2027-01-01", note = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
