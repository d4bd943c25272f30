namespace Zhijian.SpecialEquipment.Domain.Registry;

/// <summary>变更记录: one entry of an equipment's history (登记, 变更, 停用, 重新启用, 报废, 注销, 导入) — who, when, what.</summary>
internal sealed class EquipmentChange
{
    public long Id { get; set; }

    public long EquipmentId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>created, registered, changed, stopped, restarted, scrapped, cancelled, imported.</summary>
    public required string Kind { get; set; }

    public required string Actor { get; set; }

    /// <summary>What changed, in Chinese ("使用单位：A → B；使用地点：…").</summary>
    public required string Text { get; set; }
}
