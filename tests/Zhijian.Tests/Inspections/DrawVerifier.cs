using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Zhijian.Tests.Inspections;

// An independent implementation of docs/draw-verification.md (zhijian-draw-v1 and zhijian-draw-v2), written from
// that page only. It deliberately shares no code with the server's draw and takes other routes to the same numbers:
// System.Numerics.BigInteger for the 2^64 arithmetic and the big-endian conversions, one fresh byte array per
// hashed block, a queue of pending words, a byte-wise comparison for the ordinal order, the v2 frozen texts built
// as one string from the published JSON and hashed at once.

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

/// <summary>Checks a published draw (zhijian-draw-v1 or zhijian-draw-v2) against docs/draw-verification.md.</summary>
public static class DrawVerifier
{
    public const string Algorithm = "zhijian-draw-v1";
    public const string AlgorithmV2 = "zhijian-draw-v2";
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

    /// <summary>§8.5 (v1): the label of an inspector round, <c>officers:{i}:{d}:{r}</c>.</summary>
    public static string OfficerLabel(int target, int department, int round) =>
        string.Create(CultureInfo.InvariantCulture, $"officers:{target}:{department}:{round}");

    /// <summary>§8.5 (v1): the officers picked in one round: partial Fisher–Yates over the eligible list as published.</summary>
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

    /// <summary>
    /// Checks one published target draw (§3) and lists every mismatch: a zhijian-draw-v2 record by §4–§7 and §10, any
    /// other by the v1 rules (an unknown algorithm is reported).
    /// </summary>
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
        if (algorithm == AlgorithmV2)
        {
            VerifyV2(draw, problems);
            return DrawCheck.Of(problems);
        }

        if (algorithm != Algorithm)
        {
            problems.Add($"algorithm is {Show(algorithm)}, expected \"{Algorithm}\" or \"{AlgorithmV2}\"");
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

        // a v1 draw frozen but not drawn (still waiting, or cancelled since v2): only its freeze can be checked
        if (OptionalString(draw, "status", problems) is "committed" or "cancelled")
        {
            CheckStrata(ReadStrata(draw, problems), kind, labels, problems);
            return DrawCheck.Of(problems);
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
    /// Checks one published v1 inspector round (§8.5): <c>label</c>, <c>eligible</c>, <c>count</c>, <c>picked</c>,
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

    // ---------- zhijian-draw-v2 (§4.2, §8–§10) ----------

    /// <summary>First line of a v2 target draw's frozen text.</summary>
    public const string TargetsHeader = "zhijian-draw-v2 targets";

    /// <summary>First line of a v2 officer draw's frozen text.</summary>
    public const string OfficersHeader = "zhijian-draw-v2 officers";

    /// <summary>
    /// What the server trims from the ends of a v2 witness value before it publishes and uses it (§1.3): space, TAB, CR,
    /// LF, U+00A0 and U+3000. A verifier never trims; it only checks that the published values carry none at an end.
    /// </summary>
    public static readonly IReadOnlyList<char> WitnessTrim = [' ', '\t', '\r', '\n', '\u00A0', '\u3000'];

    /// <summary>Reasons a 补抽 gives for an entity of its basis list it did not draw from (§9.2).</summary>
    public static readonly IReadOnlyList<string> RemovalReasons = ["selected", "inactive"];

    /// <summary>The provable grounds of a 补抽 (§9.1).</summary>
    public static readonly IReadOnlyList<string> Grounds = ["registry-status", "unreachable", "no-officer"];

    /// <summary>The exclusion categories of an officer draw in the order they are tried (§8.2).</summary>
    public static readonly IReadOnlyList<string> ExclusionCategories = ["tags", "leave", "conflict", "recused", "previous", "assigned", "cap"];

    /// <summary>§1.3 (v2): the declared witnesses' values in declared order, joined by one LF each (no LF after the last).</summary>
    public static string WitnessText(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var text = new StringBuilder();
        var first = true;
        foreach (var v in values)
        {
            if (!first)
            {
                text.Append('\n');
            }

            text.Append(v);
            first = false;
        }

        return text.ToString();
    }

    /// <summary>§8.4: the label of a v2 officer slot, <c>officers:{s}:{i}:{d}:{r}</c>.</summary>
    public static string OfficerLabel(int drawSeq, int target, int department, int round) =>
        string.Create(CultureInfo.InvariantCulture, $"officers:{drawSeq}:{target}:{department}:{round}");

    /// <summary>hex(SHA-256(UTF-8(text))).</summary>
    public static string TextHash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Hex(SHA256.HashData(Utf8NoBom.GetBytes(text)));
    }

    /// <summary>§4.2: the frozen text of a v2 target draw, rebuilt from its published record (<c>/draw</c> or <c>/draws/{seq}</c>).</summary>
    public static string TargetText(JsonElement draw) => BuildTargetText(draw, ReadDeclaration(draw, []), ReadLibrary(draw, []), []);

    /// <summary>§8.3: the frozen text of an officer draw, rebuilt from its published record (<c>/officer-draws/{seq}</c>).</summary>
    public static string OfficerText(JsonElement draw) => BuildOfficerText(draw, ReadDeclaration(draw, []), ReadOfficerFreeze(draw, []), []);

    /// <summary>One frozen officer slot as §8.4 runs it.</summary>
    public sealed record OfficerSlot(string Label, int Count, IReadOnlyList<string> Eligible);

    /// <summary>A slot once run: the eligible officers below the cap when its turn came (eligible order), and the picks (none when short).</summary>
    public sealed record OfficerOutcome(IReadOnlyList<string> Available, IReadOnlyList<string> Picked);

    /// <summary>
    /// §8.4: the slots in order; a slot's available officers are its eligible ones whose load is below the cap; fewer than
    /// its count → nobody is picked (short); otherwise partial Fisher–Yates over them with the stream named by the slot's
    /// label, and each pick's load grows by one.
    /// </summary>
    public static IReadOnlyList<OfficerOutcome> RunOfficers(byte[] seed, int cap, IEnumerable<(string Cert, int Load)> load, IReadOnlyList<OfficerSlot> slots)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(slots);
        var loads = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (cert, n) in load)
        {
            loads[cert] = n;
        }

