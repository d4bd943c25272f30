using System.Text.Json;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Platform.Todo;

/// <summary>Reads the signed-in user's to-do list (<c>GET /api/v1/todo</c>).</summary>
internal static class TodoTestKit
{
    public static async Task<JsonElement> TodoAsync(StaffClient user) => await (await user.Http.GetAsync("/api/v1/todo")).ExpectAsync();

    public static JsonElement[] Items(JsonElement todo, string? module = null) =>
        [.. todo.GetProperty("items").EnumerateArray().Where(i => module is null || i.Str("module") == module)];

    public static int Count(JsonElement todo, string kind) =>
        todo.GetProperty("counts").EnumerateArray().Single(c => c.Str("kind") == kind).GetProperty("count").GetInt32();

    public static JsonElement? ItemFor(JsonElement todo, string href) =>
        Items(todo).Where(i => i.Str("href") == href).Select(i => (JsonElement?)i).FirstOrDefault();
}
