using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;

namespace Zhijian.Platform.Web;

/// <summary>
/// One <c>Idempotency-Key</c> a caller used: the request it belongs to and, once done, the response to replay.
/// Keys are per caller, kept 48 hours.
/// </summary>
public sealed class IdempotencyRecord
{
    /// <summary>Caller name + "|" + the header value.</summary>
    public string Key { get; set; } = "";

    /// <summary>SHA-256 of method, path, query and body: the same key with another request is refused.</summary>
    public string RequestHash { get; set; } = "";

    public int? StatusCode { get; set; }

    public string? ContentType { get; set; }

    public byte[]? Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}

/// <summary>Marks an endpoint whose retries other systems make safe with an <c>Idempotency-Key</c> header.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
public sealed class IdempotentAttribute : Attribute
{
    /// <summary>
    /// The handler stores <see cref="IdempotencyKey.Of"/> in its own transaction (unique) and answers a repeat from its records:
    /// exactly-once even across a crash between its commit and the filter keeping the response. A repeat that finds the key
    /// still pending (in flight, or its node died) then goes to the handler instead of getting 409.
    /// </summary>
    public bool HandlerStoresKey { get; init; }
}

/// <summary>The caller-scoped <c>Idempotency-Key</c> of the current request ("caller|key"), for handlers that store it.</summary>
public sealed record IdempotencyKey(string Value)
{
    public static string? Of(HttpContext context) => context.Features.Get<IdempotencyKey>()?.Value;
}

/// <summary>
/// Replays the first response to a repeated <c>Idempotency-Key</c> (header <c>Idempotent-Replayed: true</c>), refuses the
/// same key with a different request (422) or while the first is still running (409). Responses of 5xx are not
/// kept, so the caller's retry runs again. A crash after the handler committed but before the response was kept
/// leaves a pending key that expires after one minute; handlers that must be exactly-once also dedupe on their
/// natural keys.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";
    private static readonly TimeSpan PendingTimeout = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Retention = TimeSpan.FromHours(48);

    public async Task InvokeAsync(HttpContext context, PlatformDbContext db, ActorContext actor, TimeProvider clock)
    {
        string? header = context.Request.Headers[Header];
        if (string.IsNullOrEmpty(header) || context.GetEndpoint()?.Metadata.GetMetadata<IdempotentAttribute>() is not { } endpoint)
        {
            await next(context);
            return;
        }

        if (header.Length > 100)
        {
            await Problems.WriteAsync(context, 400, "请求参数有误", $"{Header} 不能超过 100 个字符。");
            return;
        }

        context.Request.EnableBuffering();
        var hash = await HashRequestAsync(context.Request);
        var key = $"{actor.Current.Name}|{header}";
        var now = clock.GetUtcNow();

        var record = new IdempotencyRecord { Key = key, RequestHash = hash, CreatedAt = now };
        db.Set<IdempotencyRecord>().Add(record);
        try
        {
            await db.SaveChangesAsync(context.RequestAborted);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var existing = await db.Set<IdempotencyRecord>().AsNoTracking().SingleAsync(r => r.Key == key, context.RequestAborted);
            if (existing.RequestHash != hash)
            {
                await Problems.WriteAsync(context, 422, "幂等键冲突", $"{Header}“{header}”已用于另一个不同的请求，请为新请求使用新的键。");
                return;
            }

            if (existing.StatusCode is { } status)
            {
                context.Response.StatusCode = status;
                context.Response.Headers["Idempotent-Replayed"] = "true";
                if (existing.ContentType is not null) context.Response.ContentType = existing.ContentType;
                if (existing.Body is { Length: > 0 } body) await context.Response.Body.WriteAsync(body, context.RequestAborted);
                return;
            }

            if (now - existing.CreatedAt < PendingTimeout && !endpoint.HandlerStoresKey)
            {
                await Problems.WriteAsync(context, 409, "请求正在处理", $"使用 {Header}“{header}”的相同请求正在处理中，请稍后重试。");
                return;
            }

            // A stale pending key (the first attempt died): take it over.
            await db.Set<IdempotencyRecord>().Where(r => r.Key == key && r.StatusCode == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.CreatedAt, now), context.RequestAborted);
        }

        db.ChangeTracker.Clear();
        context.Features.Set(new IdempotencyKey(key));
        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            // Answered 500 or 503 by the exception handler: like a 5xx answer below, the key is released so that the
            // client's retry runs (not "请求正在处理" for a minute). Bounded: under overload this waits for a connection too.
            context.Response.Body = original;
            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            try
            {
                await db.Set<IdempotencyRecord>().Where(r => r.Key == key && r.StatusCode == null).ExecuteDeleteAsync(bound.Token);
            }
            catch (Exception e) when (e is OperationCanceledException || Storage.Overload.Is(e))
            {
                // Left pending: a retry after PendingTimeout takes the stale key over.
            }

            throw;
        }
        finally
        {
            context.Response.Body = original;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
        if (context.Response.StatusCode >= 500)
        {
            await db.Set<IdempotencyRecord>().Where(r => r.Key == key).ExecuteDeleteAsync(CancellationToken.None);
            return;
        }

        var bytes = buffer.ToArray();
        var contentType = context.Response.ContentType;
        var statusCode = context.Response.StatusCode;
        await db.Set<IdempotencyRecord>().Where(r => r.Key == key).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.StatusCode, statusCode)
            .SetProperty(r => r.ContentType, contentType)
            .SetProperty(r => r.Body, bytes)
            .SetProperty(r => r.CompletedAt, clock.GetUtcNow()), CancellationToken.None);
        if (RandomNumberGenerator.GetInt32(100) == 0)
        {
            var cutoff = now - Retention;
            await db.Set<IdempotencyRecord>().Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(CancellationToken.None);
        }
    }

    private static async Task<string> HashRequestAsync(HttpRequest request)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0) sha.AppendData(chunk, 0, read);
        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}

/// <summary>Marks endpoints as idempotent.</summary>
public static class IdempotencyExtensions
{
    /// <summary>Retries with the same <c>Idempotency-Key</c> header get the first response instead of a second change.</summary>
    public static TBuilder Idempotent<TBuilder>(this TBuilder builder, bool handlerStoresKey = false) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new IdempotentAttribute { HandlerStoresKey = handlerStoresKey });
}
