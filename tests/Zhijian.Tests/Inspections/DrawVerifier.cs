using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Zhijian.Tests.Inspections;

// An independent implementation of docs/draw-verification.md (zhijian-draw-v1), written from that page only.
// It deliberately shares no code with the server's draw and takes other routes to the same numbers:
// System.Numerics.BigInteger for the 2^64 arithmetic and the big-endian conversions, one fresh byte
// array per hashed block, a queue of pending words, a byte-wise comparison for the ordinal order.

/// <summary>The outcome of a check: <c>Ok</c> when nothing is wrong, otherwise every problem found, in plain words.</summary>
public sealed record DrawCheck(bool Ok, IReadOnlyList<string> Problems)
{
    internal static DrawCheck Of(List<string> problems) => new(problems.Count == 0, problems.AsReadOnly());
}

/// <summary>
/// The random stream of §6: block(k) = SHA-256(seed ‖ UTF-8(label) ‖ BE64(k)), read as consecutive unsigned
/// 64-bit big-endian words, four per block, no byte used twice.
/// </summary>
public sealed class DrawWords
{
    private readonly byte[] _seed;
    private readonly byte[] _label;
    private readonly Queue<ulong> _pending = new();
    private BigInteger _nextBlock = BigInteger.Zero;

    public DrawWords(byte[] seed, string label)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(label);
        if (seed.Length != 32)
        {
            throw new ArgumentException($"the seed must be 32 bytes, not {seed.Length}", nameof(seed));
        }

        if (label.Any(c => c > 0x7F))
        {
            throw new ArgumentException("the stream label must be ASCII", nameof(label));
        }

        _seed = (byte[])seed.Clone();
        _label = Encoding.UTF8.GetBytes(label);
        Label = label;
    }

    /// <summary>The stream's label (<c>targets</c>, <c>officers:i:d:r</c>).</summary>
    public string Label { get; }

    /// <summary>How many words have been read so far.</summary>
    public long WordsRead { get; private set; }

    /// <summary>How many blocks have been hashed so far.</summary>
    public long BlocksHashed => (long)_nextBlock;

    /// <summary>The next word of the stream.</summary>
    public ulong NextWord()
    {
        if (_pending.Count == 0)
        {
            HashNextBlock();
        }

        WordsRead++;
        return _pending.Dequeue();
    }

    private void HashNextBlock()
    {
        // A fresh buffer per block: seed ‖ label ‖ BE64(k), the counter right-aligned in the last 8 bytes.
        var message = new byte[_seed.Length + _label.Length + 8];
        _seed.CopyTo(message, 0);
        _label.CopyTo(message, _seed.Length);
        var counter = _nextBlock.ToByteArray(isUnsigned: true, isBigEndian: true);
        if (counter.Length > 8)
        {
            throw new InvalidOperationException("the stream ran past 2^64 blocks");
        }

        counter.CopyTo(message, message.Length - counter.Length);
        var digest = SHA256.HashData(message);
        for (var w = 0; w < digest.Length / 8; w++)
        {
            var word = new BigInteger(digest.AsSpan(w * 8, 8), isUnsigned: true, isBigEndian: true);
            _pending.Enqueue((ulong)word);
        }

        _nextBlock += BigInteger.One;
    }
}

/// <summary>Checks a published draw (zhijian-draw-v1) against docs/draw-verification.md.</summary>
public static class DrawVerifier
{
    public const string Algorithm = "zhijian-draw-v1";
    public const string TargetsLabel = "targets";

    /// <summary>The risk-linked strata in the order they are drawn (§5).</summary>
    public static readonly IReadOnlyList<string> RiskStrata = ["A", "B", "C", "D", "U"];

    /// <summary>The single stratum of a fixed-number draw.</summary>
    public const string FixedStratum = "*";

    private static readonly BigInteger TwoToThe64 = BigInteger.One << 64;
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    // ---------- building blocks ----------

