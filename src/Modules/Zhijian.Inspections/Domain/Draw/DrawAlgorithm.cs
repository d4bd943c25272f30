using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Zhijian.Inspections.Domain.Draw;

/// <summary>One candidate of a frozen list: its USCC and stratum label (A–D, U unclassified, * unstratified).</summary>
internal readonly record struct Candidate(string Uscc, string Label);

/// <summary>How many to draw from one stratum: a ratio (main draw) or a given count (fixed count, 补抽).</summary>
internal sealed record StratumSpec(string Label, decimal? Ratio, int? Count);

/// <summary>One stratum of a made draw.</summary>
internal sealed record StratumResult(string Label, decimal? Ratio, int Candidates, int Selected);

internal sealed record DrawOutcome(IReadOnlyList<StratumResult> Strata, IReadOnlyList<string> Selected);

/// <summary>
/// zhijian-draw-v1, exactly as docs/draw-verification.md describes it: candidate hash, commitment, seed,
/// counter-mode SHA-256 word stream, unbiased uniform integers, partial Fisher–Yates stratum by stratum.
/// </summary>
internal static class DrawAlgorithm
{
    /// <summary>Draws made before the freeze carried its declaration, library and exemptions (verify as before).</summary>
    public const string V1 = "zhijian-draw-v1";

    /// <summary>Declared public value, library definition and exemptions hashed with the candidates; own rounds for inspectors.</summary>
    public const string V2 = "zhijian-draw-v2";

    public const string TargetsLabel = "targets";

    /// <summary>Stratum order of a risk-linked draw.</summary>
    public static readonly IReadOnlyList<string> RiskOrder = ["A", "B", "C", "D", "U"];

    public const string Unstratified = "*";

    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(32);

    public static string Commitment(byte[] secret) => Hex(SHA256.HashData(secret));

    public static byte[] Seed(byte[] secret, string witnessValue)
    {
        var w = Encoding.UTF8.GetBytes(witnessValue);
        var buffer = new byte[secret.Length + w.Length];
        secret.CopyTo(buffer, 0);
        w.CopyTo(buffer, secret.Length);
        return SHA256.HashData(buffer);
    }

    /// <summary>SHA-256 of "USCC,label\n" per candidate, streamed (no 20 MB string for a million candidates).</summary>
    public static string CandidateHash(IEnumerable<Candidate> candidates)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> line = stackalloc byte[64];
        foreach (var c in candidates)
        {
            var n = Encoding.UTF8.GetBytes(c.Uscc, line);
            line[n++] = (byte)',';
            n += Encoding.UTF8.GetBytes(c.Label, line[n..]);
            line[n++] = (byte)'\n';
            hash.AppendData(line[..n]);
        }

        return Hex(hash.GetHashAndReset());
    }

    /// <summary>k = floor(n × ratio + 1/2), exact (decimal arithmetic).</summary>
    public static int RoundedCount(int n, decimal ratio) => (int)decimal.Floor(n * ratio + 0.5m);

    /// <summary>
    /// Draws from candidates sorted ordinally by USCC. Strata are processed in the order given; one stream
    /// (label "targets") runs through all of them.
    /// </summary>
    public static DrawOutcome Draw(IReadOnlyList<Candidate> candidates, IReadOnlyList<StratumSpec> strata, byte[] seed)
    {
        var stream = new DrawStream(seed, TargetsLabel);
        var results = new List<StratumResult>(strata.Count);
        var selected = new List<string>();
        foreach (var spec in strata)
        {
            var members = new List<string>();
            foreach (var c in candidates)
                if (c.Label == spec.Label) members.Add(c.Uscc);
            var k = spec.Count ?? RoundedCount(members.Count, spec.Ratio ?? 0m);
            if (k > members.Count) throw new ArgumentException($"stratum {spec.Label}: {k} > {members.Count}", nameof(strata));
            selected.AddRange(PartialShuffle(members, k, stream));
            results.Add(new StratumResult(spec.Label, spec.Ratio, members.Count, k));
        }

        return new DrawOutcome(results, selected);
    }

    /// <summary>The first <paramref name="k"/> elements of a partial Fisher–Yates shuffle of <paramref name="items"/> (which it reorders).</summary>
    public static List<T> PartialShuffle<T>(List<T> items, int k, DrawStream stream)
    {
        var n = items.Count;
        for (var i = 0; i < k; i++)
        {
            var j = i + (int)stream.Uniform((ulong)(n - i));
            (items[i], items[j]) = (items[j], items[i]);
        }

        return items.GetRange(0, k);
    }

    /// <summary>Label of a v1 inspector round (target draw's seed): target i of its draw, department d, round r.</summary>
    public static string OfficersLabel(int target, int department, int round) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"officers:{target}:{department}:{round}");

    /// <summary>Label of a v2 inspector round (its own officer draw's seed): target draw s, target i of it, department d, round r.</summary>
    public static string OfficersLabel(int drawSeq, int target, int department, int round) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"officers:{drawSeq}:{target}:{department}:{round}");

    /// <summary>What v2 trims from the ends of a witness value: spaces, tabs, CR, LF, no-break and ideographic (U+3000) spaces.</summary>
    public static readonly char[] WitnessTrim = [' ', '\t', '\r', '\n', '\u00A0', '\u3000'];

    /// <summary>A witness value as v2 uses and publishes it, or the reason it is refused (a control character inside).</summary>
    public static (string? Value, string? Problem) WitnessValue(string? raw)
    {
        var v = raw?.Trim(WitnessTrim) ?? "";
        if (v.Length == 0) return (null, "公开值不能为空");
        if (v.Length > 200) return (null, "公开值不能超过 200 个字符");
        if (v.Any(char.IsControl)) return (null, "公开值不能含换行、制表符等控制字符");
        return (v, null);
    }

    /// <summary>The v2 witness text: the values of the declared witnesses, in declared order, joined by LF.</summary>
    public static string WitnessText(IEnumerable<string> values) => string.Join('\n', values);
}

/// <summary>block(k) = SHA-256(seed ‖ label ‖ BE64(k)); read as big-endian 64-bit words.</summary>
internal sealed class DrawStream
{
    private readonly byte[] _input;
    private readonly byte[] _block = new byte[32];
    private ulong _counter;
    private int _offset = 32;

    public DrawStream(byte[] seed, string label)
    {
        var l = Encoding.UTF8.GetBytes(label);
        _input = new byte[seed.Length + l.Length + 8];
        seed.CopyTo(_input, 0);
        l.CopyTo(_input, seed.Length);
    }

    public ulong NextWord()
    {
        if (_offset == 32)
        {
            BinaryPrimitives.WriteUInt64BigEndian(_input.AsSpan(_input.Length - 8), _counter++);
            SHA256.HashData(_input, _block);
            _offset = 0;
        }

        var w = BinaryPrimitives.ReadUInt64BigEndian(_block.AsSpan(_offset, 8));
        _offset += 8;
        return w;
    }

    /// <summary>Unbiased integer in [0, m): reject words at or above 2^64 − (2^64 mod m).</summary>
    public ulong Uniform(ulong m)
    {
        ArgumentOutOfRangeException.ThrowIfZero(m);
        // 2^64 mod m computed in 64 bits as (2^64 − m) mod m; limit 0 stands for 2^64 (m divides 2^64: accept all).
        var rem = (0UL - m) % m;
        var limit = 0UL - rem;
        while (true)
        {
            var x = NextWord();
            if (limit == 0 || x < limit) return x % m;
        }
    }
}
