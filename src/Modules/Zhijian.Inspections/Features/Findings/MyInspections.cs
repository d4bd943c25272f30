using Microsoft.EntityFrameworkCore;
using Zhijian.Inspections.Data;
using Zhijian.Inspections.Domain;
using Zhijian.Platform.Identity;

namespace Zhijian.Inspections.Features.Findings;

/// <summary>An officer of a target as the inspector's own list shows it: who still has to confirm the result.</summary>
internal sealed record TargetOfficerView(string Name, string CertificateNo, string Department, bool Me, bool Confirmed);

/// <summary>A target assigned to the logged-in officer that still needs a result or a confirmation.</summary>
internal sealed record MyTargetView(long TargetId, long TaskId, string TaskName, string OrgUnitName, string Uscc, string EntityName,
    DateOnly StartOn, DateOnly EndOn, string Status, string StatusName, long? ResultId, bool ConfirmedByMe, IReadOnlyList<TargetOfficerView> Officers);

/// <summary>
/// 我的检查: the open targets (待检查, or 已录入待确认) the logged-in officer is assigned to, across tasks — the officer being
/// the inspector-library rows whose login (<see cref="Inspector.UserName"/>) is the current user's.
/// </summary>
internal sealed class MyInspections(InspectionsDbContext db, ActorContext actor)
{
    public async Task<IReadOnlyList<MyTargetView>> OpenAsync(CancellationToken ct)
    {
        var me = actor.Current;
        if (!me.IsAuthenticated || me.IsApiClient) return [];
        var mine = await db.Inspectors.AsNoTracking().Where(i => i.UserName == me.Name).Select(i => new { i.Id, i.CertificateNo }).ToListAsync(ct);
        if (mine.Count == 0) return [];
        var ids = mine.Select(i => i.Id).ToList();
        var certs = mine.Select(i => i.CertificateNo).ToHashSet(StringComparer.Ordinal);
        var targets = await db.Targets.AsNoTracking()
            .Where(t => (t.Status == TargetStatus.Pending || t.Status == TargetStatus.Entered)
                && db.Assignments.Any(a => a.TargetId == t.Id && !a.Recused && ids.Contains(a.InspectorId)))
            .ToListAsync(ct);
        if (targets.Count == 0) return [];
        var targetIds = targets.Select(t => t.Id).ToList();
        var taskIds = targets.Select(t => t.TaskId).Distinct().ToList();
        var tasks = await db.Tasks.AsNoTracking().Where(t => taskIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var officers = (await db.Assignments.AsNoTracking().Where(a => targetIds.Contains(a.TargetId) && !a.Recused).OrderBy(a => a.DepartmentIndex).ThenBy(a => a.Id).ToListAsync(ct))
            .ToLookup(a => a.TargetId);
        var results = await db.Results.AsNoTracking().Where(r => targetIds.Contains(r.TargetId)).ToDictionaryAsync(r => r.TargetId, ct);
        return [.. targets
            .Select(t =>
            {
                var task = tasks[t.TaskId];
                var result = results.GetValueOrDefault(t.Id);
                var confirmed = result?.ConfirmedBy ?? [];
                string Dept(int i) => i < task.Departments.Count ? task.Departments[i].Department : "";
                return new MyTargetView(t.Id, t.TaskId, task.Name, task.OrgUnitName, t.Uscc, t.EntityName, task.StartOn, task.EndOn, t.Status.ToString(),
                    Assignments.Assignments.TargetStatusName(t.Status), result?.Id, confirmed.Any(certs.Contains),
                    [.. officers[t.Id].Select(a => new TargetOfficerView(a.InspectorName, a.CertificateNo, Dept(a.DepartmentIndex), certs.Contains(a.CertificateNo), confirmed.Contains(a.CertificateNo)))]);
            })
            .OrderBy(t => t.ConfirmedByMe)
            .ThenBy(t => t.EndOn)
            .ThenBy(t => t.TaskId)
            .ThenBy(t => t.EntityName, StringComparer.Ordinal)];
    }
}
