using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Zhijian.Platform.Web;

/// <summary>
/// 公示页面的输出缓存. A public portal page marked <c>[OutputCache(PolicyName = PublicPageCache.Policy)]</c> (the portal home,
/// an entity's credit page) is rendered once and then served from this node's memory for at most <see cref="MaxAge"/>
/// (the minute these pages have always declared public). Only anonymous GET/HEAD requests that answered 200 without a
/// cookie are kept (the framework's default rules: a signed-in member of staff always gets a fresh render), each with a
/// weak ETag, so a browser's revalidation within that time is answered 304 without a body.
/// <para>
/// A page that names an entity in its route (<c>{Uscc}</c>) is tagged with it, and a commit that publishes an event about
/// the entity (<see cref="Events.IEntityPublicChange"/>: its register entry, credit records, listings, closed complaints)
/// drops it (<see cref="PublicPageEvictions"/>) on the node that committed, before that request answers; on the other
/// nodes of a cluster the entry expires within <see cref="MaxAge"/>. What changes without such an event (a licence, a new
/// complaint, a penalty's disclosure period running out at midnight) is at most that old too. Browsers and proxies are
/// told <c>public, no-cache</c>: they keep the page but ask each time, and are answered 304 from memory while it is
/// unchanged. Memory is bounded by the framework's size limit (100 MB by default); entries vary by the whole query string.
/// </para>
/// </summary>
public static class PublicPageCache
{
    /// <summary>The named output-cache policy of the public pages.</summary>
    public const string Policy = "gs-public";

    /// <summary>How long a rendered page is served from memory at most.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    /// <summary>What such a page tells browsers and proxies: keep it, but revalidate (ETag) before showing it again.</summary>
    public const string CacheControl = "public, no-cache";

    /// <summary>The route value a cached page names its entity by.</summary>
    public const string EntityRouteValue = "Uscc";

    /// <summary>The cache tag of every public page about one entity (USCC upper-cased and trimmed, as the pages read it).</summary>
    public static string EntityTag(string uscc) => "gs-entity:" + uscc.Trim().ToUpperInvariant();

    internal static IServiceCollection AddPublicPageCache(this IServiceCollection services) =>
        services.AddSingleton<PublicPageEvictions>()
            .AddOutputCache(o => o.AddPolicy(Policy, b => b.Expire(MaxAge).AddPolicy<EntityTagPolicy>()));

    /// <summary>
    /// Tags the entry with its entity (<see cref="EntityTag"/>), gives the stored response a weak ETag, and keeps the
    /// antiforgery token off the page. A Razor component endpoint mints an antiforgery token for every response it
    /// starts (a cookie for a first visitor, and <c>Cache-Control: no-cache, no-store</c> over whatever the page set): a
    /// public page without a form needs no token, and with it neither a browser nor this cache could keep the page.
    /// </summary>
    private sealed class EntityTagPolicy(IOptions<AntiforgeryOptions> antiforgery, PublicPageEvictions evictions) : IOutputCachePolicy
    {
        private static readonly object Started = new();
        private readonly string _cookiePrefix = antiforgery.Value.Cookie.Name + "=";

        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            if (http.Request.RouteValues.TryGetValue(EntityRouteValue, out var value) && value is string uscc && uscc.Length > 0)
            {
                var tag = EntityTag(uscc);
                context.Tags.Add(tag);
                // Before the page reads anything: a change that commits while it renders must not be outlived by this render.
                http.Items[Started] = (tag, evictions.Generation(tag));
            }

            // Set before the page writes, so the stored headers carry it; a response served from memory gets the stored one,
            // and a revalidation that names it (a browser's reload) is answered 304 while the entry lives.
            if (context.AllowCacheStorage)
                http.Response.Headers.ETag = $"W/\"{Guid.NewGuid():N}\"";
            // Registered before the endpoint's own callback, so it runs after it (last registered, first run).
            http.Response.OnStarting(() =>
            {
                if (http.Response.StatusCode is not (StatusCodes.Status200OK or StatusCodes.Status304NotModified)) return Task.CompletedTask;
                var headers = http.Response.Headers;
                var cookies = headers.SetCookie;
                if (cookies.Count > 0)
                {
                    var kept = cookies.Where(c => c is not null && !c.StartsWith(_cookiePrefix, StringComparison.Ordinal)).ToArray();
                    if (kept.Length == 0) headers.Remove(HeaderNames.SetCookie);
                    else if (kept.Length != cookies.Count) headers.SetCookie = kept;
                }

                headers.Remove(HeaderNames.Pragma);
                headers.CacheControl = CacheControl;
                return Task.CompletedTask;
            });
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        /// <summary>
        /// Called after the page rendered, before it is stored: a page whose entity was evicted meanwhile may hold what the
        /// change replaced (read before its commit), so it is answered but not stored.
        /// </summary>
        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            if (context.HttpContext.Items.TryGetValue(Started, out var started) && started is (string tag, long generation)
                && evictions.Generation(tag) != generation)
                context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>
/// Drops this node's cached public pages about the entities whose <see cref="Events.IEntityPublicChange"/> events a save
/// queued, once that save's transaction has committed (a rollback forgets them): the request that made the change answers
/// after its pages are gone here, so the public sees the change at once on this node (within <see cref="PublicPageCache.MaxAge"/>
/// on the others). Called by the platform's save path (<see cref="Storage.SaveChain"/>, <see cref="Storage.OutboxCommitInterceptor"/>).
/// </summary>
public sealed class PublicPageEvictions(IOutputCacheStore store, ILogger<PublicPageEvictions> log)
{
    private static readonly ConditionalWeakTable<DbContext, HashSet<string>> Queued = [];

    /// <summary>Evictions so far per slot of tags (4,096 slots by hash: bounded memory; a shared slot only stores less).</summary>
    private readonly long[] _generations = new long[4096];

    /// <summary>How many evictions the slot of <paramref name="tag"/> has seen: unchanged over a render = nothing to fear.</summary>
    internal long Generation(string tag) => Volatile.Read(ref _generations[Slot(tag)]);

    private static int Slot(string tag) => (int)((uint)StringComparer.Ordinal.GetHashCode(tag) % 4096);

    internal static void Pending(DbContext db, string uscc)
    {
        lock (Queued) Queued.GetOrCreateValue(db).Add(uscc);
    }

    internal static void Forget(DbContext db)
    {
        lock (Queued) Queued.Remove(db);
    }

    internal void Committed(DbContext db)
    {
        HashSet<string>? usccs;
        lock (Queued)
        {
            if (!Queued.TryGetValue(db, out usccs)) return;
            Queued.Remove(db);
        }

        foreach (var uscc in usccs)
        {
            var tag = PublicPageCache.EntityTag(uscc);
            // First the generation (a render in flight will not store what it read before the commit), then the entries.
            Interlocked.Increment(ref _generations[Slot(tag)]);
            // The in-memory store evicts synchronously; another store's failure must not fail a committed request.
            var eviction = store.EvictByTagAsync(tag, CancellationToken.None);
            if (!eviction.IsCompletedSuccessfully) _ = ObserveAsync(eviction);
        }
    }

    private async Task ObserveAsync(ValueTask eviction)
    {
        try
        {
            await eviction;
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Public page cache eviction failed; the pages expire within {MaxAge}", PublicPageCache.MaxAge);
        }
    }
}
