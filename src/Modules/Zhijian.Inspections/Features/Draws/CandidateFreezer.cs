using System.IO.Compression;
using System.Text;
using Zhijian.Credit.Contracts;
using Zhijian.Entities.Contracts;
using Zhijian.Inspections.Domain;
using Zhijian.Inspections.Domain.Draw;

namespace Zhijian.Inspections.Features.Draws;

/// <summary>A library evaluated at one instant: candidates in ordinal USCC order with their labels, and the exempted.</summary>
internal sealed record FrozenList(List<Candidate> Candidates, List<(string Uscc, string Tag)> Exempted);

/// <summary>
/// Evaluates a target library through the registry's and the credit module's contracts (never their tables):
/// the registry streams the matching USCCs in ordinal order while the credit module streams every risk class in the
/// same order; the two are merged. Both run at once.
/// </summary>
internal sealed class CandidateFreezer(IEntityDirectory directory, ICreditQueries credit)
{
    private static readonly string[] ClassLabels = ["U", "A", "B", "C", "D"];

    public async Task<FrozenList> FreezeAsync(TargetLibrary library, IReadOnlyList<string> unitDivisions, bool riskLinked,
        IReadOnlySet<string> exclude, CancellationToken ct)
    {
        var filter = new EntityFilter(
            Types: library.Types.Count == 0 ? null : [.. library.Types.Select(t => (EntityType)int.Parse(t, System.Globalization.CultureInfo.InvariantCulture))],
            Statuses: library.ActiveOnly ? [EntityStatus.Active] : null,
            IndustryCodes: library.IndustryCodes.Count == 0 ? null : library.IndustryCodes,
            DivisionCodes: library.DivisionCodes.Count > 0 ? library.DivisionCodes : unitDivisions.Count > 0 ? unitDivisions : null,
            Tags: library.Tags.Count == 0 ? null : library.Tags,
            LicenceTypes: library.LicenceTypes.Count == 0 ? null : library.LicenceTypes);
        var needClasses = riskLinked || library.RiskClasses.Count > 0;
        var classesTask = needClasses ? LoadClassesAsync(ct) : Task.FromResult((Array.Empty<string>(), Array.Empty<RiskClass>(), 0));
        var exemptions = library.Exemptions;
        var keys = new List<EntityKey>();
        await foreach (var key in directory.SelectAsync(filter, ct)) keys.Add(key);
        var (usccs, classes, count) = await classesTask;

        var candidates = new List<Candidate>(keys.Count);
        var exempted = new List<(string, string)>();
        var j = 0;
        string? previous = null;
        var allowed = library.RiskClasses.Count == 0 ? null : library.RiskClasses.ToHashSet(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (previous is not null && string.CompareOrdinal(previous, key.Uscc) >= 0)
                throw new InvalidOperationException("名录库查询结果未按统一社会信用代码排序");
            previous = key.Uscc;
            if (exclude.Contains(key.Uscc)) continue;
            string label = DrawAlgorithm.Unstratified;
            if (needClasses)
            {
                while (j < count && string.CompareOrdinal(usccs[j], key.Uscc) < 0) j++;
                var cls = j < count && usccs[j] == key.Uscc ? ClassLabels[(int)classes[j]] : "U";
                if (allowed is not null && !allowed.Contains(cls)) continue;
                if (riskLinked) label = cls;
            }

            var exemption = exemptions.Count == 0 ? null : exemptions.FirstOrDefault(x => key.Tags.Contains(x.Tag));
            if (exemption is not null)
            {
                exempted.Add((key.Uscc, exemption.Tag));
                continue;
            }

            candidates.Add(new Candidate(key.Uscc, label));
        }

        return new FrozenList(candidates, exempted);
    }

    /// <summary>The library as the freeze evaluates it (published and hashed by zhijian-draw-v2): free text cleaned, divisions as applied.</summary>
    public static FrozenLibrary Definition(TargetLibrary library, IReadOnlyList<string> unitDivisions) => new(library.Id, FrozenText.Clean(library.Name),
        library.ActiveOnly, [.. library.Types], [.. library.IndustryCodes], library.DivisionCodes.Count > 0 ? [.. library.DivisionCodes] : [.. unitDivisions],
        [.. library.Tags], [.. library.LicenceTypes], [.. library.RiskClasses],
        [.. library.Exemptions.Select(x => new Exemption(FrozenText.Clean(x.Tag), FrozenText.Clean(x.Reason)))]);

