using Zhijian.Platform.Codes;

namespace Zhijian.Entities.Dataset;

/// <summary>
/// Names derived from one division for the generator: short names for entity names, the registration
/// authority (市场监督管理局) at county, city and province level, and the telephone area code.
/// </summary>
internal sealed record DatasetPlace(
    string DivisionCode,
    string CountyCode,
    string CountyName,
    string CountyShort,
    string CityShort,
    string ProvinceShort,
    string ProvinceAbbr,
    string FullName,
    string CountyAuthority,
    string CityAuthority,
    string ProvinceAuthority,
    string ProvinceDrugAuthority,
    string? AreaCode)
{
    private static readonly string[] Placeholders = ["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"];

    private static readonly Dictionary<string, string> AreaCodes = new(StringComparer.Ordinal)
    {
        ["11"] = "010",
        ["12"] = "022",
        ["31"] = "021",
        ["50"] = "023",
        ["3701"] = "0531",
        ["3702"] = "0532",
        ["3703"] = "0533",
        ["3704"] = "0632",
        ["3705"] = "0546",
        ["3706"] = "0535",
        ["3707"] = "0536",
        ["3708"] = "0537",
        ["3709"] = "0538",
        ["3710"] = "0631",
        ["3711"] = "0633",
        ["3713"] = "0539",
        ["3714"] = "0534",
        ["3715"] = "0635",
        ["3716"] = "0543",
        ["3717"] = "0530",
        ["4401"] = "020",
        ["4403"] = "0755",
        ["3201"] = "025",
        ["3301"] = "0571",
    };

    /// <summary>Builds the place of a county (6-digit) or town (9-digit) code.</summary>
    /// <exception cref="ArgumentException">Unknown code or not county/town level.</exception>
    public static DatasetPlace Of(DivisionTable table, string code)
    {
        var division = table.Find(code) ?? throw new ArgumentException($"未知行政区划代码：{code}", nameof(code));
        if (division.Level is not (DivisionTable.County or DivisionTable.Town))
        {
            throw new ArgumentException($"行政区划代码 {code} 不是县级或乡级", nameof(code));
        }

        var countyCode = division.Code[..6];
        var county = table.Find(countyCode) ?? throw new ArgumentException($"未知县级代码：{countyCode}", nameof(code));
        var city = county.ParentCode is { } cp ? table.Find(cp) : null;
        var province = table.Find(countyCode[..2] + "0000");
        var provinceName = province?.Name ?? string.Empty;
        var cityIsPlaceholder = city is null || Placeholders.Contains(city.Name);
        var cityName = cityIsPlaceholder ? provinceName : city!.Name;
        var countyIsCity = county.Name.EndsWith('市');

        // 县级市: “章丘市市场监督管理局”; direct-administered: “北京市东城区…”; otherwise “济南市历下区…”
        var countyAuthority = (countyIsCity ? county.Name : cityName + county.Name) + "市场监督管理局";
        var areaCode = AreaCodes.GetValueOrDefault(countyCode[..4]) ?? AreaCodes.GetValueOrDefault(countyCode[..2]);
        return new DatasetPlace(
            division.Code,
            countyCode,
            county.Name,
            Short(county.Name),
            Short(cityName),
            Short(provinceName),
            Zhijian.Platform.Codes.ProvinceAbbreviations.Of(countyCode, "鲁"),
            table.FullName(division.Code),
            countyAuthority,
            cityName + "市场监督管理局",
            provinceName + "市场监督管理局",
            provinceName + "药品监督管理局",
            areaCode);
    }

    /// <summary>Short name for entity names: 济南市→济南, 历下区→历下, 平阴县→平阴; 2-character names stay whole.</summary>
    internal static string Short(string name)
    {
        string[] suffixes =
        [
            "壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "自治州", "自治县", "自治旗", "地区", "省", "市", "区", "县", "旗", "盟",
        ];
        foreach (var suffix in suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length - suffix.Length >= 2)
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }
}
