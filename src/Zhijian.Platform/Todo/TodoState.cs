using Microsoft.AspNetCore.Components.Authorization;

namespace Zhijian.Platform.Todo;

/// <summary>
/// The signed-in user's to-do list for one console circuit (scoped): the menu badge reads it once per circuit, the 工作台
/// reloads it when what it holds is older than it wants, and <see cref="Changed"/> tells the menu a newer list arrived.
/// </summary>
public sealed class TodoState(TodoService todo, AuthenticationStateProvider auth, TimeProvider clock)
{
    private Task<TodoList>? _loading;
    private DateTimeOffset _loadedAt;

    /// <summary>A newer list was loaded (raised off the renderer's thread: handlers use InvokeAsync).</summary>
    public event Action? Changed;

    /// <summary>The last list loaded, if any.</summary>
    public TodoList? Current { get; private set; }

    /// <summary>The list, read again when the one held is older than <paramref name="maxAge"/> (null: any age will do).</summary>
    public Task<TodoList> GetAsync(TimeSpan? maxAge = null)
    {
        if (_loading is null || (_loading.IsCompleted && maxAge is { } age && clock.GetUtcNow() - _loadedAt > age) || _loading.IsFaulted)
        {
            _loading = LoadAsync();
        }

        return _loading;
    }

    private async Task<TodoList> LoadAsync()
    {
        var user = (await auth.GetAuthenticationStateAsync()).User;
        var list = await todo.GetAsync(user, CancellationToken.None);
        _loadedAt = clock.GetUtcNow();
        Current = list;
        Changed?.Invoke();
        return list;
    }
}
