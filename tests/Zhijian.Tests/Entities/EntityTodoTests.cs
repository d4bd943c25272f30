using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Platform.Todo.TodoTestKit;

namespace Zhijian.Tests.Entities;

/// <summary>市场主体库's to-do items: licences expiring within three working days, for registrars.</summary>
public sealed class EntityTodoTests
{
    [Fact]
    public async Task A_registrar_is_reminded_of_licences_expiring_today_and_within_three_working_days_only()
    {
        await using var app = await ZhijianApp.StartAsync(); // Mon 23 Nov 2026: the window ends Thu 26 Nov
        var registrar = await app.LoginAsync("registrar");
        foreach (var (name, validTo) in new[] { ("济南泉城今日到期食品有限公司", "2026-11-23"), ("济南泉城周四到期食品有限公司", "2026-11-26"), ("济南泉城周五到期食品有限公司", "2026-11-27") })
        {
            var entity = SampleEntities.Company(name);
            await (await registrar.PostJsonAsync("/api/v1/entities", entity)).ExpectAsync(System.Net.HttpStatusCode.Created);
            await (await registrar.PostJsonAsync($"/api/v1/entities/{entity["uscc"]}/licences", new
            {
                typeCode = "food-operation",
                number = "JY1370102" + validTo.Replace("-", "", StringComparison.Ordinal)[2..],
                issuer = "济南市历下区市场监督管理局",
                validFrom = "2021-11-27",
                validTo,
                commitment = false,
            })).ExpectAsync(System.Net.HttpStatusCode.Created);
        }

        var todo = await TodoAsync(registrar);

        var items = Items(todo, "市场主体库");
        Assert.Equal([("DueToday", 1, "2026-11-23"), ("DueSoon", 1, "2026-11-26")],
            items.Select(i => (i.Str("kind"), i.GetProperty("count").GetInt32(), i.Str("dueOn"))).ToArray());
        Assert.All(items, i => Assert.Equal("/entities/licences", i.Str("href")));
        var chief = await app.LoginAsync("chief");
        Assert.Empty(Items(await TodoAsync(chief), "市场主体库")); // the reminder is the registrar's
    }
}
