using Zhijian.Entities.Dataset;

namespace Zhijian.Entities.Domain;

/// <summary>
/// 规则标签 (pure): tags implied by what an entity holds, e.g. a valid food-operation licence → 食品经营者. Later
/// modules build inspection target libraries from them. Manual tags are kept; rule tags are recomputed.
/// </summary>
internal static class TagRules
{
    public static readonly IReadOnlyDictionary<string, string> ByLicence = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [LicenceCatalogue.FoodOperation] = "食品经营者",
        [LicenceCatalogue.FoodProduction] = "食品生产者",
        [LicenceCatalogue.DrugOperation] = "药品经营者",
        [LicenceCatalogue.DeviceOperation] = "医疗器械经营者",
        [LicenceCatalogue.DeviceRecord] = "医疗器械经营者",
        [LicenceCatalogue.IndustrialProduct] = "工业产品生产者",
        [LicenceCatalogue.SpecialEquipmentUse] = "特种设备使用单位",
        [LicenceCatalogue.TestingQualification] = "检验检测机构",
    };

    private static readonly HashSet<string> RuleTags = [.. ByLicence.Values];

    /// <summary>Manual tags unchanged, rule tags exactly those implied by the valid, unexpired licences.</summary>
    public static List<string> Apply(IEnumerable<string> current, IEnumerable<(string TypeCode, bool Valid)> licences)
    {
        var manual = current.Where(t => !RuleTags.Contains(t));
        var implied = licences.Where(l => l.Valid).Select(l => ByLicence.GetValueOrDefault(l.TypeCode)).OfType<string>();
        return [.. manual.Concat(implied).Distinct(StringComparer.Ordinal)];
    }
}
