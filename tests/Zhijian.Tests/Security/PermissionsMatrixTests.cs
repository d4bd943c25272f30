using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using Zhijian.Platform;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Security;

/// <summary>
/// The permissions matrix (issue 16): every operation of the OpenAPI document and every console/portal page route,
/// asked by every caller, answers as <see cref="Permissions"/> says. The sets of operations and routes come from the
/// running app; the expected answers only from the hand-written table, so a new endpoint without an entry fails.
/// </summary>
[Trait("Database", "any")] // the HTTP surface (routes, headers, authorization): the same on every engine, tested in the SQLite pass
public sealed partial class PermissionsMatrixTests(ITestOutputHelper output)
{
    /// <summary>Who asks: anonymous, each demo role, the city and county administrators, and four API clients.</summary>
    public static readonly IReadOnlyList<Caller> Callers =
    [
        Caller.Anonymous,
        Caller.Staff("admin", Roles.Admin, OrgTree.City),
        Caller.Staff("admin.lixia", Roles.Admin, OrgTree.County),
        Caller.Staff("registrar", Roles.Registrar, OrgTree.County),
        Caller.Staff("inspector", Roles.Inspector, OrgTree.County),
        Caller.Staff("complaint", Roles.ComplaintHandler, OrgTree.County),
        Caller.Staff("casehandler", Roles.CaseHandler, OrgTree.County),
        Caller.Staff("chief", Roles.SectionChief, OrgTree.County),
        Caller.Staff("legal", Roles.LegalReviewer, OrgTree.City),
        Caller.Staff("leader", Roles.Leader, OrgTree.City),
        Caller.Client("city", OrgTree.City, Scopes.All),
        Caller.Client("county", OrgTree.County, Scopes.All),
        Caller.Client("other-county", OrgTree.OtherCounty, Scopes.All),
        Caller.Client("narrow", OrgTree.City, Scopes.RulesRead),
    ];

