namespace Zhijian.SpecialEquipment.Features.Maintenance;

/// <summary>The 审计记录 page's words for 维护保养 and 96333.</summary>
internal static class MaintenanceAuditNames
{
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["sequip.maintainer.created"] = "登记维保单位",
        ["sequip.maintainer.updated"] = "修改维保单位",
        ["sequip.maintainer.deleted"] = "删除维保单位",
        ["sequip.contract.created"] = "登记维保合同",
        ["sequip.contract.changed"] = "变更维保单位（终止原合同、登记新合同）",
        ["sequip.on-demand.enabled"] = "设置按需维保试点",
        ["sequip.on-demand.disabled"] = "取消按需维保试点",
        ["sequip.maintenance.recorded"] = "报送电梯维保记录",
        ["sequip.maintenance.batch"] = "批量报送电梯维保记录",
        ["sequip.self-check.recorded"] = "报送使用单位自行检查",
        ["sequip.rescue.received"] = "96333 接警",
        ["sequip.rescue.dispatched"] = "96333 派单",
        ["sequip.rescue.arrived"] = "96333 维保人员到场",
        ["sequip.rescue.released"] = "96333 解困",
        ["sequip.rescue.closed"] = "96333 工单关闭",
        ["sequip.rescue.zone"] = "设置 96333 到场时限分区",
    };

    public static readonly IReadOnlyDictionary<string, string> RecordTypes = new Dictionary<string, string>
    {
        ["SequipMaintainer"] = "维保单位",
        ["SequipMaintenanceBatch"] = "批量维保记录",
        ["SequipRescueCall"] = "96333 工单",
        ["SequipRescueZone"] = "96333 到场时限分区",
    };
}
