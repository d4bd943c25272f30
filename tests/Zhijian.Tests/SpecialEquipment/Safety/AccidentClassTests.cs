using Zhijian.SpecialEquipment.Domain.Registry;
using Zhijian.SpecialEquipment.Domain.Safety;

namespace Zhijian.Tests.SpecialEquipment.Safety;

/// <summary>事故分级 per 《特种设备安全监察条例》第61–64条: each class boundary ("以上" includes the number), stranding and loss.</summary>
[Trait("Database", "none")]
public sealed class AccidentClassTests
{
    private static AccidentFacts F(EquipmentCategory? c = EquipmentCategory.Boiler, int deaths = 0, int serious = 0, decimal loss = 0, int minutes = 0, int people = 0,
        bool explosion = false, int evacuated = 0, bool overturn = false, bool breakage = false, bool mw600 = false, int outage = 0) =>
        new(c, deaths, serious, loss, minutes, people, explosion, evacuated, overturn, breakage, mw600, outage);

    public static TheoryData<string, int> Cases() => new()
    {
        // deaths: 1–2 一般, 3–9 较大, 10–29 重大, 30+ 特别重大
        { "d0", (int)AccidentClass.None }, { "d1", (int)AccidentClass.General }, { "d2", (int)AccidentClass.General }, { "d3", (int)AccidentClass.Larger }, { "d9", (int)AccidentClass.Larger },
        { "d10", (int)AccidentClass.Major }, { "d29", (int)AccidentClass.Major }, { "d30", (int)AccidentClass.ExtraMajor },
        // serious injuries: 1–9, 10–49, 50–99, 100+
        { "s9", (int)AccidentClass.General }, { "s10", (int)AccidentClass.Larger }, { "s49", (int)AccidentClass.Larger }, { "s50", (int)AccidentClass.Major }, { "s99", (int)AccidentClass.Major }, { "s100", (int)AccidentClass.ExtraMajor },
        // loss (万元): <1 none, 1–1000, 1000–5000, 5000–10000, 10000+
        { "l0.99", (int)AccidentClass.None }, { "l1", (int)AccidentClass.General }, { "l999.99", (int)AccidentClass.General }, { "l1000", (int)AccidentClass.Larger },
        { "l4999", (int)AccidentClass.Larger }, { "l5000", (int)AccidentClass.Major }, { "l9999", (int)AccidentClass.Major }, { "l10000", (int)AccidentClass.ExtraMajor },
        // elevator entrapment: 2 h and more is 一般, never above
        { "e119", (int)AccidentClass.None }, { "e120", (int)AccidentClass.General }, { "e3000", (int)AccidentClass.General },
        // ride: 1 h 一般, 12 h 较大; with 100 people 24 h 重大, 48 h 特别重大; 99 people 48 h is only 较大
        { "r59", (int)AccidentClass.None }, { "r60", (int)AccidentClass.General }, { "r719", (int)AccidentClass.General }, { "r720", (int)AccidentClass.Larger },
        { "r1440x100", (int)AccidentClass.Major }, { "r2879x100", (int)AccidentClass.Major }, { "r2880x100", (int)AccidentClass.ExtraMajor }, { "r2880x99", (int)AccidentClass.Larger },
        // ropeway: 3.5 h 一般
        { "w209", (int)AccidentClass.None }, { "w210", (int)AccidentClass.General }, { "w720", (int)AccidentClass.Larger },
        // explosions, cranes, leaks, 600 MW boilers
        { "explosion", (int)AccidentClass.Larger }, { "explosion600", (int)AccidentClass.ExtraMajor }, { "outage240", (int)AccidentClass.Major }, { "outage239", (int)AccidentClass.None },
        { "overturn", (int)AccidentClass.Larger }, { "break", (int)AccidentClass.General },
        { "v499", (int)AccidentClass.None }, { "v500", (int)AccidentClass.General }, { "v10000", (int)AccidentClass.Larger }, { "v50000", (int)AccidentClass.Major }, { "v150000", (int)AccidentClass.ExtraMajor },
    };

