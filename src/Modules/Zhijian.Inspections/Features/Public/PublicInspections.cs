using Microsoft.EntityFrameworkCore;
using Zhijian.Inspections.Contracts;
using Zhijian.Inspections.Data;
using Zhijian.Inspections.Domain;
using Zhijian.Inspections.Features.Assignments;
using Zhijian.Inspections.Features.Draws;
using Zhijian.Platform.Identity;
using TaskStatus = Zhijian.Inspections.Domain.TaskStatus;

namespace Zhijian.Inspections.Features.Public;

internal sealed record PublicTask(long Id, string Name, string OrgUnit, string Status, string StatusName, long PlanId, string PlanName, DateOnly StartOn, DateOnly EndOn,
    bool Joint, IReadOnlyList<string> Departments, string Mode, int Draws);

internal sealed record PublicPlan(long Id, int Year, string Name, string Description, string OrgUnit, DateOnly From, DateOnly To, DateTimeOffset PublishedAt,
    IReadOnlyList<PublicItem> Items, IReadOnlyList<PublicTask> Tasks);

internal sealed record PublicItem(string Code, string Name, IReadOnlyList<string> SubItems, string LegalBasis, string Department, string TargetType,
    string Methods, string Kind, string Ratio, string Frequency, string OrgUnit);

/// <summary>A published result as the portal shows it (with its correction note, never the officers' notes in full).</summary>
internal sealed record PublicResult(string Uscc, string EntityName, string Category, DateOnly InspectedOn, DateOnly PublishedOn, string Officers, int Version, string? Correction);

/// <summary>免检 of one draw: an exemption tag of the library, its reason, and how many entities it left out of the candidate list.</summary>
internal sealed record PublicExemption(int Seq, string Tag, string Reason, int Count);

/// <summary>What the public may see of 双随机、一公开: published plans, items and tasks; draws; assignments; published results.</summary>
internal sealed class PublicInspections(InspectionsDbContext db, Draws.Draws draws, Assignments.Assignments assignments, ActorContext actor)
{
    public async Task<IReadOnlyList<PublicTask>> TasksAsync(CancellationToken ct)
    {
        actor.UsePublic();
        var published = await db.Plans.AsNoTracking().Where(p => p.PublishedAt != null).ToDictionaryAsync(p => p.Id, ct);
        var ids = published.Keys.ToList();
        var tasks = await db.Tasks.AsNoTracking().Where(t => ids.Contains(t.PlanId)).OrderByDescending(t => t.StartOn).ThenByDescending(t => t.Id).ToListAsync(ct);
        var drawCounts = await db.Draws.AsNoTracking().GroupBy(d => d.TaskId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        return [.. tasks.Select(t => Task(t, published[t.PlanId].Name, drawCounts.GetValueOrDefault(t.Id)))];
    }

    private static PublicTask Task(InspectionTask t, string plan, int draws) => new(t.Id, t.Name, t.OrgUnitName, t.Status.ToString(), Plans.Plans.StatusName(t.Status),
        t.PlanId, plan, t.StartOn, t.EndOn, t.Joint, [.. t.Departments.Select(d => d.Department)], t.Mode == DrawMode.RiskRatio ? "按信用风险分类比例" : "固定数量", draws);

    public async Task<IReadOnlyList<PublicPlan>> PlansAsync(CancellationToken ct)
    {
        actor.UsePublic();
        var plans = await db.Plans.AsNoTracking().Where(p => p.PublishedAt != null).OrderByDescending(p => p.Year).ThenBy(p => p.Name).ToListAsync(ct);
        var tasks = await TasksAsync(ct);
        var itemIds = plans.SelectMany(p => p.ItemIds).Distinct().ToList();
        var items = await db.Items.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        return [.. plans.Select(p => new PublicPlan(p.Id, p.Year, p.Name, p.Description, p.OrgUnitName, p.From, p.To, p.PublishedAt!.Value,
            [.. p.ItemIds.Where(items.ContainsKey).Select(id => Item(items[id], p.OrgUnitName))], [.. tasks.Where(t => t.PlanId == p.Id)]))];
    }

    public async Task<IReadOnlyList<PublicItem>> ItemsAsync(CancellationToken ct)
    {
        actor.UsePublic();
        var items = await db.Items.AsNoTracking().Where(i => i.PublishedAt != null && i.Active).OrderBy(i => i.OrgUnitId).ThenBy(i => i.Code).ToListAsync(ct);
        var plans = await db.Plans.AsNoTracking().Select(p => new { p.OrgUnitId, p.OrgUnitName }).Distinct().ToListAsync(ct);
        return [.. items.Select(i => Item(i, plans.FirstOrDefault(p => p.OrgUnitId == i.OrgUnitId)?.OrgUnitName ?? ""))];
    }

    private static PublicItem Item(InspectionItem i, string unit) => new(i.Code, i.Name, i.SubItems, i.LegalBasis, i.Department, i.TargetType,
        string.Join("、", i.Methods.Select(InspectionNames.Of)), i.Key ? "重点检查事项" : "一般检查事项", i.Ratio, i.Frequency, unit);

    /// <summary>The task if its plan is published (a draft plan's tasks are not public).</summary>
    public async Task<PublicTask?> TaskAsync(long id, CancellationToken ct)
    {
        actor.UsePublic();
        var t = await db.Tasks.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (t is null) return null;
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == t.PlanId && p.PublishedAt != null, ct);
        return plan is null ? null : Task(t, plan.Name, await db.Draws.CountAsync(d => d.TaskId == id, ct));
    }