    [Fact]
    public async Task Every_operation_and_page_answers_every_caller_as_the_table_says()
    {
        var watch = Stopwatch.StartNew();
        await using var app = await ZhijianApp.StartAsync();

        var operations = await OperationsAsync(app);
        var routes = PageRoutes(app);
        var problems = new List<string>();
        problems.AddRange(operations.Where(o => !Permissions.Api.ContainsKey(o)).Select(o => $"无表项的接口 {o}：请在 Permissions.Api 中写明其访问类别"));
        problems.AddRange(Permissions.Api.Keys.Where(k => !operations.Contains(k)).Select(k => $"表项 {k} 对应的接口已不存在"));
        problems.AddRange(routes.Where(r => !Permissions.Pages.ContainsKey(r)).Select(r => $"无表项的页面 {r}：请在 Permissions.Pages 中写明其访问类别"));
        problems.AddRange(Permissions.Pages.Keys.Where(k => !routes.Contains(k)).Select(k => $"表项 {k} 对应的页面已不存在"));

        var tokens = await TokensAsync(app);
        var clients = new Dictionary<Caller, HttpClient>();
        foreach (var caller in Callers) clients[caller] = await ClientAsync(app, caller);

        var requests = new List<(string Key, bool Page, Caller Caller, Expect Expected, Func<HttpClient, Task<HttpResponseMessage>> Send)>();
        foreach (var key in operations.Where(Permissions.Api.ContainsKey))
        {
            var entry = Permissions.Api[key];
            var method = new HttpMethod(key[..key.IndexOf(' ', StringComparison.Ordinal)]);
            var path = Resolve(entry.Sample ?? Placeholders(key[(key.IndexOf(' ', StringComparison.Ordinal) + 1)..]), tokens);
            var body = method == HttpMethod.Get || method == HttpMethod.Delete ? null : Resolve(entry.Body ?? "{}", tokens);
            for (var i = 0; i < Callers.Count; i++)
            {
                var caller = Callers[i];
                var callerBody = body?.Replace("{caller}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
                requests.Add((key, false, caller, entry.Access.For(caller), http => SendAsync(http, method, path, callerBody)));
            }
        }

        foreach (var route in routes.Where(Permissions.Pages.ContainsKey))
        {
            var entry = Permissions.Pages[route];
            var path = Resolve(entry.Sample ?? Placeholders(route), tokens);
            foreach (var caller in Callers) requests.Add((route, true, caller, entry.Access.For(caller), http => http.GetAsync(path)));
        }

        var mismatches = new ConcurrentBag<string>();
        var errors = new ConcurrentBag<string>();
        var setup = watch.Elapsed;
        var phases = new List<string>();
        foreach (var phase in requests.GroupBy(r => r.Page))
        {
            var started = watch.Elapsed;
            await Parallel.ForEachAsync(phase, new ParallelOptions { MaxDegreeOfParallelism = 8 }, Send);
            phases.Add($"{(phase.Key ? "页面" : "接口")} {phase.Count()} 次 {(watch.Elapsed - started).TotalSeconds:F1} 秒");
        }

        async ValueTask Send((string Key, bool Page, Caller Caller, Expect Expected, Func<HttpClient, Task<HttpResponseMessage>> Send) r, CancellationToken ct)
        {
            using var response = await r.Send(clients[r.Caller]);
            var status = (int)response.StatusCode;
            var location = response.Headers.Location?.OriginalString ?? "";
            var actual = r.Page ? PageAnswer(status, location) : ApiAnswer(status);
            if (!Matches(r.Expected, actual, status))
                mismatches.Add($"{r.Key,-62} {r.Caller.Name,-40} 期望 {r.Expected,-15} 实际 {status}{(location.Length > 0 ? " → " + location : "")}");
            if (status >= 500) errors.Add($"{r.Key} {r.Caller.Name} → {status}");
        }

        output.WriteLine($"{operations.Count} 个接口、{routes.Count} 个页面、{Callers.Count} 个调用者，共 {requests.Count} 次请求，用时 {watch.Elapsed.TotalSeconds:F1} 秒（{TestDatabase.CurrentKind}；启动与登录 {setup.TotalSeconds:F1} 秒，{string.Join("，", phases)}）");
        foreach (var e in errors.Order(StringComparer.Ordinal)) output.WriteLine("5xx（不计入矩阵）: " + e);
        var failures = problems.Concat(mismatches.Order(StringComparer.Ordinal)).ToList();
        Assert.True(failures.Count == 0,
            $"权限矩阵有 {failures.Count} 处不符（{mismatches.Count} 个请求的应答与表不符）：\n" + string.Join('\n', failures));
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string? body)
    {
        var request = new HttpRequestMessage(method, path)
        {
            Content = body switch
            {
                null => null,
                Rule.Multipart => new MultipartFormDataContent { { new ByteArrayContent("矩阵"u8.ToArray()), "file", "matrix.txt" } },
                _ => new StringContent(body, Encoding.UTF8, "application/json"),
            },
        };
        return http.SendAsync(request);
    }

    /// <summary>Every API operation of the OpenAPI document as "METHOD /path/{template}".</summary>
    public static async Task<SortedSet<string>> OperationsAsync(ZhijianApp app)
    {
        var doc = await app.Anonymous().GetJsonAsync("/openapi/v1.json");
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject())
            {
                if (op.Name is "parameters" or "summary" or "description" or "servers") continue;
                set.Add($"{op.Name.ToUpperInvariant()} {path.Name}");
            }
        }

