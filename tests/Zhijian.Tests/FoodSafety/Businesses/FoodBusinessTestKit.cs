using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Storage;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.FoodSafety.Businesses;

/// <summary>Intent methods for the food-business tests: registry entities, licences, audit counts.</summary>
internal static class FoodBusinessTestKit
{
    public static async Task<string> RegisterCompanyAsync(StaffClient registrar, string name, string county = "370102")
    {
        var body = SampleEntities.Company(name, county);
        var response = await registrar.PostJsonAsync("/api/v1/entities", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (string)body["uscc"]!;
    }

    public static object Licence(string uscc, string number, string issuedOn = "2022-03-10", string kind = "JY", string[]? items = null, string? canteen = null) => new
    {
        kind,
        number,
        uscc,
        premises = "济南市历下区泉城路 188 号一层",
        items = items ?? ["热食类食品制售", "冷食类食品制售"],
        authority = "济南市历下区市场监督管理局",
        issuedOn,
        canteen,
    };

    public static Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) => response.ExpectAsync(expected);

    public static Task<string> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected) => response.ExpectProblemAsync(expected);

    public static MultipartFormDataContent Csv(string text, Encoding encoding)
    {
        var content = new ByteArrayContent(encoding.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { content, "file", "存量许可.csv" } };
    }

    public static Task<int> AuditCountAsync(ZhijianApp app, string action) =>
        app.AsSystemAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditEntries.CountAsync(a => a.Action == action));

    public static Task<int> LicenceCountAsync(ZhijianApp app) =>
        app.AsSystemAsync(sp => sp.GetRequiredService<Zhijian.FoodSafety.Data.FoodSafetyDbContext>().Licences.IgnoreQueryFilters().CountAsync());
}
