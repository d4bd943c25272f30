using Zhijian.Platform.Storage;

namespace Zhijian.Metrology.Domain.Checks;

/// <summary>民生计量检查的场所.</summary>
internal enum CheckPlace
{
    /// <summary>集贸市场（公平秤、计价秤）</summary>
    Market = 1,

    /// <summary>加油站（加油机）</summary>
    FuelStation = 2,

    /// <summary>医疗机构（血压计、心电图仪等）</summary>
    Hospital = 3,
}

/// <summary>
/// 民生计量检查: one visit to a market, fuel station or hospital with its items. Failed → 整改 with a deadline
/// (<see cref="RectifyBy"/>, working days from the check) and a re-check; a re-check that fails again goes to cases as a clue.
/// </summary>
internal sealed class LivelihoodCheck : IDivisionScoped
{
    public long Id { get; set; }

    public CheckPlace Place { get; set; }

    public required string TargetUscc { get; set; }

    public required string TargetName { get; set; }

    public required string DivisionCode { get; set; }

    public required string County { get; set; }

    public required string Address { get; set; }

    public DateOnly CheckedOn { get; set; }

    public required string Inspectors { get; set; }

    /// <summary>集贸市场: 公平秤 set up (null for other places).</summary>
    public bool? FairScalePresent { get; set; }

    public int Items { get; set; }

    public int ItemsPassed { get; set; }

    public bool Passed { get; set; }

    public DateOnly? RectifyBy { get; set; }

    public DateOnly? RecheckedOn { get; set; }

    public bool? RecheckPassed { get; set; }

    public string? RecheckNote { get; set; }

    public bool ClueSent { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}

/// <summary>One checked instrument or point of a <see cref="LivelihoodCheck"/>.</summary>
internal sealed class CheckItem : IDivisionScoped
{
    public long Id { get; set; }

    public long CheckId { get; set; }

    public required string DivisionCode { get; set; }

    /// <summary>器具 (e.g. “公平秤”, “1号加油机 2号枪”, “血压计”).</summary>
    public required string Name { get; set; }

    public string? SerialNo { get; set; }

    /// <summary>检定合格且在有效期内.</summary>
    public bool Verified { get; set; }

    /// <summary>示值误差（%）, measured on site (fuel dispensers).</summary>
    public decimal? ErrorPercent { get; set; }

    /// <summary>称量准确 (scales), when checked.</summary>
    public bool? Accurate { get; set; }

    public bool Passed { get; set; }

    public string? Note { get; set; }
}

/// <summary>定量包装商品净含量检验: one batch with its samples and the judgement's figures.</summary>
internal sealed class PackageCheck : IDivisionScoped
{
    public long Id { get; set; }

    public required string TargetUscc { get; set; }

    public required string TargetName { get; set; }

    public required string DivisionCode { get; set; }

    public required string County { get; set; }

    public required string ProductName { get; set; }

    /// <summary>标注净含量 in g or mL.</summary>
    public decimal Nominal { get; set; }

    /// <summary>"g" or "mL".</summary>
    public required string Unit { get; set; }

    public int BatchSize { get; set; }

    /// <summary>The samples' actual contents, comma-separated (invariant culture).</summary>
    public required string Samples { get; set; }

    public decimal T { get; set; }

    public decimal Mean { get; set; }

    public decimal StdDev { get; set; }

    public int OverT { get; set; }

    public int Over2T { get; set; }

    public bool Passed { get; set; }

    public string? Reasons { get; set; }

    public DateOnly CheckedOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}
