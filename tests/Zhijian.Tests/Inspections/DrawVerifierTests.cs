using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;
using Zhijian.Platform.Codes;

namespace Zhijian.Tests.Inspections;

/// <summary>
/// The independent draw verifier (docs/draw-verification.md) checked on its own, without the server: a hand-built
/// draw it must accept and every tampered variant it must reject, the rounding rule, uniform(m), and fixed test vectors.
/// </summary>
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class DrawVerifierTests(ITestOutputHelper output)
{
    /// <summary>The secret of the worked check: 32 bytes 00 01 02 … 1f.</summary>
    private static byte[] Secret => [.. Enumerable.Range(0, 32).Select(i => (byte)i)];

    private const string Witness = "20261123";

    /// <summary>Twelve valid USCCs (GB 32100 check characters), already in ordinal order.</summary>
    private static readonly string[] Usccs =
    [
        "91370102MA3C5GXR5K", "91370102MA3D0A1B80", "91370103MA3E2K7PX1", "91370104MA3M7U8W5J",
        "91370112MA3F1C2D33", "92370102MA3G4H5J2H", "92370103MA3H6K8L86", "92370104MA3N9X0Y05",
        "92370112MA3J9M0N71", "93370102MA3K2P3Q1R", "93370103MA3L5R6T89", "93370112MA3P1A2B0P",
    ];

    private static readonly string[] Labels = ["A", "B", "A", "C", "U", "A", "B", "D", "A", "C", "B", "A"];

    /// <summary>A 5 × 0.4 = 2; B 3 × 0.5 = 1.5 → 2; C 2 × 0.5 = 1; D 1 × 0.05 → 0; U 1 × 1 = 1.</summary>
    private static readonly (string Class, decimal Ratio)[] Ratios = [("A", 0.4m), ("B", 0.5m), ("C", 0.5m), ("D", 0.05m), ("U", 1m)];

    // The fixed vectors, computed by this implementation and cross-checked with a throwaway third implementation
    // (Python hashlib) written from the same page; the document's worked check can quote them.
    private const string VectorCommitment = "630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd";
    private const string VectorSeedHex = "2a55d6e71a61141ef9430673e02738d16e44cbbedafa406c7d250ffe4709516e";
    private static readonly string[] VectorFirstWords = ["68556b664f5c9f60", "a02c2535ec4704f4", "b075c3ae79416df2", "624b7ebcd7f64f7d"];
    private const string TwoCandidateHash = "4954d0492da629f91eca8f4b22b9d1919bdd5cbebadfd22bd88fbd7a696422f7";
    private static readonly string[] TwoCandidateSelection = ["92370102MA3M1AAA4N", "91370102MA3C5GXR2K"];
    private const string TwelveCandidateHash = "e74127c0641a9c45e8e364bf78aef8e8268d34e27a5f9de24d7ff8dbbd848ad8";
    private static readonly string[] TwelveCandidateSelection =
        ["93370112MA3P1A2B0P", "91370103MA3E2K7PX1", "93370103MA3L5R6T89", "91370102MA3D0A1B80", "91370104MA3M7U8W5J", "91370112MA3F1C2D33"];
    private static readonly string[] OfficerPick = ["37010000104", "37010000105"];

    // ---------- (a) a hand-built draw, accepted, then tampered field by field ----------

    [Fact]
    public void The_fixture_candidates_are_valid_USCCs_in_ordinal_order()
    {
        Assert.All(Usccs, u => Assert.True(Uscc.IsValid(u), u));
        Assert.Equal(Usccs.Order(StringComparer.Ordinal), Usccs);
    }

    [Fact]
    public void A_draw_built_by_the_rules_is_accepted()
    {
        var check = DrawVerifier.Verify(Parse(BuildDraw()));
        Assert.True(check.Ok, string.Join("\n", check.Problems));
        Assert.Empty(check.Problems);
    }

    public static TheoryData<string, string> Tamperings => new()
    {
        { "secret", "commitment" },
        { "witnessValue", "selected does not match" },
        { "candidate", "candidateHash" },
        { "class label", "candidateHash" },
        { "selected order", "selected does not match" },
        { "selected member", "selected does not match" },
        { "stratum candidates", "candidates is 4" },
        { "stratum selected", "selected is 3" },
        { "ratio", "floor(5 × 0.6 + 1/2) = 3" },
        { "ratio decimals", "more than four decimal places" },
        { "ratio above one", "not between 0 and 1" },
        { "algorithm", "algorithm" },
        { "candidateCount", "candidateCount" },
        { "commitment", "commitment" },
        { "secret missing", "secret is not published" },
        { "candidate order", "not in ordinal order" },
        { "duplicate candidate", "more than once" },
        { "strata order", "not in the order A, B, C, D, U" },
        { "classes length", "candidateClasses has 11 entries" },
        { "kind", "supplementary draw" },
        { "exempted candidate", "listed as exempted but is also a candidate" },
        { "times", "the commitment must come before the draw" },
    };

    [Theory]
    [MemberData(nameof(Tamperings))]
    public void Every_tampered_field_is_reported(string field, string expected)
    {
        var draw = BuildDraw();
        Tamper(draw, field);
        var check = DrawVerifier.Verify(Parse(draw));
        output.WriteLine($"{field}:\n  " + string.Join("\n  ", check.Problems));
        Assert.False(check.Ok);
        Assert.Contains(check.Problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_problem_is_listed_not_only_the_first()
    {
        var draw = BuildDraw();
        Tamper(draw, "algorithm");
        Tamper(draw, "candidateCount");
        Tamper(draw, "secret");
        Tamper(draw, "ratio");
        var check = DrawVerifier.Verify(Parse(draw));
        Assert.False(check.Ok);
        Assert.Contains(check.Problems, p => p.StartsWith("algorithm", StringComparison.Ordinal));
        Assert.Contains(check.Problems, p => p.StartsWith("candidateCount", StringComparison.Ordinal));
        Assert.Contains(check.Problems, p => p.StartsWith("commitment", StringComparison.Ordinal));
        Assert.Contains(check.Problems, p => p.Contains("floor(5 × 0.6", StringComparison.Ordinal));
        Assert.Contains(check.Problems, p => p.StartsWith("selected does not match", StringComparison.Ordinal));
    }

    [Fact]
    public void A_v1_draw_frozen_and_cancelled_before_the_draw_is_checked_up_to_its_hash()
    {
        var draw = BuildDraw();
        draw["status"] = "cancelled";
        draw["secret"] = null;
        draw["witnessValue"] = null;
        draw["selected"] = null;
        draw["drawnAt"] = null;
        var check = DrawVerifier.Verify(Parse(draw));
        Assert.True(check.Ok, string.Join("\n", check.Problems));

        draw["candidateClasses"]![0] = "B";
        Assert.Contains(DrawVerifier.Verify(Parse(draw)).Problems, p => p.StartsWith("candidateHash", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fixed_number_draw_with_the_star_stratum_is_accepted()
    {
        var candidates = Usccs.Select(u => (u, "*")).ToList();
        var seed = DrawVerifier.Seed(Secret, Witness);
        var selected = DrawVerifier.SelectTargets(seed, candidates, [("*", 4)]);
        var draw = Document(candidates, [("*", null, 4)], selected, Secret, Witness);
        var check = DrawVerifier.Verify(Parse(draw));
        Assert.True(check.Ok, string.Join("\n", check.Problems));

        draw["strata"]![0]!["ratio"] = 0.3m;
        Assert.Contains(DrawVerifier.Verify(Parse(draw)).Problems, p => p.Contains("must publish ratio null", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_stratum_with_a_ratio_is_accepted_and_consumes_no_words()
    {
        // No D or U candidates at all: the strata are still listed with 0 and 0, and the selection equals the one without them.
        var candidates = Usccs.Zip(Labels, (u, l) => (u, l is "D" or "U" ? "C" : l)).ToList();
        var seed = DrawVerifier.Seed(Secret, Witness);
        var withEmpty = DrawVerifier.SelectTargets(seed, candidates, [("A", 2), ("B", 2), ("C", 2), ("D", 0), ("U", 0)]);
        var without = DrawVerifier.SelectTargets(seed, candidates, [("A", 2), ("B", 2), ("C", 2)]);
        Assert.Equal(without, withEmpty);

        var draw = Document(candidates, [("A", 0.4m, 2), ("B", 0.5m, 2), ("C", 0.5m, 2), ("D", 0.05m, 0), ("U", 1m, 0)], withEmpty, Secret, Witness);
        var check = DrawVerifier.Verify(Parse(draw));
        Assert.True(check.Ok, string.Join("\n", check.Problems));
    }

    [Fact]
    public void An_officer_round_is_checked_against_its_stream()
    {
        var seed = DrawVerifier.Seed(Secret, Witness);
        var eligible = new[] { "37010000101", "37010000102", "37010000103", "37010000104", "37010000105" };
        var label = DrawVerifier.OfficerLabel(0, 0, 0);
        var picked = DrawVerifier.VerifyOfficers(seed, label, eligible, 2);
        var round = new JsonObject
        {
            ["label"] = label,
            ["eligible"] = new JsonArray([.. eligible.Select(e => (JsonNode)e!)]),
            ["count"] = 2,
            ["picked"] = new JsonArray([.. picked.Select(e => (JsonNode)e!)]),
        };
        Assert.True(DrawVerifier.VerifyOfficerRound(seed, Parse(round), "officers:0:0:0").Ok);

        round["picked"] = new JsonArray([.. picked.Reverse().Select(e => (JsonNode)e!)]);
        Assert.False(DrawVerifier.VerifyOfficerRound(seed, Parse(round)).Ok);
        round["picked"] = new JsonArray([.. picked.Select(e => (JsonNode)e!)]);
        round["label"] = "officers:0:0:1";
        Assert.False(DrawVerifier.VerifyOfficerRound(seed, Parse(round), "officers:0:0:0").Ok);
        round["label"] = label;
        round["eligible"] = new JsonArray([.. eligible.Reverse().Select(e => (JsonNode)e!)]);
        Assert.Contains(DrawVerifier.VerifyOfficerRound(seed, Parse(round)).Problems,
            p => p.Contains("ordinal order", StringComparison.Ordinal));
    }

    // ---------- (b) the rounding rule of §5 ----------

    [Theory]
    [InlineData(30, "0.05", 2)]
    [InlineData(9, "0.05", 0)]
    [InlineData(10, "0.15", 2)]
    [InlineData(0, "0.05", 0)]
    [InlineData(0, "1", 0)]
    [InlineData(1, "0.5", 1)]
    [InlineData(1, "0.4999", 0)]
    [InlineData(3, "0.5", 2)]
    [InlineData(7, "1", 7)]
    [InlineData(7, "0", 0)]
    [InlineData(10000, "0.0001", 1)]
    [InlineData(5000, "0.0001", 1)]
    [InlineData(4999, "0.0001", 0)]
    public void The_count_drawn_rounds_half_up_exactly(int n, string ratio, int expected) =>
        Assert.Equal(expected, DrawVerifier.StratumCount(n, decimal.Parse(ratio, CultureInfo.InvariantCulture)));

    [Fact]
    public void The_ratio_is_read_from_JSON_as_an_exact_decimal()
    {
        // 0.15 is not exact in binary floating point: 10 × 0.15 as a double is 1.4999999999999998 or 1.5 depending on the path.
        var element = JsonDocument.Parse("{\"ratio\":0.15}").RootElement.GetProperty("ratio");
        Assert.Equal(2, DrawVerifier.StratumCount(10, element.GetDecimal()));
    }

    // ---------- (c) the stream and uniform(m) ----------

    [Fact]
    public void The_stream_is_the_hash_blocks_read_as_big_endian_words()
    {
        var seed = DrawVerifier.Seed(Secret, Witness);
        var stream = new DrawWords(seed, "targets");
        for (var block = 0; block < 3; block++)
        {
            var digest = SHA256.HashData([.. seed, .. "targets"u8, 0, 0, 0, 0, 0, 0, 0, (byte)block]);
            for (var w = 0; w < 4; w++)
            {
                var expected = 0UL;
                for (var b = 0; b < 8; b++)
                {
                    expected = (expected << 8) | digest[w * 8 + b];
                }

                Assert.Equal(expected, stream.NextWord());
            }
        }

        Assert.Equal(12, stream.WordsRead);
        Assert.Equal(3, stream.BlocksHashed);
    }

    [Fact]
    public void The_seed_is_the_hash_of_the_secret_bytes_and_the_UTF8_witness_value()
    {
        var expected = SHA256.HashData([.. Secret, .. Encoding.UTF8.GetBytes("沪深300收盘 3921.07")]);
        Assert.Equal(expected, DrawVerifier.Seed(Secret, "沪深300收盘 3921.07"));
    }

    [Fact]
    public void Uniform_of_one_consumes_one_word_each_call()
    {
        var stream = new DrawWords(DrawVerifier.Seed(Secret, Witness), "targets");
        for (var call = 1; call <= 9; call++)
        {
            Assert.Equal(0UL, DrawVerifier.Uniform(stream, 1));
            Assert.Equal(call, stream.WordsRead);
        }
    }

    [Fact]
    public void Uniform_of_a_power_of_two_accepts_every_word()
    {
        var seed = DrawVerifier.Seed(Secret, Witness);
        var words = new DrawWords(seed, "targets");
        var draws = new DrawWords(seed, "targets");
        for (var round = 0; round < 4; round++)
        {
            for (var e = 0; e < 64; e++)
            {
                var m = 1UL << e;
                var word = words.NextWord();
                Assert.Equal(word % m, DrawVerifier.Uniform(draws, m));
                Assert.Equal(words.WordsRead, draws.WordsRead);
            }
        }
    }

    [Fact]
    public void Uniform_rejects_the_words_at_or_above_the_limit()
    {
        // m = 2^63 + 1: 2^64 mod m = 2^63 − 1, so limit = 2^63 + 1 and about half the words are rejected.
        const ulong m = (1UL << 63) + 1;
        const ulong limit = (1UL << 63) + 1;
        var seed = DrawVerifier.Seed(Secret, Witness);
        var words = new DrawWords(seed, "officers:3:1:2");
        var draws = new DrawWords(seed, "officers:3:1:2");
        var rejected = 0;
        for (var call = 0; call < 40; call++)
        {
            var word = words.NextWord();
            while (word >= limit)
            {
                rejected++;
                word = words.NextWord();
            }

            Assert.Equal(word % m, DrawVerifier.Uniform(draws, m));
            Assert.Equal(words.WordsRead, draws.WordsRead);
        }

        Assert.InRange(rejected, 10, 80);
    }

    [Fact]
    public void A_stratum_drawn_whole_is_a_permutation_and_k_zero_reads_no_word()
    {
        var stream = new DrawWords(DrawVerifier.Seed(Secret, Witness), "targets");
        var all = DrawVerifier.Select(Usccs, Usccs.Length, stream);
        Assert.Equal(Usccs.Order(StringComparer.Ordinal), all.Order(StringComparer.Ordinal));
        Assert.True(stream.WordsRead >= Usccs.Length);

        var untouched = new DrawWords(DrawVerifier.Seed(Secret, Witness), "targets");
        Assert.Empty(DrawVerifier.Select(Usccs, 0, untouched));
        Assert.Equal(0, untouched.WordsRead);
    }

    // ---------- (d) fixed test vectors ----------

    [Fact]
    public void Test_vector_of_the_worked_check()
    {
        var seed = DrawVerifier.Seed(Secret, Witness);
        var stream = new DrawWords(seed, "targets");
        var words = Enumerable.Range(0, 4).Select(_ => stream.NextWord().ToString("x16", CultureInfo.InvariantCulture)).ToArray();

        (string, string)[] two = [("91370102MA3C5GXR2K", "B"), ("92370102MA3M1AAA4N", "A")];
        var twoHash = DrawVerifier.CandidateHash(two);
        var twoSelection = DrawVerifier.SelectTargets(seed, two, [("A", 1), ("B", 1), ("C", 0), ("D", 0), ("U", 0)]);

        var twelve = BuildDraw();
        var twelveSelection = twelve["selected"]!.AsArray().Select(n => (string)n!).ToArray();

        var officers = DrawVerifier.VerifyOfficers(seed, "officers:0:0:0",
            ["37010000101", "37010000102", "37010000103", "37010000104", "37010000105"], 2);

        output.WriteLine($"secret      = {DrawVerifier.Hex(Secret)}");
        output.WriteLine($"commitment  = {DrawVerifier.Hex(SHA256.HashData(Secret))}");
        output.WriteLine($"witness     = \"{Witness}\"");
        output.WriteLine($"seed        = {DrawVerifier.Hex(seed)}");
        output.WriteLine($"targets words 0..3 = {string.Join(" ", words)}");
        output.WriteLine($"two-candidate candidateHash = {twoHash}");
        output.WriteLine($"two-candidate selected      = [{string.Join(", ", twoSelection)}]");
        output.WriteLine($"twelve-candidate draw       = {twelve.ToJsonString()}");
        output.WriteLine($"officers:0:0:0 pick 2 of 37010000101..105 = [{string.Join(", ", officers)}]");

        Assert.Equal(VectorCommitment, DrawVerifier.Hex(SHA256.HashData(Secret)));
        Assert.Equal(VectorSeedHex, DrawVerifier.Hex(seed));
        Assert.Equal(VectorFirstWords, words);
        Assert.Equal(TwoCandidateHash, twoHash);
        Assert.Equal(TwoCandidateSelection, twoSelection);
        Assert.Equal(TwelveCandidateHash, (string)twelve["candidateHash"]!);
        Assert.Equal(TwelveCandidateSelection, twelveSelection);
        Assert.Equal(OfficerPick, officers);
    }

    // ---------- (e) zhijian-draw-v2: target draws ----------

    [Fact]
    public void Test_vector_of_a_v2_target_draw()
    {
        var draw = BuildV2Draw();
        var text = DrawVerifier.TargetText(Parse(draw));
        var witnessText = DrawVerifier.WitnessText(DrawVectors.TargetValues);
        var seed = DrawVerifier.Seed(Secret, witnessText);
        output.WriteLine(text);
        output.WriteLine($"candidateHash = {DrawVerifier.TextHash(text)}; seed = {DrawVerifier.Hex(seed)}");

        Assert.Equal(DrawVectors.TargetText, text);
        Assert.Equal(DrawVectors.TargetHash, DrawVerifier.TextHash(text));
        Assert.Equal(DrawVectors.TargetWitnessText, witnessText);
        Assert.Equal(DrawVectors.TargetSeed, DrawVerifier.Hex(seed));
        Assert.Equal(DrawVectors.TargetSelected, draw["selected"]!.AsArray().Select(n => (string)n!).ToArray());
        var check = DrawVerifier.Verify(Parse(draw));
        Assert.True(check.Ok, string.Join("\n", check.Problems));
    }

    [Fact]
    public void A_frozen_v2_draw_is_checked_up_to_its_hash_and_publishes_nothing_of_the_draw()
    {
        var draw = Frozen(BuildV2Draw());
        var check = DrawVerifier.Verify(Parse(draw));
        Assert.True(check.Ok, string.Join("\n", check.Problems));

        draw["secret"] = DrawVerifier.Hex(Secret);
        Assert.Contains(DrawVerifier.Verify(Parse(draw)).Problems, p => p.StartsWith("secret is published but status is \"committed\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cancelled_v2_draw_publishes_when_and_why()
    {
        var draw = Frozen(BuildV2Draw());
        draw["status"] = "cancelled";
        draw["cancelledAt"] = "2026-11-23T05:00:00+00:00";
        draw["cancelReason"] = "冻结后发现名录库的行政区划设置有误";
        var check = DrawVerifier.Verify(Parse(draw));
        Assert.True(check.Ok, string.Join("\n", check.Problems));

        draw["cancelReason"] = null;
        Assert.Contains(DrawVerifier.Verify(Parse(draw)).Problems, p => p.StartsWith("cancelReason is missing", StringComparison.Ordinal));
    }

    public static TheoryData<string, string> V2Tamperings => new()
    {
        { "library line", "candidateHash" },
        { "library exemption", "candidateHash" },
        { "declared moment", "candidateHash" },
        { "witness role", "candidateHash" },
        { "witness value", "not the declared witnesses' values joined by LF" },
        { "witnessValue", "selected does not match" },
        { "untrimmed value", "is not trimmed as the server trims it" },
        { "control character", "contains a control character" },
        { "drawn before the moment", "before the declared moment" },
        { "moment before the freeze", "is not after committedAt" },
        { "unclean source", "white space at an end" },
        { "tab in a name", "contains CR, LF or TAB" },
        { "exempted tag", "not an exemption of the library" },
        { "removed on a main draw", "removed is published for a main draw" },
        { "atInstant", "declaration.atInstant" },
        { "at format", "is not an instant written yyyy-MM-ddTHH:mm:ssZ" },
        { "status", "status is \"done\"" },
        { "no witness", "1 to 5 are declared" },
        { "supplement without basis", "basisSeq is missing" },
    };

    [Theory]
    [MemberData(nameof(V2Tamperings))]
    public void Every_tampered_v2_field_is_reported(string field, string expected)
    {
        var draw = BuildV2Draw();
        var declaration = draw["declaration"]!;
        var witnesses = declaration["witnesses"]!.AsArray();
        switch (field)
        {
            case "library line":
                draw["library"]!["divisionCodes"] = new JsonArray("370103");
                break;
            case "library exemption":
                draw["library"]!["exemptions"]![0]!["reason"] = "另一理由";
                draw["exemptions"]![0]!["reason"] = "另一理由";
                break;
            case "declared moment":
                declaration["at"] = "2026-11-24T07:00:01Z";
                declaration["atInstant"] = "2026-11-24T07:00:01+00:00";
                break;
            case "witness role":
                witnesses[0]!["role"] = "群众代表";
                break;
            case "witness value":
                witnesses[0]!["value"] = "3921.08";
                break;
            case "witnessValue":
                witnesses[0]!["value"] = "3921.08";
                draw["witnessValue"] = "3921.08\n20261124";
                break;
            case "untrimmed value":
                witnesses[0]!["value"] = "3921.07\u3000";
                draw["witnessValue"] = "3921.07\u3000\n20261124";
                break;
            case "control character":
                witnesses[1]!["value"] = "2026\u000B1124";
                draw["witnessValue"] = "3921.07\n2026\u000B1124";
                break;
            case "drawn before the moment":
                draw["drawnAt"] = "2026-11-24T06:59:59+00:00";
                break;
            case "moment before the freeze":
                draw["committedAt"] = "2026-11-24T07:00:00+00:00";
                break;
            case "unclean source":
                declaration["source"] = DrawVectors.TargetSource + " ";
                break;
            case "tab in a name":
                witnesses[1]!["name"] = "王\t芳";
                break;
            case "exempted tag":
                draw["exemptions"]![0]!["tag"] = "其他";
                break;
            case "removed on a main draw":
                draw["removed"] = new JsonArray();
                break;
            case "atInstant":
                declaration["atInstant"] = "2026-11-24T08:00:00+00:00";
                break;
            case "at format":
                declaration["at"] = "2026-11-24T15:00:00+08:00";
                break;
            case "status":
                draw["status"] = "done";
                break;
            case "no witness":
                declaration["witnesses"] = new JsonArray();
                draw["witnessValue"] = "";
                break;
            case "supplement without basis":
                draw["kind"] = "supplementary";
                draw["seq"] = 2;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field, "unknown tampering");
        }

        var check = DrawVerifier.Verify(Parse(draw));
        output.WriteLine($"{field}:\n  " + string.Join("\n  ", check.Problems));
        Assert.False(check.Ok);
        Assert.Contains(check.Problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void The_v2_witness_text_joins_the_values_by_LF_and_is_hashed_untrimmed()
    {
        Assert.Equal("a\nb\nc", DrawVerifier.WitnessText(["a", "b", "c"]));
        Assert.Equal("3921.07", DrawVerifier.WitnessText(["3921.07"]));
        Assert.NotEqual(DrawVerifier.Seed(Secret, "3921.07"), DrawVerifier.Seed(Secret, "3921.07 "));
        Assert.Equal(SHA256.HashData([.. Secret, .. Encoding.UTF8.GetBytes("3921.07\n20261124")]), DrawVerifier.Seed(Secret, DrawVectors.TargetWitnessText));
    }

    // ---------- (f) zhijian-draw-v2: officer draws ----------

    [Fact]
    public void Test_vector_of_a_v2_officer_draw()
    {
        var draw = BuildOfficerDraw();
        var text = DrawVerifier.OfficerText(Parse(draw));
        output.WriteLine(text);
        Assert.Equal(DrawVectors.OfficerText, text);
        Assert.Equal(DrawVectors.OfficerHash, DrawVerifier.TextHash(text));
        Assert.Equal(DrawVectors.OfficerCommitment, DrawVerifier.Hex(SHA256.HashData(OfficerSecret)));
        Assert.Equal(DrawVectors.OfficerSeed, DrawVerifier.Hex(DrawVerifier.Seed(OfficerSecret, DrawVerifier.WitnessText(DrawVectors.OfficerValues))));
        Assert.Equal(DrawVectors.OfficerAvailable, draw["slots"]!.AsArray().Select(s => s!["available"]!.AsArray().Select(n => (string)n!).ToArray()).ToArray());
        Assert.Equal(DrawVectors.OfficerPicked, draw["slots"]!.AsArray().Select(s => s!["picked"]!.AsArray().Select(n => (string)n!).ToArray()).ToArray());
        var check = DrawVerifier.VerifyOfficerDraw(Parse(draw));
        Assert.True(check.Ok, string.Join("\n", check.Problems));
    }

    public static TheoryData<string, string> OfficerTamperings => new()
    {
        { "picked", "picked does not match" },
        { "available", "available does not match" },
        { "eligible order", "eligible is not in ordinal order" },
        { "category", "not one of tags, leave" },
        { "eligible at the cap", "has reached the cap" },
        { "cap excluded below the cap", "frozen load is below the cap" },
        { "v1 label", "label is not officers:{s}:{i}:{d}:{r}" },
        { "slots missing", "slots is not published" },
        { "eligible and excluded", "both eligible and excluded" },
        { "slot count", "slotCount is 5" },
        { "short at the freeze", "the freeze is refused when a slot is short" },
    };

    [Theory]
    [MemberData(nameof(OfficerTamperings))]
    public void Every_tampered_officer_field_is_reported(string field, string expected)
    {
        var draw = BuildOfficerDraw();
        var slots = draw["slots"]!.AsArray();
        switch (field)
        {
            case "picked":
                slots[0]!["picked"] = new JsonArray("37010000101", "37010000104");
                break;
            case "available":
                slots[2]!["available"] = new JsonArray("37010000102", "37010000103", "37010000104");
                break;
            case "eligible order":
                slots[0]!["eligible"] = new JsonArray("37010000102", "37010000101", "37010000103", "37010000104");
                break;
            case "category":
                slots[0]!["excluded"]![0]!["category"] = "holiday";
                break;
            case "eligible at the cap":
                draw["load"]![0]!["load"] = 2;
                break;
            case "cap excluded below the cap":
                slots[0]!["excluded"]![0]!["category"] = "cap";
                break;
            case "v1 label":
                slots[0]!["label"] = "officers:0:0:0";
                break;
            case "slots missing":
                draw["slots"] = null;
                break;
            case "eligible and excluded":
                slots[1]!["excluded"]![0]!["cert"] = "37010000103";
                break;
            case "slot count":
                draw["slotCount"] = 5;
                break;
            case "short at the freeze":
                slots[3]!["count"] = 4;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field, "unknown tampering");
        }

        var check = DrawVerifier.VerifyOfficerDraw(Parse(draw));
        output.WriteLine($"{field}:\n  " + string.Join("\n  ", check.Problems));
        Assert.False(check.Ok);
        Assert.Contains(check.Problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    // ---------- v2 helpers ----------

    private static byte[] OfficerSecret => [.. Enumerable.Range(32, 32).Select(i => (byte)i)];

    private static JsonObject Declaration(string source, string at, string[]? values) => new()
    {
        ["source"] = source,
        ["at"] = at,
        ["atInstant"] = at.Replace("Z", "+00:00", StringComparison.Ordinal),
        ["witnesses"] = new JsonArray(
            new JsonObject { ["id"] = 1, ["name"] = "李明", ["unit"] = "济南市历下区纪委监委", ["role"] = "纪检监察干部", ["value"] = values?[0] },
            new JsonObject { ["id"] = 2, ["name"] = "王芳", ["unit"] = "济南市历下区人大常委会", ["role"] = "人大代表", ["value"] = values?[1] }),
    };

    /// <summary>The v2 vector's target draw, built from the page with the verifier's building blocks only.</summary>
    private static JsonObject BuildV2Draw()
    {
        var candidates = Usccs.Zip(Labels, (u, l) => (u, l)).ToList();
        var strata = Ratios.Select(r => (r.Class, r.Ratio, DrawVerifier.StratumCount(Labels.Count(l => l == r.Class), r.Ratio))).ToList();
        var witnessText = DrawVerifier.WitnessText(DrawVectors.TargetValues);
        var selected = DrawVerifier.SelectTargets(DrawVerifier.Seed(Secret, witnessText), candidates, strata.Select(s => (s.Class, s.Item3)));
        var draw = new JsonObject
        {
            ["algorithm"] = "zhijian-draw-v2",
            ["taskId"] = 1,
            ["seq"] = 1,
            ["kind"] = "main",
            ["reason"] = null,
            ["status"] = "drawn",
            ["candidateCount"] = candidates.Count,
            ["candidateHash"] = "",
            ["commitment"] = DrawVerifier.Hex(SHA256.HashData(Secret)),
            ["committedAt"] = "2026-11-23T01:00:00+00:00",
            ["drawnAt"] = "2026-11-24T08:00:00+00:00",
            ["witnessName"] = "李明、王芳",
            ["witnessValue"] = witnessText,
            ["secret"] = DrawVerifier.Hex(Secret),
            ["strata"] = new JsonArray([.. strata.Select(s => (JsonNode)new JsonObject
            {
                ["class"] = s.Class,
                ["ratio"] = s.Ratio,
                ["candidates"] = Labels.Count(l => l == s.Class),
                ["selected"] = s.Item3,
            })]),
            ["candidates"] = new JsonArray([.. candidates.Select(c => (JsonNode)c.u!)]),
            ["candidateClasses"] = new JsonArray([.. candidates.Select(c => (JsonNode)c.l!)]),
            ["selected"] = new JsonArray([.. selected.Select(s => (JsonNode)s!)]),
            ["exemptions"] = new JsonArray(new JsonObject { ["uscc"] = "92370102MA3Q2W3E4W", ["tag"] = "新设立", ["reason"] = "新设立未满六个月的主体本次不抽" }),
            ["declaration"] = Declaration(DrawVectors.TargetSource, DrawVectors.TargetAt, DrawVectors.TargetValues),
            ["library"] = new JsonObject
            {
                ["id"] = 7,
                ["name"] = "历下区食品经营者",
                ["activeOnly"] = true,
                ["types"] = new JsonArray(),
                ["industryCodes"] = new JsonArray("F52"),
                ["divisionCodes"] = new JsonArray("370102"),
                ["tags"] = new JsonArray(),
                ["licenceTypes"] = new JsonArray("食品经营许可证"),
                ["riskClasses"] = new JsonArray(),
                ["exemptions"] = new JsonArray(new JsonObject { ["tag"] = "新设立", ["reason"] = "新设立未满六个月的主体本次不抽" }),
            },
            ["basisSeq"] = null,
            ["replaces"] = new JsonArray(),
            ["removed"] = null,
            ["cancelledAt"] = null,
            ["cancelReason"] = null,
        };
        draw["candidateHash"] = DrawVerifier.TextHash(DrawVerifier.TargetText(Parse(draw)));
        return draw;
    }

    /// <summary>The same draw before its public value exists: no secret, value, selection or draw time.</summary>
    private static JsonObject Frozen(JsonObject draw)
    {
        draw["status"] = "committed";
        draw["secret"] = null;
        draw["witnessValue"] = null;
        draw["witnessName"] = null;
        draw["drawnAt"] = null;
        draw["selected"] = null;
        foreach (var w in draw["declaration"]!["witnesses"]!.AsArray())
        {
            w!["value"] = null;
        }

        return draw;
    }

    /// <summary>The v2 vector's officer draw: four slots, cap 2, one officer with a load of 1 at the freeze.</summary>
    private static JsonObject BuildOfficerDraw()
    {
        (string Label, int Count, string[] Eligible, (string Cert, string Category)[] Excluded)[] slots =
        [
            ("officers:1:0:0:0", 2, ["37010000101", "37010000102", "37010000103", "37010000104"], [("37010000105", "leave")]),
            ("officers:1:1:0:0", 2, ["37010000101", "37010000102", "37010000103"], [("37010000104", "conflict"), ("37010000105", "leave")]),
            ("officers:1:2:0:0", 2, ["37010000102", "37010000103", "37010000104"], [("37010000101", "previous"), ("37010000105", "leave")]),
            ("officers:1:3:0:0", 1, ["37010000102", "37010000103", "37010000104"], [("37010000101", "conflict"), ("37010000105", "leave")]),
        ];
        var witnessText = DrawVerifier.WitnessText(DrawVectors.OfficerValues);
        var outcomes = DrawVerifier.RunOfficers(DrawVerifier.Seed(OfficerSecret, witnessText), 2, [("37010000102", 1)],
            [.. slots.Select(s => new DrawVerifier.OfficerSlot(s.Label, s.Count, s.Eligible))]);
        var draw = new JsonObject
        {
            ["algorithm"] = "zhijian-draw-v2",
            ["taskId"] = 1,
            ["seq"] = 1,
            ["status"] = "drawn",
            ["slotCount"] = slots.Length,
            ["frozenHash"] = "",
            ["commitment"] = DrawVerifier.Hex(SHA256.HashData(OfficerSecret)),
            ["committedAt"] = "2026-11-25T01:00:00+00:00",
            ["drawnAt"] = "2026-11-26T08:00:00+00:00",
            ["declaration"] = Declaration(DrawVectors.OfficerSource, DrawVectors.OfficerAt, DrawVectors.OfficerValues),
            ["witnessValue"] = witnessText,
            ["secret"] = DrawVerifier.Hex(OfficerSecret),
            ["cap"] = 2,
            ["load"] = new JsonArray(new JsonObject { ["cert"] = "37010000102", ["load"] = 1 }),
            ["slots"] = new JsonArray([.. slots.Select((s, i) => (JsonNode)new JsonObject
            {
                ["label"] = s.Label,
                ["count"] = s.Count,
                ["eligible"] = new JsonArray([.. s.Eligible.Select(c => (JsonNode)c!)]),
                ["excluded"] = new JsonArray([.. s.Excluded.Select(x => (JsonNode)new JsonObject { ["cert"] = x.Cert, ["category"] = x.Category })]),
                ["available"] = new JsonArray([.. outcomes[i].Available.Select(c => (JsonNode)c!)]),
                ["picked"] = new JsonArray([.. outcomes[i].Picked.Select(c => (JsonNode)c!)]),
            })]),
            ["cancelledAt"] = null,
            ["cancelReason"] = null,
        };
        draw["frozenHash"] = DrawVerifier.TextHash(DrawVerifier.OfficerText(Parse(draw)));
        return draw;
    }

    // ---------- helpers ----------

    private static JsonElement Parse(JsonNode node) => JsonDocument.Parse(node.ToJsonString()).RootElement.Clone();

    /// <summary>The hand-built risk-linked main draw, every field computed with the verifier's building blocks.</summary>
    private static JsonObject BuildDraw()
    {
        var candidates = Usccs.Zip(Labels, (u, l) => (u, l)).ToList();
        var strata = Ratios.Select(r =>
        {
            var n = Labels.Count(l => l == r.Class);
            return (r.Class, (decimal?)r.Ratio, DrawVerifier.StratumCount(n, r.Ratio));
        }).ToList();
        var seed = DrawVerifier.Seed(Secret, Witness);
        var selected = DrawVerifier.SelectTargets(seed, candidates, strata.Select(s => (s.Class, s.Item3)));
        return Document(candidates, strata, selected, Secret, Witness);
    }

    private static JsonObject Document(IReadOnlyList<(string Uscc, string Label)> candidates,
        IReadOnlyList<(string Class, decimal? Ratio, int Selected)> strata, IReadOnlyList<string> selected, byte[] secret, string witness) => new()
        {
            ["algorithm"] = "zhijian-draw-v1",
            ["seq"] = 1,
            ["kind"] = "main",
            ["reason"] = null,
            ["candidateCount"] = candidates.Count,
            ["candidateHash"] = DrawVerifier.CandidateHash(candidates),
            ["commitment"] = DrawVerifier.Hex(SHA256.HashData(secret)),
            ["committedAt"] = "2026-11-23T01:00:00Z",
            ["drawnAt"] = "2026-11-23T02:00:00Z",
            ["witnessName"] = "李监督",
            ["witnessValue"] = witness,
            ["secret"] = DrawVerifier.Hex(secret),
            ["strata"] = new JsonArray([.. strata.Select(s => (JsonNode)new JsonObject
            {
                ["class"] = s.Class,
                ["ratio"] = s.Ratio,
                ["candidates"] = candidates.Count(c => c.Label == s.Class),
                ["selected"] = s.Selected,
            })]),
            ["candidates"] = new JsonArray([.. candidates.Select(c => (JsonNode)c.Uscc!)]),
            ["candidateClasses"] = new JsonArray([.. candidates.Select(c => (JsonNode)c.Label!)]),
            ["selected"] = new JsonArray([.. selected.Select(s => (JsonNode)s!)]),
            ["exemptions"] = new JsonArray(),
        };

    private static void Tamper(JsonObject draw, string field)
    {
        var candidates = draw["candidates"]!.AsArray();
        var classes = draw["candidateClasses"]!.AsArray();
        var strata = draw["strata"]!.AsArray();
        var selected = draw["selected"]!.AsArray();
        switch (field)
        {
            case "secret":
                var secret = Secret;
                secret[31] ^= 0x01;
                draw["secret"] = DrawVerifier.Hex(secret);
                break;
            case "witnessValue":
                draw["witnessValue"] = "20261124";
                break;
            case "candidate":
                candidates[4] = "91370112MA3F1C2D4X";
                break;
            case "class label":
                classes[0] = "B";
                break;
            case "selected order":
                (selected[0], selected[1]) = (selected[1]!.DeepClone(), selected[0]!.DeepClone());
                break;
            case "selected member":
                // another A candidate in place of the first selected one (an A): the counts still agree, the draw does not.
                var outsider = Enumerable.Range(0, candidates.Count)
                    .First(i => (string)classes[i]! == "A" && !selected.Any(s => (string)s! == (string)candidates[i]!));
                selected[0] = (string)candidates[outsider]!;
                break;
            case "stratum candidates":
                strata[0]!["candidates"] = 4;
                break;
            case "stratum selected":
                strata[0]!["selected"] = 3;
                break;
            case "ratio":
                strata[0]!["ratio"] = 0.6m;
                break;
            case "ratio decimals":
                strata[0]!["ratio"] = 0.40001m;
                break;
            case "ratio above one":
                strata[4]!["ratio"] = 1.0001m;
                break;
            case "algorithm":
                draw["algorithm"] = "zhijian-draw-v3";
                break;
            case "candidateCount":
                draw["candidateCount"] = 13;
                break;
            case "commitment":
                draw["commitment"] = DrawVerifier.Hex(SHA256.HashData(Encoding.UTF8.GetBytes("not the secret")));
                break;
            case "secret missing":
                draw.Remove("secret");
                break;
            case "candidate order":
                (candidates[0], candidates[1]) = (candidates[1]!.DeepClone(), candidates[0]!.DeepClone());
                break;
            case "duplicate candidate":
                candidates[1] = (string)candidates[0]!;
                break;
            case "strata order":
                (strata[0], strata[1]) = (strata[1]!.DeepClone(), strata[0]!.DeepClone());
                break;
            case "classes length":
                classes.RemoveAt(classes.Count - 1);
                break;
            case "kind":
                draw["kind"] = "supplementary";
                draw["seq"] = 2;
                break;
            case "exempted candidate":
                draw["exemptions"] = new JsonArray(new JsonObject { ["uscc"] = (string)candidates[2]!, ["tag"] = "免检", ["reason"] = "test" });
                break;
            case "times":
                draw["committedAt"] = "2026-11-23T03:00:00Z";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field, "unknown tampering");
        }
    }
}

/// <summary>
/// The zhijian-draw-v2 test vectors of docs/draw-verification.md §11, computed by the independent verifier and checked
/// against the server's classes in <see cref="DrawAlgorithmTests"/>.
/// </summary>
public static class DrawVectors
{
    public const string TargetSource = "上海证券交易所 上证指数 2026-11-24 收盘点位";
    public const string TargetAt = "2026-11-24T07:00:00Z";
    public static readonly string[] TargetValues = ["3921.07", "20261124"];
    public const string TargetWitnessText = "3921.07\n20261124";
    public const string TargetHash = "dc4eb2786bab8056313d7d489dc1f60e1c64a4e8f1cccc31ae15a2dcd97db69a";
    public const string TargetSeed = "0ad01753804f88bf72c4867870d70645d57cb2d0ddd52069244586a8f2493953";

    public static readonly string[] TargetSelected =
        ["93370112MA3P1A2B0P", "91370102MA3C5GXR5K", "93370103MA3L5R6T89", "91370102MA3D0A1B80", "93370102MA3K2P3Q1R", "91370112MA3F1C2D33"];

    public const string TargetText =
        "zhijian-draw-v2 targets\n" +
        "publicValue=上海证券交易所 上证指数 2026-11-24 收盘点位\n" +
        "publicValueAt=2026-11-24T07:00:00Z\n" +
        "witness=李明\t济南市历下区纪委监委\t纪检监察干部\n" +
        "witness=王芳\t济南市历下区人大常委会\t人大代表\n" +
        "library=历下区食品经营者\n" +
        "activeOnly=true\n" +
        "industry=F52\n" +
        "division=370102\n" +
        "licenceType=食品经营许可证\n" +
        "exemption=新设立\t新设立未满六个月的主体本次不抽\n" +
        "candidates\n" +
        "91370102MA3C5GXR5K,A\n91370102MA3D0A1B80,B\n91370103MA3E2K7PX1,A\n91370104MA3M7U8W5J,C\n" +
        "91370112MA3F1C2D33,U\n92370102MA3G4H5J2H,A\n92370103MA3H6K8L86,B\n92370104MA3N9X0Y05,D\n" +
        "92370112MA3J9M0N71,A\n93370102MA3K2P3Q1R,C\n93370103MA3L5R6T89,B\n93370112MA3P1A2B0P,A\n" +
        "exempted\n" +
        "92370102MA3Q2W3E4W,新设立\n";

    public const string OfficerSource = "深圳证券交易所 深证成指 2026-11-26 收盘点位";
    public const string OfficerAt = "2026-11-26T07:00:00Z";
    public static readonly string[] OfficerValues = ["11873.52", "0815"];
    public const string OfficerCommitment = "72dbb7336c76780023f83da4c355f2eeea85733b13d3477697917790c1229084";
    public const string OfficerSeed = "d1cd07c573721a6f6d5f0d522c6a2993bc75f7f8b2b5c1549cf4ccd54fb317a3";
    public const string OfficerHash = "08231e32eb8af5594355d10c55decaa40d1c2b2d9ad1fe9e8d36d5edc5ece009";

    public const string OfficerText =
        "zhijian-draw-v2 officers\n" +
        "publicValue=深圳证券交易所 深证成指 2026-11-26 收盘点位\n" +
        "publicValueAt=2026-11-26T07:00:00Z\n" +
        "witness=李明\t济南市历下区纪委监委\t纪检监察干部\n" +
        "witness=王芳\t济南市历下区人大常委会\t人大代表\n" +
        "cap=2\n" +
        "load=37010000102,1\n" +
        "slot=officers:1:0:0:0,2\n" +
        "eligible=37010000101\neligible=37010000102\neligible=37010000103\neligible=37010000104\n" +
        "excluded=37010000105,leave\n" +
        "slot=officers:1:1:0:0,2\n" +
        "eligible=37010000101\neligible=37010000102\neligible=37010000103\n" +
        "excluded=37010000104,conflict\nexcluded=37010000105,leave\n" +
        "slot=officers:1:2:0:0,2\n" +
        "eligible=37010000102\neligible=37010000103\neligible=37010000104\n" +
        "excluded=37010000101,previous\nexcluded=37010000105,leave\n" +
        "slot=officers:1:3:0:0,1\n" +
        "eligible=37010000102\neligible=37010000103\neligible=37010000104\n" +
        "excluded=37010000101,conflict\nexcluded=37010000105,leave\n";

    public static readonly string[][] OfficerAvailable =
    [
        ["37010000101", "37010000102", "37010000103", "37010000104"],
        ["37010000101", "37010000102", "37010000103"],
        ["37010000103", "37010000104"],
        [],
    ];

    public static readonly string[][] OfficerPicked =
    [
        ["37010000104", "37010000101"],
        ["37010000103", "37010000102"],
        ["37010000103", "37010000104"],
        [],
    ];
}
