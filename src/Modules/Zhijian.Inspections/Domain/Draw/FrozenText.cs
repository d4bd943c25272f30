using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Zhijian.Inspections.Domain.Draw;

/// <summary>A recorded witness (监督人员) as declared at a freeze, and once drawn the value they gave.</summary>
internal sealed record WitnessEntry(long Id, string Name, string Unit, string Role, string? Value);

/// <summary>
/// 公开值声明, fixed at the freeze and hashed with it: where the public value will come from, the moment from which it
/// exists (the draw is refused before it), and who will give it.
/// </summary>
internal sealed record DrawDeclaration(string Source, DateTimeOffset At, IReadOnlyList<WitnessEntry> Witnesses);

/// <summary>
/// The target library as it was evaluated at the freeze (zhijian-draw-v2 publishes and hashes it): the registry filters,
/// the divisions actually applied (the library's, or the org unit's jurisdiction when it names none), the risk classes
/// kept, and the exemption tags with their reasons.
/// </summary>
internal sealed record FrozenLibrary(long Id, string Name, bool ActiveOnly, IReadOnlyList<string> Types, IReadOnlyList<string> IndustryCodes,
    IReadOnlyList<string> DivisionCodes, IReadOnlyList<string> Tags, IReadOnlyList<string> LicenceTypes, IReadOnlyList<string> RiskClasses,
    IReadOnlyList<Exemption> Exemptions);

/// <summary>An entity of the basis list a 补抽 did not draw from, and why: <c>selected</c> (already drawn in the task) or its registry status.</summary>
internal readonly record struct Removal(string Uscc, string Reason);

/// <summary>
/// The text a zhijian-draw-v2 draw hashes (docs/draw-verification.md §4): one LF-terminated line per field, written here
/// once for the server and read back by the verifier from the published record. Free text (names, reasons, the source)
/// is <see cref="Clean"/>ed at the freeze, so the published value is the hashed value.
/// </summary>
internal sealed class FrozenText : IDisposable
{
    public const string TargetsHeader = "zhijian-draw-v2 targets";
    public const string OfficersHeader = "zhijian-draw-v2 officers";

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly StringBuilder? _copy;
    private byte[] _buffer = new byte[256];

    /// <param name="keepText">Also keep the text (the officers' freeze stores it).</param>
    public FrozenText(bool keepText = false) => _copy = keepText ? new StringBuilder() : null;

    public FrozenText Line(string text)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length) + 1;
        if (_buffer.Length < max) _buffer = new byte[Math.Max(max, _buffer.Length * 2)];
        var n = Encoding.UTF8.GetBytes(text, _buffer);
        _buffer[n++] = (byte)'\n';
        _hash.AppendData(_buffer, 0, n);
        _copy?.Append(text).Append('\n');
        return this;
    }

    public FrozenText Field(string key, string value) => Line(key + "=" + value);

    public FrozenText Declaration(DrawDeclaration d)
    {
        Field("publicValue", d.Source);
        Field("publicValueAt", Instant(d.At));
        foreach (var w in d.Witnesses) Field("witness", $"{w.Name}\t{w.Unit}\t{w.Role}");
        return this;
    }

    public string Hash() => DrawAlgorithm.Hex(_hash.GetHashAndReset());

    public string Text() => _copy?.ToString() ?? throw new InvalidOperationException("text not kept");

    public void Dispose() => _hash.Dispose();

    /// <summary>Free text as hashed and published: CR, LF and TAB become a space, and the ends are trimmed.</summary>
    public static string Clean(string text) => text.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ').Trim();

    /// <summary>An instant as the hashed text and the published record write it: UTC to the second, <c>yyyy-MM-ddTHH:mm:ssZ</c>.</summary>
    public static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// The v2 hash of a target draw: header, declaration, library, the basis draw of a 补抽, then the candidates, the
    /// exempted entities and (补抽) the entities of the basis list removed before drawing.
    /// </summary>
    public static string TargetHash(DrawDeclaration declaration, FrozenLibrary library, int? basis, IEnumerable<Candidate> candidates,
        IEnumerable<(string Uscc, string Tag)> exempted, IEnumerable<Removal> removed)
    {
        using var t = new FrozenText();
        t.Line(TargetsHeader).Declaration(declaration);
        t.Field("library", library.Name).Field("activeOnly", library.ActiveOnly ? "true" : "false");
        foreach (var x in library.Types) t.Field("type", x);
        foreach (var x in library.IndustryCodes) t.Field("industry", x);
        foreach (var x in library.DivisionCodes) t.Field("division", x);
        foreach (var x in library.Tags) t.Field("tag", x);
        foreach (var x in library.LicenceTypes) t.Field("licenceType", x);
        foreach (var x in library.RiskClasses) t.Field("riskClass", x);
        foreach (var x in library.Exemptions) t.Field("exemption", $"{x.Tag}\t{x.Reason}");
        if (basis is { } b) t.Field("basis", b.ToString(CultureInfo.InvariantCulture));
        t.Line("candidates");
        foreach (var c in candidates) t.Line($"{c.Uscc},{c.Label}");
        t.Line("exempted");
        foreach (var (uscc, tag) in exempted) t.Line($"{uscc},{tag}");
        if (basis is not null)
        {
            t.Line("removed");
            foreach (var r in removed) t.Line($"{r.Uscc},{r.Reason}");
        }

        return t.Hash();
    }
}
