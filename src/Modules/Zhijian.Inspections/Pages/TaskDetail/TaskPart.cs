using Microsoft.AspNetCore.Components;

namespace Zhijian.Inspections.Pages.TaskDetail;

/// <summary>
/// A part of the task page that acts on the task: the task as the page loaded it (<see cref="TaskSnapshot"/>, cascaded), whether
/// the user organises, and the page's runner — one action at a time on the whole page, each on fresh data — and reload.
/// </summary>
public abstract class TaskPart : ComponentBase
{
    /// <summary>The user may freeze lists, draw, assign, publish and correct (科室负责人).</summary>
    [Parameter] public bool CanOrganise { get; set; }

    /// <summary>An action of the page is running: every button waits.</summary>
    [Parameter] public bool Busy { get; set; }

    /// <summary>Runs an action as the page's one action at a time, on fresh data.</summary>
    [Parameter] public EventCallback<Func<Task>> Run { get; set; }

    /// <summary>Reloads the task after a change.</summary>
    [Parameter] public EventCallback Reload { get; set; }

    [CascadingParameter] private protected TaskSnapshot Data { get; set; } = default!;
}
