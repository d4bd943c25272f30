namespace Zhijian.Drugs.Features.Licences;

/// <summary>Chinese names of the licence area's audit actions and record types.</summary>
internal static class LicenceAuditNames
{
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["drugs.business.registered"] = "登记药品医疗器械化妆品经营企业",
        ["drugs.licence.created"] = "登记药品、医疗器械经营许可证或备案",
        ["drugs.licence.renewal-applied"] = "登记许可证延续申请",
        ["drugs.licence.scope-changed"] = "登记经营范围变更",
        ["drugs.licence.status"] = "变更经营许可证状态",
        ["drugs.pharmacist.registered"] = "登记执业药师",
        ["drugs.pharmacist.checked"] = "登记执业药师在岗检查",
        ["drugs.self-report.submitted"] = "提交医疗器械经营年度自查报告",
    };

    public static readonly IReadOnlyDictionary<string, string> RecordTypes = new Dictionary<string, string>
    {
        ["DrugBusiness"] = "药品医疗器械化妆品经营企业",
        ["DrugLicence"] = "药品、医疗器械经营许可证",
        ["Pharmacist"] = "执业药师",
    };
}
