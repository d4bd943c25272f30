namespace Zhijian.SpecialEquipment.Features.Hazards;

/// <summary>The 审计记录 page's words for 隐患 and 事故.</summary>
internal static class SafetyAuditNames
{
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["sequip.hazard.reported"] = "报送特种设备隐患",
        ["sequip.hazard.notice"] = "下达责令整改通知书",
        ["sequip.hazard.rectified"] = "收到隐患整改报告",
        ["sequip.hazard.reviewed"] = "隐患复查",
        ["sequip.hazard.overdue"] = "隐患逾期未整改，移送案件线索",
        ["sequip.accident.registered"] = "登记特种设备事故",
        ["sequip.accident.drafted"] = "96333 长时间困人，待核实事故",
        ["sequip.accident.verified"] = "核实特种设备事故",
        ["sequip.accident.report"] = "登记事故报告",
        ["sequip.accident.closed"] = "事故结案",
    };

    public static readonly IReadOnlyDictionary<string, string> RecordTypes = new Dictionary<string, string>
    {
        ["SequipHazard"] = "特种设备隐患",
        ["SequipAccident"] = "特种设备事故",
    };
}