        return set;
    }

    /// <summary>Every routable Blazor component of the host and the modules' page assemblies, by route template.</summary>
    public static SortedSet<string> PageRoutes(ZhijianApp app)
    {
        var assemblies = app.Services.GetRequiredService<ModuleCatalog>().PageAssemblies.Append(typeof(Program).Assembly).Distinct();
        return new SortedSet<string>(
            assemblies.SelectMany(a => a.GetTypes()).SelectMany(t => t.GetCustomAttributes<RouteAttribute>()).Select(r => r.Template),
            StringComparer.Ordinal);
    }

    public static Type? PageType(ZhijianApp app, string route) =>
        app.Services.GetRequiredService<ModuleCatalog>().PageAssemblies.Append(typeof(Program).Assembly).Distinct()
            .SelectMany(a => a.GetTypes()).FirstOrDefault(t => t.GetCustomAttributes<RouteAttribute>().Any(r => r.Template == route));

    private static async Task<HttpClient> ClientAsync(ZhijianApp app, Caller caller) => caller.Kind switch
    {
        CallerKind.Anonymous => app.Anonymous(),
        CallerKind.Staff => (await app.LoginAsync(caller.Login!)).Http,
        _ => await app.ApiClientAsync(caller.Org!, [.. caller.Scopes]),
    };

    /// <summary>Values of the demo data that samples refer to as {token}.</summary>
    private static async Task<Dictionary<string, string>> TokensAsync(ZhijianApp app) => await app.AsSystemAsync(async sp =>
    {
        var db = sp.GetRequiredService<PlatformDbContext>();
        var units = await db.OrgUnits.IgnoreQueryFilters().ToDictionaryAsync(o => o.Code, o => o, CancellationToken.None);
        var county = units[OrgTree.County];
        var street = sp.GetRequiredService<DivisionTable>().ChildrenOf(OrgTree.County).Select(d => d.Code).First(c => !units.ContainsKey(c));
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["{unit:city}"] = units[OrgTree.City].Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{unit:county}"] = county.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{unit:county:name}"] = county.Name,
            ["{unit:county:covered}"] = string.Join(',', county.CoveredDivisions.Select(c => $"\"{c}\"")),
            ["{street:county}"] = street,
        };
    });

    private static string Resolve(string text, Dictionary<string, string> tokens) =>
        tokens.Aggregate(text, (t, kv) => t.Replace(kv.Key, kv.Value, StringComparison.Ordinal));

    /// <summary>Placeholder values for route parameters: ids that exist nowhere, well-formed codes.</summary>
    public static string Placeholders(string template) => RouteParameter().Replace(template, m => m.Groups[1].Value.ToLowerInvariant() switch
    {
        "uscc" => "91370102MA00000000",
        "year" => "2027",
        "date" => "2026-11-23",
        "key" => "complaint.flag-frequent",
        "code" => "370102",
        "number" => "TS20260000000",
        "source" => "12345",
        "ticket" => "0",
        _ => "999999",
    });

    private static Expect ApiAnswer(int status) => status switch
    {
        401 => Expect.Unauthenticated,
        403 => Expect.Forbidden,
        404 => Expect.Denied, // also "passes": see Matches
        _ => Expect.Passes,
    };

    private static Expect PageAnswer(int status, string location) => status switch
    {
        401 => Expect.Unauthenticated,
        403 => Expect.Forbidden,
        302 when location.Contains("/account/login", StringComparison.OrdinalIgnoreCase) => Expect.Unauthenticated,
        302 when location.Contains("/account/denied", StringComparison.OrdinalIgnoreCase) => Expect.Forbidden,
        404 => Expect.Denied,
        _ => Expect.Passes,
    };

    private static bool Matches(Expect expected, Expect actual, int status) => expected switch
    {
        Expect.Passes => actual is Expect.Passes or Expect.Denied, // 404 of a placeholder id is past authorization
        Expect.Denied => actual is Expect.Forbidden or Expect.Denied,
        Expect.Refused => actual is Expect.Forbidden or Expect.Denied || status is >= 400 and < 500 and not 401,
        _ => actual == expected,
    };

    [GeneratedRegex(@"\{(\w+)(?::[^}]*)?\}")]
    private static partial Regex RouteParameter();
}
