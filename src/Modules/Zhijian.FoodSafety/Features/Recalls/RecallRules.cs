using Zhijian.FoodSafety.Domain.Recalls;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Recalls;

/// <summary>The pure checks of a new recall (field → Chinese message) and the GS1 check digit of a GTIN.</summary>
internal static class RecallRules
{
    public const int MaxProducts = 50;
    public const int MaxBatches = 200;

    /// <summary>A recall is registered when the risk becomes known: a 知悉时间 older than this is a typing error.</summary>
    public const int MaxAgeYears = 2;

    /// <summary>Upper bound of any quantity (a trillion units): keeps sums and ratios inside decimal and the numeric(18,3) columns.</summary>
    public const decimal MaxQuantity = 1_000_000_000_000m;

    /// <summary>A quantity out of range (negative, or above <see cref="MaxQuantity"/>) as a field error.</summary>
    public static FieldErrors Quantity(this FieldErrors errors, string field, decimal? value, string label, bool required = true, bool positive = false)
    {
        if (value is null)
        {
            if (required) errors.Add(field, $"{label}不能为空");
        }
        else if (value < 0 || (positive && value == 0)) errors.Add(field, positive ? $"{label}应大于 0" : $"{label}不能为负数");
        else if (value > MaxQuantity) errors.Add(field, $"{label}超出范围（不超过 1 万亿）");
        return errors;
    }

    public static FieldErrors Validate(CreateRecall cmd, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        if (cmd.Level is < 1 or > 3) errors.Add("level", $"召回级别应为 1（一级）、2（二级）或 3（三级），不能为 {cmd.Level}");
        if (!Enum.IsDefined(cmd.Kind)) errors.Add("kind", "召回方式应为主动召回（Voluntary）或责令召回（Ordered）");
        errors.Require("reason", cmd.Reason, "召回原因", 1000).Require("unit", cmd.Unit, "计量单位", 10);
        if (cmd.LearnedAt is null) errors.Add("learnedAt", "知悉食品安全风险的时间不能为空");
        else if (cmd.LearnedAt > now) errors.Add("learnedAt", "知悉食品安全风险的时间晚于当前时间");
        else if (cmd.LearnedAt < now.AddYears(-MaxAgeYears)) errors.Add("learnedAt", $"知悉食品安全风险的时间早于 {MaxAgeYears} 年前，请核实");
        if (cmd.StartedAt is { } started && (started > now || (cmd.LearnedAt is { } l && started < l)))
            errors.Add("startedAt", "召回开始时间应在知悉风险之后、当前时间之前");
        if (cmd.Kind == RecallKind.Ordered && string.IsNullOrWhiteSpace(cmd.OrderNo)) errors.Add("orderNo", "责令召回须填写责令召回通知书文号");
        if (cmd.OrderNo?.Trim().Length > 60) errors.Add("orderNo", "通知书文号不能超过 60 个字符");
        var products = cmd.Products ?? [];
        if (products.Count == 0) errors.Add("products", "至少填写一种召回产品");
        if (products.Count > MaxProducts) errors.Add("products", $"召回产品不能超过 {MaxProducts} 种");
        if (products.Sum(p => p?.Batches?.Count ?? 0) > MaxBatches) errors.Add("products", $"召回批次合计不能超过 {MaxBatches} 个");
        for (var i = 0; i < products.Count; i++)
        {
            var p = products[i];
            var at = $"products[{i}]";
            if (p is null) { errors.Add(at, $"第 {i + 1} 种产品为空"); continue; }
            errors.Require($"{at}.name", p.Name, $"第 {i + 1} 种产品的名称", 100);
            if (p.Specification?.Trim().Length > 100) errors.Add($"{at}.specification", $"第 {i + 1} 种产品的规格不能超过 100 个字符");
            if (!string.IsNullOrWhiteSpace(p.Gtin) && !GtinValid(p.Gtin.Trim()))
                errors.Add($"{at}.gtin", $"第 {i + 1} 种产品的商品条码（GTIN）“{p.Gtin.Trim()}”无效：应为 8、12、13 或 14 位数字且校验位正确");
            var batches = p.Batches ?? [];
            if (batches.Count == 0) errors.Add($"{at}.batches", $"第 {i + 1} 种产品至少填写一个批次");
            for (var j = 0; j < batches.Count; j++)
            {
                var b = batches[j];
                var bat = $"{at}.batches[{j}]";
                if (b is null) { errors.Add(bat, "批次为空"); continue; }
                errors.Require($"{bat}.lot", b.Lot, $"第 {i + 1} 种产品第 {j + 1} 个批次的批号", 60);
                errors.Quantity($"{bat}.produced", b.Produced, "生产数量").Quantity($"{bat}.sold", b.Sold, "销售数量");
                if (b.Sold > b.Produced) errors.Add($"{bat}.sold", $"批次“{b.Lot}”的销售数量 {b.Sold} 大于生产数量 {b.Produced}");
                if (b.ProductionDate is { } pd && cmd.LearnedAt is { } learned && pd > DateOnly.FromDateTime(learned.UtcDateTime.AddHours(8)))
                    errors.Add($"{bat}.productionDate", $"批次“{b.Lot}”的生产日期晚于知悉风险的日期");
            }
        }

        return errors;
    }

    /// <summary>GS1 GTIN-8/12/13/14: digits only, mod-10 check digit (weights 3 and 1 from the right, the check digit excluded).</summary>
    public static bool GtinValid(string gtin)
    {
        if (gtin.Length is not (8 or 12 or 13 or 14) || !gtin.All(char.IsAsciiDigit)) return false;
        var sum = 0;
        var weight = 3;
        for (var i = gtin.Length - 2; i >= 0; i--)
        {
            sum += (gtin[i] - '0') * weight;
            weight = 4 - weight;
        }

        return (10 - (sum % 10)) % 10 == gtin[^1] - '0';
    }
}
