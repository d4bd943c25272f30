using System.Text.RegularExpressions;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Domain;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Intake;

/// <summary>投诉人/举报人.</summary>
internal sealed record PersonInput(string? Name, string? Phone, string? IdNumber, string? Address, bool Anonymous = false);

/// <summary>
/// 被投诉/被举报对象: found in the registry by USCC (or by its exact name / shop name), or kept as given.
/// <paramref name="Channel"/>: premises | platform | website | platform-seller (线下 / 电商平台 / 自建网站 / 平台内经营者).
/// </summary>
internal sealed record TargetInput(string? Uscc, string? Name, string? ShopName, string? Address, string? DivisionCode, string? Channel,
    string? PlatformName, string? PlatformDivisionCode, string? PublishedAddressDivisionCode);

/// <summary>
/// 登记一件诉求. <paramref name="Kind"/>: complaint | report | inquiry | suggestion | mixed (投诉/举报/咨询/建议/投诉举报 also accepted);
/// a mixed filing is split into its complaint and its report (<paramref name="ReportFacts"/> = the report's facts, else the
/// same facts). <paramref name="Channel"/> (console): hotline | walkin | letter; (API) 12345 or empty.
/// </summary>
internal sealed record SubmitFiling(
    string? Kind,
    PersonInput? Person,
    TargetInput? Target,
    string? Category = null,
    string? Problem = null,
    decimal? Amount = null,
    string? Title = null,
    string? Facts = null,
    string? Demand = null,
    DateOnly? HarmKnownOn = null,
    string? ReportFacts = null,
    string? ConductDivisionCode = null,
    bool Advertising = false,
    string? AdPublisherDivisionCode = null,
    bool ViaOdr = false,
    string? Channel = null,
    string? SourceSystem = null,
    string? TicketId = null);

/// <summary>
/// Where a submission came in: the channel, the other platform, who received it. <paramref name="FormToken"/> (console and
/// portal forms only, never the API — HTTP retries are the platform's <c>Idempotency-Key</c> filter): the id of the form
/// instance, stored on the filing and unique, so a form posted twice cannot register twice.
/// </summary>
internal sealed record IntakeOrigin(FilingChannel Channel, string? SourceSystem, string? FormToken, string ReceivedBy,
    string? ReceivedByDivision, bool IssueQueryCode)
{
    /// <summary>
    /// <see cref="FormToken"/> is an API caller's Idempotency-Key (stored with the filing in the same transaction): a repeat
    /// returns the filing it registered (replayed), where a console form posted twice is refused.
    /// </summary>
    public bool ReplayDuplicate { get; init; }
}

internal sealed record IntakePart(long Id, string Number, FilingKind Kind, string KindName, FilingStatus Status, string StatusName, string OrgUnitName,
    DateOnly? DueOn, string RoutingBasis, IReadOnlyList<string> Flags);

/// <summary>
/// 回执: the acknowledgement (committed before it is sent). <see cref="QueryCode"/> (portal, console) lets the
/// complainant follow the filing with its number; shown once. <see cref="Replayed"/> is always false and kept for
/// callers that read it: a replayed HTTP answer is marked by the header <c>Idempotent-Replayed: true</c>.
/// </summary>
internal sealed record IntakeReceipt(Guid SubmissionId, DateTimeOffset ReceivedAt, IReadOnlyList<IntakePart> Parts, string? QueryCode, bool Replayed);

/// <summary>What the form and the rules require of a submission, checked without I/O (the registry lookup comes after).</summary>
internal sealed record SubmitChecks(FieldErrors Errors, FilingKind[]? Kinds, BusinessChannel? BusinessChannel, string? CategoryCode, string? ProblemCode);

/// <summary>The intake rules: field → Chinese message, pure (the category dictionary is passed in).</summary>
internal static partial class SubmitFilingRules
{
    public const int MaxFacts = 8000;

