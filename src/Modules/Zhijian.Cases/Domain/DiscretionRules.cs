using System.Globalization;
using Zhijian.Cases.Contracts;

namespace Zhijian.Cases.Domain;

/// <summary>A fine range in yuan and how it was derived (shown to the handler next to the amount).</summary>
internal sealed record FineRange(decimal Min, decimal Max, string Text)
{
    public bool Contains(decimal amount) => amount >= Min && amount <= Max;
}

/// <summary>The outcome of checking proposed penalties against the catalogue: an error (refused), or whether the fine leaves the band.</summary>
internal sealed record DiscretionCheck(string? Field, string? Error, bool OutsideBand, FineRange? Legal, FineRange? Band);

/// <summary>
/// 裁量基准 without I/O: the statutory fine range of a violation for this case (yuan, or multiples of 货值金额/违法所得/广告费用
/// with the yuan floor the law sets when that base is small), the range of the chosen discretion level, and the check of a
/// proposed penalty. Outside the statutory range is refused (below it only as 减轻处罚); outside the level's band is allowed
/// only with a recorded reason.
/// </summary>
internal static class DiscretionRules
{
    public static string LevelName(DiscretionLevel level) => level switch
    {
        DiscretionLevel.None => "不予处罚",
        DiscretionLevel.Mitigated => "减轻处罚",
        DiscretionLevel.Lighter => "从轻处罚",
        DiscretionLevel.Normal => "一般处罚",
        DiscretionLevel.Heavier => "从重处罚",
        _ => level.ToString(),
    };

    /// <summary>The statutory fine range in yuan, or null when the provision has no fine or the base amount is missing.</summary>
    public static FineRange? LegalRange(Violation v, decimal? baseAmount)
    {
        if (v.FineMax is not { } max || max <= 0) return null;
        var min = v.FineMin ?? 0;
        if (v.BaseName is null) return new FineRange(min, max, $"法定幅度 {Yuan(min)}～{Yuan(max)} 元");
        if (baseAmount is not { } b || b < 0) return null;
        if (v.FloorBelowBase is { } below && b < below && v.FloorFineMin is { } fMin && v.FloorFineMax is { } fMax)
            return new FineRange(fMin, fMax, $"{v.BaseName}{Yuan(b)} 元（不足 {Yuan(below)} 元），法定幅度 {Yuan(fMin)}～{Yuan(fMax)} 元");
        return new FineRange(Math.Round(b * min, 2), Math.Round(b * max, 2),
            $"{v.BaseName}{Yuan(b)} 元的 {Times(min)}～{Times(max)} 倍，即 {Yuan(b * min)}～{Yuan(b * max)} 元");
    }

    /// <summary>The band of one level mapped onto this case's statutory range (same fractions of the range as the band of the provision).</summary>
    public static FineRange? BandRange(Violation v, DiscretionBand band, decimal? baseAmount)
    {
        var legal = LegalRange(v, baseAmount);
        if (legal is null) return null;
        var name = LevelName(band.Level);
        switch (band.Level)
        {
            case DiscretionLevel.None:
                return new FineRange(0, 0, $"{name}：不处罚款");
            case DiscretionLevel.Mitigated:
                return new FineRange(0, legal.Min, $"{name}：低于法定最低限 {Yuan(legal.Min)} 元");
        }

        decimal vMin = v.FineMin ?? 0, vMax = v.FineMax ?? 0, span = vMax - vMin;
        decimal F(decimal? x) => span <= 0 ? 0 : ((x ?? vMin) - vMin) / span;
        var lo = Math.Round(legal.Min + ((legal.Max - legal.Min) * F(band.FineMin)), 2);
        var hi = Math.Round(legal.Min + ((legal.Max - legal.Min) * F(band.FineMax)), 2);
        return new FineRange(lo, hi, $"{name}：{Yuan(lo)}～{Yuan(hi)} 元");
    }