    /// <summary>
    /// A 补抽's candidates: the main draw's frozen list less every entity already selected in the task and less those the
    /// registry no longer holds as 存续 inside the frozen divisions (注销, 吊销, 迁出); the removed ones with the reason.
    /// </summary>
    public async Task<(List<Candidate> Remaining, List<Removal> Removed)> RemainingAsync(IReadOnlyList<Candidate> basis, IReadOnlySet<string> selected,
        FrozenLibrary library, CancellationToken ct)
    {
        var active = new HashSet<string>(StringComparer.Ordinal);
        var filter = new EntityFilter(Statuses: [EntityStatus.Active], DivisionCodes: library.DivisionCodes.Count > 0 ? library.DivisionCodes : null);
        await foreach (var key in directory.SelectAsync(filter, ct)) active.Add(key.Uscc);
        var remaining = new List<Candidate>(basis.Count);
        var removed = new List<Removal>();
        foreach (var c in basis)
        {
            if (selected.Contains(c.Uscc)) removed.Add(new Removal(c.Uscc, "selected"));
            else if (!active.Contains(c.Uscc)) removed.Add(new Removal(c.Uscc, "inactive"));
            else remaining.Add(c);
        }

        return (remaining, removed);
    }

    private async Task<(string[] Usccs, RiskClass[] Classes, int Count)> LoadClassesAsync(CancellationToken ct)
    {
        await Task.Yield();
        var usccs = new List<string>();
        var classes = new List<RiskClass>();
        string? previous = null;
        await foreach (var r in credit.RiskClassesAsync(ct))
        {
            if (previous is not null && string.CompareOrdinal(previous, r.Uscc) >= 0)
                throw new InvalidOperationException("信用风险分类查询结果未按统一社会信用代码排序");
            previous = r.Uscc;
            usccs.Add(r.Uscc);
            classes.Add(r.Class);
        }

        return ([.. usccs], [.. classes], usccs.Count);
    }

    /// <summary>"USCC,label\n" lines, deflated: what the draw stores and publishes.</summary>
    public static byte[] Pack(IReadOnlyList<Candidate> candidates)
    {
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new StreamWriter(deflate, new UTF8Encoding(false), 1 << 16))
        {
            foreach (var c in candidates)
            {
                writer.Write(c.Uscc);
                writer.Write(',');
                writer.Write(c.Label);
                writer.Write('\n');
            }
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// The list <see cref="Pack"/> stored: inflated at once and split on the bytes, one string per candidate (its USCC)
    /// and the few labels shared, instead of a line, a code and a label string per candidate (1M candidates: 3M strings).
    /// </summary>
    public static List<Candidate> Unpack(byte[] data)
    {
        using var text = new MemoryStream(data.Length * 4);
        using (var inflate = new DeflateStream(new MemoryStream(data), CompressionMode.Decompress))
        {
            inflate.CopyTo(text);
        }

        var rest = new ReadOnlySpan<byte>(text.GetBuffer(), 0, (int)text.Length);
        var list = new List<Candidate>(rest.Count((byte)'\n') + 1);
        var labels = new List<(byte[] Bytes, string Text)>();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (line.Length > 0 && line[^1] == (byte)'\r') line = line[..^1];
            var comma = line.IndexOf((byte)',');
            var label = line[(comma + 1)..];
            string? known = null;
            foreach (var (bytes, shared) in labels)
            {
                if (label.SequenceEqual(bytes))
                {
                    known = shared;
                    break;
                }
            }

            if (known is null)
            {
                known = Encoding.UTF8.GetString(label);
                labels.Add((label.ToArray(), known));
            }

            list.Add(new Candidate(Encoding.UTF8.GetString(line[..comma]), known));
        }

        return list;
    }
}
