using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Zhijian.Inspections.Domain;
using Zhijian.Inspections.Domain.Assign;
using Zhijian.Inspections.Domain.Draw;
using Zhijian.Inspections.Features.Assignments;
using Zhijian.Inspections.Features.Draws;
using Zhijian.Platform.Storage;
using WitnessRegistry = Zhijian.Inspections.Features.Witnesses.Witnesses;

namespace Zhijian.Tests.Inspections;

/// <summary>
/// The server's draw (DrawAlgorithm, FrozenText, AssignmentPlanner) against the document's v1 and v2 test vectors and
/// against the independent DrawVerifier on random inputs and on the published records the server's views serialise to;
/// rounding, determinism, no duplicates; the inspector planner's rules (freeze, exclusions, cap during the run, shortage);
/// tampering with a hashed field changes the hash and the verifier rejects the record.
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

    // ---------- zhijian-draw-v2: the document's vectors, the server's views and the independent verifier ----------

    private static readonly DateTimeOffset Committed = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Drawn = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OfficersCommitted = new(2026, 11, 25, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OfficersDrawn = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    private static readonly WitnessEntry Li = new(1, "李明", "济南市历下区纪委监委", "纪检监察干部", null);
    private static readonly WitnessEntry Wang = new(2, "王芳", "济南市历下区人大常委会", "人大代表", null);

    private static DrawDeclaration TargetDeclaration() =>
        new(DrawVectors.TargetSource, DateTimeOffset.Parse(DrawVectors.TargetAt, System.Globalization.CultureInfo.InvariantCulture), [Li, Wang]);

    private static DrawDeclaration OfficerDeclaration() =>
        new(DrawVectors.OfficerSource, DateTimeOffset.Parse(DrawVectors.OfficerAt, System.Globalization.CultureInfo.InvariantCulture), [Li, Wang]);

    private static FrozenLibrary VectorLibrary() => new(7, "历下区食品经营者", true, [], ["F52"], ["370102"], [], ["食品经营许可证"], [],
        [new Exemption("新设立", "新设立未满六个月的主体本次不抽")]);

    private static readonly (string Uscc, string Tag)[] VectorExempted = [("92370102MA3Q2W3E4W", "新设立")];

    private static byte[] OfficerSecret => [.. Enumerable.Range(32, 32).Select(i => (byte)i)];

    /// <summary>The officer vector's freeze: four slots of draw 1's targets 0–3, department 0, round 0; cap 2; 37010000102 already has one target.</summary>
    private static OfficerFreeze VectorFreeze() => new(2, [("37010000102", 1)],
    [
        new FrozenSlot("officers:1:0:0:0", 2, ["37010000101", "37010000102", "37010000103", "37010000104"], [new("37010000105", Exclusion.Leave)]),
        new FrozenSlot("officers:1:1:0:0", 2, ["37010000101", "37010000102", "37010000103"], [new("37010000104", Exclusion.Conflict), new("37010000105", Exclusion.Leave)]),
        new FrozenSlot("officers:1:2:0:0", 2, ["37010000102", "37010000103", "37010000104"], [new("37010000101", Exclusion.Previous), new("37010000105", Exclusion.Leave)]),
        new FrozenSlot("officers:1:3:0:0", 1, ["37010000102", "37010000103", "37010000104"], [new("37010000101", Exclusion.Conflict), new("37010000105", Exclusion.Leave)]),
    ]);

    /// <summary>A drawn target draw exactly as the server publishes it (DrawView through the API's JSON settings).</summary>
    private static JsonObject TargetRecord(DrawDeclaration declaration, FrozenLibrary library, List<Candidate> candidates,
        IReadOnlyList<(string Uscc, string Tag)> exempted, IReadOnlyList<StratumSpec> specs, byte[] secret, string[] values,
        int seq = 1, int? basis = null, IReadOnlyList<Removal>? removed = null, IReadOnlyList<Replacement>? replaces = null)
    {
        declaration = declaration with { At = declaration.At.AddDays(seq - 1) }; // a later draw declares a later moment
        var hash = FrozenText.TargetHash(declaration, library, basis, candidates, exempted, removed ?? []);
        var witnessText = DrawAlgorithm.WitnessText(values);
        var outcome = DrawAlgorithm.Draw(candidates, specs, DrawAlgorithm.Seed(secret, witnessText));
        var witnesses = declaration.Witnesses.Select((w, i) => w with { Value = values[i] }).ToList();
        var reasons = library.Exemptions.ToDictionary(x => x.Tag, x => x.Reason, StringComparer.Ordinal);
        var view = new DrawView(DrawAlgorithm.V2, 1, seq, basis is null ? "main" : "supplementary", basis is null ? null : "登记状态已变更", "drawn", candidates.Count, hash,
            DrawAlgorithm.Commitment(secret), Committed.AddDays(seq - 1), Drawn.AddDays(seq - 1), string.Join("、", witnesses.Select(w => w.Name)), witnessText,
            DrawAlgorithm.Hex(secret), [.. outcome.Strata.Select(s => new StratumView(s.Label, s.Ratio, s.Candidates, s.Selected))],
            [.. candidates.Select(c => c.Uscc)], [.. candidates.Select(c => c.Label)], outcome.Selected,
            [.. exempted.Select(x => new ExemptionView(x.Uscc, x.Tag, reasons[x.Tag]))],
            WitnessRegistry.View(declaration.Source, declaration.At, witnesses), library, basis, replaces ?? [],
            basis is null ? null : [.. (removed ?? []).Select(r => new RemovalView(r.Uscc, r.Reason))], null, null);

        return (JsonNode.Parse(JsonSerializer.Serialize(view, ZhijianJson.Options)) as JsonObject)!;
    }

    /// <summary>A drawn officer draw exactly as the server publishes it (OfficerDrawView through the API's JSON settings).</summary>
    private static JsonObject OfficerRecord(DrawDeclaration declaration, OfficerFreeze freeze, byte[] secret, string[] values)
    {
        var (_, hash) = AssignmentPlanner.Text(declaration, freeze);
        var witnessText = DrawAlgorithm.WitnessText(values);
        var outcomes = AssignmentPlanner.Run(freeze, DrawAlgorithm.Seed(secret, witnessText));
        var witnesses = declaration.Witnesses.Select((w, i) => w with { Value = values[i] }).ToList();
        var view = new OfficerDrawView(DrawAlgorithm.V2, 1, 1, "drawn", freeze.Slots.Count, hash, DrawAlgorithm.Commitment(secret), OfficersCommitted, OfficersDrawn,
            WitnessRegistry.View(declaration.Source, declaration.At, witnesses), witnessText, DrawAlgorithm.Hex(secret), freeze.Cap,
            [.. freeze.Load.Select(x => new LoadView(x.Cert, x.Load))],
            [.. freeze.Slots.Select((s, i) => new SlotView(s.Label, s.Count, s.Eligible, [.. s.Excluded.Select(x => new ExcludedView(x.Cert, x.Category))],
                outcomes[i].Available, outcomes[i].Picked))], null, null);
        return (JsonNode.Parse(JsonSerializer.Serialize(view, ZhijianJson.Options)) as JsonObject)!;
    }

    private static JsonElement Element(JsonNode node) => JsonDocument.Parse(node.ToJsonString()).RootElement.Clone();

    private static string Problems(DrawCheck check) => string.Join("\n", check.Problems);

    [Fact]
    public void The_server_reproduces_the_v2_target_vector_and_its_record_verifies()
    {
        var hash = FrozenText.TargetHash(TargetDeclaration(), VectorLibrary(), null, Twelve(), VectorExempted, []);
        var witnessText = DrawAlgorithm.WitnessText(DrawVectors.TargetValues);
        var seed = DrawAlgorithm.Seed(Secret, witnessText);

        Assert.Equal(DrawVectors.TargetHash, hash);
        Assert.Equal(DrawVectors.TargetWitnessText, witnessText);
        Assert.Equal(DrawVectors.TargetSeed, DrawAlgorithm.Hex(seed));
        Assert.Equal(DrawVectors.TargetSelected, DrawAlgorithm.Draw(Twelve(), Ratios, seed).Selected);

        var record = Element(TargetRecord(TargetDeclaration(), VectorLibrary(), Twelve(), VectorExempted, Ratios, Secret, DrawVectors.TargetValues));
        Assert.Equal(DrawVectors.TargetText, DrawVerifier.TargetText(record));
        var check = DrawVerifier.Verify(record);
        Assert.True(check.Ok, Problems(check));
    }

    [Fact]
    public void The_server_reproduces_the_v2_officer_vector_and_its_record_verifies()
    {
        var (text, hash) = AssignmentPlanner.Text(OfficerDeclaration(), VectorFreeze());
        var witnessText = DrawAlgorithm.WitnessText(DrawVectors.OfficerValues);
        var outcomes = AssignmentPlanner.Run(VectorFreeze(), DrawAlgorithm.Seed(OfficerSecret, witnessText));

        Assert.Equal(DrawVectors.OfficerText, text);
        Assert.Equal(DrawVectors.OfficerHash, hash);
        Assert.Equal(DrawVectors.OfficerCommitment, DrawAlgorithm.Commitment(OfficerSecret));
        Assert.Equal(DrawVectors.OfficerSeed, DrawAlgorithm.Hex(DrawAlgorithm.Seed(OfficerSecret, witnessText)));
        Assert.Equal(DrawVectors.OfficerAvailable, outcomes.Select(o => o.Available.ToArray()).ToArray());
        Assert.Equal(DrawVectors.OfficerPicked, outcomes.Select(o => o.Picked.ToArray()).ToArray());
        Assert.True(outcomes[3].Short);

        var record = Element(OfficerRecord(OfficerDeclaration(), VectorFreeze(), OfficerSecret, DrawVectors.OfficerValues));
        Assert.Equal(text, DrawVerifier.OfficerText(record));
        var check = DrawVerifier.VerifyOfficerDraw(record);
        Assert.True(check.Ok, Problems(check));
        Assert.Equal(VectorFreeze().Slots.Select(s => s.Label), AssignmentPlanner.Parse(text).Slots.Select(s => s.Label));
    }

    public static TheoryData<string> TargetTamperings => ["library line", "library name", "active only", "exemption reason", "exemption dropped", "declared moment", "source", "witness", "exempted entity", "candidate label"];

    [Theory]
    [MemberData(nameof(TargetTamperings))]
    public void Tampering_with_a_hashed_target_field_changes_the_hash_and_the_record_is_rejected(string field)
    {
        var declaration = TargetDeclaration();
        var library = VectorLibrary();
        var candidates = Twelve();
        var exempted = VectorExempted.ToList();
        var record = TargetRecord(declaration, library, candidates, exempted, Ratios, Secret, DrawVectors.TargetValues);
        switch (field)
        {
            case "library line":
                library = library with { IndustryCodes = ["F53"] };
                record["library"]!["industryCodes"]![0] = "F53";
                break;
            case "library name":
                library = library with { Name = "历下区全部经营者" };
                record["library"]!["name"] = "历下区全部经营者";
                break;
            case "active only":
                library = library with { ActiveOnly = false };
                record["library"]!["activeOnly"] = false;
                break;
            case "exemption reason":
                library = library with { Exemptions = [new Exemption("新设立", "新设立主体免检")] };
                record["library"]!["exemptions"]![0]!["reason"] = "新设立主体免检";
                record["exemptions"]![0]!["reason"] = "新设立主体免检";
                break;
            case "exemption dropped":
                library = library with { Exemptions = [] };
                record["library"]!["exemptions"] = new JsonArray();
                break;
            case "declared moment":
                declaration = declaration with { At = declaration.At.AddMinutes(30) };
                record["declaration"]!["at"] = "2026-11-24T07:30:00Z";
                record["declaration"]!["atInstant"] = "2026-11-24T07:30:00+00:00";
                break;
            case "source":
                declaration = declaration with { Source = "深圳证券交易所 深证成指 2026-11-24 收盘点位" };
                record["declaration"]!["source"] = "深圳证券交易所 深证成指 2026-11-24 收盘点位";
                break;
            case "witness":
                declaration = declaration with { Witnesses = [Li, Wang with { Role = "群众代表" }] };
                record["declaration"]!["witnesses"]![1]!["role"] = "群众代表";
                break;
            case "exempted entity":
                exempted = [];
                record["exemptions"] = new JsonArray();
                break;
            case "candidate label":
                candidates[4] = candidates[4] with { Label = "D" };
                record["candidateClasses"]![4] = "D";
                break;
        }

        Assert.NotEqual(DrawVectors.TargetHash, FrozenText.TargetHash(declaration, library, null, candidates, exempted, []));
        var check = DrawVerifier.Verify(Element(record));
        Assert.False(check.Ok);
        Assert.Contains(check.Problems, p => p.StartsWith("candidateHash", StringComparison.Ordinal));
    }

    public static TheoryData<string> OfficerTamperings => ["eligible officer", "excluded category", "cap", "load", "declared moment", "slot count"];

    [Theory]
    [MemberData(nameof(OfficerTamperings))]
    public void Tampering_with_a_frozen_officer_field_changes_the_hash_and_the_record_is_rejected(string field)
    {
        var declaration = OfficerDeclaration();
        var freeze = VectorFreeze();
        var record = OfficerRecord(declaration, freeze, OfficerSecret, DrawVectors.OfficerValues);
        var slots = freeze.Slots.ToList();
        switch (field)
        {
            case "eligible officer":
                slots[1] = slots[1] with { Eligible = ["37010000101", "37010000102", "37010000103", "37010000104"], Excluded = [new("37010000105", Exclusion.Leave)] };
                record["slots"]![1]!["eligible"]!.AsArray().Add("37010000104");
                record["slots"]![1]!["excluded"]!.AsArray().RemoveAt(0);
                break;
            case "excluded category":
                slots[0] = slots[0] with { Excluded = [new("37010000105", Exclusion.Tags)] };
                record["slots"]![0]!["excluded"]![0]!["category"] = Exclusion.Tags;
                break;
            case "cap":
                freeze = freeze with { Cap = 3 };
                record["cap"] = 3;
                break;
            case "load":
                freeze = freeze with { Load = [] };
                record["load"] = new JsonArray();
                break;
            case "declared moment":
                declaration = declaration with { At = declaration.At.AddHours(-1) };
                record["declaration"]!["at"] = "2026-11-26T06:00:00Z";
                record["declaration"]!["atInstant"] = "2026-11-26T06:00:00+00:00";
                break;
            case "slot count":
                slots[3] = slots[3] with { Count = 2 };
                record["slots"]![3]!["count"] = 2;
                break;
        }

        freeze = freeze with { Slots = slots };
        Assert.NotEqual(DrawVectors.OfficerHash, AssignmentPlanner.Text(declaration, freeze).Hash);
        var check = DrawVerifier.VerifyOfficerDraw(Element(record));
        Assert.False(check.Ok);
        Assert.Contains(check.Problems, p => p.StartsWith("frozenHash", StringComparison.Ordinal));
    }

    [Fact]
    public void A_supplement_from_the_main_draws_frozen_list_verifies_with_its_basis_and_the_cap_is_checked()
    {
        var main = TargetRecord(TargetDeclaration(), VectorLibrary(), Twelve(), VectorExempted, Ratios, Secret, DrawVectors.TargetValues);
        var selected = main["selected"]!.AsArray().Select(n => (string)n!).ToHashSet(StringComparer.Ordinal);
        // 补抽 2 replaces target 0 (an A) whose registration was cancelled; 92370112MA3J9M0N71 left the register too.
        var (remaining, removed) = Split(Twelve(), selected, "92370112MA3J9M0N71");
        var replaced = new Replacement(100, DrawVectors.TargetSelected[0], "企业100", 1, 0, ReplacementGround.RegistryStatus, "登记状态：注销（2026-11-30）");
        var supplement = TargetRecord(TargetDeclaration(), VectorLibrary(), remaining, VectorExempted, [new StratumSpec("A", null, 1)], SecondSecret(2),
            ["3950.12", "7"], seq: 2, basis: 1, removed: removed, replaces: [replaced]);

        var alone = DrawVerifier.Verify(Element(supplement));
        Assert.True(alone.Ok, Problems(alone));
        var related = DrawVerifier.VerifySupplement(Element(supplement), Element(main), [Element(main), Element(supplement)]);
        Assert.True(related.Ok, Problems(related));

        // the text hashes the basis and the removed entities: a candidate put back, or a removal dropped, is caught
        var back = supplement.DeepClone().AsObject();
        back["removed"]!.AsArray().RemoveAt(0);
        var check = DrawVerifier.VerifySupplement(Element(back), Element(main), [Element(main)]);
        Assert.Contains(check.Problems, p => p.StartsWith("candidateHash", StringComparison.Ordinal));
        Assert.Contains(check.Problems, p => p.Contains("neither a candidate of the 补抽 nor removed", StringComparison.Ordinal));

        // 补抽 3 replaces the target 补抽 2 selected: with inspection.replacements-per-slot = 1 that is refused
        var selected2 = selected.Concat(supplement["selected"]!.AsArray().Select(n => (string)n!)).ToHashSet(StringComparer.Ordinal);
        var (remaining3, removed3) = Split(Twelve(), selected2, "92370112MA3J9M0N71");
        var again = new Replacement(101, (string)supplement["selected"]![0]!, "企业101", 2, 0, ReplacementGround.Unreachable, "检查结果 #9：无法联系");
        var third = TargetRecord(TargetDeclaration(), VectorLibrary(), remaining3, VectorExempted, [new StratumSpec("A", null, 1)], SecondSecret(3),
            ["3961.40", "8"], seq: 3, basis: 1, removed: removed3, replaces: [again]);
        var capped = DrawVerifier.VerifySupplement(Element(third), Element(main), [Element(main), Element(supplement), Element(third)]);
        Assert.Contains(capped.Problems, p => p.Contains("inspection.replacements-per-slot = 1", StringComparison.Ordinal));
        Assert.True(DrawVerifier.VerifySupplement(Element(third), Element(main), [Element(main), Element(supplement), Element(third)], replacementsPerSlot: 2).Ok);
    }

    private static byte[] SecondSecret(int n) => [.. Enumerable.Range(0, 32).Select(i => (byte)(i * n))];

    private static (List<Candidate> Remaining, List<Removal> Removed) Split(List<Candidate> basis, HashSet<string> selected, string inactive)
    {
        var remaining = new List<Candidate>();
        var removed = new List<Removal>();
        foreach (var c in basis)
        {
            if (selected.Contains(c.Uscc)) removed.Add(new Removal(c.Uscc, "selected"));
            else if (c.Uscc == inactive) removed.Add(new Removal(c.Uscc, "inactive"));
            else remaining.Add(c);
        }

        return (remaining, removed);
    }

    [Fact]
    public void The_server_and_the_verifier_agree_on_random_v2_texts_and_officer_runs()
    {
        Gen.Select(Gen.Int[1, 60], Gen.Int[0, 1_000_000], Gen.String[Gen.Char['0', 'z'], 1, 12], Gen.Int[1, 4], Gen.Int[1, 6])
            .Sample((n, salt, value, slotCount, cap) =>
            {
                var candidates = Enumerable.Range(0, n).Select(i => new Candidate($"9137{salt + i:D14}", "ABCDU"[(i * 3 + salt) % 5].ToString())).ToList();
                var exempted = new List<(string, string)> { ($"9237{salt:D14}", "新设立") };
                var secret = System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(salt));
                var record = TargetRecord(TargetDeclaration(), VectorLibrary(), candidates, exempted, Ratios, secret, [value, "x" + value]);
                var check = DrawVerifier.Verify(Element(record));
                Assert.True(check.Ok, Problems(check));

                var certs = Enumerable.Range(1, 6).Select(i => $"C{i:D2}").ToList();
                var slots = Enumerable.Range(0, slotCount).Select(s => new FrozenSlot(DrawAlgorithm.OfficersLabel(1, s, 0, 0), 1 + (salt + s) % 2,
                    [.. certs.Where((c, i) => (i + s + salt) % 3 != 0)], [.. certs.Where((c, i) => (i + s + salt) % 3 == 0).Select(c => new ExcludedOfficer(c, Exclusion.Leave))])).ToList();
                var freeze = new OfficerFreeze(cap, [], slots);
                var officers = OfficerRecord(OfficerDeclaration(), freeze, secret, [value, "y"]);
                var officerCheck = DrawVerifier.VerifyOfficerDraw(Element(officers));
                Assert.True(officerCheck.Ok, Problems(officerCheck));
            }, iter: 100);
    }

    // ---------- the inspector planner's rules (freeze, then run) ----------

    private static OfficerInfo Officer(long id, string cert, string dept = "市场监督管理局", bool available = true, string[]? tags = null,
        string[]? conflictUsccs = null, string[]? conflictPersons = null) =>
        new(id, cert, "人员" + id, dept, (tags ?? ["综合"]).ToHashSet(), available, (conflictUsccs ?? []).ToHashSet(), (conflictPersons ?? []).ToHashSet());

    private static SlotTarget Target(long id, int position, string uscc, string legalRep = "王五", long[]? previous = null, long[]? recused = null) =>
        new(id, uscc, "企业" + id, legalRep, 1, position, (previous ?? []).ToHashSet(), recused?.ToHashSet());

    private static readonly SlotDepartment Lead = new(0, "市场监督管理局", new HashSet<string> { "综合" }, 2);

    private static readonly Dictionary<long, int> NoLoad = [];

    [Fact]
    public void The_freeze_lists_the_eligible_and_each_excluded_officer_with_its_category()
    {
        var officers = new[]
        {
            Officer(1, "C01"), Officer(2, "C02", available: false), Officer(3, "C03", conflictUsccs: ["91370102MA0000000X"]),
            Officer(4, "C04", tags: ["食品"]), Officer(5, "C05", conflictPersons: ["王五"]), Officer(6, "C06"), Officer(7, "C07"), Officer(8, "C08"),
        };
        var (freeze, shortages) = AssignmentPlanner.Freeze([Target(10, 0, "91370102MA0000000X", "王五", previous: [8])], [Lead], officers, NoLoad, 30);

        Assert.Empty(shortages);
        var slot = Assert.Single(freeze.Slots);
        Assert.Equal(("officers:1:0:0:0", 2), (slot.Label, slot.Count));
        Assert.Equal(["C01", "C06", "C07"], slot.Eligible);
        Assert.Equal(new ExcludedOfficer[] { new("C02", Exclusion.Leave), new("C03", Exclusion.Conflict), new("C04", Exclusion.Tags), new("C05", Exclusion.Conflict), new("C08", Exclusion.Previous) },
            slot.Excluded);
        Assert.Equal("市场监督管理局共 8 名：专业不符 1 名，请假或不在岗 1 名，利害关系回避 2 名，上次检查过该对象 1 名",
            Exclusion.Summary("市场监督管理局", slot.Eligible.Count + slot.Excluded.Count, slot.Excluded));

        var seed = DrawAlgorithm.Seed(Secret, "w");
        var outcome = Assert.Single(AssignmentPlanner.Run(freeze, seed));
        Assert.Equal(2, outcome.Picked.Distinct().Count());
        Assert.All(outcome.Picked, p => Assert.Contains(p, slot.Eligible));
        Assert.Equal(DrawVerifier.RunOfficers(DrawVerifier.Seed(Secret, "w"), 30, [], [new DrawVerifier.OfficerSlot(slot.Label, 2, slot.Eligible)])[0].Picked, outcome.Picked);
    }

    [Fact]
    public void The_first_category_that_applies_is_published_and_a_later_round_has_its_own_label()
    {
        var officers = new[]
        {
            Officer(1, "C01", available: false, tags: ["食品"]), // tags before leave
            Officer(2, "C02", available: false, conflictUsccs: ["91370102MA0000000X"]), // leave before conflict
            Officer(3, "C03"), // recused from this target
            Officer(4, "C04"), // already on the target
            Officer(5, "C05"), // at the cap
            Officer(6, "C06"), // recused and previous: recused
            Officer(7, "C07"),
        };
        var target = Target(10, 3, "91370102MA0000000X", previous: [6], recused: [3, 6]);
        var (freeze, shortages) = AssignmentPlanner.Freeze([target], [Lead], officers, new Dictionary<long, int> { [4] = 1, [5] = 3 }, 3,
            new Dictionary<(long, int), IReadOnlySet<long>> { [(10, 0)] = new HashSet<long> { 4 } }, new Dictionary<(long, int), int> { [(10, 0)] = 2 });

        Assert.Empty(shortages);
        var slot = Assert.Single(freeze.Slots);
        Assert.Equal(("officers:1:3:0:2", 1), (slot.Label, slot.Count));
        Assert.Equal(["C07"], slot.Eligible);
        Assert.Equal(
            new ExcludedOfficer[]
            {
                new("C01", Exclusion.Tags), new("C02", Exclusion.Leave), new("C03", Exclusion.Recused), new("C04", Exclusion.Assigned), new("C05", Exclusion.Cap),
                new("C06", Exclusion.Recused),
            },
            slot.Excluded);
        Assert.Equal(new[] { ("C04", 1), ("C05", 3) }, freeze.Load);
        Assert.Equal(["C07"], Assert.Single(AssignmentPlanner.Run(freeze, DrawAlgorithm.Seed(Secret, "w"))).Picked);
    }

    [Fact]
    public void Too_few_qualified_officers_name_the_shortage_and_that_slot_picks_nobody()
    {
        var officers = new[] { Officer(1, "C01"), Officer(2, "C02", available: false), Officer(3, "T01", dept: "税务局", tags: []) };
        var departments = new[] { Lead, new SlotDepartment(1, "税务局", new HashSet<string>(), 1) };

        var (freeze, shortages) = AssignmentPlanner.Freeze([Target(10, 0, "91370102MA0000000X")], departments, officers, NoLoad, 30);

        var shortage = Assert.Single(shortages);
        Assert.Equal("“企业10”（市场监督管理局）需要 2 名执法检查人员，符合条件的仅 1 名（市场监督管理局共 2 名：请假或不在岗 1 名）", shortage);
        var outcomes = AssignmentPlanner.Run(freeze, DrawAlgorithm.Seed(Secret, "w"));
        Assert.Equal(["officers:1:0:0:0", "officers:1:0:1:0"], outcomes.Select(o => o.Slot.Label));
        Assert.True(outcomes[0].Short);
        Assert.Empty(outcomes[0].Picked);
        Assert.Equal("T01", Assert.Single(outcomes[1].Picked));
    }

    [Fact]
    public void The_load_cap_applies_during_the_run_slot_by_slot_and_the_verifier_agrees()
    {
        var officers = Enumerable.Range(1, 4).Select(i => Officer(i, $"C0{i}")).ToArray();
        var targets = Enumerable.Range(0, 5).Select(i => Target(100 + i, i, $"9137010200000000{i:D2}")).ToList();

        var (freeze, shortages) = AssignmentPlanner.Freeze(targets, [Lead], officers, NoLoad, 2);
        Assert.Empty(shortages);
        Assert.All(freeze.Slots, s => Assert.Equal(4, s.Eligible.Count));

        foreach (var witness in new[] { "1", "2", "3", "4", "5", "6" })
        {
            var outcomes = AssignmentPlanner.Run(freeze, DrawAlgorithm.Seed(Secret, witness));
            var picks = outcomes.SelectMany(o => o.Picked).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
            Assert.All(picks.Values, n => Assert.InRange(n, 1, 2));
            Assert.Equal(2 * outcomes.Count(o => !o.Short), picks.Values.Sum());
            Assert.True(outcomes[^1].Short); // 4 officers × cap 2 = 8 picks for 5 slots of 2: the last one (at least) is short
            Assert.All(outcomes, o => Assert.True(o.Short ? o.Available.Count < o.Slot.Count : o.Picked.Count == 2));
            var verifier = DrawVerifier.RunOfficers(DrawVerifier.Seed(Secret, witness), 2, [],
                [.. freeze.Slots.Select(s => new DrawVerifier.OfficerSlot(s.Label, s.Count, s.Eligible))]);
            Assert.Equal(verifier.Select(v => v.Picked.ToArray()), outcomes.Select(o => o.Picked.ToArray()));
            Assert.Equal(verifier.Select(v => v.Available.ToArray()), outcomes.Select(o => o.Available.ToArray()));
        }
    }

    [Fact]
    public void The_frozen_text_reads_back_to_the_same_freeze()
    {
        var (text, hash) = AssignmentPlanner.Text(OfficerDeclaration(), VectorFreeze());
        var back = AssignmentPlanner.Parse(text);
        Assert.Equal(hash, AssignmentPlanner.Text(OfficerDeclaration(), back).Hash);
        Assert.Equal(VectorFreeze().Load, back.Load);
        Assert.Equal(VectorFreeze().Slots.Select(s => (s.Label, s.Count, string.Join(",", s.Eligible), string.Join(",", s.Excluded))),
            back.Slots.Select(s => (s.Label, s.Count, string.Join(",", s.Eligible), string.Join(",", s.Excluded))));
    }
}