    /// <summary>Checks the proposed penalties of a case against the violation's provision and the band of the chosen level.</summary>
    public static DiscretionCheck Check(Violation v, DiscretionBand? band, DiscretionLevel level, IReadOnlyList<PenaltyItem> penalties, decimal? baseAmount)
    {
        DiscretionCheck Fail(string field, string error) => new(field, error, false, null, null);
        if (level == DiscretionLevel.None)
            return penalties.Count == 0 ? new DiscretionCheck(null, null, false, null, null) : Fail("penalties", "裁量阶次为“不予处罚”时不能填写处罚内容");
        if (penalties.Count == 0) return Fail("penalties", "请填写处罚内容（处罚种类及金额）");
        foreach (var p in penalties)
        {
            if (!Enum.IsDefined(p.Kind)) return Fail("penalties", "处罚种类无效");
            var amounted = p.Kind is PenaltyKind.Fine or PenaltyKind.ConfiscateIllegalGains or PenaltyKind.ConfiscateProperty;
            if (amounted && p.Kind != PenaltyKind.ConfiscateProperty && (p.Amount is not { } a || a <= 0))
                return Fail("penalties", $"{CaseNames.Of(p.Kind)}须填写大于 0 的金额");
            if (!amounted && p.Amount is not null) return Fail("penalties", $"{CaseNames.Of(p.Kind)}不填写金额");
            if (p.Kind != PenaltyKind.Fine && !v.Kinds.Contains(p.Kind))
                return Fail("penalties", $"“{v.Name}”的处罚依据（{v.PenaltyBasis.Split('：')[0]}）没有规定{CaseNames.Of(p.Kind)}");
        }

        if (penalties.GroupBy(p => p.Kind).Any(g => g.Count() > 1)) return Fail("penalties", "同一处罚种类只能填写一次");
        var fine = penalties.FirstOrDefault(p => p.Kind == PenaltyKind.Fine)?.Amount;
        if (fine is not null && (v.FineMax ?? 0) <= 0) return Fail("penalties", $"“{v.Name}”的处罚依据没有规定罚款");
        if ((v.FineMax ?? 0) <= 0) return new DiscretionCheck(null, null, false, null, null);
        if (v.BaseName is not null && baseAmount is null) return Fail("baseAmount", $"请填写{v.BaseName}（罚款按其倍数计算）");
        if (baseAmount is < 0) return Fail("baseAmount", $"{v.BaseName}不能为负数");
        var legal = LegalRange(v, baseAmount)!;
        if (fine is not { } f)
        {
            // "并处" provisions require the fine at every level but 减轻 (which may drop it) — a "可以并处" (min 0) does not.
            return legal.Min > 0 && level is not DiscretionLevel.Mitigated && !v.Kinds.Contains(PenaltyKind.Warning)
                ? Fail("penalties", $"“{v.Name}”依法应当并处罚款（{legal.Text}）")
                : new DiscretionCheck(null, null, false, legal, null);
        }

        if (f > legal.Max) return Fail("penalties", $"罚款 {Yuan(f)} 元超过法定上限：{legal.Text}");
        if (f < legal.Min && level != DiscretionLevel.Mitigated)
            return Fail("penalties", $"罚款 {Yuan(f)} 元低于法定最低限（{legal.Text}）；只有减轻处罚可以低于法定最低限");
        if (level == DiscretionLevel.Mitigated && f >= legal.Min && legal.Min > 0)
            return Fail("discretion", $"减轻处罚应当低于法定最低限 {Yuan(legal.Min)} 元；在法定幅度内请选择从轻、一般或从重");
        var range = band is null ? null : BandRange(v, band, baseAmount);
        return new DiscretionCheck(null, null, range is not null && !range.Contains(f), legal, range);
    }

    public static string Yuan(decimal amount) => amount.ToString(amount == Math.Floor(amount) ? "#,0" : "#,0.00", CultureInfo.InvariantCulture);

    private static string Times(decimal x) => x.ToString("0.##", CultureInfo.InvariantCulture);
}
