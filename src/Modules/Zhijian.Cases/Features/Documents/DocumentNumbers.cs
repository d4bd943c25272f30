using System.Globalization;
using System.Text.RegularExpressions;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Identity;

namespace Zhijian.Cases.Features.Documents;

/// <summary>The 文号 pattern (configuration <c>Cases:DocumentNumberPattern</c>).</summary>
internal sealed record DocumentNumberOptions(string Pattern)
{
    /// <summary>济历市监处罚〔2026〕12号.</summary>
    public const string DefaultPattern = "{abbr}市监{word}〔{year}〕{seq}号";

    public const string ConfigKey = "Cases:DocumentNumberPattern";
}

/// <summary>
/// 文号: one sequence per issuing unit, document kind and year (the NumberCounter row, created on first use). The counter
/// is only changed here and saved by the caller's SaveChanges (a station numbers in its county bureau's series), in the transaction that issues the document; two numbers
/// in one unit of work find the tracked counter first. Two concurrent transactions that both take the same number fail
/// at the unique index on the document number, so a number is never issued twice.
/// </summary>
internal sealed partial class DocumentNumbers(CasesDbContext db, OrgUnitDirectory units, DocumentNumberOptions options)
{
    /// <summary>The next 文号 of <paramref name="kind"/> for the unit in the year of <paramref name="on"/> (counter incremented, not saved).</summary>
    public async Task<string> NextAsync(int orgUnitId, string orgUnitName, DocumentKind kind, DateOnly on, CancellationToken ct)
    {
        var all = await units.AllAsync(ct);
        var series = NumberingUnit(all, orgUnitId);
        var counter = await db.Counters.FindAsync([series, kind, on.Year], ct);
        if (counter is null)
        {
            counter = new NumberCounter { OrgUnitId = series, Kind = kind, Year = on.Year };
            db.Counters.Add(counter);
        }

        counter.Last++;
        return Format(options.Pattern, AuthorityNames.Abbreviation(all, orgUnitId, orgUnitName), CaseNames.NumberWord(kind), on.Year, counter.Last);
    }

    /// <summary>
    /// Whose series a unit numbers in: its own, but a 市场监管所 its county bureau's — a station shares the bureau's
    /// abbreviation, so its own sequence would repeat the bureau's numbers.
    /// </summary>
    public static int NumberingUnit(IReadOnlyList<OrgUnitEntry> all, int orgUnitId) =>
        all.FirstOrDefault(u => u.Id == orgUnitId) is { Kind: OrgUnitKind.Station, ParentId: { } parent } ? parent : orgUnitId;

    /// <summary>Fills the pattern: {abbr}, {word}, {year}, {seq} (no padding) or {seq:000} (zero-padded to the zeros' width).</summary>
    public static string Format(string pattern, string abbr, string word, int year, int seq) =>
        SeqToken().Replace(pattern
                .Replace("{abbr}", abbr, StringComparison.Ordinal)
                .Replace("{word}", word, StringComparison.Ordinal)
                .Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
            m => seq.ToString(CultureInfo.InvariantCulture).PadLeft(m.Groups[1].Length, '0'));

    [GeneratedRegex(@"\{seq(?::(0+))?\}")]
    private static partial Regex SeqToken();
}
