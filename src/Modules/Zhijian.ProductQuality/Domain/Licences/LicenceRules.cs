using System.Text.RegularExpressions;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Rules;

namespace Zhijian.ProductQuality.Domain.Licences;

/// <summary>
/// The licence rules of 《工业产品生产许可证管理条例》 (research §8 L15) from the rule book on the day in question: validity (5 years,
/// food-related products 3), the renewal window (apply 6 months before expiry), the application time limits (on-site check 30 days
/// after receipt, sealed samples to the lab 7 days after the check, decision 60 days after receipt — calendar days moved to the next
/// working day by the working calendar), and the shape of the licence number.
/// </summary>
internal sealed partial class LicenceRules(IRuleBook rules, IWorkingCalendar calendar)
{
    public const string ValidityKey = "pq.licence-validity-years";
    public const string ValidityFoodKey = "pq.licence-validity-food-years";
    public const string RenewalKey = "pq.licence-renewal-months";
    public const string OnSiteKey = "pq.licence-onsite-check";
    public const string SamplesKey = "pq.licence-samples";
    public const string DecisionKey = "pq.licence-decision";
    public const string SerialDigitsKey = "pq.licence-number-serial-digits";
    public const string DueSoonKey = "pq.licence-due-soon-days";
    public const string CccExpiringKey = "pq.ccc-expiring-days";

    public int ValidityYears(bool food, DateOnly issuedOn) => rules.GetInt(food ? ValidityFoodKey : ValidityKey, issuedOn);

    /// <summary>
    /// 有效期至: the day corresponding to the issue day N years later (民法典 第202条: the corresponding day is the last day; without one —
    /// 29 February — the month's last day): 2026-03-10 + 5 → 2031-03-10; 2028-02-29 + 5 → 2033-02-28.
    /// </summary>
    public DateOnly ValidTo(bool food, DateOnly issuedOn) => issuedOn.AddYears(ValidityYears(food, issuedOn));

    public int RenewalMonths(DateOnly on) => rules.GetInt(RenewalKey, on);

    /// <summary>The first day of the renewal window: valid-to minus pq.licence-renewal-months.</summary>
    public DateOnly RenewalFrom(DateOnly validTo) => validTo.AddMonths(-RenewalMonths(validTo));

    /// <summary>A valid licence is due for renewal from <see cref="RenewalFrom"/> up to its valid-to day.</summary>
    public bool InRenewalWindow(DateOnly validTo, DateOnly today) => today >= RenewalFrom(validTo) && today <= validTo;

    public DateOnly OnSiteDue(DateOnly receivedOn) => calendar.Deadline(receivedOn, rules.GetPeriod(OnSiteKey, receivedOn));

    public DateOnly SamplesDue(DateOnly onSiteOn) => calendar.Deadline(onSiteOn, rules.GetPeriod(SamplesKey, onSiteOn));

    public DateOnly DecisionDue(DateOnly receivedOn) => calendar.Deadline(receivedOn, rules.GetPeriod(DecisionKey, receivedOn));

    public string Text(string key, DateOnly on) => rules.GetPeriod(key, on).ToChinese();

    public int DueSoonDays(DateOnly on) => rules.GetInt(DueSoonKey, on);

    public int CccExpiringDays(DateOnly on) => rules.GetInt(CccExpiringKey, on);

    /// <summary>
    /// The canonical number ("鲁XK06-001-00123") of <paramref name="raw"/>, or the Chinese reason it is not one: province abbreviation
    /// (a bracketed one "（鲁）" is accepted), "XK", 2-digit category, "-", 3-digit variety, "-", serial of pq.licence-number-serial-digits.
    /// </summary>
    public (string? Number, string? Error) ParseNumber(string? raw, DateOnly on) => ParseNumber(raw, rules.GetInt(SerialDigitsKey, on));

    public static (string? Number, string? Error) ParseNumber(string? raw, int serialDigits)
    {
        var example = $"鲁XK06-001-{new string('0', serialDigits - 3)}123";
        if (string.IsNullOrWhiteSpace(raw)) return (null, "许可证编号不能为空");
        var m = NumberPattern().Match(raw.Trim().ToUpperInvariant());
        if (!m.Success) return (null, $"许可证编号“{raw.Trim()}”格式不正确，应为省份简称 + XK + 2位类别号 - 3位品种号 - {serialDigits}位序号，如 {example}");
        var abbr = m.Groups["p"].Value;
        if (ProvinceAbbreviations.CodeOf(abbr) is null) return (null, $"许可证编号的省份简称“{abbr}”不是省级行政区简称");
        if (m.Groups["s"].Value.Length != serialDigits) return (null, $"许可证编号的序号应为 {serialDigits} 位数字，如 {example}");
        return ($"{abbr}XK{m.Groups["c"].Value}-{m.Groups["v"].Value}-{m.Groups["s"].Value}", null);
    }

    [GeneratedRegex(@"^[（(]?(?<p>\p{IsCJKUnifiedIdeographs})[）)]?XK(?<c>\d{2})-(?<v>\d{3})-(?<s>\d{3,8})$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    public static string NameOf(LicenceStatus s) => s switch
    {
        LicenceStatus.Valid => "有效",
        LicenceStatus.Cancelled => "注销",
        LicenceStatus.Withdrawn => "撤销",
        LicenceStatus.Revoked => "吊销",
        LicenceStatus.Expired => "过期",
        _ => "未知",
    };

    /// <summary>The status shown on <paramref name="today"/>: a valid licence past its valid-to day is 过期.</summary>
    public static LicenceStatus Effective(LicenceStatus s, DateOnly validTo, DateOnly today) => s == LicenceStatus.Valid && validTo < today ? LicenceStatus.Expired : s;

    public static string NameOf(ApplicationKind k) => k switch
    {
        ApplicationKind.New => "发证",
        ApplicationKind.Renewal => "延续",
        ApplicationKind.Change => "变更",
        _ => "未知",
    };

    public static string NameOf(ApplicationDecision? d) => d switch
    {
        ApplicationDecision.Granted => "准予许可",
        ApplicationDecision.Refused => "不予许可",
        ApplicationDecision.Withdrawn => "申请人撤回",
        _ => "审查中",
    };

    public static string NameOf(CheckResult r) => r switch
    {
        CheckResult.Pass => "合格",
        CheckResult.Rectify => "限期整改",
        CheckResult.Fail => "不合格",
        _ => "未知",
    };

    public static string NameOf(CccStatus s) => s switch
    {
        CccStatus.Valid => "有效",
        CccStatus.Suspended => "暂停",
        CccStatus.Withdrawn => "撤销",
        CccStatus.Cancelled => "注销",
        _ => "未知",
    };

    public static string NameOf(MarkResult r) => r switch
    {
        MarkResult.Pass => "合格",
        MarkResult.NotCertified => "未获认证",
        MarkResult.CertificateInvalid => "证书失效",
        MarkResult.MarkIrregular => "标志不规范",
        _ => "未知",
    };

    public static string NameOf(LicenceSource s) => s switch
    {
        LicenceSource.Pushed => "省级系统推送",
        LicenceSource.Entered => "本系统登记",
        LicenceSource.Imported => "表格导入",
        _ => "未知",
    };
}
