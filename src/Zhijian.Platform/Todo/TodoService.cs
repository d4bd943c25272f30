using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;

namespace Zhijian.Platform.Todo;

/// <summary>The number of to-do items of one kind.</summary>
public sealed record TodoCount(TodoKind Kind, string Name, int Count);

/// <summary>
/// 我的待办: every source's items, the most urgent first, with the count per kind; <see cref="Unavailable"/> names the
/// modules whose items could not be read this time.
/// </summary>
public sealed record TodoList(DateOnly Today, DateOnly DueSoonLimit, int Total, IReadOnlyList<TodoCount> Counts, IReadOnlyList<TodoItem> Items,
    IReadOnlyList<string> Unavailable)
{
    public int CountOf(TodoKind kind) => Counts.FirstOrDefault(c => c.Kind == kind)?.Count ?? 0;
}

/// <summary>A registered source type (see <see cref="TodoSetup.AddTodoSource{T}"/>).</summary>
public sealed record TodoSourceRegistration(Type SourceType);

/// <summary>Asks every <see cref="ITodoSource"/> for the user, each in its own scope, and merges the answers.</summary>
public sealed class TodoService(IServiceScopeFactory scopes, IEnumerable<TodoSourceRegistration> sources, IWorkingCalendar calendar, TimeProvider clock,
    ILogger<TodoService> log)
{
    public static string KindName(TodoKind kind) => kind switch
    {
        TodoKind.Overdue => "已超期",
        TodoKind.DueToday => "今日到期",
        TodoKind.DueSoon => "3个工作日内到期",
        TodoKind.AwaitingMyApproval => "待我审批",
        TodoKind.ReturnedToMe => "退回给我",
        _ => kind.ToString(),
    };

    public async Task<TodoList> GetAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var actor = Actor.From(user);
        var today = clock.Today();
        var soon = calendar.AddWorkingDays(today, TodoContext.DueSoonWorkingDays);
        if (!actor.IsAuthenticated || actor.IsApiClient) return Merge(today, soon, [], []);
        var context = new TodoContext(actor, today, soon);
        var answers = await Task.WhenAll(sources.Select(s => AskAsync(s.SourceType, user, context, ct)));
        return Merge(today, soon, [.. answers.SelectMany(a => a.Items)], [.. answers.Where(a => a.Failed is not null).Select(a => a.Failed!)]);
    }

    private async Task<(IReadOnlyList<TodoItem> Items, string? Failed)> AskAsync(Type type, ClaimsPrincipal user, TodoContext context, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Use(user);
        var source = (ITodoSource)scope.ServiceProvider.GetRequiredService(type);
        try
        {
            return (await source.GetAsync(context, ct), null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            log.LogError(e, "To-do source {Source} failed", type.Name);
            return ([], source.Module);
        }
    }

    private static TodoList Merge(DateOnly today, DateOnly soon, IReadOnlyList<TodoItem> items, IReadOnlyList<string> failed)
    {
        var ordered = items.OrderBy(i => i.Kind).ThenBy(i => i.DueOn ?? DateOnly.MaxValue).ThenBy(i => i.Module, StringComparer.Ordinal)
            .ThenBy(i => i.Record, StringComparer.Ordinal).ToList();
        var counts = Enum.GetValues<TodoKind>().Select(k => new TodoCount(k, KindName(k), items.Where(i => i.Kind == k).Sum(i => i.Count))).ToList();
        return new TodoList(today, soon, counts.Sum(c => c.Count), counts, ordered, failed);
    }
}

public static class TodoSetup
{
    /// <summary>The platform's to-do service (registered once by AddZhijian).</summary>
    public static IServiceCollection AddTodo(this IServiceCollection services)
    {
        services.AddSingleton<TodoService>();
        services.AddScoped<TodoState>();
        return services;
    }

    /// <summary>Registers a module's to-do source (scoped; see <see cref="ITodoSource"/>).</summary>
    public static IServiceCollection AddTodoSource<TSource>(this IServiceCollection services) where TSource : class, ITodoSource
    {
        services.AddScoped<TSource>();
        services.AddSingleton(new TodoSourceRegistration(typeof(TSource)));
        return services;
    }
}
