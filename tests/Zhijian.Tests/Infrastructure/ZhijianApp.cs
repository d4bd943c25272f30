using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;

namespace Zhijian.Tests.Infrastructure;

/// <summary>
/// The composed app under test: the real host, on a fresh database of the suite's provider, with demo data
/// and a settable clock. Tests talk HTTP to it through intent methods.
/// </summary>
public sealed partial class ZhijianApp : WebApplicationFactory<Program>
{
    private readonly bool _ownsDatabase;
    private bool _copyOfTemplate;
    private readonly bool _outbox;
    private readonly bool _kestrel;
    private readonly Action<IServiceCollection>? _services;
    private bool _seedInBackground;
    private bool _seedDemoData = true;

    private ZhijianApp(TestDatabase db, bool ownsDatabase, DateTimeOffset now, bool outbox, bool kestrel, Action<IServiceCollection>? services)
    {
        Database = db;
        _ownsDatabase = ownsDatabase;
        _outbox = outbox;
        _kestrel = kestrel;
        _services = services;
        Clock = new FakeTimeProvider(now);
    }

    /// <summary>Default "now" of the suite: a working Monday in Jinan.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(8));

    public TestDatabase Database { get; }

    /// <summary>How many generated demo entities the app seeds (0 by default: tests register their own).</summary>
    public int DemoEntities { get; init; }

    public FakeTimeProvider Clock { get; }

    /// <summary>Base address when started on Kestrel (E2E).</summary>
    public Uri? ServerAddress { get; private set; }

    public static async Task<ZhijianApp> StartAsync(DateTimeOffset? now = null, bool outbox = true,
        Action<IServiceCollection>? services = null, TestDatabase? reuse = null, bool kestrel = false, int demoEntities = 0,
        bool seedInBackground = false)
    {
        var start = now ?? DefaultNow;
        // Migrated and seeded once per process for each (now, outbox, demo registry size) and copied for every app that would
        // seed the same (the E2E journeys over a 1,500–4,000-entity demo registry seed it once, not once per test). Custom
        // services (a test handler, job, option or fake) act on the app under test, not on what the template seeded: they get a
        // copy too. An app seeding its demo in the background as the host does gets a database of its own (the test watches it
        // happen); every other app has its demo data before it answers.
        var copy = reuse is null && !seedInBackground;
        var db = reuse ?? (copy
            ? await TestDatabase.CopyOfAsync(await SeededTemplateAsync(start, outbox, demoEntities))
            : await TestDatabase.CreateAsync());
        var app = new ZhijianApp(db, reuse is null, start, outbox, kestrel, services)
        {
            DemoEntities = demoEntities,
            _seedInBackground = seedInBackground,
            _copyOfTemplate = copy,
        };
        if (kestrel)
        {
            app.UseKestrel(0);
            app.StartServer();
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            app.StartClockTicking();
            app.ServerAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        }
        else
        {
            _ = app.Server; // start now, so migrations and seeding happen here
        }

        return app;
    }

    private static readonly Dictionary<(DateTimeOffset, bool, int), Task<TestDatabase>> Templates = NewTemplates();

    /// <summary>
    /// No file watchers on the apps' configuration: a host watches its appsettings files for changes by default, and the suites start
    /// about 700 hosts a run (25 tests: 34.7 → 33.3 s of CPU without the watchers). Set before the first host is built.
    /// </summary>
    static ZhijianApp() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");

