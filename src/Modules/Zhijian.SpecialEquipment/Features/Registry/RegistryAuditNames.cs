namespace Zhijian.SpecialEquipment.Features.Registry;

/// <summary>The 审计记录 page's words for 设备台账与使用登记.</summary>
internal static class RegistryAuditNames
{
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["sequip.equipment.created"] = "特种设备登记入台账",
        ["sequip.equipment.registered"] = "特种设备使用登记",
        ["sequip.equipment.changed"] = "特种设备变更登记",
        ["sequip.equipment.stopped"] = "特种设备停用",
        ["sequip.equipment.restarted"] = "特种设备重新启用",
        ["sequip.equipment.scrapped"] = "特种设备报废",
        ["sequip.equipment.cancelled"] = "特种设备使用登记注销",
        ["sequip.equipment.imported"] = "批量导入特种设备",
    };

    public static readonly IReadOnlyDictionary<string, string> RecordTypes = new Dictionary<string, string>
    {
        ["Equipment"] = "特种设备",
        ["EquipmentImport"] = "特种设备导入",
    };
}
