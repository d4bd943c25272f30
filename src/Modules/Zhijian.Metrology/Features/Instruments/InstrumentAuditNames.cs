namespace Zhijian.Metrology.Features.Instruments;

/// <summary>The 审计记录 page's words for 强检器具.</summary>
internal static class InstrumentAuditNames
{
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["metro.instrument.registered"] = "登记强检计量器具",
        ["metro.instrument.status"] = "变更强检计量器具状态",
        ["metro.instrument.clue"] = "强检器具移送案件线索",
        ["metro.instrument.imported"] = "批量导入强检计量器具",
        ["metro.verification.posted"] = "报送检定结果",
        ["metro.body.created"] = "登记检定机构",
        ["metro.body.client"] = "创建检定机构客户端",
    };

    public static readonly IReadOnlyDictionary<string, string> RecordTypes = new Dictionary<string, string>
    {
        ["MetroInstrument"] = "强检计量器具",
        ["MetroImport"] = "强检器具导入",
        ["MetroBody"] = "检定机构",
    };
}
