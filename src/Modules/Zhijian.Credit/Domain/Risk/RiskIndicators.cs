using Zhijian.Credit.Contracts;
using Zhijian.Entities.Contracts;

namespace Zhijian.Credit.Domain.Risk;

/// <summary>One credit record as the risk model sees it (withdrawn decisions are not facts any more).</summary>
internal readonly record struct RiskRecord(CreditRecordKind Kind, CreditField Field, DateOnly On, decimal? Amount, bool Severe, bool IsPublic);

/// <summary>What the model knows of one entity on <see cref="Today"/>: registry facts, credit records, active listings.</summary>
internal sealed record RiskFacts(
    EntityType Type,
    EntityStatus Status,
    string IndustryCode,
    DateOnly EstablishedOn,
    decimal? RegisteredCapital,
    IReadOnlyList<RiskRecord> Records,
    bool Abnormal,
    bool Serious,
    DateOnly Today)
{
    public static RiskFacts Of(EntitySummary e, IReadOnlyList<RiskRecord> records, bool abnormal, bool serious, DateOnly today) =>
        new(e.Type, e.Status, e.IndustryCode, e.EstablishedOn, e.RegisteredCapital, records, abnormal, serious, today);
}

/// <summary>
/// An indicator of the catalogue: counts its occurrences in the facts (0 = absent). <see cref="Favourable"/> ones
/// (守信因素) may only lower the score; every other one only raises it, so more violations never give a better class.
/// <see cref="Name"/> turns (count, years) into the plain Chinese a clerk reads.
/// </summary>
internal sealed record RiskIndicator(
    string Id,
    RiskDimension Dimension,
    string Title,
    bool UsesRecords,
    Func<RiskFacts, RiskModel, int, int> Count,
    Func<int, int, string> Name,
    bool Favourable = false);

/// <summary>The indicator catalogue models pick from (pluggable: a new indicator is one entry here plus its documentation).</summary>
internal static class RiskIndicators
{
    public const int DefaultYears = 3;

    private static int Within(RiskFacts f, int years, Func<RiskRecord, bool> which)
    {
        var from = f.Today.AddYears(-years);
        var n = 0;
        foreach (var r in f.Records)
        {
            if (r.On > from && r.On <= f.Today && which(r)) n++;
        }

        return n;
    }

    private static string Yrs(int years) => years switch
    {
        1 => "近一年",
        2 => "近两年",
        3 => "近三年",
        4 => "近四年",
        5 => "近五年",
        _ => $"近{years}年",
    };

    private static bool KeyField(CreditField f) => f is CreditField.Food or CreditField.Drug or CreditField.SpecialEquipment;

    public static IReadOnlyList<RiskIndicator> All { get; } =
    [
        // 基础属性
        new("newlyEstablished", RiskDimension.Basic, "成立不满1年", false,
            (f, _, _) => f.EstablishedOn > f.Today.AddYears(-1) ? 1 : 0, (_, _) => "成立不满1年"),
        new("young", RiskDimension.Basic, "成立1至3年", false,
            (f, _, _) => f.EstablishedOn <= f.Today.AddYears(-1) && f.EstablishedOn > f.Today.AddYears(-3) ? 1 : 0, (_, _) => "成立1至3年"),
        new("keyIndustry", RiskDimension.Basic, "重点监管行业", false,
            (f, m, _) => (m.KeyIndustries ?? []).Any(p => f.IndustryCode.StartsWith(p, StringComparison.Ordinal)) ? 1 : 0,
            (_, _) => "属于食品、药品、特种设备等重点监管行业"),
        new("revoked", RiskDimension.Basic, "营业执照被吊销", false,
            (f, _, _) => f.Status == EntityStatus.Revoked ? 1 : 0, (_, _) => "营业执照已被吊销"),

        // 动态信息
        new("abnormalListed", RiskDimension.Dynamic, "列入经营异常名录", false,
            (f, _, _) => f.Abnormal ? 1 : 0, (_, _) => "列入经营异常名录（经营异常状态）"),
        new("seriousListed", RiskDimension.Dynamic, "列入严重违法失信名单", false,
            (f, _, _) => f.Serious ? 1 : 0, (_, _) => "列入严重违法失信名单"),
        new("judicialAssistance", RiskDimension.Dynamic, "司法协助", true,
            (f, _, y) => Within(f, y, r => r.Kind == CreditRecordKind.JudicialAssistance), (n, y) => $"{Yrs(y)}司法协助（股权冻结等）{n}次"),
        new("pledge", RiskDimension.Dynamic, "股权、知识产权出质", true,
            (f, _, y) => Within(f, y, r => r.Kind is CreditRecordKind.EquityPledge or CreditRecordKind.IpPledge), (n, y) => $"{Yrs(y)}股权、知识产权出质{n}次"),
        new("listedByOthers", RiskDimension.Dynamic, "他部门列入异常或失信名单", true,
            (f, _, y) => Within(f, y, r => r.Kind is CreditRecordKind.AbnormalListing or CreditRecordKind.SeriousListing),
            (n, y) => $"{Yrs(y)}被其他部门列入经营异常或严重失信名单{n}次"),

        // 监管信息
        new("penalty", RiskDimension.Supervision, "行政处罚", true,
            (f, _, y) => Within(f, y, r => r.Kind == CreditRecordKind.Penalty), (n, y) => $"{Yrs(y)}行政处罚{n}次"),
        new("severePenalty", RiskDimension.Supervision, "严重行政处罚", true,
            (f, _, y) => Within(f, y, r => r.Kind == CreditRecordKind.Penalty && r.Severe),
            (n, y) => $"{Yrs(y)}受到责令停产停业、吊销许可证等严重处罚{n}次"),
        new("largeFine", RiskDimension.Supervision, "大额罚没", true,
            (f, m, y) => Within(f, y, r => r.Kind == CreditRecordKind.Penalty && r.Amount >= m.LargeFineAmount),
            (n, y) => $"{Yrs(y)}大额罚没款{n}次"),
        new("samplingFailure", RiskDimension.Supervision, "抽检不合格", true,
            (f, _, y) => Within(f, y, r => r.Kind == CreditRecordKind.SamplingFailure), (n, y) => $"{Yrs(y)}抽检不合格{n}次"),
        new("keyFieldViolation", RiskDimension.Supervision, "重点领域违法", true,
            (f, _, y) => Within(f, y, r => r.Kind is CreditRecordKind.Penalty or CreditRecordKind.SamplingFailure && KeyField(r.Field)),
            (n, y) => $"{Yrs(y)}食品、药品、特种设备领域违法或不合格{n}次"),

        // 关联关系
        new("branch", RiskDimension.Related, "分支机构", false,
            (f, _, _) => f.Type == EntityType.Branch ? 1 : 0, (_, _) => "分支机构（隶属企业信用未归集）"),

        // 社会评价
        new("complaint", RiskDimension.Public, "投诉举报查实", true,
            (f, _, y) => Within(f, y, r => r.Kind == CreditRecordKind.Complaint), (n, y) => $"{Yrs(y)}投诉举报查实{n}次"),
        new("commendation", RiskDimension.Public, "表彰荣誉", true,
            (f, _, y) => Within(f, y, r => r.Kind == CreditRecordKind.Commendation), (n, y) => $"{Yrs(y)}获得表彰{n}次", Favourable: true),
    ];

    public static IReadOnlyDictionary<string, RiskIndicator> ById { get; } = All.ToDictionary(i => i.Id, StringComparer.Ordinal);
}
