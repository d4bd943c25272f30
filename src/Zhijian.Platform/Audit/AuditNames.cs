using Microsoft.Extensions.DependencyInjection;

namespace Zhijian.Platform.Audit;

/// <summary>
/// A module's words for its audit codes: the chain keeps <c>credit.record.created</c> and <c>CreditRecord</c> (they are
/// hashed and must not change), the 审计记录 page shows 归集信用记录 and 信用记录. Each module registers its own with
/// <see cref="AuditNamesExtensions.AddAuditNames"/>, beside the code that writes the entries.
/// </summary>
public sealed record AuditNames(IReadOnlyDictionary<string, string> Actions, IReadOnlyDictionary<string, string> RecordTypes);

public static class AuditNamesExtensions
{
    public static IServiceCollection AddAuditNames(this IServiceCollection services, IReadOnlyDictionary<string, string> actions,
        IReadOnlyDictionary<string, string> recordTypes) =>
        services.AddSingleton(new AuditNames(actions, recordTypes));
}

/// <summary>Every module's audit names together; an unnamed code reads 其他操作 / 记录 (the code stays in the entry's details).</summary>
public sealed class AuditNameBook(IEnumerable<AuditNames> modules)
{
    private readonly Dictionary<string, string> _actions = Merge(modules.Select(m => m.Actions));
    private readonly Dictionary<string, string> _types = Merge(modules.Select(m => m.RecordTypes));

    public string Action(string action) => _actions.TryGetValue(action, out var name) ? name : "其他操作";

    public bool Knows(string action) => _actions.ContainsKey(action);

    public string RecordType(string type) => _types.TryGetValue(type, out var name) ? name : "记录";

    public bool KnowsRecordType(string type) => _types.ContainsKey(type);

    private static Dictionary<string, string> Merge(IEnumerable<IReadOnlyDictionary<string, string>> maps)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var map in maps)
        {
            foreach (var (code, name) in map) all[code] = name;
        }

        return all;
    }

    /// <summary>The platform's own actions (org units, staff, API clients, rules, calendar, jobs).</summary>
    internal static readonly AuditNames Platform = new(
        new Dictionary<string, string>
        {
            ["orgunit.created"] = "新增机构",
            ["orgunit.changed"] = "修改机构",
            ["orgunit.seeded"] = "初始化机构",
            ["staff.created"] = "新增工作人员",
            ["staff.changed"] = "修改工作人员",
            ["staff.password-reset"] = "重置密码",
            ["apiclient.created"] = "新建 API 客户端",
            ["apiclient.revoked"] = "停用 API 客户端",
            ["rule.changed"] = "修改规则",
            ["calendar.year-saved"] = "录入放假安排",
            ["job.triggered"] = "手动执行定时任务",
        },
        new Dictionary<string, string>
        {
            ["OrgUnit"] = "机构",
            ["StaffUser"] = "工作人员",
            ["ApiClient"] = "API 客户端",
            ["RuleSetting"] = "规则",
            ["HolidaySchedule"] = "放假安排",
            ["Job"] = "定时任务",
        });
}
