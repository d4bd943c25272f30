using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.FoodSafety.Supervision;

/// <summary>Intent methods for the 监督检查 tests.</summary>
internal static class SupervisionKit
{
    /// <summary>
    /// Adds a food business straight through the module's context. It stands in for the licence API that is being built
    /// alongside this area (issue 20, licences and grading): once that exists, tests register businesses through it.
    /// </summary>
    public static async Task<long> AddBusinessAsync(ZhijianApp app, string uscc, string name, string? grade = null, FoodBusinessType type = FoodBusinessType.Catering,
        CanteenKind canteen = CanteenKind.None, string division = "370102", bool transparent = false) =>
        await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<FoodSafetyDbContext>();
            var now = app.Clock.GetUtcNow();
            var b = new FoodBusiness
            {
                Uscc = uscc,
                Name = name,
                Type = type,
                Canteen = canteen,
                Premises = "山东省济南市历下区泉城路 1 号",
                DivisionCode = division,
                Grade = grade,
                TransparentKitchen = transparent,
                TransparentKitchenMode = transparent ? "视频" : null,
                TransparentKitchenSince = transparent ? new DateOnly(2025, 9, 1) : null,
                CreatedAt = now.AddYears(-3),
                UpdatedAt = now,
            };
            db.Businesses.Add(b);
            await db.SaveChangesAsync();
            return b.Id;
        });

    /// <summary>The current checklist of a business's 业态 (codes and key flags) through the API.</summary>
    public static async Task<JsonElement> ChecklistAsync(StaffClient staff, string kindName) =>
        (await staff.GetJsonAsync("/api/v1/food/checklists")).EnumerateArray().First(c => c.Str("kindName") == kindName);

    /// <summary>Answers every item 是, except the given codes 否.</summary>
    public static object[] Answers(JsonElement checklist, params string[] failed) =>
        [.. checklist.GetProperty("items").EnumerateArray().Select(i => new { code = i.Str("code"), answer = failed.Contains(i.Str("code")) ? "No" : "Yes", note = (string?)null })];

    public static string FirstCode(JsonElement checklist, bool key) =>
        checklist.GetProperty("items").EnumerateArray().First(i => i.GetProperty("key").GetBoolean() == key).Str("code");

    public static Task<HttpResponseMessage> RecordAsync(HttpClient client, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/food/inspections") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }

    public static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "条件在 30 秒内未满足");
            await Task.Delay(200);
        }
    }

    public static async Task<int> CountInspectionsAsync(ZhijianApp app) =>
        await app.AsSystemAsync(async sp => await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(sp.GetRequiredService<FoodSafetyDbContext>().Inspections));

    public const HttpStatusCode Created = HttpStatusCode.Created;
}
