using System.Globalization;
using MudBlazor;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Domain;

namespace Zhijian.Complaints.Pages;

/// <summary>How the 投诉举报 pages write dates, amounts, rates, statuses and the choices of the forms (one place, so every page reads alike).</summary>
internal static class ComplaintUi
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Chinese month and day names for the date pickers.</summary>
    public static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");

    public static string D(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);

    public static string D(DateOnly? d) => d is { } x ? D(x) : "—";

    public static string T(DateTimeOffset t) => t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", Inv);

    public static string T(DateTimeOffset? t) => t is { } x ? T(x) : "—";

    public static string N(int n) => n.ToString("N0", Inv);

    public static string Money(decimal? m) => m is { } x ? x.ToString("#,0.##", Inv) + " 元" : "—";

    /// <summary>0.95 → "95%"; null (nothing to divide by) → "—", never 100 %.</summary>
    public static string Pct(decimal? ratio) => ratio is { } r ? (r * 100m).ToString("0.#", Inv) + "%" : "—";

    public static DateOnly? Do(DateTime? d) => d is { } x ? DateOnly.FromDateTime(x) : null;

    public static Color StatusColor(FilingStatus s) => s switch
    {
        FilingStatus.Received => Color.Warning,
        FilingStatus.Odr => Color.Secondary,
        FilingStatus.Mediating or FilingStatus.Verifying => Color.Info,
        FilingStatus.Settled or FilingStatus.Answered or FilingStatus.CaseOpened or FilingStatus.OdrSettled => Color.Success,
        _ => Color.Default,
    };

    public static Color KindColor(FilingKind k) => k switch
    {
        FilingKind.Complaint => Color.Primary,
        FilingKind.Report => Color.Error,
        _ => Color.Default,
    };

    /// <summary>诉求类别 as the intake forms offer them (value = what Intake parses).</summary>
    public static readonly (string Value, string Name, string Hint)[] Kinds =
    [
        ("complaint", "投诉", "与经营者发生消费者权益争议，请求市场监管部门调解"),
        ("report", "举报", "反映经营者涉嫌违反市场监管法律法规的线索"),
        ("mixed", "投诉举报", "既要求调解纠纷，又举报违法行为（拆分为投诉、举报两件分别办理）"),
        ("inquiry", "咨询", "咨询市场监管政策法规"),
        ("suggestion", "建议", "对市场监管工作提出意见建议"),
    ];

    /// <summary>经营方式 (value = what Intake parses).</summary>
    public static readonly (string Value, string Name)[] BusinessChannels =
    [
        ("premises", "线下实体店"),
        ("platform", "电商平台经营者（平台自营）"),
        ("website", "自建网站经营者"),
        ("platform-seller", "平台内经营者（网店）"),
    ];

    /// <summary>受理渠道 of the console intake form.</summary>
    public static readonly (string Value, string Name)[] ConsoleChannels = [("hotline", "12315 热线"), ("walkin", "来访"), ("letter", "来信")];

    public static readonly (int Value, string Name)[] RefusalGrounds =
    [
        .. new[] { RefusalGround.NotOurDutyOrJurisdiction, RefusalGround.HandledElsewhere, RefusalGround.NotEverydayConsumption, RefusalGround.TimeBarred,
            RefusalGround.MaterialsMissing, RefusalGround.IdentityIssue, RefusalGround.Other }.Select(g => ((int)g, ComplaintRules.Text(g))),
    ];

    public static readonly (int Value, string Name)[] TerminationGrounds =
    [
        .. Enum.GetValues<TerminationGround>().Select(g => ((int)g, ComplaintRules.Text(g))),
    ];

    /// <summary>The buttons of the detail page, in the order a handler reads them.</summary>
    public static string ActionName(string action) => action switch
    {
        "accept" => "受理",
        "refuse" => "不予受理",
        "transfer" => "移送",
        "pause" => "中止计时",
        "resume" => "恢复计时",
        "settle" => "调解成功",
        "terminate" => "终止调解",
        "extend" => "延长核查期限",
        "decide" => "核查结论",
        "duplicate" => "重复举报",
        "answer" => "答复",
        "respond" => "首次回应",
        "note" => "办理记录",
        "assign" => "指定承办人",
        "receive" => "登记",
        "rate" => "满意度评价",
        "odr-answer" => "ODR 企业答复",
        "odr-expired" => "ODR 期限届满",
        _ => action,
    };

    public static readonly string[] ActionOrder = ["respond", "accept", "refuse", "answer", "settle", "terminate", "decide", "duplicate", "extend", "pause", "resume", "transfer", "note", "assign"];

    /// <summary>User name → 姓名 of the staff in the caller's jurisdiction (the filings record who acted by user name).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> StaffNamesAsync(Zhijian.Platform.Identity.StaffService staff) =>
        (await staff.ListAsync(null, CancellationToken.None)).GroupBy(s => s.UserName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().DisplayName, StringComparer.Ordinal);

    public static string Who(IReadOnlyDictionary<string, string> names, string? user) =>
        user is null ? "" : names.TryGetValue(user, out var n) ? n : user;

    public static string ScoreName(int score) => Features.Public.PublicFollow.ScoreName(score);

    /// <summary>The messages of one field, for the field's own error text (null when it has none).</summary>
    public static string? Err(IReadOnlyDictionary<string, string[]>? errors, string field) => Zhijian.Platform.Web.FormErrors.Of(errors, field);

    /// <summary>The messages no field on the form shows (for the summary under the form).</summary>
    public static IReadOnlyDictionary<string, string[]>? Rest(IReadOnlyDictionary<string, string[]>? errors, IEnumerable<string> shown) =>
        Zhijian.Platform.Web.FormErrors.Rest(errors, shown);
}