    private static AccidentFacts Facts(string c) => c switch
    {
        "explosion" => F(explosion: true),
        "explosion600" => F(explosion: true, mw600: true),
        "outage240" => F(mw600: true, outage: 240),
        "outage239" => F(mw600: true, outage: 239),
        "overturn" => F(EquipmentCategory.Crane, overturn: true),
        "break" => F(EquipmentCategory.Crane, breakage: true),
        _ when c[0] == 'd' => F(deaths: I(c[1..])),
        _ when c[0] == 's' => F(serious: I(c[1..])),
        _ when c[0] == 'l' => F(loss: decimal.Parse(c[1..], System.Globalization.CultureInfo.InvariantCulture)),
        _ when c[0] == 'e' => F(EquipmentCategory.Elevator, minutes: I(c[1..])),
        _ when c[0] == 'v' => F(EquipmentCategory.Pipeline, evacuated: I(c[1..])),
        _ when c[0] is 'r' or 'w' => Stranded(c),
        _ => throw new ArgumentException(c),
    };

    private static int I(string s) => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static AccidentFacts Stranded(string c)
    {
        var parts = c[1..].Split('x');
        return F(c[0] == 'r' ? EquipmentCategory.Ride : EquipmentCategory.Ropeway, minutes: I(parts[0]), people: parts.Length > 1 ? I(parts[1]) : 10);
    }

    [Theory, MemberData(nameof(Cases))]
    public void Facts_give_the_statutory_class(string facts, int expected) =>
        Assert.Equal(expected, (int)AccidentClassifier.Classify(Facts(facts), AccidentThresholds.Statute).Class);

    [Fact]
    public void The_class_comes_with_its_reason_lines_and_the_highest_criterion_wins()
    {
        var r = AccidentClassifier.Classify(F(EquipmentCategory.Elevator, deaths: 1, minutes: 130), AccidentThresholds.Statute);
        Assert.Equal("一般事故", r.Name);
        Assert.Equal(2, r.Reasons.Count);
        Assert.Contains("电梯轿厢滞留人员 2 小时 10 分钟（2 小时以上，第64条）", r.Reason, StringComparison.Ordinal);

        var top = AccidentClassifier.Classify(F(deaths: 2, serious: 12, loss: 6000), AccidentThresholds.Statute);
        Assert.Equal(AccidentClass.Major, top.Class);
        Assert.Equal("直接经济损失 6000 万元（5000 万元以上 10000 万元以下，第62条）", Assert.Single(top.Reasons));
    }

    [Fact]
    public void Report_deadlines_run_from_each_actual_report()
    {
        var from = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(8));
        var reports = AccidentDeadlines.Chain(AccidentClass.General).Select(c => new AccidentReport { Seq = c.Seq, Route = c.Route }).ToList();
        Assert.Equal([1, 2, 3, 9], reports.Select(r => r.Seq));
        Assert.Equal([1, 2, 3, 4, 9], AccidentDeadlines.Chain(AccidentClass.Larger).Select(c => c.Seq));
        var rules = new ReportRules(60, 120, 30);
        AccidentDeadlines.Recompute(reports, from, rules);
        Assert.Equal(from.AddHours(1), reports[0].DueAt);
        Assert.Equal(from.AddHours(3), reports[1].DueAt);
        Assert.Equal(from.AddHours(5), reports[2].DueAt);
        Assert.Equal(from.AddDays(30), reports[3].DueAt);
        reports[0].ReportedAt = from.AddMinutes(20);
        AccidentDeadlines.Recompute(reports, from, rules);
        Assert.Equal(from.AddMinutes(140), reports[1].DueAt);
        Assert.False(AccidentDeadlines.Overdue(reports[0], from.AddDays(1)));
        Assert.True(AccidentDeadlines.Overdue(reports[1], from.AddMinutes(141)));
    }
}
