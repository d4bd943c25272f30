namespace Zhijian.Drugs.Features.Supervision;

/// <summary>The audit log's Chinese names of the Supervision area's actions and record types.</summary>
internal static class SupervisionAuditNames
{
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["drugs.grid.created"] = "新建监管网格",
        ["drugs.grid.officer"] = "更换网格监管责任人",
        ["drugs.grid.assigned"] = "企业划入网格",
        ["drugs.grid.reassigned"] = "企业调整网格",
        ["drugs.inspection.recorded"] = "登记药械化监督检查",
        ["drugs.inspection.rechecked"] = "登记限期整改复查",
        ["drugs.inspection.overdue"] = "限期整改逾期未复查，移送案件线索",
        ["drugs.risk.recomputed"] = "重新计算风险等级",
        ["drugs.vaccine.checked"] = "登记疫苗储存和冷链检查",
        ["drugs.vaccine.rechecked"] = "登记疫苗储存整改复查",
    };

    public static readonly IReadOnlyDictionary<string, string> RecordTypes = new Dictionary<string, string>
    {
        [SupervisionBook.GridRecord] = "药械化监管网格",
        [SupervisionBook.InspectionRecord] = "药械化监督检查",
        ["DrugRiskGrade"] = "药械化风险分级",
        [SupervisionBook.VaccineRecord] = "疫苗储存和冷链检查",
    };
}