    public async Task<DrawView?> MainDrawAsync(long taskId, CancellationToken ct) =>
        await TaskAsync(taskId, ct) is null ? null : await draws.MainAsync(taskId, ct);

    public async Task<DrawView?> DrawAsync(long taskId, int seq, CancellationToken ct) =>
        await TaskAsync(taskId, ct) is null ? null : await draws.GetAsync(taskId, seq, ct);

    public async Task<IReadOnlyList<DrawView>?> DrawsAsync(long taskId, CancellationToken ct) =>
        await TaskAsync(taskId, ct) is null ? null : await draws.ListAsync(taskId, false, ct);

    /// <summary>The exemption summary of every draw of the task, read without unpacking the frozen candidate lists.</summary>
    public async Task<IReadOnlyList<PublicExemption>?> ExemptionsAsync(long taskId, CancellationToken ct)
    {
        if (await TaskAsync(taskId, ct) is null) return null;
        var taskDraws = await db.Draws.AsNoTracking().Where(d => d.TaskId == taskId).OrderBy(d => d.Seq).ToListAsync(ct);
        var ids = taskDraws.Select(d => d.Id).ToList();
        var exempted = await db.DrawCandidates.AsNoTracking().Where(c => ids.Contains(c.DrawId)).Select(c => new { c.DrawId, c.Exempted }).ToDictionaryAsync(c => c.DrawId, c => c.Exempted, ct);
        var list = new List<PublicExemption>();
        foreach (var d in taskDraws)
        {
            var counts = exempted.GetValueOrDefault(d.Id, "").Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => line[(line.IndexOf(',', StringComparison.Ordinal) + 1)..]).GroupBy(tag => tag, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            list.AddRange(d.ExemptionTags.Select(x => new PublicExemption(d.Seq, x.Tag, x.Reason, counts.GetValueOrDefault(x.Tag))));
            list.AddRange(counts.Where(c => d.ExemptionTags.All(x => x.Tag != c.Key)).Select(c => new PublicExemption(d.Seq, c.Key, "", c.Value)));
        }

        return list;
    }

    public async Task<IReadOnlyList<OfficerDrawView>?> OfficerDrawsAsync(long taskId, CancellationToken ct) =>
        await TaskAsync(taskId, ct) is null ? null : await assignments.ListDrawsAsync(taskId, ct);

    public async Task<OfficerDrawView?> OfficerDrawAsync(long taskId, int seq, CancellationToken ct) =>
        await TaskAsync(taskId, ct) is null ? null : await assignments.GetDrawAsync(taskId, seq, ct);

    public async Task<IReadOnlyList<TargetAssignmentView>?> AssignmentsAsync(long taskId, CancellationToken ct) =>
        await TaskAsync(taskId, ct) is null ? null : await assignments.ViewAsync(taskId, ct);

    public async Task<IReadOnlyList<PublicResult>?> ResultsAsync(long taskId, CancellationToken ct)
    {
        if (await TaskAsync(taskId, ct) is null) return null;
        var results = await db.Results.AsNoTracking().Where(r => r.TaskId == taskId && r.PublishedAt != null).OrderBy(r => r.Uscc).ToListAsync(ct);
        var targetIds = results.Select(r => r.TargetId).ToList();
        var officers = (await db.Assignments.AsNoTracking().Where(a => targetIds.Contains(a.TargetId) && !a.Recused).ToListAsync(ct)).ToLookup(a => a.TargetId);
        return [.. results.Select(r => new PublicResult(r.Uscc, r.EntityName, InspectionNames.Of(r.Category), r.InspectedOn, r.PublishedOn!.Value,
            string.Join("、", officers[r.TargetId].Select(a => $"{a.InspectorName}（{a.CertificateNo}）")), r.Version, r.CorrectionReason))];
    }

