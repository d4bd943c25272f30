using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Zhijian.Platform.Todo;

/// <summary><c>GET /api/v1/todo</c>: the signed-in staff member's to-do list (an app shows the same list as the 工作台).</summary>
internal static class TodoEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/todo", Get).RequireAuthorization().WithTags("待办")
            .WithSummary("我的待办：待我审批、今日到期、已超期、3个工作日内到期、退回给我，按紧急程度排序");

    private static async Task<Ok<TodoList>> Get(HttpContext http, TodoService todo, CancellationToken ct) =>
        TypedResults.Ok(await todo.GetAsync(http.User, ct));
}
