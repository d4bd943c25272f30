using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MudBlazor.Services;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Events;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Platform;

/// <summary>Adds the platform and the listed modules to the host. The host's Program.cs stays short.</summary>
public static class PlatformSetup
{
    public const string AdminPolicy = "zhijian.admin";
    private const string SmartScheme = "Zhijian";

    public static ZhijianBuilder AddZhijian(this WebApplicationBuilder builder)
    {
        var storage = StorageOptions.From(builder.Configuration, builder.Environment.ContentRootPath);
        var services = builder.Services;
        var catalog = new ModuleCatalog();
        services.AddSingleton(catalog);
        services.AddSingleton(storage);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Identity.ApiClientCache>(); // API clients as authentication read them, 5 s per node (see ApiKeyAuthenticationHandler)
        services.AddHttpContextAccessor();

        // Storage
        services.AddModuleDbContext<PlatformDbContext, SqlitePlatformDbContext, PostgresPlatformDbContext>(storage);
        services.AddScoped<PlatformServices>();
        services.AddScoped<ActorContext>();
        services.AddSingleton(Audit.AuditNameBook.Platform);
        services.AddSingleton<Audit.AuditNameBook>();

        // Identity: staff cookie + API keys, one policy scheme choosing between them
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            // An API key is a credential for /api only: on console pages it would open every [Authorize] page to any
            // client, whatever its scopes.
            .AddPolicyScheme(SmartScheme, "Zhijian", o => o.ForwardDefaultSelector = ctx =>
                IsApi(ctx.Request) && ctx.Request.Headers.Authorization.ToString().StartsWith(ApiKeyAuthenticationHandler.SchemeName + " ", StringComparison.OrdinalIgnoreCase)
                    ? ApiKeyAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();
        services.AddIdentityCore<StaffUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PlatformDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "zhijian.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // Secure under TLS, also behind a proxy (forwarded headers)
            o.Events.OnValidatePrincipal = StaffSessionValidator.ValidateAsync;
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ctx => IsApi(ctx.Request)
                ? Problems.WriteAsync(ctx.HttpContext, 401, "未登录或凭据无效", "请先登录，或在请求头提供有效的 Authorization: ApiKey <密钥>。")
                : Redirect(ctx);
            o.Events.OnRedirectToAccessDenied = ctx => IsApi(ctx.Request)
                ? Problems.WriteAsync(ctx.HttpContext, 403, "权限不足", "您的角色没有执行此操作的权限。")
                : Redirect(ctx);
        });
        services.AddAccessPolicies().Policy(AdminPolicy, [Roles.Admin], Scopes.Admin);
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, StaffRevalidatingAuthenticationStateProvider>();
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddPublicPageCache();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Behind nginx or another TLS-terminating proxy: trust X-Forwarded-For/Proto from loopback (the default)
            // and from the addresses listed in Zhijian:Web:KnownProxies.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in builder.Configuration.GetSection("Zhijian:Web:KnownProxies").Get<string[]>() ?? [])
            {
                if (System.Net.IPAddress.TryParse(proxy, out var ip)) o.KnownProxies.Add(ip);
            }
        });
        services.AddDataProtection().SetApplicationName("Zhijian").PersistKeysToDbContext<PlatformDbContext>();

        // Platform services
        services.AddCodeTables();
        services.AddWorkingCalendar();
        Import.ImportKitEndpoints.AddImportKit(services);
        services.AddSingleton<IRuleBook, RuleBook>();
        services.AddSingleton<Privacy.PersonalData>();
        services.AddSingleton<EventRegistry>();
        services.AddSingleton<OutboxSignal>();
        services.Configure<OutboxOptions>(builder.Configuration.GetSection("Zhijian:Outbox"));
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        var node = Jobs.JobNode.Create();
        Jobs.JobsSetup.AddJobs(services, builder.Configuration, storage, node);
        Telemetry.TelemetrySetup.AddTelemetry(services, builder.Configuration, node.Name);
        services.AddScoped<OrgHierarchy>();
        services.AddSingleton(sp => new Audit.AuditAnchors(
            builder.Configuration["Zhijian:Audit:AnchorFile"] is { Length: > 0 } anchorFile
                ? Path.Combine(builder.Environment.ContentRootPath, anchorFile)
                : Audit.AuditAnchors.DefaultPath(storage, builder.Environment.ContentRootPath),
            sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<Audit.AuditAnchorJob>();
        services.AddSingleton<Demo.DemoSeedProgress>();
        services.AddHostedService<Demo.DemoSeeder>();
        services.AddScoped<OrgUnitService>();
        services.AddSingleton<OrgUnitDirectory>();
        services.AddScoped<StaffService>();
        services.AddScoped<ApiClientService>();
        services.AddScoped<RuleAdminService>();
        services.Configure<Portal.PortalOptions>(builder.Configuration.GetSection(Portal.PortalOptions.Section));
        services.AddScoped<CalendarAdminService>();
        Todo.TodoSetup.AddTodo(services);
        services.AddEvent<OrgUnitCreated>();
        services.AddEvent<RuleChanged>();

        // Web: problem details in Chinese, JSON, OpenAPI, health, Blazor + MudBlazor
        // Render Chinese as text, not &#x...; entities, in pages and JSON alike.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddProblemDetails();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Encoder = ZhijianJson.Options.Encoder;
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        });
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "智监 Zhijian API";
            doc.Info.Description = "智慧市场监管一体化平台对外接口。认证：Authorization: ApiKey <密钥>。";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddDbContextCheck<PlatformDbContext>("database");
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();

        var zb = new ZhijianBuilder(builder, catalog, storage);
        zb.AddModule(new PlatformModule());
        return zb;
    }

    /// <summary>Registers an event type so the dispatcher can read it back from the outbox.</summary>
    public static IServiceCollection AddEvent<TEvent>(this IServiceCollection services) where TEvent : IDomainEvent
    {
        services.AddSingleton(new EventRegistration(typeof(TEvent), null));
        return services;
    }

    /// <summary>Registers a handler for an event; it runs after the publishing transaction committed.</summary>
    public static IServiceCollection AddEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IDomainEvent where THandler : class, IEventHandler<TEvent>
    {
        services.AddScoped<THandler>();
        services.AddSingleton(new EventRegistration(typeof(TEvent), typeof(THandler)));
        return services;
    }

    /// <summary>Registers a module's statistics for the supervision centre (scoped; see <see cref="Indicators.IMeasureSource"/>).</summary>
    public static IServiceCollection AddMeasureSource<TSource>(this IServiceCollection services)
        where TSource : class, Indicators.IMeasureSource
    {
        services.AddScoped<Indicators.IMeasureSource, TSource>();
        return services;
    }

    /// <summary>Migrates, seeds, loads the calendar, then wires the middleware and endpoints.</summary>
    public static async Task UseZhijianAsync(this WebApplication app)
    {
        await InitializeAsync(app.Services, app.Logger, app.Lifetime.ApplicationStopping);

        app.UseForwardedHeaders();
        Telemetry.TelemetrySetup.UseMetricsEndpoint(app);
        app.UseSecurityHeaders();
        app.UseExceptionHandler(e => e.Run(HandleExceptionAsync));
        // People get a Chinese page in the portal's or the console's frame, the status kept: a page request that answered
        // 4xx/5xx without a body is re-executed to /error (a page that answered 404 may first name what was missing). The
        // API answers problem details (RFC 7807) instead, and any other request a small self-contained page; a body
        // written here leaves the re-execution nothing to do. (Top level, not in a UseWhen branch: a branch has no routing.)
        app.UseStatusCodePagesWithReExecute(ErrorPages.Path, "?code={0}", createScopeForStatusCodePages: true);
        app.UseStatusCodePages(async ctx =>
        {
            var http = ctx.HttpContext;
            if (http.Response.ContentLength is not null || http.Response.HasStarted) return;
            if (IsApi(http.Request))
            {
                var status = http.Response.StatusCode;
                var (title, detail) = status switch
                {
                    404 => ("接口不存在", $"没有路径为 {http.Request.Path} 的接口，请查阅 /openapi/v1.json。"),
                    405 => ("请求方法不允许", $"{http.Request.Method} 不适用于此接口。"),
                    415 => ("请求体格式不支持", "请求体应为 application/json。"),
                    _ => ("请求失败", $"HTTP {status}"),
                };
                await Problems.WriteAsync(http, status, title, detail);
            }
            else if (!IsPage(http.Request))
            {
                await ErrorPages.WriteHtmlAsync(http, http.Response.StatusCode);
            }
        });
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache(); // after authentication: a signed-in user is never served from or stored in the cache
        app.UseAntiforgery();
        app.UseMiddleware<IdempotencyMiddleware>();

        app.MapOpenApi();
        app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            ResponseWriter = (ctx, report) =>
            {
                ctx.Response.ContentType = "application/json; charset=utf-8";
                return ctx.Response.WriteAsync(JsonSerializer.Serialize(new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
                }));
            },
        });
        AccountEndpoints.Map(app);
        app.MapCodesEndpoints();
        app.MapCalendarEndpoints();
        var api = app.MapGroup("/api/v1").WithStandardProblems();
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules) module.MapEndpoints(api);
    }

    /// <summary>Migrations, seeds and the live calendar; also used by the admin CLI.</summary>
    public static async Task InitializeAsync(IServiceProvider root, ILogger log, CancellationToken ct)
    {
        var storage = root.GetRequiredService<StorageOptions>();
        var registry = root.GetRequiredService<EventRegistry>();
        foreach (var r in root.GetServices<EventRegistration>())
        {
            if (r.Handler is null) registry.AddEvent(r.Event);
            else registry.AddHandler(r.Event, r.Handler);
        }

        if (storage.Provider == DatabaseProvider.Sqlite)
        {
            var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(storage.ConnectionString).DataSource;
            var dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        }

        await using var scope = root.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        var clock = sp.GetRequiredService<TimeProvider>();
        var db = sp.GetRequiredService<PlatformDbContext>();
        if (storage.MigrateOnStartup)
        {
            if (storage.Provider == DatabaseProvider.Sqlite)
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            foreach (var module in root.GetServices<ModuleDatabase>())
            {
                var context = (DbContext)sp.GetRequiredService(module.ContextType);
                await context.Database.MigrateAsync(ct);
                log.LogInformation("Database schema {Schema} is up to date", module.Schema);
            }
        }

        root.GetRequiredService<Privacy.PersonalData>().EnsureKey();
        await DemoData.SeedRolesAsync(sp.GetRequiredService<RoleManager<IdentityRole>>());
        await RuleBook.SeedDefaultsAsync(db, clock, ct);
        if (storage.SeedDemoData)
        {
            await DemoData.SeedOrgTreeAsync(db, sp.GetRequiredService<DivisionTable>(), clock, ct);
            await DemoData.SeedUsersAsync(db, sp.GetRequiredService<UserManager<StaffUser>>(), clock, ct);
            log.LogInformation("Demo org tree and users ready");
            // The modules' demo data (the registry, cases, complaints …) takes a while: in the background once the host listens
            // (Demo.DemoSeeder, progress on the console), or here, before the host answers.
            var modules = root.GetRequiredService<ModuleCatalog>().Modules;
            if (storage.SeedDemoInBackground) root.GetRequiredService<Demo.DemoSeedProgress>().BeginModule(modules[0].Name, 1, modules.Count);
            else await Demo.DemoSeeding.RunModulesAsync(root, log, ct);
        }

        root.GetRequiredService<WorkingCalendarHolder>().Replace(await CalendarAdminService.LoadAllAsync(db, ct));
    }

    private static async Task HandleExceptionAsync(HttpContext ctx)
    {
        var error = ctx.Features.Get<IExceptionHandlerFeature>()?.Error;
        var overloaded = Overload.Is(error);
        if (overloaded) ctx.Response.Headers.RetryAfter = Overload.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!IsApi(ctx.Request))
        {
            await ErrorPages.WriteHtmlAsync(ctx, error is BadHttpRequestException { StatusCode: >= 400 and < 500 } bad ? bad.StatusCode : overloaded ? 503 : 500);
            return;
        }

        switch (error)
        {
            case not null when overloaded:
                await Problems.WriteAsync(ctx, 503, "系统繁忙",
                    $"数据库暂时无法处理更多请求，本次请求未能完成。请在 {Overload.RetryAfterSeconds} 秒后重新提交（带相同的 Idempotency-Key 重新提交不会重复受理）。");
                break;
            case BadHttpRequestException bad when bad.InnerException is JsonException json:
                await Problems.WriteAsync(ctx, 400, "请求体不是合法的 JSON",
                    $"请求体无法解析{(string.IsNullOrEmpty(json.Path) ? "" : $"（字段 {json.Path.TrimStart('$', '.')}）")}：请检查括号、引号、逗号和字段类型。");
                break;
            case BadHttpRequestException { StatusCode: 415 }:
                await Problems.WriteAsync(ctx, 415, "请求体格式不支持", "请求体应为 application/json。");
                break;
            case BadHttpRequestException bad when bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase):
                await Problems.WriteAsync(ctx, 400, "缺少请求体", "此接口需要 JSON 请求体。");
                break;
            case BadHttpRequestException bad:
                await Problems.WriteAsync(ctx, bad.StatusCode, "请求参数有误", ParameterMessage(bad.Message));
                break;
            case ValueTooLongException tooLong:
                await Problems.WriteAsync(ctx, 422, "内容过长", tooLong.Message);
                break;
            case CalendarRangeException range:
                await Problems.WriteAsync(ctx, 422, "超出工作日历范围", range.Message);
                break;
            // An upload endpoint reached without a form body: the compile-time request delegates read the form and throw where
            // the run-time ones answered 415 themselves.
            case InvalidOperationException when !ctx.Request.HasFormContentType && AcceptsForm(ctx):
                await Problems.WriteAsync(ctx, 415, "请求体格式不支持", "此接口上传文件，请求体应为 multipart/form-data。");
                break;
            default:
                await Problems.WriteAsync(ctx, 500, "服务器内部错误", "处理请求时发生错误，已记录日志。请稍后重试或联系系统管理员。");
                break;
        }
    }

    private static bool AcceptsForm(HttpContext ctx) =>
        // The exception handler clears the endpoint: the one that threw is on the feature.
        ctx.Features.Get<IExceptionHandlerFeature>()?.Endpoint?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes
            .Any(t => t.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase)) == true;

    private static string ParameterMessage(string message)
    {
        // e.g. Failed to bind parameter "int page" from "abc".
        var m = System.Text.RegularExpressions.Regex.Match(message, "parameter \"(?:\\S+ )?(\\w+)\"(?: from \"(.*)\")?");
        return m.Success
            ? $"参数 {m.Groups[1].Value} 的值“{m.Groups[2].Value}”格式不正确或缺失"
            : "请求参数格式不正确或缺失";
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    /// <summary>A page a person asked for: GET or HEAD, not the API and not the framework's, metrics' or health's own paths.</summary>
    private static bool IsPage(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !IsApi(request)
        && !request.Path.StartsWithSegments("/_framework") && !request.Path.StartsWithSegments("/_blazor")
        && !request.Path.StartsWithSegments("/_content") && !request.Path.StartsWithSegments("/metrics")
        && !request.Path.StartsWithSegments("/health") && !request.Path.StartsWithSegments("/openapi");

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> ctx)
    {
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}

/// <summary>An event type (and optionally one handler) a module registered.</summary>
public sealed record EventRegistration(Type Event, Type? Handler);

/// <summary>What <c>AddZhijian()</c> returns: add modules with one line each.</summary>
public sealed class ZhijianBuilder(WebApplicationBuilder builder, ModuleCatalog catalog, StorageOptions storage)
{
    public ZhijianBuilder AddModule<TModule>() where TModule : IZhijianModule, new() => AddModule(new TModule());

    public ZhijianBuilder AddModule(IZhijianModule module)
    {
        catalog.Add(module);
        module.AddServices(builder.Services, builder.Configuration, storage);
        return this;
    }
}
