using System.Text.RegularExpressions;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;

namespace Zhijian.Entities.Domain;

/// <summary>The registration data of an entity as entered (console, API or one import row).</summary>
internal sealed record EntityInput(
    string? Uscc, string? RegNo, string? Name, EntityType? Type, string? LegalRep, string? LegalRepId,
    decimal? RegisteredCapital, DateOnly? EstablishedOn, DateOnly? TermFrom, DateOnly? TermTo,
    string? RegisteredAddress, string? BusinessAddress, string? DivisionCode, string? IndustryCode,
    string? BusinessScope, string? RegistrationAuthority, string? Phone, IReadOnlyList<string>? Tags,
    bool Confirmed = false,
    DateTimeOffset? ApplicationReceivedAt = null, DateTimeOffset? LicenceIssuedAt = null,
    RegistrationChannel? ApplicationChannel = null, bool? NameSelfDeclared = null);

/// <summary>One problem with an input: field, Chinese message, and whether an explicit override accepts it.</summary>
internal sealed record EntityProblem(string Field, string Message, bool Overridable = false);

/// <summary>
/// 登记信息校验 (pure): the rules a registration, a change and every import row share — USCC per GB 32100 with
/// the warn-and-override rule for early codes that fail the check, USCC type vs entity type, name suffix vs
/// type, known current division and industry, dates not in the future, ID number and phone formats.
/// </summary>
internal static partial class EntityRules
{
    /// <summary>Lengths of the text columns (the database columns have the same; see EntitiesDbContext).</summary>
    public const int MaxName = 200, MaxLegalRep = 100, MaxAddress = 300, MaxBusinessScope = 4000, MaxAuthority = 100, MaxTags = 1000;

    /// <summary>注册资本 ceiling in 万元 (10 万亿元 — the largest registered capitals are under 1 万亿元).</summary>
    public const decimal MaxCapital = 1_000_000_000m;

    /// <summary>The range of every date entered (营业期限, 状态日期, 受理/发放时间).</summary>
    public static readonly DateOnly MinDate = new(1900, 1, 1), MaxDate = new(2100, 12, 31);

    public static IReadOnlyList<EntityProblem> Validate(EntityInput input, DateOnly today, DivisionTable divisions, IndustryTable industries)
    {
        var problems = new List<EntityProblem>();
        void Add(string field, string message, bool overridable = false) => problems.Add(new(field, message, overridable));

        var uscc = (input.Uscc ?? "").Trim().ToUpperInvariant();
        var check = Uscc.Check(uscc);
        if (!check.Valid)
        {
            var onlyCheckChar = check.ExpectedCheckChar is not null && uscc.Length == 18;
            if (!onlyCheckChar) Add("uscc", check.Error ?? "统一社会信用代码无效");
            else if (!input.Confirmed)
                Add("uscc", $"{check.Error}。早期个别赋码未通过校验，如确认证照上的代码如此，请勾选“确认无误”后提交", overridable: true);
        }

        if (uscc.Length == 18 && input.Type is { } type && uscc[0] == '9' && uscc[1] != EntityNames.UsccTypeChar(type))
            Add("type", $"主体类型“{EntityNames.Of(type)}”与统一社会信用代码第2位“{uscc[1]}”不符（1 企业、2 个体工商户、3 农民专业合作社）");

        if (!string.IsNullOrWhiteSpace(input.RegNo) && !RegNoPattern().IsMatch(input.RegNo.Trim()))
            Add("regNo", "注册号应为13或15位数字");

        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0) Add("name", "名称不能为空");
        else if (name.Length > 200) Add("name", "名称不能超过 200 个字符");
        else if (input.Type is { } t && NameSuffixProblem(name, t) is { } suffix) Add("name", suffix);

        if (input.Type is null) Add("type", "主体类型不能为空");
        if (string.IsNullOrWhiteSpace(input.LegalRep)) Add("legalRep", "法定代表人（负责人、经营者）不能为空");
        else if (input.LegalRep.Trim().Length > 100) Add("legalRep", "法定代表人姓名不能超过 100 个字符");

