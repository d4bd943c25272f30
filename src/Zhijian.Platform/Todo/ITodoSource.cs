namespace Zhijian.Platform.Todo;

/// <summary>
/// 待办来源: a module's contribution to the signed-in user's to-do list (工作台, the menu badge, <c>GET /api/v1/todo</c>).
/// Registered with <c>services.AddTodoSource&lt;T&gt;()</c> in the module's AddServices. The platform resolves each source
/// in its own DI scope whose actor is the user, so the module's DbContext is already limited to the user's jurisdiction;
/// the source decides by role what the user must act on, reads only its own tables, and returns the items due within
/// <see cref="TodoContext.DueSoonLimit"/> (or waiting for the user without a deadline). A source that throws is logged and
/// shown as "暂时无法读取"; the others still answer. See docs/todo.md.
/// </summary>
public interface ITodoSource
{
    /// <summary>The module's name as the list shows it (投诉举报).</summary>
    string Module { get; }

    Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext context, CancellationToken ct);
}
