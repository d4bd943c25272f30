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
    IReadOnlyList<ResultView> Results, IReadOnlyDictionary<long, ItemView> Items, LibraryPreview? Preview, bool? PlanPublished)
{
    public static readonly string Pending = Assignments.TargetStatusName(TargetStatus.Pending);

    public static readonly string Replaced = Assignments.TargetStatusName(TargetStatus.Replaced);

    public static readonly DialogOptions SmallDialog = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };

    /// <summary>Targets still waiting for officers (none assigned, or every assigned one recused).</summary>
    public int Unstaffed => Targets.Count(x => x.Status == Pending && x.Officers.All(o => o.Recused));

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