        if (!string.IsNullOrWhiteSpace(input.LegalRepId))
        {
            var id = ResidentId.Check(input.LegalRepId, today);
            if (!id.Valid) Add("legalRepId", "法定代表人证件号码：" + id.Error);
        }

        if (input.RegisteredCapital is < 0) Add("registeredCapital", "注册资本不能为负数");
        else if (input.RegisteredCapital > MaxCapital) Add("registeredCapital", $"注册资本不能超过 {MaxCapital:N0} 万元（单位：万元）");
        foreach (var (field, label, date) in new[] { ("termFrom", "营业期限自", input.TermFrom), ("termTo", "营业期限至", input.TermTo) })
        {
            if (date is { } d && (d < MinDate || d > MaxDate)) Add(field, $"{label} {d:yyyy-MM-dd} 超出范围：应在 {MinDate:yyyy-MM-dd} 至 {MaxDate:yyyy-MM-dd} 之间");
        }

        if (input.EstablishedOn is null) Add("establishedOn", "成立日期不能为空");
        else if (input.EstablishedOn > today) Add("establishedOn", $"成立日期 {input.EstablishedOn:yyyy-MM-dd} 晚于今天（{today:yyyy-MM-dd}）");
        else if (input.EstablishedOn < new DateOnly(1949, 10, 1)) Add("establishedOn", "成立日期不能早于 1949-10-01");
        if (input.TermFrom is { } from && input.TermTo is { } to && to < from) Add("termTo", "营业期限至不能早于营业期限自");

        foreach (var (field, message) in RegistrationTimeProblems(input.ApplicationReceivedAt, input.LicenceIssuedAt, input.EstablishedOn, today))
            Add(field, message);

        if (string.IsNullOrWhiteSpace(input.RegisteredAddress)) Add("registeredAddress", "住所不能为空");
        else if (input.RegisteredAddress.Trim().Length > MaxAddress) Add("registeredAddress", $"住所不能超过 {MaxAddress} 个字符");
        if (input.BusinessAddress?.Trim().Length > MaxAddress) Add("businessAddress", $"经营场所不能超过 {MaxAddress} 个字符");
        if (input.BusinessScope?.Trim().Length > MaxBusinessScope) Add("businessScope", $"经营范围不能超过 {MaxBusinessScope:N0} 个字符");

        var division = input.DivisionCode?.Trim() ?? "";
        if (division.Length == 0) Add("divisionCode", "行政区划代码不能为空");
        else if (!divisions.IsKnown(division)) Add("divisionCode", $"行政区划代码“{division}”不在现行 GB/T 2260 代码表中");
        else if (division.Length == 6 && (division.EndsWith("00", StringComparison.Ordinal)))
            Add("divisionCode", $"属地应为县级（或乡级）行政区划，“{divisions.FullName(division)}”是省级或市级");
        else if (!input.Confirmed && uscc.Length == 18 && check.DivisionCode is { } ud && !division.StartsWith(ud[..4], StringComparison.Ordinal))
            Add("divisionCode", $"属地“{divisions.FullName(division)}”与统一社会信用代码中的登记管理机关代码“{ud}”不在同一地市，请核对", overridable: true);

        var industry = input.IndustryCode?.Trim() ?? "";
        if (industry.Length == 0) Add("industryCode", "行业代码不能为空");
        else if (industries.Find(industry) is null) Add("industryCode", $"行业代码“{industry}”不在 GB/T 4754-2017 中");

        if (string.IsNullOrWhiteSpace(input.RegistrationAuthority)) Add("registrationAuthority", "登记机关不能为空");
        else if (input.RegistrationAuthority.Trim().Length > MaxAuthority) Add("registrationAuthority", $"登记机关不能超过 {MaxAuthority} 个字符");
        if (!string.IsNullOrWhiteSpace(input.Phone) && !PhonePattern().IsMatch(input.Phone.Trim()))
            Add("phone", "联系电话应为11位手机号或带区号的固定电话，如 0531-88886666");
        if (input.Tags?.Any(t => t.Length > 30 || t.Contains(',', StringComparison.Ordinal)) == true)
            Add("tags", "标签不能超过 30 个字符，且不能含逗号");
        else if (input.Tags is { Count: > 0 } tags && string.Join(',', tags).Length > MaxTags) Add("tags", $"标签合计不能超过 {MaxTags:N0} 个字符");

