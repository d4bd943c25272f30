namespace Zhijian.Platform.Identity;

/// <summary>
/// The one way a bureau is named wherever it acts (case documents, credit decisions, the pages that show them): its full
/// name is the org unit's name in the directory — "济南市历下区市场监督管理局", the name on its seal, without the province
/// (the 文书 form prints the authority's full name, and a county bureau's full name starts at its city) — and its short
/// name in a 文号 ("济历", as in 济历市监处罚〔2026〕12号) follows <see cref="Abbreviation"/>. Modules ask here, never
/// build either from division names.
/// </summary>
public static class AuthorityNames
{
    /// <summary>The unit's full name as an authority (the directory's name; <paramref name="fallbackName"/> when it is not in the tree).</summary>
    public static async Task<string> NameAsync(this OrgUnitDirectory units, int orgUnitId, string fallbackName, CancellationToken ct) =>
        (await units.FindAsync(orgUnitId, ct))?.Name ?? fallbackName;

    /// <summary>The unit's 文号 abbreviation (<see cref="Abbreviation"/>).</summary>
    public static async Task<string> AbbreviationAsync(this OrgUnitDirectory units, int orgUnitId, string fallbackName, CancellationToken ct) =>
        Abbreviation(await units.AllAsync(ct), orgUnitId, fallbackName);

    /// <summary>
    /// The issuing unit's short name in a 文号, kept simple: a province its customary one-character name (鲁), a city the
    /// first character of the city's name (济南市市场监督管理局 → 济), a county its city's abbreviation and the first
    /// character of the county's own name (济南市历下区市场监督管理局 → 济历), a station its county's abbreviation (a
    /// 市场监管所 numbers in its bureau's series style). A unit not in the tree: the first character of its name.
    /// </summary>
    public static string Abbreviation(IReadOnlyList<OrgUnitEntry> all, int orgUnitId, string fallbackName)
    {
        ArgumentNullException.ThrowIfNull(all);
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
}
