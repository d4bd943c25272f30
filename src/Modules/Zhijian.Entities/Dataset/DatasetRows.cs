using Zhijian.Entities.Contracts;

namespace Zhijian.Entities.Dataset;

/// <summary>
/// One market entity as the registration system exports it — the row of the import file and of the dataset
/// generator. Column order and Chinese headers: <see cref="EntityRow.Columns"/>.
/// </summary>
internal sealed record EntityRow(
    string Uscc,
    string? RegNo,
    string Name,
    EntityType Type,
    string LegalRep,
    string? LegalRepId,
    decimal? RegisteredCapital,
    DateOnly EstablishedOn,
    DateOnly? TermFrom,
    DateOnly? TermTo,
    string RegisteredAddress,
    string? BusinessAddress,
    string DivisionCode,
    string IndustryCode,
    string? BusinessScope,
    string RegistrationAuthority,
    string? Phone,
    EntityStatus Status,
    DateOnly? StatusDate,
    IReadOnlyList<string> Tags,
    DateTimeOffset? ApplicationReceivedAt = null,
    DateTimeOffset? LicenceIssuedAt = null,
    RegistrationChannel? ApplicationChannel = null,
    bool? NameSelfDeclared = null)
{
    /// <summary>The columns from this index on (登记时间、渠道、名称自主申报) may be left out of a file's header: files
    /// written before they were added still import.</summary>
    public const int FirstOptionalColumn = 20;

    /// <summary>Import/export columns in order: (header, meaning) — the template documents each in Chinese.</summary>
    public static readonly IReadOnlyList<(string Header, string Help)> Columns =
    [
        ("统一社会信用代码", "18位，按 GB 32100 校验"),
        ("注册号", "原15位工商注册号，可空"),
        ("名称", "市场主体名称"),
        ("主体类型", "有限责任公司/股份有限公司/个人独资企业/合伙企业/外商投资企业/分公司/个体工商户/农民专业合作社"),
        ("法定代表人", "法定代表人、负责人或经营者姓名"),
        ("法定代表人证件号码", "居民身份证号，加密存储、脱敏显示，可空"),
        ("注册资本（万元）", "数字，个体工商户可空"),
        ("成立日期", "yyyy-MM-dd，不晚于今天"),
        ("营业期限自", "yyyy-MM-dd，可空"),
        ("营业期限至", "yyyy-MM-dd，空表示长期"),
        ("住所", "登记住所"),
        ("经营场所", "实际经营地址，可空"),
        ("行政区划代码", "GB/T 2260 县级6位或乡级9位，属地"),
        ("行业代码", "GB/T 4754-2017 门类、大类、中类或小类代码"),
        ("经营范围", "可空"),
        ("登记机关", "登记机关名称"),
        ("联系电话", "加密存储、脱敏显示，可空"),
        ("登记状态", "存续/在营/开业/迁出/吊销/注销"),
        ("状态日期", "迁出、吊销、注销的日期，yyyy-MM-dd，可空"),
        ("标签", "多个以分号分隔，可空"),
        ("申请受理时间", "yyyy-MM-dd HH:mm（北京时间）或 yyyy-MM-dd，不晚于成立日期，可空"),
        ("营业执照发放时间", "yyyy-MM-dd HH:mm（北京时间）或 yyyy-MM-dd，不早于申请受理时间，可空"),
        ("登记渠道", "网上（全程电子化）或 窗口，可空"),
        ("名称自主申报", "企业名称网上自主申报：是 或 否，可空"),
    ];
}

/// <summary>One annual report (年报) of an entity for a year.</summary>
internal sealed record AnnualReportRow(string Uscc, int Year, DateOnly FiledOn, int Employees, string? Phone,
    IReadOnlyList<string> Websites, decimal? PaidInCapital);

/// <summary>One licence (涉企许可) held by an entity; TypeCode from the licence-type catalogue.</summary>
internal sealed record LicenceRow(string Uscc, string TypeCode, string Number, string Issuer, DateOnly ValidFrom,
    DateOnly? ValidTo, bool Commitment);