    /// <summary>§1.3: seed = SHA-256(secret ‖ UTF-8(witnessValue)), the secret as its 32 raw bytes.</summary>
    public static byte[] Seed(byte[] secret, string witness)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(witness);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(secret);
        sha.AppendData(Utf8NoBom.GetBytes(witness));
        return sha.GetHashAndReset();
    }

    /// <summary>§6 uniform(m): a word is accepted when it is below 2^64 − (2^64 mod m); the result is word mod m.</summary>
    public static ulong Uniform(DrawWords stream, ulong m)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfZero(m);
        var modulus = new BigInteger(m);
        var limit = TwoToThe64 - BigInteger.Remainder(TwoToThe64, modulus);
        while (true)
        {
            var x = new BigInteger(stream.NextWord());
            if (x < limit)
            {
                return (ulong)BigInteger.Remainder(x, modulus);
            }
        }
    }

    /// <summary>§7 partial Fisher–Yates: the first <paramref name="k"/> elements of the shuffled copy, in order.</summary>
    public static IReadOnlyList<string> Select(IReadOnlyList<string> members, int k, DrawWords stream)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(stream);
        if (k < 0 || k > members.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(k), $"cannot pick {k} of {members.Count}");
        }

        var a = new string[members.Count];
        for (var p = 0; p < a.Length; p++)
        {
            a[p] = members[p];
        }

        var picked = new List<string>(k);
        for (var i = 0; i < k; i++)
        {
            var j = i + (int)Uniform(stream, (ulong)(a.Length - i));
            (a[i], a[j]) = (a[j], a[i]);
            picked.Add(a[i]);
        }

        return picked;
    }

    /// <summary>§4: hex(SHA-256(UTF-8(Σ USCC + "," + label + "\n"))), candidates taken in the order given.</summary>
    public static string CandidateHash(IEnumerable<(string uscc, string label)> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var text = new StringBuilder();
        foreach (var (uscc, label) in candidates)
        {
            text.Append(uscc).Append(',').Append(label).Append('\n');
        }

        return Hex(SHA256.HashData(Utf8NoBom.GetBytes(text.ToString())));
    }

    /// <summary>§5: k = floor(n × ratio + 1/2), exact.</summary>
    public static int StratumCount(int n, decimal ratio) => (int)decimal.Floor(n * ratio + 0.5m);

    /// <summary>§7: the whole target selection, one <c>targets</c> stream over the strata in the order given.</summary>
    public static IReadOnlyList<string> SelectTargets(byte[] seed, IReadOnlyList<(string uscc, string label)> candidates,
        IEnumerable<(string stratum, int count)> strata)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(strata);
        var stream = new DrawWords(seed, TargetsLabel);
        var all = new List<string>();
        foreach (var (stratum, count) in strata)
        {
            var members = candidates.Where(c => c.label == stratum).Select(c => c.uscc).ToList();
            all.AddRange(Select(members, count, stream));
        }

        return all;
    }

    /// <summary>§8: the label of an inspector draw, <c>officers:{i}:{d}:{r}</c>.</summary>
    public static string OfficerLabel(int target, int department, int round) =>
        string.Create(CultureInfo.InvariantCulture, $"officers:{target}:{department}:{round}");

    /// <summary>§8: the officers picked in one round: partial Fisher–Yates over the eligible list as published.</summary>
    public static IReadOnlyList<string> VerifyOfficers(byte[] seed, string label, IReadOnlyList<string> eligible, int m) =>
        Select(eligible, m, new DrawWords(seed, label));

    /// <summary>Hex as §2 writes it: lowercase, two digits per byte.</summary>
    public static string Hex(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var sb = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            sb.Append("0123456789abcdef"[b >> 4]).Append("0123456789abcdef"[b & 0xF]);
        }

        return sb.ToString();
    }

    /// <summary>Ordinal order of §4: the UTF-8 bytes compared one by one, a proper prefix first.</summary>
    public static int CompareOrdinalBytes(string x, string y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var a = Utf8NoBom.GetBytes(x);
        var b = Utf8NoBom.GetBytes(y);
        for (var p = 0; p < Math.Min(a.Length, b.Length); p++)
        {
            if (a[p] != b[p])
            {
                return a[p] < b[p] ? -1 : 1;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    // ---------- the checks ----------

    /// <summary>Checks one published draw document (§3) and lists every mismatch.</summary>
    public static DrawCheck Verify(JsonElement draw)
    {
        var problems = new List<string>();
        if (draw.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"the draw is a JSON {draw.ValueKind}, not an object");
            return DrawCheck.Of(problems);
        }

        // algorithm
        var algorithm = OptionalString(draw, "algorithm", problems);
        if (algorithm != Algorithm)
        {
            problems.Add($"algorithm is {Show(algorithm)}, expected \"{Algorithm}\"");
        }

        // seq / kind (optional fields; checked when present)
        var kind = OptionalString(draw, "kind", problems);
        if (kind is not null and not "main" and not "supplementary")
        {
            problems.Add($"kind is {Show(kind)}, expected \"main\" or \"supplementary\"");
        }

        if (draw.TryGetProperty("seq", out var seqElement) && seqElement.ValueKind != JsonValueKind.Null)
        {
            if (!seqElement.TryGetInt32(out var seq) || seq < 1)
            {
                problems.Add($"seq is {seqElement.GetRawText()}, expected a positive integer");
            }
            else if (kind == "main" && seq != 1)
            {
                problems.Add($"kind is \"main\" but seq is {seq} (the main draw is number 1)");
            }
            else if (kind == "supplementary" && seq == 1)
            {
                problems.Add("kind is \"supplementary\" but seq is 1 (number 1 is the main draw)");
            }
        }

        // candidates and their labels
        var candidates = StringArray(draw, "candidates", problems) ?? [];
        var labels = StringArray(draw, "candidateClasses", problems) ?? [];
        if (labels.Count != candidates.Count)
        {
            problems.Add($"candidateClasses has {labels.Count} entries but candidates has {candidates.Count}");
        }

        if (!draw.TryGetProperty("candidateCount", out var countElement) || !countElement.TryGetInt32(out var candidateCount))
        {
            problems.Add("candidateCount is missing or not an integer");
        }
        else if (candidateCount != candidates.Count)
        {
            problems.Add($"candidateCount is {candidateCount} but candidates lists {candidates.Count}");
        }

        CheckCandidateOrder(candidates, problems);
        CheckLabels(labels, problems);

        var pairs = candidates.Zip(labels, (u, l) => (uscc: u, label: l)).ToList();
        var published = OptionalString(draw, "candidateHash", problems);
        var computedHash = CandidateHash(pairs);
        if (published != computedHash)
        {
            problems.Add($"candidateHash is {Show(published)} but the published candidates and classes hash to \"{computedHash}\"");
        }

        // exemptions are left out of the candidate list (§3, §4)
        if (draw.TryGetProperty("exemptions", out var exemptions) && exemptions.ValueKind == JsonValueKind.Array)
        {
            var listed = new HashSet<string>(candidates, StringComparer.Ordinal);
            foreach (var exemption in exemptions.EnumerateArray())
            {
                if (exemption.ValueKind == JsonValueKind.Object && exemption.TryGetProperty("uscc", out var e) &&
                    e.ValueKind == JsonValueKind.String && listed.Contains(e.GetString()!))
                {
                    problems.Add($"{e.GetString()} is listed as exempted but is also a candidate");
                }
            }
        }

        // the freeze precedes the draw (§1)
        var committedAt = OptionalString(draw, "committedAt", problems);
        var drawnAt = OptionalString(draw, "drawnAt", problems);
        if (committedAt is not null && drawnAt is not null)
        {
            if (!DateTimeOffset.TryParse(committedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var committed) ||
                !DateTimeOffset.TryParse(drawnAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var drawn))
            {
                problems.Add($"committedAt {Show(committedAt)} or drawnAt {Show(drawnAt)} is not an ISO 8601 instant");
            }
            else if (committed > drawn)
            {
                problems.Add($"committedAt {committedAt} is after drawnAt {drawnAt}: the commitment must come before the draw");
            }
        }

        // commitment and secret
        var commitment = OptionalString(draw, "commitment", problems);
        var secretHex = OptionalString(draw, "secret", problems);
        byte[]? secret = null;
        if (secretHex is null)
        {
            problems.Add("secret is not published (is the draw made?), so neither the commitment nor the selection can be checked");
        }
        else if (!TryParseHex(secretHex, out secret) || secret.Length != 32)
        {
            problems.Add($"secret {Show(secretHex)} is not 64 lowercase hexadecimal digits (32 bytes)");
            secret = null;
        }
        else
        {
            var hashOfSecret = Hex(SHA256.HashData(secret));
            if (commitment != hashOfSecret)
            {
                problems.Add($"commitment is {Show(commitment)} but SHA-256(secret) is \"{hashOfSecret}\"");
            }
        }

        var witness = OptionalString(draw, "witnessValue", problems);
        if (witness is null)
        {
            problems.Add("witnessValue is missing, so the seed cannot be recomputed");
        }

        // strata
        var strata = ReadStrata(draw, problems);
        CheckStrata(strata, kind, labels, problems);

        // selected
        var selected = StringArray(draw, "selected", problems) ?? [];
        var stratumTotal = strata.Sum(s => Math.Max(0, s.Selected));
        if (stratumTotal != selected.Count)
        {
            problems.Add($"the strata select {stratumTotal} in all but selected lists {selected.Count}");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var candidateSet = new HashSet<string>(candidates, StringComparer.Ordinal);
        foreach (var uscc in selected)
        {
            if (!seen.Add(uscc))
            {
                problems.Add($"selected lists {uscc} more than once");
            }

            if (!candidateSet.Contains(uscc))
            {
                problems.Add($"selected lists {uscc}, which is not a candidate");
            }
        }

        // the recomputation
        if (secret is not null && witness is not null)
        {
            var seed = Seed(secret, witness);
            var stream = new DrawWords(seed, TargetsLabel);
            var expected = new List<string>();
            foreach (var stratum in strata)
            {
                var members = pairs.Where(p => p.label == stratum.Class).Select(p => p.uscc).ToList();
                var k = Math.Clamp(stratum.Selected, 0, members.Count);
                expected.AddRange(Select(members, k, stream));
            }

            CompareSelection(selected, expected, problems);
        }

        return DrawCheck.Of(problems);
    }

    /// <summary>
    /// Checks one published round of an inspector draw (§8): <c>label</c>, <c>eligible</c>, <c>count</c>, <c>picked</c>,
    /// with the seed of the draw that selected the target. <paramref name="expectedLabel"/>, when given, must match.
    /// </summary>
    public static DrawCheck VerifyOfficerRound(byte[] seed, JsonElement round, string? expectedLabel = null)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var problems = new List<string>();
        if (round.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"the round is a JSON {round.ValueKind}, not an object");
            return DrawCheck.Of(problems);
        }

        var label = OptionalString(round, "label", problems);
        if (label is null || !IsOfficerLabel(label))
        {
            problems.Add($"label is {Show(label)}, expected officers:{{i}}:{{d}}:{{r}} with decimal integers");
        }

        if (expectedLabel is not null && label != expectedLabel)
        {
            problems.Add($"label is {Show(label)}, expected \"{expectedLabel}\"");
        }

        var eligible = StringArray(round, "eligible", problems) ?? [];
        for (var p = 1; p < eligible.Count; p++)
        {
            var order = CompareOrdinalBytes(eligible[p - 1], eligible[p]);
            if (order >= 0)
            {
                problems.Add(order == 0
                    ? $"eligible lists {eligible[p]} twice"
                    : $"eligible is not in ordinal order: {eligible[p - 1]} comes before {eligible[p]}");
            }
        }

        var picked = StringArray(round, "picked", problems) ?? [];
        if (!round.TryGetProperty("count", out var countElement) || !countElement.TryGetInt32(out var m))
        {
            problems.Add("count is missing or not an integer");
            m = picked.Count;
        }

        if (m != picked.Count)
        {
            problems.Add($"count is {m} but picked lists {picked.Count}");
        }

        if (m < 0 || m > eligible.Count)
        {
            problems.Add($"count {m} cannot be picked from {eligible.Count} eligible officers");
        }
        else if (label is not null && label.All(c => c <= 0x7F))
        {
            CompareSelection(picked, VerifyOfficers(seed, label, eligible, m), problems, "picked");
        }

        return DrawCheck.Of(problems);
    }

    // ---------- helpers ----------

    private sealed record Stratum(string Class, decimal? Ratio, int Candidates, int Selected);

    private static void CheckCandidateOrder(List<string> candidates, List<string> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < candidates.Count; p++)
        {
            var uscc = candidates[p];
            if (uscc.Length != 18 || uscc.Any(c => c is not (>= '0' and <= '9') and not (>= 'A' and <= 'Z')))
            {
                problems.Add($"candidate {p} \"{uscc}\" is not 18 characters of 0–9 and A–Z");
            }

            if (!seen.Add(uscc))
            {
                problems.Add($"candidate {uscc} appears more than once");
            }

            if (p > 0 && CompareOrdinalBytes(candidates[p - 1], uscc) > 0)
            {
                problems.Add($"candidates are not in ordinal order: {candidates[p - 1]} comes before {uscc}");
            }
        }
    }

    private static void CheckLabels(IReadOnlyList<string> labels, List<string> problems)
    {
        var unknown = labels.Where(l => l != FixedStratum && !RiskStrata.Contains(l)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            problems.Add($"candidateClasses holds unknown labels {string.Join(", ", unknown.Select(Show))} (allowed: A, B, C, D, U or *)");
        }

        if (labels.Contains(FixedStratum) && labels.Any(l => l != FixedStratum))
        {
            problems.Add("candidateClasses mixes the fixed-number label * with other labels");
        }
    }

    private static List<Stratum> ReadStrata(JsonElement draw, List<string> problems)
    {
        var strata = new List<Stratum>();
        if (!draw.TryGetProperty("strata", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            problems.Add("strata is missing or not an array");
            return strata;
        }

        var index = 0;
        foreach (var s in array.EnumerateArray())
        {
            var where = $"stratum {index++}";
            if (s.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{where} is not an object");
                continue;
            }

            var cls = OptionalString(s, "class", problems) ?? "";
            where = $"stratum {Show(cls)}";
            decimal? ratio = null;
            if (s.TryGetProperty("ratio", out var r) && r.ValueKind != JsonValueKind.Null)
            {
                if (r.ValueKind == JsonValueKind.Number && r.TryGetDecimal(out var value))
                {
                    ratio = value;
                }
                else
                {
                    problems.Add($"{where}: ratio {r.GetRawText()} is not a JSON number or null");
                }
            }

            var n = IntOrProblem(s, "candidates", where, problems);
            var k = IntOrProblem(s, "selected", where, problems);
            strata.Add(new Stratum(cls, ratio, n, k));
        }

        return strata;
    }

    private static void CheckStrata(List<Stratum> strata, string? kind, IReadOnlyList<string> labels, List<string> problems)
    {
        var classes = strata.Select(s => s.Class).ToList();
        if (classes.Count == 0)
        {
            problems.Add("strata is empty: a draw has at least one stratum");
        }

        var isFixed = classes.Count == 1 && classes[0] == FixedStratum;
        if (!isFixed)
        {
            var lastRank = -1;
            foreach (var cls in classes)
            {
                var rank = RiskStrata.ToList().IndexOf(cls);
                if (rank < 0)
                {
                    problems.Add(cls == FixedStratum
                        ? "the fixed-number stratum * must be the only stratum"
                        : $"stratum {Show(cls)} is not one of A, B, C, D, U or *");
                    continue;
                }

                if (rank == lastRank)
                {
                    problems.Add($"stratum {cls} is listed twice");
                }
                else if (rank < lastRank)
                {
                    problems.Add($"strata are not in the order A, B, C, D, U: {cls} comes after {RiskStrata[lastRank]}");
                }

                lastRank = Math.Max(lastRank, rank);
            }
        }

        foreach (var s in strata)
        {
            var where = $"stratum {Show(s.Class)}";
            var members = labels.Count(l => l == s.Class);
            if (s.Candidates != members)
            {
                problems.Add($"{where}: candidates is {s.Candidates} but {members} candidates carry that label");
            }

            if (s.Selected < 0 || s.Selected > members)
            {
                problems.Add($"{where}: selected is {s.Selected}, not between 0 and its {members} candidates");
            }

            if (s.Ratio is { } ratio)
            {
                if (ratio < 0m || ratio > 1m)
                {
                    problems.Add($"{where}: ratio {ratio.ToString(CultureInfo.InvariantCulture)} is not between 0 and 1");
                }

                var scaled = ratio * 10000m;
                if (scaled != decimal.Truncate(scaled))
                {
                    problems.Add($"{where}: ratio {ratio.ToString(CultureInfo.InvariantCulture)} has more than four decimal places");
                }

                var k = StratumCount(s.Candidates, ratio);
                if (k != s.Selected)
                {
                    problems.Add($"{where}: selected is {s.Selected} but floor({s.Candidates} × {ratio.ToString(CultureInfo.InvariantCulture)} + 1/2) = {k}");
                }

                if (s.Class == FixedStratum)
                {
                    problems.Add($"{where}: a fixed-number draw must publish ratio null");
                }

                if (kind == "supplementary")
                {
                    problems.Add($"{where}: a supplementary draw (补抽) must publish ratio null");
                }
            }
            else if (kind == "main" && s.Class != FixedStratum)
            {
                problems.Add($"{where}: a risk-linked main draw must publish the stratum's ratio, not null");
            }
        }
    }

    private static void CompareSelection(List<string> published, IReadOnlyList<string> expected, List<string> problems,
        string field = "selected")
    {
        if (published.SequenceEqual(expected, StringComparer.Ordinal))
        {
            return;
        }

        var at = 0;
        while (at < published.Count && at < expected.Count && published[at] == expected[at])
        {
            at++;
        }

        var got = at < published.Count ? published[at] : "(end of list)";
        var want = at < expected.Count ? expected[at] : "(end of list)";
        problems.Add($"{field} does not match the recomputed draw: position {at} is {got}, the recomputation gives {want} " +
            $"(recomputed: [{string.Join(", ", expected)}]; published: [{string.Join(", ", published)}])");
    }

    private static bool IsOfficerLabel(string label)
    {
        var parts = label.Split(':');
        return parts.Length == 4 && parts[0] == "officers" &&
            parts.Skip(1).All(p => p.Length > 0 && p.All(c => c is >= '0' and <= '9') && (p == "0" || p[0] != '0'));
    }

    private static string? OptionalString(JsonElement o, string name, List<string> problems)
    {
        if (!o.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add($"{name} is a JSON {value.ValueKind}, not a string");
            return null;
        }

        return value.GetString();
    }

    private static List<string>? StringArray(JsonElement o, string name, List<string> problems)
    {
        if (!o.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{name} is missing or not an array");
            return null;
        }

        var list = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                list.Add(item.GetString()!);
            }
            else
            {
                problems.Add($"{name} holds {item.GetRawText()}, which is not a string");
            }
        }

        return list;
    }

    private static int IntOrProblem(JsonElement o, string name, string where, List<string> problems)
    {
        if (o.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n))
        {
            return n;
        }

        problems.Add($"{where}: {name} is missing or not an integer");
        return 0;
    }

    private static bool TryParseHex(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length % 2 != 0 || text.Any(c => c is not (>= '0' and <= '9') and not (>= 'a' and <= 'f')))
        {
            return false;
        }

        bytes = new byte[text.Length / 2];
        for (var p = 0; p < bytes.Length; p++)
        {
            bytes[p] = (byte)("0123456789abcdef".IndexOf(text[2 * p], StringComparison.Ordinal) * 16 +
                "0123456789abcdef".IndexOf(text[2 * p + 1], StringComparison.Ordinal));
        }

        return true;
    }

    private static string Show(string? s) => s is null ? "missing" : $"\"{s}\"";
}