    /// <summary>The templates live as long as the test process; their anchor and SQLite files go with it (a PostgreSQL test server is thrown away whole).</summary>
    private static Dictionary<(DateTimeOffset, bool, int), Task<TestDatabase>> NewTemplates()
    {
        var templates = new Dictionary<(DateTimeOffset, bool, int), Task<TestDatabase>>();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            lock (templates)
            {
                foreach (var t in templates.Values)
                {
                    if (t.IsCompletedSuccessfully) t.Result.DeleteFiles();
                }

                if (MigratedTemplate.IsValueCreated && MigratedTemplate.Value.IsCompletedSuccessfully) MigratedTemplate.Value.Result.DeleteFiles();
            }
        };
        return templates;
    }

    private static Task<TestDatabase> SeededTemplateAsync(DateTimeOffset now, bool outbox, int demoEntities)
    {
        lock (Templates)
        {
            if (!Templates.TryGetValue((now, outbox, demoEntities), out var template))
            {
                Templates[(now, outbox, demoEntities)] = template = Task.Run(async () =>
                {
                    var key = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{now.UtcDateTime:yyyyMMddHHmm}-{outbox}-{demoEntities}");
                    if (await TemplateCache.TryRestoreAsync(key) is { } cached) return cached;

                    var db = await TestDatabase.CopyOfAsync(await MigratedTemplate.Value);
                    await using (var app = new ZhijianApp(db, ownsDatabase: false, now, outbox, kestrel: false, services: null) { DemoEntities = demoEntities, _copyOfTemplate = true })
                    {
                        _ = app.Server; // seed
                    }

                    await db.ReleaseConnectionsAsync();
                    TemplateCache.Save(db, key);
                    return db;
                });
            }

            return template;
        }
    }

    /// <summary>
    /// The schema alone, migrated once per process: each seeded template starts from a copy of it, not from the 30 migrations of the 13
    /// schemas (about 3 s a template on PostgreSQL, over a dozen templates a run). Its app seeds what is the same at every date: the
    /// personal-data key, the roles and the rule book's defaults (which record the suite's default date as their change time).
    /// </summary>
    private static readonly Lazy<Task<TestDatabase>> MigratedTemplate = new(() => Task.Run(async () =>
    {
        var db = await TestDatabase.CreateAsync();
        await using (var app = new ZhijianApp(db, ownsDatabase: false, DefaultNow, outbox: false, kestrel: false, services: null) { _seedDemoData = false })
        {
            _ = app.Server; // migrate
        }

        await db.ReleaseConnectionsAsync();
        return db;
    }));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ZHIJIAN_DB", Database.ConnectionString);
        builder.UseSetting("Zhijian:Outbox:Enabled", _outbox ? "true" : "false");
        // No scheduler: tests run a job through its class or the trigger API (a test that needs one configures JobsOptions).
        builder.UseSetting("Zhijian:Jobs:Enabled", "false");
        builder.UseSetting("Zhijian:Audit:AnchorFile", Database.AnchorFile);
        builder.UseSetting("Zhijian:Database:SeedDemoData", _seedDemoData ? "true" : "false");
        // A copy of a template that this build's migrations have just brought up to date: checking its 13 schemas again costs
        // 0.3 s (SQLite) to 0.5 s (PostgreSQL) per app, hundreds of times a run. A fresh or reused database is still migrated
        // (a test module creates its own schema: ModuleDbContextTests).
        if (_copyOfTemplate) builder.UseSetting("Zhijian:Database:MigrateOnStartup", "false");
        builder.UseSetting("Zhijian:Demo:SeedInBackground", _seedInBackground ? "true" : "false");
        builder.UseSetting("Zhijian:Demo:Entities", DemoEntities.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (_kestrel) builder.UseUrls("http://127.0.0.1:0");
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            // The same PBKDF2 as production at a test cost: a login hashes twice, and the suites log in about 500 times.
            s.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(o => o.IterationCount = 1_000);
            _services?.Invoke(s);
        });
    }

    private Timer? _ticker;

    /// <summary>
    /// A browser-driven app needs time to flow: MudBlazor's debounce (autocomplete search, text fields) and popovers
    /// run on the DI <see cref="TimeProvider"/>, and a frozen clock leaves the code pickers' lists closed. The fake
    /// clock keeps its start date and follows real time from there.
    /// </summary>
    private void StartClockTicking()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var advanced = TimeSpan.Zero;
        _ticker = new Timer(_ =>
        {
            lock (watch)
            {
                var step = watch.Elapsed - advanced;
                advanced += step;
                Clock.Advance(step);
            }
        }, null, TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(20));
    }

    /// <summary>A cookie-keeping client without redirects; over the real socket when the app runs on Kestrel (E2E).</summary>
    public HttpClient Anonymous() => ServerAddress is { } address
        ? new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = address }
        : CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Logs in through the real login form (antiforgery token and all).</summary>
    public async Task<StaffClient> LoginAsync(string userName, string password = DemoData.Password)
    {
        var client = Anonymous();
        var response = await PostLoginAsync(client, userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.StartsWith("/account/login", StringComparison.Ordinal) == true)
            throw new InvalidOperationException($"登录 {userName} 失败：{response.StatusCode} {response.Headers.Location}");
        return new StaffClient(client, userName);
    }

    /// <summary>Logs in as a new staff member with <paramref name="role"/> in the org unit with code <paramref name="org"/>.</summary>
    public async Task<StaffClient> LoginAsAsync(string role, string org)
    {
        var userName = $"{role}.{org}.{Guid.NewGuid():N}"[..40];
        await AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var unit = db.OrgUnits.Single(o => o.Code == org);
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>();
            var user = new StaffUser { UserName = userName, DisplayName = "测试" + Roles.Chinese(role), OrgUnitId = unit.Id };
            var created = await users.CreateAsync(user, DemoData.Password);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join(",", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
        });
        return await LoginAsync(userName);
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password, string returnUrl = "/")
    {
        var page = await client.GetStringAsync("/account/login");
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["ReturnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
    }

    /// <summary>Creates an API client as the operator's CLI verb would and returns an HttpClient using its key.</summary>
    public async Task<HttpClient> ApiClientAsync(string org, params string[] scopes)
    {
        string key = "";
        await AsSystemAsync(async sp =>
        {
            var result = await sp.GetRequiredService<ApiClientService>().CreateAsync("测试系统" + Guid.NewGuid().ToString("N")[..6], org, scopes, CancellationToken.None);
            key = result.Value?.Key ?? throw new InvalidOperationException(result.ErrorText);
        });
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        return client;
    }

    /// <summary>Runs setup or inspection code with the system actor (no jurisdiction filter).</summary>
    public async Task AsSystemAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
        await action(scope.ServiceProvider);
    }

    public async Task<T> AsSystemAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
        return await action(scope.ServiceProvider);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_ticker is not null) await _ticker.DisposeAsync();
        await base.DisposeAsync();
        if (_ownsDatabase) await Database.DisposeAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

/// <summary>A logged-in staff member's browser session, speaking JSON to the API.</summary>
public sealed class StaffClient(HttpClient http, string userName)
{
    public HttpClient Http { get; } = http;

    public string UserName { get; } = userName;

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await Http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"{url} → {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public Task<HttpResponseMessage> PostJsonAsync(string url, object body) => Http.PostAsJsonAsync(url, body);

    public Task<HttpResponseMessage> PutJsonAsync(string url, object body) => Http.PutAsJsonAsync(url, body);

    public Task<string> PageAsync(string url) => Http.GetStringAsync(url);
}
