using System.Globalization;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;

namespace Zhijian.Tests.Complaints;

/// <summary>The shipped rule defaults (RuleCatalog) as of a date, without a database: what a fresh install uses.</summary>
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
internal sealed class ShippedRules : IRuleBook
{
    public string Get(string key, DateOnly onDate) =>
        (RuleCatalog.Find(key) ?? throw new KeyNotFoundException(key)).Defaults.Where(d => d.From <= onDate).MaxBy(d => d.From)!.Value;

    public IReadOnlyList<RuleSetting> History(string key) => [];

    public void Invalidate()
    {
    }
}

/// <summary>投诉举报 deadlines on the real 2026 calendar under both rule versions, the 3-year limit, and routing.</summary>
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class ComplaintRulesTests
{
    private static readonly WorkingCalendar Calendar = new(EmbeddedHolidays.Load());
    private static readonly ShippedRules Rules = new();

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    // Received the day before Order 121: 7 WD to accept, mediation 45 WD from acceptance (劳动节 May 1–5, Sat May 9 worked).
    [InlineData("2026-04-14", "2026-04-14", RuleVersion.Order20, "2026-04-23", "2026-06-18")]
    // Received on the first day of Order 121: mediation 60 calendar days, ending Sun 2026-06-14 → Mon 06-15.
    [InlineData("2026-04-15", "2026-04-15", RuleVersion.Order121, "2026-04-24", "2026-06-15")]
    // Accepted later than received: the version stays the one of the date received.
    [InlineData("2026-04-14", "2026-04-20", RuleVersion.Order20, "2026-04-23", "2026-06-25")] // 端午 Jun 19–21
    // Across 春节: Sat Feb 14 and Sat Feb 28 are working days, Feb 15–23 off.
    [InlineData("2026-02-12", "2026-02-13", RuleVersion.Order20, "2026-02-28", "2026-04-24")] // 清明 Apr 4–6
    public void Complaint_deadlines_follow_the_version_of_the_date_received(string received, string accepted, RuleVersion version, string acceptBy, string mediationBy)
    {
        var d = ComplaintRules.Deadlines(Rules, Calendar, FilingKind.Complaint, D(received), D(accepted));

        Assert.Equal((version, D(acceptBy), D(mediationBy)), (d.Version, d.AcceptBy, d.MediationBy!.Value));
        Assert.Null(d.VerifyBy);
    }

    [Theory]
    // 国庆 Oct 1–7, Sat Oct 10 worked: 15 WD → Oct 23; extension 15 WD → Nov 13.
    [InlineData("2026-09-28", "2026-10-23", "2026-11-13")]
    // 中秋 Sep 25–27 and Sun Sep 20 worked.
    [InlineData("2026-09-14", "2026-10-10", "2026-10-30")]
    public void A_report_is_verified_in_15_working_days_extendable_by_15(string received, string verifyBy, string extendedBy)
    {
        var d = ComplaintRules.Deadlines(Rules, Calendar, FilingKind.Report, D(received), null);

        Assert.Equal((D(verifyBy), D(extendedBy)), (d.VerifyBy!.Value, d.VerifyExtendedBy!.Value));
        Assert.Null(d.MediationBy);
    }

    [Theory]
    [InlineData("2023-04-14", "2026-04-15", true)]
    [InlineData("2023-04-15", "2026-04-15", false)]
    [InlineData("2024-02-29", "2027-03-01", true)]
    public void Three_years_from_knowing_the_harm_bar_a_complaint(string known, string received, bool barred) =>
        Assert.Equal(barred, ComplaintRules.TimeBarred(Rules, D(known), D(received)));

    [Fact]
    public void A_refusal_states_its_ground_and_every_ground_and_termination_has_its_text()
    {
        Assert.All(Enum.GetValues<RefusalGround>(), g => Assert.False(string.IsNullOrWhiteSpace(ComplaintRules.Text(g))));
        Assert.Equal(Enum.GetValues<RefusalGround>().Length, Enum.GetValues<RefusalGround>().Select(ComplaintRules.Text).Distinct().Count());
        Assert.Equal(Enum.GetValues<TerminationGround>().Length, Enum.GetValues<TerminationGround>().Select(ComplaintRules.Text).Distinct().Count());
        Assert.Contains("三年", ComplaintRules.Text(RefusalGround.TimeBarred));
        Assert.Contains("仲裁", ComplaintRules.OtherRoutes);
    }

    private static readonly (string Name, RoutingFacts Facts, string? County)[] Routes =
    [
        ("offline: where it operates", new RoutingFacts(FilingKind.Complaint, RuleVersion.Order121, BusinessChannel.Premises, OperatingDivision: "370102003", DomicileDivision: "370103"), "370102"),
        ("offline, both qualify, received by the domicile bureau first", new RoutingFacts(FilingKind.Complaint, RuleVersion.Order121, BusinessChannel.Premises, OperatingDivision: "370102", DomicileDivision: "370103", ReceivedByDivision: "370103"), "370103"),
        ("offline, received by a bureau that does not qualify", new RoutingFacts(FilingKind.Complaint, RuleVersion.Order121, BusinessChannel.Premises, OperatingDivision: "370102", DomicileDivision: "370103", ReceivedByDivision: "370112"), "370102"),
        ("platform operator: domicile", new RoutingFacts(FilingKind.Complaint, RuleVersion.Order121, BusinessChannel.Platform, OperatingDivision: "370112", DomicileDivision: "330106"), "330106"),
        ("own website: domicile", new RoutingFacts(FilingKind.Complaint, RuleVersion.Order20, BusinessChannel.OwnWebsite, DomicileDivision: "370104"), "370104"),
        ("platform seller (121): published address", new RoutingFacts(FilingKind.Complaint, RuleVersion.Order121, BusinessChannel.PlatformSeller, OperatingDivision: "370105", PublishedAddressDivision: "370112", PlatformDomicileDivision: "330106"), "370112"),
        ("platform seller (121) without an address: platform domicile", new RoutingFacts(FilingKind.Complaint, RuleVersion.Order121, BusinessChannel.PlatformSeller, OperatingDivision: "370105", PlatformDomicileDivision: "330106"), "330106"),
        ("platform seller (20): where it actually operates", new RoutingFacts(FilingKind.Complaint, RuleVersion.Order20, BusinessChannel.PlatformSeller, OperatingDivision: "370105", PublishedAddressDivision: "370112", PlatformDomicileDivision: "330106"), "370105"),
        ("report: where the conduct happened", new RoutingFacts(FilingKind.Report, RuleVersion.Order121, BusinessChannel.Premises, OperatingDivision: "370102", ConductDivision: "370113"), "370113"),
        ("advertising report (20): the publisher's location", new RoutingFacts(FilingKind.Report, RuleVersion.Order20, BusinessChannel.Premises, ConductDivision: "370113", Advertising: true, AdPublisherDivision: "110105"), "110105"),
        ("advertising report (121): where the conduct happened", new RoutingFacts(FilingKind.Report, RuleVersion.Order121, BusinessChannel.Premises, ConductDivision: "370113", Advertising: true, AdPublisherDivision: "110105"), "370113"),
        ("nothing known: manual routing", new RoutingFacts(FilingKind.Complaint, RuleVersion.Order121, BusinessChannel.Premises), null),
    ];

    public static TheoryData<int> RouteCases => [.. Enumerable.Range(0, Routes.Length)];

    [Theory]
    [MemberData(nameof(RouteCases))]
    public void Routing_follows_the_jurisdiction_rule_of_the_channel_and_version(int index)
    {
        var (name, facts, county) = Routes[index];
        var decision = JurisdictionRules.Route(facts);

        Assert.True(county == decision.CountyDivision, $"{name}: {decision.CountyDivision} ({decision.Basis})");
        Assert.False(string.IsNullOrWhiteSpace(decision.Basis));
    }
}
