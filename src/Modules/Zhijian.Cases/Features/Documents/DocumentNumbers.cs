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
        return Format(options.Pattern, Abbreviation(all, orgUnitId, orgUnitName), CaseNames.NumberWord(kind), on.Year, counter.Last);
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

    /// <summary>
    /// The issuing unit's short name in a 文号, kept simple: a province its customary one-character name (鲁), a city the
    /// first character of the city's name (济南市市场监督管理局 → 济), a county its city's abbreviation and the first
    /// character of the county's own name (济南市历下区市场监督管理局 → 济历), a station its county's abbreviation (a
    /// 市场监管所 numbers in its bureau's series style). A unit not in the tree: the first character of its name.
    /// </summary>
    public static string Abbreviation(IReadOnlyList<OrgUnitEntry> all, int orgUnitId, string fallbackName)
    {
        var unit = all.FirstOrDefault(u => u.Id == orgUnitId);
        if (unit is null) return First(fallbackName);
        var parent = unit.ParentId is { } p ? all.FirstOrDefault(u => u.Id == p) : null;
        switch (unit.Kind)
        {
            case OrgUnitKind.Province:
                return ProvinceShort(unit.Name);
            case OrgUnitKind.City:
                return First(unit.Name);
            case OrgUnitKind.County:
                if (parent is null) return First(unit.Name);
                var parentPlace = Place(parent.Name);
                var own = unit.Name.StartsWith(parentPlace, StringComparison.Ordinal) && parentPlace.Length > 0 ? unit.Name[parentPlace.Length..] : unit.Name;
                return Abbreviation(all, parent.Id, parent.Name) + First(own);
            default:
                return parent is null ? First(unit.Name) : Abbreviation(all, parent.Id, parent.Name);
        }
    }

    /// <summary>"济南市市场监督管理局" → "济南市": the place part of a bureau's name.</summary>
    private static string Place(string name)
    {
        foreach (var suffix in (string[])["市场监督管理局", "市场监管局", "市场监管所"])
        {
            var at = name.IndexOf(suffix, StringComparison.Ordinal);
            if (at > 0) return name[..at];
        }

        return name;
    }

    private static string First(string name) => string.IsNullOrEmpty(name) ? "" : char.IsSurrogate(name, 0) ? name[..2] : name[..1];

    private static string ProvinceShort(string name)
    {
        foreach (var (prefix, abbr) in Provinces)
            if (name.StartsWith(prefix, StringComparison.Ordinal)) return abbr;
        return First(name);
    }

    private static readonly (string Prefix, string Abbr)[] Provinces =
    [
        ("北京", "京"), ("天津", "津"), ("河北", "冀"), ("山西", "晋"), ("内蒙古", "蒙"), ("辽宁", "辽"), ("吉林", "吉"), ("黑龙江", "黑"),
        ("上海", "沪"), ("江苏", "苏"), ("浙江", "浙"), ("安徽", "皖"), ("福建", "闽"), ("江西", "赣"), ("山东", "鲁"), ("河南", "豫"),
        ("湖北", "鄂"), ("湖南", "湘"), ("广东", "粤"), ("广西", "桂"), ("海南", "琼"), ("重庆", "渝"), ("四川", "川"), ("贵州", "黔"),
        ("云南", "云"), ("西藏", "藏"), ("陕西", "陕"), ("甘肃", "甘"), ("青海", "青"), ("宁夏", "宁"), ("新疆", "新"),
    ];

    [GeneratedRegex(@"\{seq(?::(0+))?\}")]
    private static partial Regex SeqToken();
}
