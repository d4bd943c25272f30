namespace Zhijian.ProductQuality.Features.Licences;

/// <summary>Chinese names of the licence area's audit actions and record types.</summary>
internal static class LicenceAuditNames
{
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["pq.licence.created"] = "登记生产许可证",
        ["pq.licence.updated"] = "更新生产许可证",
        ["pq.licence.status"] = "变更生产许可证状态",
        ["pq.licence-application.received"] = "登记生产许可申请",
        ["pq.licence-application.on-site"] = "登记生产许可实地核查",
        ["pq.licence-application.samples"] = "登记生产许可封样送检",
        ["pq.licence-application.decided"] = "登记生产许可决定",
        ["pq.licence-check.recorded"] = "登记证后监督检查",
        ["pq.licence-check.unlicensed"] = "登记无证生产",
        ["pq.ccc.created"] = "登记 CCC 证书",
        ["pq.ccc.updated"] = "更新 CCC 证书",
        ["pq.ccc-check.recorded"] = "登记市场 CCC 标志检查",
    };

    public static readonly IReadOnlyDictionary<string, string> RecordTypes = new Dictionary<string, string>
    {
        ["PqLicence"] = "生产许可证",
        ["PqLicenceApplication"] = "生产许可申请",
        ["PqLicenceCheck"] = "证后监督检查",
        ["PqCccCertificate"] = "CCC 证书",
        ["PqCccCheck"] = "CCC 标志检查",
    };
}
