using Zhijian.Entities.Contracts;
using Zhijian.Entities.Domain;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Web;

namespace Zhijian.Entities.Features.Register;

/// <summary>The field checks of 注销, 吊销 and 迁出: pure (the entity's state, the date and the caller's area come in), a Chinese message per field.</summary>
internal static class ChangeStatusRules
{
    /// <summary>
    /// An active entity may take any kind; a revoked one may still be deregistered. The date lies between the establishment date and
    /// today; a revocation names its decision; a move-out names a known division outside the caller's jurisdiction.
    /// </summary>
    public static FieldErrors Validate(ChangeStatus cmd, (EntityStatus Status, string Name) kind, EntityStatus current, DateOnly establishedOn,
        DateOnly today, DivisionTable divisions, Jurisdiction jurisdiction)
    {
        var errors = new FieldErrors();
        var allowed = current == EntityStatus.Active || (current == EntityStatus.Revoked && kind.Status == EntityStatus.Deregistered);
        if (!allowed) errors.Add("kind", $"主体当前为“{EntityNames.Of(current)}”，不能办理{kind.Name}");
        if (cmd.On is null) errors.Add("on", "日期不能为空");
        else if (cmd.On > today) errors.Add("on", $"日期 {cmd.On:yyyy-MM-dd} 晚于今天");
        else if (cmd.On < establishedOn) errors.Add("on", $"日期早于成立日期 {establishedOn:yyyy-MM-dd}");
        errors.Require("reason", cmd.Reason, "原因", 500);
        if (kind.Status == EntityStatus.Revoked) errors.Require("decisionNo", cmd.DecisionNo, "吊销决定书文号", 100);
        if (cmd.Kind == "move-out")
        {
            if (string.IsNullOrWhiteSpace(cmd.ToDivisionCode) || !divisions.IsKnown(cmd.ToDivisionCode.Trim()))
                errors.Add("toDivisionCode", "迁入地行政区划代码不能为空，且须在现行 GB/T 2260 代码表中");
            else if (jurisdiction.Covers(cmd.ToDivisionCode.Trim()))
                errors.Add("toDivisionCode", "迁入地在本辖区内，请办理住所变更登记而不是迁出");
        }

        return errors;
    }
}
