namespace Zhijian.Entities.Dataset;

/// <summary>A licence type of the generated dataset: code, Chinese name, validity in years (null: no expiry).</summary>
internal sealed record LicenceType(string Code, string Name, int? ValidYears);

/// <summary>涉企许可 types the dataset generator issues (a small catalogue; codes are stable).</summary>
internal static class LicenceCatalogue
{
    public const string FoodOperation = "food-operation";
    public const string FoodProduction = "food-production";
    public const string DrugOperation = "drug-operation";
    public const string DeviceOperation = "device-operation";
    public const string DeviceRecord = "device-record";
    public const string IndustrialProduct = "industrial-product";
    public const string SpecialEquipmentUse = "sequip-use";
    public const string TestingQualification = "testing-qualification";

    /// <summary>All types in catalogue order.</summary>
    public static readonly IReadOnlyList<LicenceType> All =
    [
        new(FoodOperation, "食品经营许可证", 5),
        new(FoodProduction, "食品生产许可证", 5),
        new(DrugOperation, "药品经营许可证", 5),
        new(DeviceOperation, "医疗器械经营许可证", 5),
        new(DeviceRecord, "第二类医疗器械经营备案凭证", null),
        new(IndustrialProduct, "工业产品生产许可证", 5),
        new(SpecialEquipmentUse, "特种设备使用登记证", null),
        new(TestingQualification, "检验检测机构资质认定证书", 6),
    ];

    /// <summary>The type with this code, or null.</summary>
    public static LicenceType? Find(string? code) => All.FirstOrDefault(t => t.Code == code);
}
