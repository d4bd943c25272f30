using Zhijian.Platform.Identity;

namespace Zhijian.Platform.Todo;

/// <summary>待办的种类, in the order the 工作台 shows them (the most urgent first).</summary>
public enum TodoKind
{
    /// <summary>已超期: the deadline has passed.</summary>
    Overdue = 0,

    /// <summary>今日到期</summary>
    DueToday = 1,

    /// <summary>3个工作日内到期</summary>
    DueSoon = 2,

    /// <summary>待我审批: a decision that only this user's role can take.</summary>
    AwaitingMyApproval = 3,

    /// <summary>退回给我: a reviewer sent the user's work back.</summary>
    ReturnedToMe = 4,
}

/// <summary>
/// One thing the signed-in user must act on: a record (<see cref="Count"/> 1), or a group of records of one kind that
/// a source sums up (<see cref="Count"/> N, <see cref="Href"/> the filtered list) rather than listing hundreds.
/// </summary>
/// <param name="Module">The module's name in Chinese (信用监管).</param>
/// <param name="Kind">See <see cref="TodoKind"/>.</param>
/// <param name="Title">What to do, in the clerk's words ("确认拟列入经营异常名录").</param>
/// <param name="Record">Which record: its number and party ("鲁历下市监立〔2026〕12号 · 济南某某食品有限公司").</param>
/// <param name="DueOn">The statutory deadline (China date), when there is one.</param>
/// <param name="Href">The console page that acts on it.</param>
public sealed record TodoItem(string Module, TodoKind Kind, string Title, string Record, DateOnly? DueOn, string Href)
{
    /// <summary>How many records the item stands for (1 for a single record).</summary>
    public int Count { get; init; } = 1;
}

/// <summary>
/// What a source is asked: who (<see cref="Actor"/>, scoped to the user's jurisdiction in the source's own DbContext),
/// today, and the end of the "due soon" window (<see cref="DueSoonLimit"/> = today + 3 working days, from the shared
/// working calendar). <see cref="Deadline"/> turns a due date into the right kind; sources list at most <see cref="Take"/>
/// records of one kind and sum up the rest.
/// </summary>
public sealed class TodoContext(Actor actor, DateOnly today, DateOnly dueSoonLimit)
{
    /// <summary>The working days of the "due soon" window.</summary>
    public const int DueSoonWorkingDays = 3;

    public Actor Actor { get; } = actor;

    public DateOnly Today { get; } = today;

    /// <summary>The last day of the "3个工作日内到期" window (inclusive).</summary>
    public DateOnly DueSoonLimit { get; } = dueSoonLimit;

    /// <summary>Records listed one by one per query; beyond it a source adds one summing item.</summary>
    public int Take { get; init; } = 20;

    /// <summary>The kind a deadline gives today: 已超期, 今日到期, 3个工作日内到期, or null when it is further off.</summary>
    public TodoKind? KindOf(DateOnly dueOn) =>
        dueOn < Today ? TodoKind.Overdue : dueOn == Today ? TodoKind.DueToday : dueOn <= DueSoonLimit ? TodoKind.DueSoon : null;

    /// <summary>An item for a record with a deadline, or null when the deadline is not within the window.</summary>
    public TodoItem? Deadline(string module, string title, string record, DateOnly dueOn, string href) =>
        KindOf(dueOn) is { } kind ? new TodoItem(module, kind, title, record, dueOn, href) : null;

    /// <summary>
    /// An item waiting for the user's decision: 待我审批, or 已超期 once its deadline has passed (an overdue approval is
    /// shown in red like every overdue item).
    /// </summary>
    public TodoItem Approval(string module, string title, string record, DateOnly? dueOn, string href) =>
        new(module, dueOn < Today ? TodoKind.Overdue : TodoKind.AwaitingMyApproval, title, record, dueOn, href);

    /// <summary>
    /// At most <see cref="Take"/> items of each kind, in the given order; the rest of a kind become one item from
    /// <paramref name="rest"/>(kind, how many), so the counts stay exact while the list stays short.
    /// </summary>
    public IReadOnlyList<TodoItem> Cap(IEnumerable<TodoItem> items, Func<TodoKind, int, TodoItem> rest)
    {
        var list = new List<TodoItem>();
        foreach (var kind in items.GroupBy(i => i.Kind))
        {
            list.AddRange(kind.Take(Take));
            var more = kind.Skip(Take).Sum(i => i.Count);
            if (more > 0) list.Add(rest(kind.Key, more) with { Count = more });
        }

        return list;
    }
}
