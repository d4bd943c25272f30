using MudBlazor;
using Zhijian.Inspections.Domain;
using Zhijian.Inspections.Features.Assignments;
using Zhijian.Inspections.Features.Draws;
using Zhijian.Inspections.Features.Findings;
using Zhijian.Inspections.Features.Items;
using Zhijian.Inspections.Features.Libraries;
using Zhijian.Inspections.Features.Plans;
using TaskStatus = Zhijian.Inspections.Domain.TaskStatus;

namespace Zhijian.Inspections.Pages.TaskDetail;

/// <summary>
/// What the task page loaded, handed to its parts as one cascading value. A component is a public class, so its
/// <c>[Parameter]</c>s cannot carry the module's internal view types; a private cascading parameter can. The page makes a
/// new snapshot on every load, so every part re-renders with it.
/// </summary>
internal sealed record TaskSnapshot(TaskView Task, IReadOnlyList<DrawView> Draws, IReadOnlyList<TargetAssignmentView> Targets,
    IReadOnlyList<ResultView> Results, IReadOnlyDictionary<long, ItemView> Items, LibraryPreview? Preview, bool? PlanPublished,
    IReadOnlyList<OfficerDrawView> OfficerDraws)
{
    public static readonly string Pending = Assignments.TargetStatusName(TargetStatus.Pending);

    public static readonly string Replaced = Assignments.TargetStatusName(TargetStatus.Replaced);

    public static readonly DialogOptions SmallDialog = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };

    /// <summary>Targets still waiting for officers (some department short of its officers: none assigned yet, or one recused).</summary>
    public int Unstaffed => Targets.Count(x => OpenSlots(x) > 0);

    /// <summary>Officer places still to fill over all pending targets (each department's officers per target less those assigned and not recused).</summary>
    public int OpenSlotCount => Targets.Sum(OpenSlots);

    /// <summary>The officer places of a pending target still to fill.</summary>
    public int OpenSlots(TargetAssignmentView target) => target.Status != Pending ? 0
        : Task.Departments.Sum(d => Math.Max(0, d.OfficersPerTarget - target.Officers.Count(o => !o.Recused && o.Department == d.Department)));

    /// <summary>The main draw: the drawn one, else the newest one not cancelled (after a cancelled main draw the main draw is not seq 1).</summary>
    public DrawView? MainDraw => Draws.FirstOrDefault(d => d.Kind == "main" && d.Status == "drawn") ?? Draws.LastOrDefault(d => d.Kind == "main" && d.Status != "cancelled");

    /// <summary>The officer draw frozen and waiting for its public value, if any.</summary>
    public OfficerDrawView? PendingOfficerDraw => OfficerDraws.LastOrDefault(d => d.Status == "committed");

    /// <summary>The step of 待抽取 → 冻结名录 → 摇号 → 分派人员 → 检查中 → 公示 the task is at (6: all done).</summary>
    public int Stage => Task.Status switch
    {
        TaskStatus.Draft => 0,
        TaskStatus.Committed => 2,
        TaskStatus.Drawn => 3,
        TaskStatus.Assigned => 4,
        _ => Task.Targets > 0 && Task.Published >= Task.Targets ? 6 : 5,
    };

    public string ItemName(long id) => Items.TryGetValue(id, out var i) ? i.Name : $"事项 {id}";
}