    public static SubmitChecks Validate(SubmitFiling cmd, FilingChannel channel, DateOnly today, IReadOnlyList<Category> catalogue)
    {
        var errors = new FieldErrors();
        var kinds = ParseKinds(cmd.Kind);
        if (kinds is null) errors.Add("kind", "诉求类别必须是 投诉(complaint)、举报(report)、咨询(inquiry)、建议(suggestion) 或 投诉举报(mixed)");
        var main = kinds?[0] ?? FilingKind.Complaint;
        var person = cmd.Person ?? new PersonInput(null, null, null, null);
        var target = cmd.Target ?? new TargetInput(null, null, null, null, null, null, null, null, null);
        ValidatePerson(errors, kinds ?? [main], person, today);
        var business = ParseBusinessChannel(target.Channel);
        if (business is null) errors.Add("target.channel", "经营方式必须是 premises（线下）、platform（电商平台）、website（自建网站）或 platform-seller（平台内经营者）");
        foreach (var (field, code) in new[]
                 {
                     ("target.divisionCode", target.DivisionCode), ("target.platformDivisionCode", target.PlatformDivisionCode),
                     ("target.publishedAddressDivisionCode", target.PublishedAddressDivisionCode), ("conductDivisionCode", cmd.ConductDivisionCode),
                     ("adPublisherDivisionCode", cmd.AdPublisherDivisionCode),
                 })
        {
            if (!string.IsNullOrWhiteSpace(code) && DivisionTable.Default.Find(code.Trim()) is null)
                errors.Add(field, $"行政区划代码“{code}”不存在（GB/T 2260）");
        }

        Optional(errors, "target.name", target.Name, "被投诉/举报对象名称", 200);
        Optional(errors, "target.shopName", target.ShopName, "店铺名称", 200);
        Optional(errors, "target.address", target.Address, "经营地址", 300);
        Optional(errors, "target.platformName", target.PlatformName, "平台名称", 200);
        Optional(errors, "title", cmd.Title, "标题", 200);
        Optional(errors, "demand", cmd.Demand, "诉求", 2000);
        Optional(errors, "reportFacts", cmd.ReportFacts, "举报内容", MaxFacts);
        errors.Require("facts", cmd.Facts, kinds is [FilingKind.Inquiry or FilingKind.Suggestion] ? "咨询/建议内容" : "事实和理由", MaxFacts);
        if (cmd.Facts is { } given && !string.IsNullOrWhiteSpace(given) && given.Trim().Length < 10)
            errors.Add("facts", "事实和理由过于简单（至少 10 个字），请写明时间、地点、经过");
        var isComplaint = kinds?.Contains(FilingKind.Complaint) == true;
        if (isComplaint && string.IsNullOrWhiteSpace(cmd.Demand)) errors.Add("demand", "请填写具体的投诉请求（如退货、退款、赔偿）");
        if (cmd.Amount is < 0 or > 10_000_000_000m) errors.Add("amount", "涉及金额必须在 0 到 100 亿元之间");
        if (cmd.HarmKnownOn is { } known && known > today) errors.Add("harmKnownOn", "知道权益受损的日期不能晚于今天");
        if (!string.IsNullOrWhiteSpace(cmd.TicketId) && cmd.TicketId.Trim().Length > 64) errors.Add("ticketId", "工单号不能超过 64 个字符");
        if (channel == FilingChannel.Hotline12345 && string.IsNullOrWhiteSpace(cmd.TicketId)) errors.Add("ticketId", "12345 转办工单必须提供工单号");

        string? category = null, problem = null;
        if (!string.IsNullOrWhiteSpace(cmd.Category))
        {
            var c = catalogue.FirstOrDefault(x => x.Active && x.Kind != CategoryKind.Problem && (x.Code == cmd.Category.Trim() || x.Name == cmd.Category.Trim()));
            if (c is null) errors.Add("category", $"投诉分类“{cmd.Category}”不在分类字典中（商品类 G01…、服务类 S01…）");
            else category = c.Code;
        }
        else if (isComplaint)
        {
            errors.Add("category", "请选择商品或服务类别");
        }

        if (!string.IsNullOrWhiteSpace(cmd.Problem))
        {
            var p = catalogue.FirstOrDefault(x => x.Active && x.Kind == CategoryKind.Problem && (x.Code == cmd.Problem.Trim() || x.Name == cmd.Problem.Trim()));
            if (p is null) errors.Add("problem", $"问题类型“{cmd.Problem}”不在分类字典中（P01…）");
            else problem = p.Code;
        }

        return new SubmitChecks(errors, kinds, business, category, problem);
    }

    public static FilingKind[]? ParseKinds(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        "complaint" or "投诉" => [FilingKind.Complaint],
        "report" or "举报" => [FilingKind.Report],
        "inquiry" or "咨询" => [FilingKind.Inquiry],
        "suggestion" or "建议" => [FilingKind.Suggestion],
        "mixed" or "投诉举报" or "投诉+举报" => [FilingKind.Complaint, FilingKind.Report],
        _ => null,
    };

    public static BusinessChannel? ParseBusinessChannel(string? channel) => channel?.Trim().ToLowerInvariant() switch
    {
        null or "" or "premises" or "线下" => BusinessChannel.Premises,
        "platform" or "电商平台" => BusinessChannel.Platform,
        "website" or "自建网站" => BusinessChannel.OwnWebsite,
        "platform-seller" or "平台内经营者" => BusinessChannel.PlatformSeller,
        _ => null,
    };

    private static void ValidatePerson(FieldErrors errors, FilingKind[] kinds, PersonInput p, DateOnly today)
    {
        var complaint = kinds.Contains(FilingKind.Complaint);
        var anonymousReport = kinds is [FilingKind.Report] && p.Anonymous;
        if (complaint || (!anonymousReport && kinds.Contains(FilingKind.Report)))
        {
            errors.Require("person.name", p.Name, complaint ? "投诉人姓名" : "举报人姓名（匿名举报请勾选匿名）", 50);
            errors.Require("person.phone", p.Phone, "联系电话", 20);
        }

        if (complaint) errors.Require("person.address", p.Address, "投诉人通讯地址", 200);
        if (kinds is [FilingKind.Inquiry or FilingKind.Suggestion] && string.IsNullOrWhiteSpace(p.Phone))
            errors.Add("person.phone", "请留下联系电话，以便答复");
        if (!string.IsNullOrWhiteSpace(p.Phone) && !PhonePattern().IsMatch(p.Phone.Trim()))
            errors.Add("person.phone", $"联系电话“{p.Phone.Trim()}”格式不正确（手机号 11 位，或固定电话如 0531-86012345）");
        if (!string.IsNullOrWhiteSpace(p.IdNumber) && ResidentId.Check(p.IdNumber.Trim().ToUpperInvariant(), today) is { Valid: false } id)
            errors.Add("person.idNumber", $"身份证号码无效：{id.Error}");
        Optional(errors, "person.address", p.Address, "通讯地址", 200);
    }

    private static void Optional(FieldErrors errors, string field, string? value, string label, int max)
    {
        if (value is not null && value.Trim().Length > max) errors.Add(field, $"{label}不能超过 {max} 个字");
    }

    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|\d{7,8})$")]
    private static partial Regex PhonePattern();
}
