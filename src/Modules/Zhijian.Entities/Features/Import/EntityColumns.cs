using Zhijian.Platform.Import;
using Zhijian.Platform.Privacy;

namespace Zhijian.Entities.Features.Import;

/// <summary>
/// The columns of the market-entity file, declared once: the import reads them (<see cref="EntityImportReader"/>), the
/// template and the exports write them (<see cref="Dataset.EntityCsv"/>), the dataset generator's files carry them. The
/// last four (登记时间、渠道、名称自主申报) may be left out of a file's header: files written before they were added still import.
/// </summary>
internal static class EntityColumns
{
    /// <summary>Column indexes of <see cref="Template"/>.</summary>
    public const int Uscc = 0, RegNo = 1, Name = 2, Type = 3, LegalRep = 4, LegalRepId = 5, Capital = 6,
        Established = 7, TermFrom = 8, TermTo = 9, Address = 10, BusinessAddress = 11, Division = 12,
        Industry = 13, Scope = 14, Authority = 15, Phone = 16, Status = 17, StatusDate = 18, Tags = 19,
        Received = 20, Issued = 21, Channel = 22, NameDeclared = 23;

    public static readonly ImportTemplate Template = new("entities",
    [
        new("统一社会信用代码", true, "18位，按 GB 32100 校验") { Field = "uscc" },
        new("注册号", true, "原15位工商注册号，可空") { Field = "regNo" },
        new("名称", true, "市场主体名称") { Field = "name" },
        new("主体类型", true, "有限责任公司/股份有限公司/个人独资企业/合伙企业/外商投资企业/分公司/个体工商户/农民专业合作社") { Field = "type" },
        new("法定代表人", true, "法定代表人、负责人或经营者姓名") { Field = "legalRep" },
        new("法定代表人证件号码", true, "居民身份证号，加密存储、脱敏显示，可空") { Field = "legalRepId", Show = v => Masks.IdNumber(v) },
        new("注册资本（万元）", true, "数字，个体工商户可空") { Field = "registeredCapital" },
        new("成立日期", true, "yyyy-MM-dd，不晚于今天") { Field = "establishedOn" },
        new("营业期限自", true, "yyyy-MM-dd，可空") { Field = "termFrom" },
        new("营业期限至", true, "yyyy-MM-dd，空表示长期") { Field = "termTo" },
        new("住所", true, "登记住所") { Field = "registeredAddress" },
        new("经营场所", true, "实际经营地址，可空") { Field = "businessAddress" },
        new("行政区划代码", true, "GB/T 2260 县级6位或乡级9位，属地") { Field = "divisionCode" },
        new("行业代码", true, "GB/T 4754-2017 门类、大类、中类或小类代码") { Field = "industryCode" },
        new("经营范围", true, "可空") { Field = "businessScope" },
        new("登记机关", true, "登记机关名称") { Field = "registrationAuthority" },
        new("联系电话", true, "加密存储、脱敏显示，可空") { Field = "phone", Show = v => Masks.Phone(v) },
        new("登记状态", true, "存续/在营/开业/迁出/吊销/注销"),
        new("状态日期", true, "迁出、吊销、注销的日期，yyyy-MM-dd，可空"),
        new("标签", true, "多个以分号分隔，可空") { Field = "tags" },
        new("申请受理时间", false, "yyyy-MM-dd HH:mm（北京时间）或 yyyy-MM-dd，不晚于成立日期，可空") { Field = "applicationReceivedAt" },
        new("营业执照发放时间", false, "yyyy-MM-dd HH:mm（北京时间）或 yyyy-MM-dd，不早于申请受理时间，可空") { Field = "licenceIssuedAt" },
        new("登记渠道", false, "网上（全程电子化）或 窗口，可空"),
        new("名称自主申报", false, "企业名称网上自主申报：是 或 否，可空"),
    ]);

    public static string Header(int column) => Template.Columns[column].Header;
}