        var outcomes = new List<OfficerOutcome>(slots.Count);
        foreach (var slot in slots)
        {
            var available = slot.Eligible.Where(c => (loads.TryGetValue(c, out var n) ? n : 0) < cap).ToList();
            if (available.Count < slot.Count)
            {
                outcomes.Add(new OfficerOutcome(available, []));
                continue;
            }

            var picked = Select(available, slot.Count, new DrawWords(seed, slot.Label));
            foreach (var c in picked)
            {
                loads[c] = (loads.TryGetValue(c, out var n) ? n : 0) + 1;
            }

            outcomes.Add(new OfficerOutcome(available, picked));
        }

        return outcomes;
    }

    private sealed record WitnessData(long? Id, string Name, string Unit, string Role, string? Value);

    private sealed record DeclarationData(string Source, string At, DateTimeOffset? Instant, List<WitnessData> Witnesses);

    private sealed record LibraryData(string Name, bool ActiveOnly, List<(string Key, List<string> Values)> Lists, List<(string Tag, string Reason)> Exemptions);

    private sealed record FreezeData(int Cap, List<(string Cert, int Load)> Load, List<SlotData> Slots);

    private sealed record SlotData(string Label, int Count, List<string> Eligible, List<(string Cert, string Category)> Excluded,
        List<string>? Available, List<string>? Picked);

    /// <summary>The published library lists in the order §4.2 hashes them: JSON field, key of the line.</summary>
    private static readonly (string Field, string Key)[] LibraryLists =
    [
        ("types", "type"), ("industryCodes", "industry"), ("divisionCodes", "division"), ("tags", "tag"),
        ("licenceTypes", "licenceType"), ("riskClasses", "riskClass"),
    ];

    private static void VerifyV2(JsonElement draw, List<string> problems)
    {
        var kind = OptionalString(draw, "kind", problems);
        if (kind is not "main" and not "supplementary")
        {
            problems.Add($"kind is {Show(kind)}, expected \"main\" or \"supplementary\"");
        }

        var seq = OptionalInt(draw, "seq", problems);
        if (seq is null or < 1)
        {
            problems.Add("seq is missing or not a positive integer");
        }
        else if (kind == "supplementary" && seq == 1)
        {
            problems.Add("kind is \"supplementary\" but seq is 1 (a 补抽 follows the main draw)");
        }

        var status = OptionalString(draw, "status", problems);
        if (status is not "committed" and not "drawn" and not "cancelled")
        {
            problems.Add($"status is {Show(status)}, expected \"committed\", \"drawn\" or \"cancelled\"");
        }

        // candidates and their labels (§4.1)
        var candidates = StringArray(draw, "candidates", problems) ?? [];
        var labels = StringArray(draw, "candidateClasses", problems) ?? [];
        if (labels.Count != candidates.Count)
        {
            problems.Add($"candidateClasses has {labels.Count} entries but candidates has {candidates.Count}");
        }

        var candidateCount = OptionalInt(draw, "candidateCount", problems);
        if (candidateCount != candidates.Count)
        {
            problems.Add($"candidateCount is {candidateCount?.ToString(CultureInfo.InvariantCulture) ?? "missing"} but candidates lists {candidates.Count}");
        }

        CheckCandidateOrder(candidates, problems);
        CheckLabels(labels, problems);
        var pairs = candidates.Zip(labels, (u, l) => (uscc: u, label: l)).ToList();
        var candidateSet = new HashSet<string>(candidates, StringComparer.Ordinal);

        // 补抽 fields (§9)
        var basisSeq = OptionalInt(draw, "basisSeq", problems);
        var replaces = ReadReplaces(draw, problems);
        var hasRemoved = draw.TryGetProperty("removed", out var removedElement) && removedElement.ValueKind != JsonValueKind.Null;
        if (kind == "main")
        {
            if (basisSeq is not null)
            {
                problems.Add($"basisSeq is {basisSeq} but a main draw has no basis draw");
            }

            if (hasRemoved)
            {
                problems.Add("removed is published for a main draw (only a 补抽 removes entities from its basis list)");
            }

            if (replaces.Count > 0)
            {
                problems.Add("replaces lists targets but a main draw replaces none");
            }
        }
        else if (kind == "supplementary")
        {
            if (basisSeq is null)
            {
                problems.Add("basisSeq is missing: a 补抽 names the main draw whose frozen list it draws from");
            }
            else if (seq is not null && basisSeq >= seq)
            {
                problems.Add($"basisSeq {basisSeq} is not an earlier draw than seq {seq}");
            }

            if (!hasRemoved)
            {
                problems.Add("removed is missing: a 补抽 publishes the entities of its basis list it did not draw from");
            }

            if (replaces.Count == 0)
            {
                problems.Add("replaces is empty: a 补抽 names the targets it replaces");
            }
        }

        foreach (var r in replaces)
        {
            if (!Grounds.Contains(r.Ground))
            {
                problems.Add($"replaces: {r.Uscc} has ground {Show(r.Ground)}, expected one of {string.Join(", ", Grounds)}");
            }

            if (r.Evidence.Trim().Length == 0)
            {
                problems.Add($"replaces: {r.Uscc} has no evidence for its ground");
            }

            if (candidateSet.Contains(r.Uscc))
            {
                problems.Add($"replaces: {r.Uscc} is replaced but is a candidate of the 补抽");
            }

            if (seq is not null && r.DrawSeq >= seq)
            {
                problems.Add($"replaces: {r.Uscc} names draw {r.DrawSeq}, not an earlier draw than {seq}");
            }
        }

        var removed = new List<(string Uscc, string Reason)>();
        if (hasRemoved)
        {
            removed = ReadPairs(draw, "removed", "uscc", "reason", problems);
            var seenRemoved = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (uscc, reason) in removed)
            {
                if (!RemovalReasons.Contains(reason))
                {
                    problems.Add($"removed: {uscc} has reason {Show(reason)}, expected \"selected\" or \"inactive\"");
                }

                if (candidateSet.Contains(uscc))
                {
                    problems.Add($"removed: {uscc} is removed but is also a candidate");
                }

                if (!seenRemoved.Add(uscc))
                {
                    problems.Add($"removed lists {uscc} more than once");
                }
            }
        }

        // the frozen text and its hash (§4.2)
        var declaration = ReadDeclaration(draw, problems);
        var library = ReadLibrary(draw, problems);
        var text = BuildTargetText(draw, declaration, library, problems);
        var published = OptionalString(draw, "candidateHash", problems);
        var computedHash = TextHash(text);
        if (published != computedHash)
        {
            problems.Add($"candidateHash is {Show(published)} but the frozen text rebuilt from the record hashes to \"{computedHash}\"");
        }

        // exemptions: not candidates, tags and reasons of the library's exemptions (§4.2)
        var exemptions = ReadExemptions(draw, problems);
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (tag, reason) in library?.Exemptions ?? [])
        {
            reasons.TryAdd(tag, reason);
        }

        foreach (var (uscc, tag, reason) in exemptions)
        {
            if (candidateSet.Contains(uscc))
            {
                problems.Add($"{uscc} is listed as exempted but is also a candidate");
            }

            if (library is not null && !reasons.ContainsKey(tag))
            {
                problems.Add($"exemptions: {uscc} is exempted by tag {Show(tag)}, which is not an exemption of the library");
            }
            else if (library is not null && reasons[tag] != reason)
            {
                problems.Add($"exemptions: {uscc} gives reason {Show(reason)} but the library exempts {Show(tag)} for {Show(reasons[tag])}");
            }
        }

        // strata (§5)
        var strata = ReadStrata(draw, problems);
        CheckStrata(strata, kind, labels, problems);
        if (kind == "supplementary" && replaces.Count > 0 && strata.Sum(s => s.Selected) != replaces.Count)
        {
            problems.Add($"the strata select {strata.Sum(s => s.Selected)} but replaces names {replaces.Count} targets (a 补抽 draws one per replaced target)");
        }

        // times (§10): committedAt < declared moment ≤ drawnAt
        var committedAt = Instant(draw, "committedAt", problems);
        var drawnAt = Instant(draw, "drawnAt", problems);
        var cancelledAt = Instant(draw, "cancelledAt", problems);
        if (committedAt is { } c0 && declaration?.Instant is { } at0 && at0 <= c0)
        {
            problems.Add($"declaration.at {declaration.At} is not after committedAt: the public value must come into existence after the freeze");
        }

        var commitment = OptionalString(draw, "commitment", problems);
        var secretHex = OptionalString(draw, "secret", problems);
        var witness = OptionalString(draw, "witnessValue", problems);
        var selected = draw.TryGetProperty("selected", out var sel) && sel.ValueKind != JsonValueKind.Null ? StringArray(draw, "selected", problems) : null;
        if (status != "drawn")
        {
            // A frozen or cancelled draw: the freeze can be checked, nothing else is published yet (or ever).
            ExpectAbsent(status, ("secret", secretHex), ("witnessValue", witness), ("drawnAt", drawnAt?.ToString("o", CultureInfo.InvariantCulture)), problems);
            if (selected is not null)
            {
                problems.Add($"selected is published but status is {Show(status)}");
            }

            if (declaration?.Witnesses.Any(w => w.Value is not null) == true)
            {
                problems.Add($"declaration.witnesses publish values but status is {Show(status)}");
            }

            if (status == "cancelled")
            {
                if (cancelledAt is null)
                {
                    problems.Add("cancelledAt is missing for a cancelled draw");
                }
                else if (committedAt is { } c1 && cancelledAt < c1)
                {
                    problems.Add("cancelledAt is before committedAt");
                }

                if (string.IsNullOrWhiteSpace(OptionalString(draw, "cancelReason", problems)))
                {
                    problems.Add("cancelReason is missing: a cancelled draw publishes why");
                }
            }

            return;
        }

        if (cancelledAt is not null)
        {
            problems.Add("cancelledAt is published for a drawn draw");
        }

        if (drawnAt is null)
        {
            problems.Add("drawnAt is missing for a drawn draw");
        }
        else if (declaration?.Instant is { } at1 && drawnAt < at1)
        {
            problems.Add($"drawnAt is before the declared moment {declaration.At}: the draw was made before the public value existed");
        }

        var secret = CheckSecret(commitment, secretHex, problems);
        var witnessText = CheckWitnessValues(declaration, witness, problems);

        selected ??= [];
        CheckSelectedMembers(selected, strata, candidateSet, problems);
        if (secret is not null && witnessText is not null)
        {
            var stream = new DrawWords(Seed(secret, witnessText), TargetsLabel);
            var expected = new List<string>();
            foreach (var stratum in strata)
            {
                var members = pairs.Where(p => p.label == stratum.Class).Select(p => p.uscc).ToList();
                expected.AddRange(Select(members, Math.Clamp(stratum.Selected, 0, members.Count), stream));
            }

            CompareSelection(selected, expected, problems);
        }
    }

    /// <summary>
    /// Checks a v2 补抽 (§9) and its relation to its basis draw: everything <see cref="Verify"/> checks, plus basis
    /// candidates = the 补抽's candidates ∪ removed (same labels), the same library and exempted entities, no candidate
    /// selected earlier in the task. Given <paramref name="taskDraws"/> (the task's draws, e.g. <c>/draws</c>) it also
    /// checks each <c>selected</c> removal and each replaced target against the earlier selections, and the cap on
    /// replacing a replacement (<paramref name="replacementsPerSlot"/>, rule <c>inspection.replacements-per-slot</c>).
    /// </summary>
    public static DrawCheck VerifySupplement(JsonElement draw, JsonElement basis, IReadOnlyList<JsonElement>? taskDraws = null, int replacementsPerSlot = 1)
    {
        var problems = new List<string>(Verify(draw).Problems);
        if (draw.ValueKind != JsonValueKind.Object || basis.ValueKind != JsonValueKind.Object)
        {
            problems.Add("the 补抽 and its basis draw must both be JSON objects");
            return DrawCheck.Of(problems);
        }

        var ignored = new List<string>();
        if (OptionalString(draw, "algorithm", ignored) != AlgorithmV2 || OptionalString(draw, "kind", ignored) != "supplementary")
        {
            problems.Add($"the draw is not a {AlgorithmV2} 补抽 (kind \"supplementary\")");
            return DrawCheck.Of(problems);
        }

        var seq = OptionalInt(draw, "seq", ignored) ?? int.MaxValue;
        var basisSeq = OptionalInt(draw, "basisSeq", ignored);
        if (OptionalInt(basis, "seq", ignored) != basisSeq)
        {
            problems.Add($"the basis record is draw {OptionalInt(basis, "seq", ignored)?.ToString(CultureInfo.InvariantCulture) ?? "?"} but basisSeq is {basisSeq?.ToString(CultureInfo.InvariantCulture) ?? "missing"}");
        }

        if (OptionalString(basis, "kind", ignored) != "main" || OptionalString(basis, "status", ignored) is not (null or "drawn"))
        {
            problems.Add("the basis draw is not the task's drawn main draw");
        }

        // basis candidates = candidates ∪ removed, labels kept (both lists are subsequences of the basis list)
        var basisCandidates = StringArray(basis, "candidates", ignored) ?? [];
        var basisLabels = StringArray(basis, "candidateClasses", ignored) ?? [];
        var candidates = StringArray(draw, "candidates", ignored) ?? [];
        var labels = StringArray(draw, "candidateClasses", ignored) ?? [];
        List<(string Uscc, string Reason)> removed = draw.TryGetProperty("removed", out var r) && r.ValueKind == JsonValueKind.Array ? ReadPairs(draw, "removed", "uscc", "reason", ignored) : [];
        var removedLeft = removed.Select(x => x.Uscc).ToHashSet(StringComparer.Ordinal);
        var next = 0;
        for (var p = 0; p < basisCandidates.Count && p < basisLabels.Count; p++)
        {
            if (next < candidates.Count && candidates[next] == basisCandidates[p])
            {
                if (next < labels.Count && labels[next] != basisLabels[p])
                {
                    problems.Add($"candidate {candidates[next]} has label {labels[next]} but {basisLabels[p]} in the basis draw");
                }

                next++;
            }
            else if (!removedLeft.Remove(basisCandidates[p]))
            {
                problems.Add($"{basisCandidates[p]} of the basis list is neither a candidate of the 补抽 nor removed");
            }
        }

        for (; next < candidates.Count; next++)
        {
            problems.Add($"candidate {candidates[next]} is not in the basis draw's frozen list");
        }

        foreach (var u in removedLeft.Order(StringComparer.Ordinal))
        {
            problems.Add($"removed lists {u}, which is not in the basis draw's frozen list");
        }

        // same library and exempted entities as the basis (a v1 basis published neither)
        if (OptionalString(basis, "algorithm", ignored) == AlgorithmV2)
        {
            var mine = LibraryText(ReadLibrary(draw, ignored));
            var theirs = LibraryText(ReadLibrary(basis, ignored));
            if (mine != theirs)
            {
                problems.Add("library differs from the basis draw's library: a 补抽 draws on the main draw's frozen definition");
            }
        }

        var exempted = ReadExemptions(draw, ignored).Select(x => (x.Uscc, x.Tag)).ToList();
        var basisExempted = ReadExemptions(basis, ignored).Select(x => (x.Uscc, x.Tag)).ToList();
        if (!exempted.SequenceEqual(basisExempted))
        {
            problems.Add("exemptions differ from the basis draw's exempted entities");
        }

        // earlier selections: the basis and, when given, every drawn draw before this one
        var earlier = new Dictionary<int, JsonElement>();
        if (basisSeq is { } b)
        {
            earlier[b] = basis;
        }

        foreach (var d in taskDraws ?? [])
        {
            if (OptionalInt(d, "seq", ignored) is { } s && s < seq && OptionalString(d, "status", ignored) is null or "drawn")
            {
                earlier.TryAdd(s, d);
            }
        }

        var selectedBefore = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in earlier.Values)
        {
            selectedBefore.UnionWith(StringArray(d, "selected", ignored) ?? []);
        }

        foreach (var c in candidates.Where(selectedBefore.Contains))
        {
            problems.Add($"candidate {c} was selected earlier in the task and must be removed as \"selected\"");
        }

        if (taskDraws is not null)
        {
            foreach (var (uscc, reason) in removed.Where(x => x.Reason == "selected" && !selectedBefore.Contains(x.Uscc)))
            {
                problems.Add($"removed: {uscc} has reason \"{reason}\" but no earlier draw of the task selected it");
            }
        }

        var replaces = ReadReplaces(draw, ignored);
        foreach (var x in replaces)
        {
            if (earlier.TryGetValue(x.DrawSeq, out var d) && StringArray(d, "selected", ignored) is { } sel &&
                (x.Position < 0 || x.Position >= sel.Count || sel[x.Position] != x.Uscc))
            {
                problems.Add($"replaces: {x.Uscc} is not position {x.Position} of draw {x.DrawSeq}'s selection");
            }
        }

        // the cap (§9.3): a target selected by a 补抽 has generation 1 + the highest generation it replaced; main draw: 0
        if (taskDraws is not null)
        {
            var all = new Dictionary<int, JsonElement>(earlier);
            int Generation(int s, int depth)
            {
                if (depth > 1000 || !all.TryGetValue(s, out var d) || OptionalString(d, "kind", ignored) != "supplementary")
                {
                    return 0;
                }

                return 1 + ReadReplaces(d, ignored).Select(x => Generation(x.DrawSeq, depth + 1)).DefaultIfEmpty(0).Max();
            }

            foreach (var x in replaces)
            {
                var g = Generation(x.DrawSeq, 0);
                if (g >= replacementsPerSlot)
                {
                    problems.Add($"replaces: {x.Uscc} was itself selected by a 补抽 (generation {g}); with inspection.replacements-per-slot = {replacementsPerSlot} it cannot be replaced");
                }
            }
        }

        return DrawCheck.Of(problems);
    }

    /// <summary>Checks one published officer draw (§8, <c>/officer-draws/{seq}</c>): frozen text and hash, commitment, seed, the run.</summary>
    public static DrawCheck VerifyOfficerDraw(JsonElement draw)
    {
        var problems = new List<string>();
        if (draw.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"the officer draw is a JSON {draw.ValueKind}, not an object");
            return DrawCheck.Of(problems);
        }

        var algorithm = OptionalString(draw, "algorithm", problems);
        if (algorithm != AlgorithmV2)
        {
            problems.Add($"algorithm is {Show(algorithm)}, expected \"{AlgorithmV2}\"");
        }

        var status = OptionalString(draw, "status", problems);
        if (status is not "committed" and not "drawn" and not "cancelled")
        {
            problems.Add($"status is {Show(status)}, expected \"committed\", \"drawn\" or \"cancelled\"");
        }

        var declaration = ReadDeclaration(draw, problems);
        var freeze = ReadOfficerFreeze(draw, problems);
        if (freeze is null)
        {
            return DrawCheck.Of(problems);
        }

        if (OptionalInt(draw, "slotCount", problems) is { } slotCount && slotCount != freeze.Slots.Count)
        {
            problems.Add($"slotCount is {slotCount} but slots lists {freeze.Slots.Count}");
        }

        // the freeze's own consistency (§8.2)
        var loads = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < freeze.Load.Count; p++)
        {
            var (cert, n) = freeze.Load[p];
            if (p > 0 && CompareOrdinalBytes(freeze.Load[p - 1].Cert, cert) >= 0)
            {
                problems.Add($"load is not in ordinal order of certificate numbers (or repeats one): {freeze.Load[p - 1].Cert} before {cert}");
            }

            if (n < 1)
            {
                problems.Add($"load: {cert} has load {n}; only officers with a load of 1 or more are listed");
            }

            loads[cert] = n;
        }

        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var slot in freeze.Slots)
        {
            var where = $"slot {Show(slot.Label)}";
            if (!IsOfficerLabelV2(slot.Label))
            {
                problems.Add($"{where}: label is not officers:{{s}}:{{i}}:{{d}}:{{r}} with decimal integers");
            }

            if (!labels.Add(slot.Label))
            {
                problems.Add($"{where} is listed twice");
            }

            if (slot.Count < 1)
            {
                problems.Add($"{where}: count {slot.Count} is not a positive integer");
            }

            if (slot.Eligible.Count < slot.Count)
            {
                problems.Add($"{where}: only {slot.Eligible.Count} eligible for {slot.Count} (the freeze is refused when a slot is short at the freeze)");
            }

            for (var p = 1; p < slot.Eligible.Count; p++)
            {
                if (CompareOrdinalBytes(slot.Eligible[p - 1], slot.Eligible[p]) >= 0)
                {
                    problems.Add($"{where}: eligible is not in ordinal order (or repeats): {slot.Eligible[p - 1]} before {slot.Eligible[p]}");
                }
            }

            for (var p = 1; p < slot.Excluded.Count; p++)
            {
                if (CompareOrdinalBytes(slot.Excluded[p - 1].Cert, slot.Excluded[p].Cert) >= 0)
                {
                    problems.Add($"{where}: excluded is not in ordinal order (or repeats): {slot.Excluded[p - 1].Cert} before {slot.Excluded[p].Cert}");
                }
            }

            foreach (var (cert, category) in slot.Excluded)
            {
                if (!ExclusionCategories.Contains(category))
                {
                    problems.Add($"{where}: {cert} is excluded as {Show(category)}, not one of {string.Join(", ", ExclusionCategories)}");
                }

                if (slot.Eligible.Contains(cert))
                {
                    problems.Add($"{where}: {cert} is both eligible and excluded");
                }

                if (category == "cap" && (loads.TryGetValue(cert, out var n) ? n : 0) < freeze.Cap)
                {
                    problems.Add($"{where}: {cert} is excluded as \"cap\" but its frozen load is below the cap {freeze.Cap}");
                }
            }

            foreach (var cert in slot.Eligible.Where(c => (loads.TryGetValue(c, out var n) ? n : 0) >= freeze.Cap))
            {
                problems.Add($"{where}: {cert} is eligible but its frozen load has reached the cap {freeze.Cap}");
            }
        }

        // the frozen text and its hash (§8.3)
        var text = BuildOfficerText(draw, declaration, freeze, problems);
        var published = OptionalString(draw, "frozenHash", problems);
        var computed = TextHash(text);
        if (published != computed)
        {
            problems.Add($"frozenHash is {Show(published)} but the frozen text rebuilt from the record hashes to \"{computed}\"");
        }

        var committedAt = Instant(draw, "committedAt", problems);
        var drawnAt = Instant(draw, "drawnAt", problems);
        if (committedAt is { } c0 && declaration?.Instant is { } at0 && at0 <= c0)
        {
            problems.Add($"declaration.at {declaration.At} is not after committedAt: the public value must come into existence after the freeze");
        }

        var commitment = OptionalString(draw, "commitment", problems);
        var secretHex = OptionalString(draw, "secret", problems);
        var witness = OptionalString(draw, "witnessValue", problems);
        if (status != "drawn")
        {
            ExpectAbsent(status, ("secret", secretHex), ("witnessValue", witness), ("drawnAt", drawnAt?.ToString("o", CultureInfo.InvariantCulture)), problems);
            if (freeze.Slots.Any(s => s.Available is not null || s.Picked is not null))
            {
                problems.Add($"slots publish available or picked officers but status is {Show(status)}");
            }

            if (status == "cancelled" && string.IsNullOrWhiteSpace(OptionalString(draw, "cancelReason", problems)))
            {
                problems.Add("cancelReason is missing: a cancelled draw publishes why");
            }

            return DrawCheck.Of(problems);
        }

        if (drawnAt is null)
        {
            problems.Add("drawnAt is missing for a drawn officer draw");
        }
        else if (declaration?.Instant is { } at1 && drawnAt < at1)
        {
            problems.Add($"drawnAt is before the declared moment {declaration.At}: the draw was made before the public value existed");
        }

        var secret = CheckSecret(commitment, secretHex, problems);
        var witnessText = CheckWitnessValues(declaration, witness, problems);
        if (secret is null || witnessText is null)
        {
            return DrawCheck.Of(problems);
        }

        var outcomes = RunOfficers(Seed(secret, witnessText), freeze.Cap, freeze.Load,
            [.. freeze.Slots.Select(s => new OfficerSlot(s.Label, Math.Max(0, s.Count), s.Eligible))]);
        for (var p = 0; p < outcomes.Count; p++)
        {
            var slot = freeze.Slots[p];
            var where = $"slot {Show(slot.Label)}";
            if (slot.Available is null || slot.Picked is null)
            {
                problems.Add($"{where}: available or picked is not published for a drawn officer draw");
                continue;
            }

            CompareSelection(slot.Available, outcomes[p].Available, problems, $"{where}: available");
            CompareSelection(slot.Picked, outcomes[p].Picked, problems, $"{where}: picked");
        }

        return DrawCheck.Of(problems);
    }

    // ---------- v2 helpers ----------

    private static byte[]? CheckSecret(string? commitment, string? secretHex, List<string> problems)
    {
        if (secretHex is null)
        {
            problems.Add("secret is not published although the draw is made, so neither the commitment nor the selection can be checked");
            return null;
        }

        if (!TryParseHex(secretHex, out var secret) || secret.Length != 32)
        {
            problems.Add($"secret {Show(secretHex)} is not 64 lowercase hexadecimal digits (32 bytes)");
            return null;
        }

        var hashOfSecret = Hex(SHA256.HashData(secret));
        if (commitment != hashOfSecret)
        {
            problems.Add($"commitment is {Show(commitment)} but SHA-256(secret) is \"{hashOfSecret}\"");
        }

        return secret;
    }

    /// <summary>§1.3 (v2): each declared witness gave one value, published as used; witnessValue is their LF-joined text.</summary>
    private static string? CheckWitnessValues(DeclarationData? declaration, string? witness, List<string> problems)
    {
        if (witness is null)
        {
            problems.Add("witnessValue is missing, so the seed cannot be recomputed");
            return null;
        }

        if (declaration is null)
        {
            return witness;
        }

        var values = new List<string>();
        foreach (var w in declaration.Witnesses)
        {
            if (w.Value is null)
            {
                problems.Add($"declaration.witnesses: {w.Name} gave no value");
                continue;
            }

            if (w.Value.Length == 0 || w.Value.Length > 200)
            {
                problems.Add($"declaration.witnesses: {w.Name}'s value has {w.Value.Length} characters (1 to 200 allowed)");
            }

            if (w.Value.Any(char.IsControl))
            {
                problems.Add($"declaration.witnesses: {w.Name}'s value contains a control character (refused by the server)");
            }

            if (w.Value.Length > 0 && (WitnessTrim.Contains(w.Value[0]) || WitnessTrim.Contains(w.Value[^1])))
            {
                problems.Add($"declaration.witnesses: {w.Name}'s value {Show(w.Value)} is not trimmed as the server trims it");
            }

            values.Add(w.Value);
        }

        var joined = WitnessText(values);
        if (values.Count == declaration.Witnesses.Count && joined != witness)
        {
            problems.Add($"witnessValue {Show(witness)} is not the declared witnesses' values joined by LF ({Show(joined)})");
        }

        return witness;
    }

    private static void CheckSelectedMembers(List<string> selected, List<Stratum> strata, HashSet<string> candidateSet, List<string> problems)
    {
        var total = strata.Sum(s => Math.Max(0, s.Selected));
        if (total != selected.Count)
        {
            problems.Add($"the strata select {total} in all but selected lists {selected.Count}");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
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
    }

    private static void ExpectAbsent(string? status, (string Name, string? Value) a, (string Name, string? Value) b, (string Name, string? Value) c, List<string> problems)
    {
        foreach (var (name, value) in new[] { a, b, c })
        {
            if (value is not null)
            {
                problems.Add($"{name} is published but status is {Show(status)}");
            }
        }
    }

    /// <summary>§4.2: header, declaration, library, basis, candidates, exempted, removed (补抽 only); LF after every line.</summary>
    private static string BuildTargetText(JsonElement draw, DeclarationData? declaration, LibraryData? library, List<string> problems)
    {
        var text = new StringBuilder();
        text.Append(TargetsHeader).Append('\n');
        AppendDeclaration(text, declaration);
        text.Append(LibraryText(library));
        var ignored = new List<string>();
        var basisSeq = OptionalInt(draw, "basisSeq", ignored);
        if (basisSeq is { } b)
        {
            text.Append("basis=").Append(b.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        text.Append("candidates\n");
        var candidates = StringArray(draw, "candidates", ignored) ?? [];
        var labels = StringArray(draw, "candidateClasses", ignored) ?? [];
        for (var p = 0; p < candidates.Count && p < labels.Count; p++)
        {
            text.Append(candidates[p]).Append(',').Append(labels[p]).Append('\n');
        }

        text.Append("exempted\n");
        foreach (var (uscc, tag, _) in ReadExemptions(draw, ignored))
        {
            CheckLine("exemptions tag", tag, problems);
            text.Append(uscc).Append(',').Append(tag).Append('\n');
        }

        if (basisSeq is not null)
        {
            text.Append("removed\n");
            if (draw.TryGetProperty("removed", out var r) && r.ValueKind == JsonValueKind.Array)
            {
                foreach (var (uscc, reason) in ReadPairs(draw, "removed", "uscc", "reason", ignored))
                {
                    text.Append(uscc).Append(',').Append(reason).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    /// <summary>§8.3: header, declaration, cap, loads, then per slot its line, its eligible and its excluded officers.</summary>
    private static string BuildOfficerText(JsonElement draw, DeclarationData? declaration, FreezeData? freeze, List<string> problems)
    {
        var text = new StringBuilder();
        text.Append(OfficersHeader).Append('\n');
        AppendDeclaration(text, declaration);
        if (freeze is null)
        {
            return text.ToString();
        }

        text.Append("cap=").Append(freeze.Cap.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var (cert, n) in freeze.Load)
        {
            CheckLine("load cert", cert, problems);
            text.Append("load=").Append(cert).Append(',').Append(n.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        foreach (var s in freeze.Slots)
        {
            text.Append("slot=").Append(s.Label).Append(',').Append(s.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
            foreach (var cert in s.Eligible)
            {
                CheckLine("eligible cert", cert, problems);
                text.Append("eligible=").Append(cert).Append('\n');
            }

            foreach (var (cert, category) in s.Excluded)
            {
                CheckLine("excluded cert", cert, problems);
                text.Append("excluded=").Append(cert).Append(',').Append(category).Append('\n');
            }
        }

        _ = draw;
        return text.ToString();
    }

    private static void AppendDeclaration(StringBuilder text, DeclarationData? d)
    {
        if (d is null)
        {
            return;
        }

        text.Append("publicValue=").Append(d.Source).Append('\n');
        text.Append("publicValueAt=").Append(d.At).Append('\n');
        foreach (var w in d.Witnesses)
        {
            text.Append("witness=").Append(w.Name).Append('\t').Append(w.Unit).Append('\t').Append(w.Role).Append('\n');
        }
    }

    private static string LibraryText(LibraryData? library)
    {
        if (library is null)
        {
            return "";
        }

        var text = new StringBuilder();
        text.Append("library=").Append(library.Name).Append('\n');
        text.Append("activeOnly=").Append(library.ActiveOnly ? "true" : "false").Append('\n');
        foreach (var (key, values) in library.Lists)
        {
            foreach (var v in values)
            {
                text.Append(key).Append('=').Append(v).Append('\n');
            }
        }

        foreach (var (tag, reason) in library.Exemptions)
        {
            text.Append("exemption=").Append(tag).Append('\t').Append(reason).Append('\n');
        }

        return text.ToString();
    }

    private static DeclarationData? ReadDeclaration(JsonElement o, List<string> problems)
    {
        if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty("declaration", out var d) || d.ValueKind != JsonValueKind.Object)
        {
            problems.Add("declaration is missing or not an object: a zhijian-draw-v2 record declares its public value at the freeze");
            return null;
        }

        var source = OptionalString(d, "source", problems) ?? "";
        if (source.Length == 0)
        {
            problems.Add("declaration.source is missing or empty");
        }

        CheckFreeText("declaration.source", source, problems);
        var at = OptionalString(d, "at", problems) ?? "";
        DateTimeOffset? instant = null;
        if (DateTimeOffset.TryParseExact(at, "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            instant = parsed;
        }
        else
        {
            problems.Add($"declaration.at {Show(at)} is not an instant written yyyy-MM-ddTHH:mm:ssZ");
        }

        if (d.TryGetProperty("atInstant", out var ai) && ai.ValueKind == JsonValueKind.String && instant is not null &&
            (!DateTimeOffset.TryParse(ai.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var other) || other != instant))
        {
            problems.Add($"declaration.atInstant {ai.GetRawText()} is not the instant of declaration.at {at}");
        }

        var witnesses = new List<WitnessData>();
        if (!d.TryGetProperty("witnesses", out var ws) || ws.ValueKind != JsonValueKind.Array)
        {
            problems.Add("declaration.witnesses is missing or not an array");
        }
        else
        {
            foreach (var w in ws.EnumerateArray())
            {
                if (w.ValueKind != JsonValueKind.Object)
                {
                    problems.Add("declaration.witnesses holds something that is not an object");
                    continue;
                }

                var name = OptionalString(w, "name", problems) ?? "";
                var unit = OptionalString(w, "unit", problems) ?? "";
                var role = OptionalString(w, "role", problems) ?? "";
                CheckFreeText("declaration.witnesses name", name, problems);
                CheckFreeText("declaration.witnesses unit", unit, problems);
                CheckFreeText("declaration.witnesses role", role, problems);
                long? id = w.TryGetProperty("id", out var idElement) && idElement.TryGetInt64(out var n) ? n : null;
                witnesses.Add(new WitnessData(id, name, unit, role, OptionalString(w, "value", problems)));
            }

            if (witnesses.Count is < 1 or > 5)
            {
                problems.Add($"declaration.witnesses lists {witnesses.Count} witnesses (1 to 5 are declared)");
            }

            if (witnesses.Where(w => w.Id is not null).GroupBy(w => w.Id).Any(g => g.Count() > 1))
            {
                problems.Add("declaration.witnesses lists the same witness twice");
            }
        }

        return new DeclarationData(source, at, instant, witnesses);
    }

    private static LibraryData? ReadLibrary(JsonElement o, List<string> problems)
    {
        if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty("library", out var l) || l.ValueKind != JsonValueKind.Object)
        {
            problems.Add("library is missing or not an object: a zhijian-draw-v2 target draw publishes the library as frozen");
            return null;
        }

        var name = OptionalString(l, "name", problems) ?? "";
        CheckFreeText("library.name", name, problems);
        var activeOnly = false;
        if (!l.TryGetProperty("activeOnly", out var a) || a.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            problems.Add("library.activeOnly is missing or not true/false");
        }
        else
        {
            activeOnly = a.GetBoolean();
        }

        var lists = new List<(string, List<string>)>();
        foreach (var (field, key) in LibraryLists)
        {
            var values = StringArray(l, field, problems) ?? [];
            foreach (var v in values)
            {
                CheckLine($"library.{field}", v, problems);
            }

            lists.Add((key, values));
        }

        var exemptions = ReadPairs(l, "exemptions", "tag", "reason", problems);
        foreach (var (tag, reason) in exemptions)
        {
            CheckFreeText("library.exemptions tag", tag, problems);
            CheckFreeText("library.exemptions reason", reason, problems);
        }

        return new LibraryData(name, activeOnly, lists, exemptions);
    }

    private static FreezeData? ReadOfficerFreeze(JsonElement o, List<string> problems)
    {
        if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty("slots", out var slots) || slots.ValueKind != JsonValueKind.Array)
        {
            problems.Add("slots is not published (the list /officer-draws omits them: fetch /officer-draws/{seq})");
            return null;
        }

        var cap = OptionalInt(o, "cap", problems);
        if (cap is null)
        {
            problems.Add("cap is missing or not an integer");
        }

        var load = new List<(string, int)>();
        if (!o.TryGetProperty("load", out var loadArray) || loadArray.ValueKind != JsonValueKind.Array)
        {
            problems.Add("load is missing or not an array");
        }
        else
        {
            foreach (var x in loadArray.EnumerateArray())
            {
                var cert = OptionalString(x, "cert", problems) ?? "";
                load.Add((cert, OptionalInt(x, "load", problems) ?? 0));
            }
        }

        var list = new List<SlotData>();
        foreach (var s in slots.EnumerateArray())
        {
            var label = OptionalString(s, "label", problems) ?? "";
            var count = OptionalInt(s, "count", problems);
            if (count is null)
            {
                problems.Add($"slot {Show(label)}: count is missing or not an integer");
            }

            var eligible = StringArray(s, "eligible", problems) ?? [];
            var excluded = ReadPairs(s, "excluded", "cert", "category", problems);
            var available = s.TryGetProperty("available", out var av) && av.ValueKind == JsonValueKind.Array ? StringArray(s, "available", problems) : null;
            var picked = s.TryGetProperty("picked", out var pk) && pk.ValueKind == JsonValueKind.Array ? StringArray(s, "picked", problems) : null;
            list.Add(new SlotData(label, count ?? 0, eligible, excluded, available, picked));
        }

        return new FreezeData(cap ?? 0, load, list);
    }

    private sealed record ReplaceData(string Uscc, int DrawSeq, int Position, string Ground, string Evidence);

    private static List<ReplaceData> ReadReplaces(JsonElement o, List<string> problems)
    {
        var list = new List<ReplaceData>();
        if (!o.TryGetProperty("replaces", out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return list;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            problems.Add("replaces is not an array");
            return list;
        }

        foreach (var x in array.EnumerateArray())
        {
            list.Add(new ReplaceData(OptionalString(x, "uscc", problems) ?? "", OptionalInt(x, "drawSeq", problems) ?? 0, OptionalInt(x, "position", problems) ?? -1,
                OptionalString(x, "ground", problems) ?? "", OptionalString(x, "evidence", problems) ?? ""));
        }

        return list;
    }

    private static List<(string Uscc, string Tag, string Reason)> ReadExemptions(JsonElement o, List<string> problems)
    {
        var list = new List<(string, string, string)>();
        if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty("exemptions", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return list;
        }

        foreach (var x in array.EnumerateArray())
        {
            if (x.ValueKind == JsonValueKind.Object)
            {
                list.Add((OptionalString(x, "uscc", problems) ?? "", OptionalString(x, "tag", problems) ?? "", OptionalString(x, "reason", problems) ?? ""));
            }
        }

        return list;
    }

    private static List<(string A, string B)> ReadPairs(JsonElement o, string name, string a, string b, List<string> problems)
    {
        var list = new List<(string, string)>();
        if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{name} is missing or not an array");
            return list;
        }

        foreach (var x in array.EnumerateArray())
        {
            if (x.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{name} holds {x.GetRawText()}, which is not an object");
                continue;
            }

            list.Add((OptionalString(x, a, problems) ?? "", OptionalString(x, b, problems) ?? ""));
        }

        return list;
    }

    /// <summary>Free text is cleaned at the freeze (CR, LF, TAB → space, ends trimmed), so a published value must already be clean.</summary>
    private static void CheckFreeText(string where, string value, List<string> problems)
    {
        if (value.IndexOfAny(['\r', '\n', '\t']) >= 0)
        {
            problems.Add($"{where} {Show(value)} contains CR, LF or TAB, which the freeze turns into spaces: the published value is not the hashed one");
        }
        else if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
        {
            problems.Add($"{where} {Show(value)} has white space at an end, which the freeze trims: the published value is not the hashed one");
        }
    }

    /// <summary>A value of one line of the frozen text must not break the line.</summary>
    private static void CheckLine(string where, string value, List<string> problems)
    {
        if (value.IndexOfAny(['\r', '\n']) >= 0)
        {
            problems.Add($"{where} {Show(value)} contains a line break: the frozen text would not read back");
        }
    }

    private static int? OptionalInt(JsonElement o, string name, List<string> problems)
    {
        if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n))
        {
            return n;
        }

        problems.Add($"{name} is {value.GetRawText()}, not an integer");
        return null;
    }

    private static DateTimeOffset? Instant(JsonElement o, string name, List<string> problems)
    {
        var text = OptionalString(o, name, problems);
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at))
        {
            return at;
        }

        problems.Add($"{name} {Show(text)} is not an ISO 8601 instant");
        return null;
    }

    private static bool IsOfficerLabelV2(string label)
    {
        var parts = label.Split(':');
        return parts.Length == 5 && parts[0] == "officers" &&
            parts.Skip(1).All(p => p.Length > 0 && p.All(c => c is >= '0' and <= '9') && (p == "0" || p[0] != '0'));
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
