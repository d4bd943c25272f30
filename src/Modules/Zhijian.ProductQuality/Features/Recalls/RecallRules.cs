using Zhijian.Platform.Web;
using Zhijian.ProductQuality.Domain.Recalls;

namespace Zhijian.ProductQuality.Features.Recalls;

/// <summary>The pure checks of recall inputs (field → Chinese message).</summary>
internal static class RecallRules
{
    /// <summary>Upper bound of a unit count (a trillion): keeps sums and ratios far inside long and decimal.</summary>
    public const long MaxUnits = 1_000_000_000_000L;

    /// <summary>涉及数量 and other unit counts: required where asked, &gt; 0 where asked, never above <see cref="MaxUnits"/>.</summary>
    public static FieldErrors Units(this FieldErrors errors, string field, long? value, string label, bool required = true, bool positive = false)
    {
        if (value is null)
        {
            if (required) errors.Add(field, positive ? $"{label}不能为空，且应大于 0" : $"{label}不能为空");
        }
        else if (value < 0 || (positive && value == 0)) errors.Add(field, positive ? $"{label}应大于 0" : $"{label}不能为负数");
        else if (value > MaxUnits) errors.Add(field, $"{label}超出范围（不超过 1 万亿）");
        return errors;
    }

    /// <summary>产品类别: required, and inside the consumer-product / car regimes.</summary>
    public static FieldErrors Category(this FieldErrors errors, ProductKind kind, string? category)
    {
        errors.Require("category", category, "产品类别", 60);
        if (ProductScope.Refusal(kind, category) is { } why) errors.Add("category", why);
        return errors;
    }

    public static FieldErrors Production(this FieldErrors errors, DateOnly? from, DateOnly? to, DateOnly today)
    {
        if (from is { } f && to is { } t && f > t) errors.Add("producedTo", "生产日期止应不早于生产日期起");
        if (from > today) errors.Add("producedFrom", "生产日期起晚于今天");
        return errors;
    }

    public static FieldErrors Validate(CreateDefectReport cmd, DateTimeOffset now, DateOnly today)
    {
        var errors = new FieldErrors();
        if (!Enum.IsDefined(cmd.Kind)) errors.Add("kind", "产品类型应为消费品（Consumer）或汽车（Car）");
        else errors.Category(cmd.Kind, cmd.Category);
        errors.Require("product", cmd.Product, "产品名称", 200);
        if (cmd.Models?.Trim().Length > 500) errors.Add("models", "型号、批次不能超过 500 个字符");
        errors.Units("affectedUnits", cmd.AffectedUnits, "涉及数量", positive: true);
        if (!Enum.IsDefined(cmd.Incident)) errors.Add("incident", "报告事由应为死亡、严重人身伤害、重大财产损失、境外召回或其他缺陷信息");
        errors.Require("description", cmd.Description, "缺陷或事故情况", 2000);
        if (cmd.KnownAt is null) errors.Add("knownAt", "知悉时间不能为空");
        else if (cmd.KnownAt > now) errors.Add("knownAt", "知悉时间晚于当前时间");
        else if (cmd.KnownAt < now.AddYears(-5)) errors.Add("knownAt", "知悉时间早于 5 年前，请核实");
        if (cmd.ReportedAt is { } r && (r > now || (cmd.KnownAt is { } k && r < k))) errors.Add("reportedAt", "报告时间应在知悉时间之后、当前时间之前");
        errors.Production(cmd.ProducedFrom, cmd.ProducedTo, today);
        return errors;
    }
}
