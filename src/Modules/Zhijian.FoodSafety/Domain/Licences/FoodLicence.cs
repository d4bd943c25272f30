using Zhijian.Platform.Storage;

namespace Zhijian.FoodSafety.Domain.Licences;

/// <summary>许可状态. 已过期 is also shown for a 有效 licence past its validity (no job flips it).</summary>
internal enum FoodLicenceStatus
{
    /// <summary>有效</summary>
    Valid = 1,

    /// <summary>已注销</summary>
    Cancelled = 2,

    /// <summary>已过期</summary>
    Expired = 3,

    /// <summary>已吊销</summary>
    Revoked = 4,
}

/// <summary>What a version row of a licence records.</summary>
internal enum FoodLicenceChange
{
    /// <summary>登记（首次录入）</summary>
    Registered = 1,

    /// <summary>变更</summary>
    Changed = 2,

    /// <summary>延续</summary>
    Renewed = 3,

    /// <summary>注销</summary>
    Cancelled = 4,

    /// <summary>吊销</summary>
    Revoked = 5,

    /// <summary>导入</summary>
    Imported = 6,
}

/// <summary>
/// 食品生产许可证、食品经营许可证、仅销售预包装食品备案、小作坊/摊贩登记: one row per number, its current content; every
/// registration, change, renewal and cancellation adds a <see cref="FoodLicenceVersion"/> with the content before and after.
/// </summary>
internal sealed class FoodLicence : IDivisionScoped
{
    public long Id { get; set; }

    public long BusinessId { get; set; }

    public FoodBusiness? Business { get; set; }

    public FoodLicenceKind Kind { get; set; }

    /// <summary>许可证编号 / 备案编号 / 登记编号 (unchanged on renewal).</summary>
    public string Number { get; set; } = "";

    public string Uscc { get; set; } = "";

    /// <summary>主体业态.</summary>
    public FoodBusinessType BusinessType { get; set; }

    /// <summary>经营项目 / 生产类别.</summary>
    public List<string> Items { get; set; } = [];

    public string Premises { get; set; } = "";

    /// <summary>发证机关.</summary>
    public string Authority { get; set; } = "";

    public DateOnly IssuedOn { get; set; }

    /// <summary>有效期至 (备案: none).</summary>
    public DateOnly? ValidUntil { get; set; }

    public FoodLicenceStatus Status { get; set; } = FoodLicenceStatus.Valid;

    public DateOnly? EndedOn { get; set; }

    public string? EndReason { get; set; }

    /// <summary>Version number, 1 on registration, +1 on every change, renewal or cancellation.</summary>
    public int Version { get; set; } = 1;

    public string DivisionCode { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The status as a clerk sees it on <paramref name="today"/>.</summary>
    public FoodLicenceStatus StatusOn(DateOnly today) => Status == FoodLicenceStatus.Valid && ValidUntil < today ? FoodLicenceStatus.Expired : Status;

    public static string StatusName(FoodLicenceStatus s) => s switch
    {
        FoodLicenceStatus.Valid => "有效",
        FoodLicenceStatus.Cancelled => "已注销",
        FoodLicenceStatus.Expired => "已过期",
        FoodLicenceStatus.Revoked => "已吊销",
        _ => s.ToString(),
    };

    public static string ChangeName(FoodLicenceChange c) => c switch
    {
        FoodLicenceChange.Registered => "登记",
        FoodLicenceChange.Changed => "变更",
        FoodLicenceChange.Renewed => "延续",
        FoodLicenceChange.Cancelled => "注销",
        FoodLicenceChange.Revoked => "吊销",
        FoodLicenceChange.Imported => "导入",
        _ => c.ToString(),
    };

    /// <summary>The content a version row keeps (before / after).</summary>
    public FoodLicenceContent Content() => new(Number, BusinessType, [.. Items], Premises, Authority, IssuedOn, ValidUntil, Status);
}

/// <summary>A licence's content at one version.</summary>
internal sealed record FoodLicenceContent(string Number, FoodBusinessType BusinessType, List<string> Items, string Premises, string Authority,
    DateOnly IssuedOn, DateOnly? ValidUntil, FoodLicenceStatus Status)
{
    /// <summary>For the JSON column.</summary>
    public FoodLicenceContent()
        : this("", default, [], "", "", default, null, default)
    {
    }
}

/// <summary>许可历史: one row per version.</summary>
internal sealed class FoodLicenceVersion
{
    public long Id { get; set; }

    public long LicenceId { get; set; }

    public FoodLicence? Licence { get; set; }

    public int Version { get; set; }

    public FoodLicenceChange Change { get; set; }

    public DateOnly On { get; set; }

    public DateTimeOffset At { get; set; }

    public string Actor { get; set; } = "";

    public string? Reason { get; set; }

    public FoodLicenceContent? Before { get; set; }

    public FoodLicenceContent After { get; set; } = null!;
}
