using CsCheck;
using Zhijian.Inspections.Domain.Assign;
using Zhijian.Inspections.Domain.Draw;

namespace Zhijian.Tests.Inspections;

/// <summary>
/// The server's zhijian-draw-v1 (DrawAlgorithm) against the document's test vectors and against the independent
/// DrawVerifier on random inputs; rounding, determinism, no duplicates; the inspector planner's rules.
/// </summary>
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class DrawAlgorithmTests
{
    private static readonly byte[] Secret = [.. Enumerable.Range(0, 32).Select(i => (byte)i)];

    private static readonly string[] Usccs =
    [
        "91370102MA3C5GXR5K", "91370102MA3D0A1B80", "91370103MA3E2K7PX1", "91370104MA3M7U8W5J",
        "91370112MA3F1C2D33", "92370102MA3G4H5J2H", "92370103MA3H6K8L86", "92370104MA3N9X0Y05",
        "92370112MA3J9M0N71", "93370102MA3K2P3Q1R", "93370103MA3L5R6T89", "93370112MA3P1A2B0P",
    ];

    private static readonly string[] Labels = ["A", "B", "A", "C", "U", "A", "B", "D", "A", "C", "B", "A"];

    private static List<Candidate> Twelve() => [.. Usccs.Select((u, i) => new Candidate(u, Labels[i]))];

    private static readonly StratumSpec[] Ratios =
        [new("A", 0.4m, null), new("B", 0.5m, null), new("C", 0.5m, null), new("D", 0.05m, null), new("U", 1m, null)];

    [Fact]
    public void The_server_reproduces_the_documents_test_vectors()
    {
        var seed = DrawAlgorithm.Seed(Secret, "20261123");
        var stream = new DrawStream(seed, "targets");

        Assert.Equal("630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd", DrawAlgorithm.Commitment(Secret));
        Assert.Equal("2a55d6e71a61141ef9430673e02738d16e44cbbedafa406c7d250ffe4709516e", DrawAlgorithm.Hex(seed));
        Assert.Equal(["68556b664f5c9f60", "a02c2535ec4704f4", "b075c3ae79416df2", "624b7ebcd7f64f7d"],
            Enumerable.Range(0, 4).Select(_ => stream.NextWord().ToString("x16", System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        Assert.Equal("e74127c0641a9c45e8e364bf78aef8e8268d34e27a5f9de24d7ff8dbbd848ad8", DrawAlgorithm.CandidateHash(Twelve()));
        var outcome = DrawAlgorithm.Draw(Twelve(), Ratios, seed);
        Assert.Equal(["93370112MA3P1A2B0P", "91370103MA3E2K7PX1", "93370103MA3L5R6T89", "91370102MA3D0A1B80", "91370104MA3M7U8W5J", "91370112MA3F1C2D33"], outcome.Selected);
        Assert.Equal([2, 2, 1, 0, 1], outcome.Strata.Select(s => s.Selected).ToArray());
        var officers = DrawAlgorithm.PartialShuffle([.. Enumerable.Range(1, 5).Select(i => $"370100001{i:D2}")], 2, new DrawStream(seed, "officers:0:0:0"));
        Assert.Equal(["37010000104", "37010000105"], officers);
    }

    [Theory]
    [InlineData(30, "0.05", 2)] // 1.5 rounds half up
    [InlineData(9, "0.05", 0)] // 0.45
    [InlineData(10, "0.15", 2)] // 1.5
    [InlineData(10, "0.14", 1)] // 1.4
    [InlineData(0, "0.6", 0)]
    [InlineData(7, "1", 7)]
    [InlineData(1000, "0.0333", 33)] // 33.3
    [InlineData(200000, "0.03", 6000)]
    public void Stratum_counts_round_half_up_exactly(int n, string ratio, int expected) =>
        Assert.Equal(expected, DrawAlgorithm.RoundedCount(n, decimal.Parse(ratio, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Same_inputs_give_the_same_selection_and_any_other_witness_value_a_different_one()
    {
        var candidates = Enumerable.Range(0, 500).Select(i => new Candidate($"91370102MA{i:D8}", "ABCDU"[i % 5].ToString())).ToList();
        var specs = new StratumSpec[] { new("A", 0.05m, null), new("B", 0.1m, null), new("C", 0.3m, null), new("D", 0.7m, null), new("U", 0.1m, null) };
        var first = DrawAlgorithm.Draw(candidates, specs, DrawAlgorithm.Seed(Secret, "3012.45"));
        var again = DrawAlgorithm.Draw(candidates, specs, DrawAlgorithm.Seed(Secret, "3012.45"));
        var other = DrawAlgorithm.Draw(candidates, specs, DrawAlgorithm.Seed(Secret, "3012.46"));

        Assert.Equal(first.Selected, again.Selected);
        Assert.NotEqual(first.Selected, other.Selected);
        Assert.Equal([5, 10, 30, 70, 10], first.Strata.Select(s => s.Selected).ToArray());
        Assert.Equal(first.Selected.Count, first.Selected.Distinct().Count());
        // Every selected entity comes from its own stratum, strata in class order.
        var labels = candidates.ToDictionary(c => c.Uscc, c => c.Label);
        Assert.Equal(first.Selected.Select(u => labels[u]).ToList(), first.Selected.Select(u => labels[u]).OrderBy(l => "ABCDU".IndexOf(l, StringComparison.Ordinal)).ToList());
    }

    [Fact]
    public void The_server_and_the_independent_verifier_agree_on_random_draws()
    {
        Gen.Select(Gen.Int[1, 400], Gen.Int[0, 1_000_000], Gen.String[Gen.Char['0', 'z'], 0, 30], Gen.Decimal[0m, 1m].Array[5])
            .Sample((n, salt, witness, ratios) =>
            {
                var candidates = Enumerable.Range(0, n).Select(i => new Candidate($"9137{salt + i:D14}", "ABCDU"[(i * 7 + salt) % 5].ToString())).ToList();
                var specs = "ABCDU".Select((l, i) => new StratumSpec(l.ToString(), decimal.Round(ratios[i], 4), null)).ToArray();
                var secret = System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(salt));
                var seed = DrawAlgorithm.Seed(secret, witness);
                var server = DrawAlgorithm.Draw(candidates, specs, seed);
                var verifier = DrawVerifier.SelectTargets(DrawVerifier.Seed(secret, witness), [.. candidates.Select(c => (c.Uscc, c.Label))],
                    server.Strata.Select(s => (s.Label, DrawVerifier.StratumCount(s.Candidates, s.Ratio!.Value))));
                Assert.Equal(verifier, server.Selected);
                Assert.Equal(DrawVerifier.CandidateHash(candidates.Select(c => (c.Uscc, c.Label))), DrawAlgorithm.CandidateHash(candidates));
            }, iter: 200);
    }

    private static OfficerInfo Officer(long id, string cert, string dept = "市场监督管理局", bool available = true, string[]? tags = null,
        string[]? conflictUsccs = null, string[]? conflictPersons = null) =>
        new(id, cert, "人员" + id, dept, (tags ?? ["综合"]).ToHashSet(), available, (conflictUsccs ?? []).ToHashSet(), (conflictPersons ?? []).ToHashSet());

    private static SlotTarget Target(long id, int position, string uscc, string legalRep = "王五", params long[] previous) =>
        new(id, uscc, "企业" + id, legalRep, position, DrawAlgorithm.Seed(Secret, "w"), previous.ToHashSet());

    private static readonly SlotDepartment Lead = new(0, "市场监督管理局", new HashSet<string> { "综合" }, 2);

    [Fact]
    public void Officers_are_drawn_only_from_the_eligible_and_each_exclusion_is_counted()
    {
        var officers = new[]
        {
            Officer(1, "C01"), Officer(2, "C02", available: false), Officer(3, "C03", conflictUsccs: ["91370102MA0000000X"]),
            Officer(4, "C04", tags: ["食品"]), Officer(5, "C05", conflictPersons: ["王五"]), Officer(6, "C06"), Officer(7, "C07"), Officer(8, "C08"),
        };
        var outcome = AssignmentPlanner.Plan([Target(10, 0, "91370102MA0000000X", "王五", 8)], [Lead], officers, new Dictionary<long, int>(), 30);

        var round = Assert.Single(outcome.Rounds);
        Assert.Empty(outcome.Shortages);
        Assert.Equal(["C01", "C06", "C07"], round.Eligible);
        Assert.Equal(2, round.Picked.Count);
        Assert.All(round.Picked, p => Assert.Contains(p, round.Eligible));
        Assert.Equal("市场监督管理局共 8 名：专业不符 1 名，请假或不在岗 1 名，利害关系回避 2 名，上次检查过该对象 1 名", round.Excluded);
        Assert.Equal("officers:0:0:0", round.Label);
    }

    [Fact]
    public void Too_few_qualified_officers_name_the_shortage_and_plan_nothing_for_that_slot()
    {
        var officers = new[] { Officer(1, "C01"), Officer(2, "C02", available: false), Officer(3, "T01", dept: "税务局", tags: []) };
        var departments = new[] { Lead, new SlotDepartment(1, "税务局", new HashSet<string>(), 1) };

        var outcome = AssignmentPlanner.Plan([Target(10, 0, "91370102MA0000000X")], departments, officers, new Dictionary<long, int>(), 30);

        var shortage = Assert.Single(outcome.Shortages);
        Assert.Equal("“企业10”（市场监督管理局）需要 2 名执法检查人员，符合条件的仅 1 名（市场监督管理局共 2 名：请假或不在岗 1 名）", shortage);
        var tax = Assert.Single(outcome.Rounds);
        Assert.Equal((1, "T01"), (tax.DepartmentIndex, Assert.Single(tax.Picked)));
    }

    [Fact]
    public void The_load_cap_spreads_targets_and_a_redraw_round_uses_its_own_label()
    {
        var officers = Enumerable.Range(1, 4).Select(i => Officer(i, $"C0{i}")).ToArray();
        var targets = Enumerable.Range(0, 4).Select(i => Target(100 + i, i, $"9137010200000000{i:D2}")).ToList();
        var load = new Dictionary<long, int>();

        var outcome = AssignmentPlanner.Plan(targets, [Lead], officers, load, 2);

        Assert.Empty(outcome.Shortages);
        Assert.All(load.Values, n => Assert.Equal(2, n));
        Assert.All(outcome.Rounds, r => Assert.Equal(2, r.Picked.Distinct().Count()));

        // Recusal: officer picked first for target 0 leaves; round 1 of the slot draws one of the others.
        var recused = outcome.Rounds[0].Picked[0];
        var kept = outcome.Rounds[0].Picked[1];
        var remaining = officers.Where(o => o.CertificateNo != recused).ToArray();
        var redraw = AssignmentPlanner.Plan([targets[0]], [Lead], remaining, new Dictionary<long, int>(), 30,
            new Dictionary<(long, int), IReadOnlySet<long>> { [(100, 0)] = new HashSet<long> { officers.Single(o => o.CertificateNo == kept).Id } },
            new Dictionary<(long, int), int> { [(100, 0)] = 1 });
        var round = Assert.Single(redraw.Rounds);
        Assert.Equal(("officers:0:0:1", 1), (round.Label, round.Count));
        Assert.DoesNotContain(recused, round.Eligible);
        Assert.DoesNotContain(kept, round.Eligible);
        Assert.Equal(DrawVerifier.VerifyOfficers(targets[0].Seed, "officers:0:0:1", round.Eligible, 1), round.Picked);
    }
}