        return problems;
    }

    /// <summary>
    /// 申请受理时间 and 营业执照发放时间 (China dates): neither in the future, 受理 not after 成立日期 (= 核准日期),
    /// 发放 not before 受理. Both optional.
    /// </summary>
    public static IEnumerable<(string Field, string Message)> RegistrationTimeProblems(
        DateTimeOffset? received, DateTimeOffset? issued, DateOnly? established, DateOnly today)
    {
        var receivedOn = received?.ToChinaDate();
        var issuedOn = issued?.ToChinaDate();
        if (receivedOn < MinDate) yield return ("applicationReceivedAt", $"申请受理时间 {receivedOn:yyyy-MM-dd} 超出范围：不能早于 {MinDate:yyyy-MM-dd}");
        if (issuedOn < MinDate) yield return ("licenceIssuedAt", $"营业执照发放时间 {issuedOn:yyyy-MM-dd} 超出范围：不能早于 {MinDate:yyyy-MM-dd}");
        if (receivedOn > today) yield return ("applicationReceivedAt", $"申请受理时间 {receivedOn:yyyy-MM-dd} 晚于今天（{today:yyyy-MM-dd}）");
        else if (receivedOn > established) yield return ("applicationReceivedAt", $"申请受理时间 {receivedOn:yyyy-MM-dd} 不能晚于成立日期（核准日期）{established:yyyy-MM-dd}");
        if (issuedOn > today) yield return ("licenceIssuedAt", $"营业执照发放时间 {issuedOn:yyyy-MM-dd} 晚于今天（{today:yyyy-MM-dd}）");
        else if (issued < received) yield return ("licenceIssuedAt", "营业执照发放时间不能早于申请受理时间");
    }

    /// <summary>名称与组织形式一致 (《企业名称登记管理规定》): the suffix a type's name must carry.</summary>
    public static string? NameSuffixProblem(string name, EntityType type) => type switch
    {
        EntityType.LimitedCompany when !name.EndsWith("有限公司", StringComparison.Ordinal) && !name.EndsWith("有限责任公司", StringComparison.Ordinal)
            => "有限责任公司的名称应以“有限公司”或“有限责任公司”结尾",
        EntityType.JointStockCompany when !name.EndsWith("股份有限公司", StringComparison.Ordinal)
            => "股份有限公司的名称应以“股份有限公司”结尾",
        EntityType.Branch when !(name.EndsWith("分公司", StringComparison.Ordinal) || name.EndsWith("分店", StringComparison.Ordinal) || name.EndsWith("分厂", StringComparison.Ordinal) || name.EndsWith("营业部", StringComparison.Ordinal) || name.EndsWith("分部", StringComparison.Ordinal) || name.EndsWith("分中心", StringComparison.Ordinal))
            => "分支机构的名称应以“分公司”“分店”“分厂”“营业部”等结尾",
        EntityType.Partnership when !name.Contains("合伙", StringComparison.Ordinal)
            => "合伙企业的名称应含“合伙”字样，如“（有限合伙）”“（普通合伙）”",
        EntityType.FarmerCooperative when !name.EndsWith("合作社", StringComparison.Ordinal) && !name.EndsWith("联合社", StringComparison.Ordinal)
            => "农民专业合作社的名称应以“专业合作社”或“联合社”结尾",
        EntityType.SoleProprietorship or EntityType.IndividualBusiness when name.EndsWith("公司", StringComparison.Ordinal)
            => $"{EntityNames.Of(type)}的名称不得使用“公司”字样",
        _ => null,
    };

    [GeneratedRegex(@"^\d{13}$|^\d{15}$")]
    private static partial Regex RegNoPattern();

    [GeneratedRegex(@"^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$")]
    private static partial Regex PhonePattern();
}