    /// <summary>Published results about one entity (the credit profile and the entity's own page).</summary>
    public async Task<IReadOnlyList<PublicResult>> ForEntityAsync(string uscc, CancellationToken ct)
    {
        actor.UsePublic();
        var code = uscc.Trim().ToUpperInvariant();
        var results = await db.Results.AsNoTracking().Where(r => r.Uscc == code && r.PublishedAt != null).OrderByDescending(r => r.InspectedOn).ToListAsync(ct);
        return [.. results.Select(r => new PublicResult(r.Uscc, r.EntityName, InspectionNames.Of(r.Category), r.InspectedOn, r.PublishedOn!.Value, "", r.Version, r.CorrectionReason))];
    }

    /// <summary>The newest published results of published plans' tasks (公示首页), newest first.</summary>
    public async Task<IReadOnlyList<(PublicResult Result, long TaskId, string TaskName)>> LatestResultsAsync(int max, CancellationToken ct)
    {
        actor.UsePublic();
        var plans = db.Plans.Where(p => p.PublishedAt != null).Select(p => p.Id);
        var rows = await (from r in db.Results.AsNoTracking()
                          join t in db.Tasks.AsNoTracking() on r.TaskId equals t.Id
                          where r.PublishedAt != null && plans.Contains(t.PlanId)
                          orderby r.PublishedOn descending, r.Id descending
                          select new { r.Uscc, r.EntityName, r.Category, r.InspectedOn, PublishedOn = r.PublishedOn!.Value, r.Version, r.CorrectionReason, r.TaskId, TaskName = t.Name })
            .Take(max).ToListAsync(ct);
        return [.. rows.Select(r => (new PublicResult(r.Uscc, r.EntityName, InspectionNames.Of(r.Category), r.InspectedOn, r.PublishedOn, "", r.Version, r.CorrectionReason),
            r.TaskId, r.TaskName))];
    }

    /// <summary>The task of each published result of a published plan (result id → task id); others left out.</summary>
    public async Task<IReadOnlyDictionary<long, long>> TasksOfResultsAsync(IReadOnlyCollection<long> resultIds, CancellationToken ct)
    {
        if (resultIds.Count == 0) return new Dictionary<long, long>();
        actor.UsePublic();
        var plans = db.Plans.Where(p => p.PublishedAt != null).Select(p => p.Id);
        return await (from r in db.Results.AsNoTracking()
                      join t in db.Tasks.AsNoTracking() on r.TaskId equals t.Id
                      where resultIds.Contains(r.Id) && r.PublishedAt != null && plans.Contains(t.PlanId)
                      select new { r.Id, r.TaskId }).ToDictionaryAsync(x => x.Id, x => x.TaskId, ct);
    }

    public static bool IsDrawn(TaskStatus s) => s >= TaskStatus.Drawn;
}

/// <summary>
/// The credit page's inspection results (source <see cref="Findings.ResultConfirmedHandler.SourceSystem"/>, id
/// <c>result-{id}</c>) link to their task's public page, at its draw (摇号记录), so a reader can check how the entity was chosen.
/// </summary>
internal sealed class ResultCreditLinks(PublicInspections inspections) : Zhijian.Credit.Contracts.IPublicCreditRecordLinks
{
    private const string Prefix = "result-";

    public string SourceSystem => Findings.ResultConfirmedHandler.SourceSystem;

    public async Task<IReadOnlyDictionary<string, string>> HrefsAsync(IReadOnlyCollection<string> sourceIds, CancellationToken ct)
    {
        var ids = sourceIds
            .Select(s => s.StartsWith(Prefix, StringComparison.Ordinal) && long.TryParse(s.AsSpan(Prefix.Length), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).Distinct().ToList();
        var tasks = await inspections.TasksOfResultsAsync(ids, ct);
        return tasks.ToDictionary(kv => Prefix + kv.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), kv => $"/gs/inspections/tasks/{kv.Value}#gs-draws");
    }
}

/// <summary>公示首页 “抽查检查结果”: the newest published results, each linking to its task (with the draw that chose the entity).</summary>
internal sealed class ResultsHomeSection(PublicInspections inspections) : Zhijian.Platform.Portal.IPortalHomeSection
{
    public string Title => "抽查检查结果";

    public int Order => 200;

    public string MoreHref => "/gs/inspections";

    public async Task<IReadOnlyList<Zhijian.Platform.Portal.PortalItem>> LatestAsync(int max, CancellationToken ct) =>
        [.. (await inspections.LatestResultsAsync(max, ct)).Select(x => new Zhijian.Platform.Portal.PortalItem(
            $"{x.Result.EntityName}：{x.Result.Category}", x.Result.PublishedOn, $"/gs/inspections/tasks/{x.TaskId}", x.TaskName))];
}
