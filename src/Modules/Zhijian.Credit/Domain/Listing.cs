using Zhijian.Credit.Contracts;
using Zhijian.Platform.Storage;

namespace Zhijian.Credit.Domain;

/// <summary>
/// 列入经营异常名录 / 标记经营异常状态 / 列入严重违法失信名单: one listing of one entity on one ground.
/// <see cref="Key"/> makes automatic listings idempotent: one listing per entity, list, ground and report year.
/// </summary>
internal sealed class Listing : IDivisionScoped
{
    public long Id { get; set; }

    /// <summary>"{list}:{ground}:{year, decision date or proposing source}:{uscc}", unique.</summary>
    public string Key { get; set; } = "";

    public string Uscc { get; set; } = "";

    public string EntityName { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public CreditList List { get; set; }

    public ListingGround Ground { get; set; }

    /// <summary>The annual-report year not filed (ground 1).</summary>
    public int? ReportYear { get; set; }

    public ListingStatus Status { get; set; }

    /// <summary>列入决定书文号.</summary>
    public string? DecisionNo { get; set; }

    /// <summary>列入日期 (decision date).</summary>
    public DateOnly? ListedOn { get; set; }

    /// <summary>Facts and reasons in the clerk's words.</summary>
    public string Facts { get; set; } = "";

    /// <summary>作出决定机关.</summary>
    public string Authority { get; set; } = "";

    /// <summary>For a proposal: when it was proposed and by whom.</summary>
    public DateOnly ProposedOn { get; set; }

    public string ProposedBy { get; set; } = "";

    public string? ConfirmedBy { get; set; }

    /// <summary>严重违法失信名单: 期满移出日 (listed + 3 years).</summary>
    public DateOnly? ExpiresOn { get; set; }

    /// <summary>严重违法失信名单: earliest date for an early-removal application (listed + 1 year).</summary>
    public DateOnly? EarlyRemovalFrom { get; set; }

    /// <summary>严重违法失信名单: the legal representative barred from serving elsewhere until this date.</summary>
    public DateOnly? LegalRepBanUntil { get; set; }

    /// <summary>Name of the barred legal representative (a public fact of the register, not an ID number).</summary>
    public string? LegalRepName { get; set; }

    /// <summary>The cause was cured (e.g. the report filed) on this date; the removal decision is due by <see cref="RemovalDue"/>.</summary>
    public DateOnly? CuredOn { get; set; }

    public DateOnly? RemovalDue { get; set; }

    public DateOnly? RemovedOn { get; set; }

    public string? RemovalDecisionNo { get; set; }

    public string? RemovalReason { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsActive => Status == ListingStatus.Listed;
}
