using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Storage;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Platform.Web;

/// <summary>A saturated database answers 503 with Retry-After, and the client's retry with the same key then runs.</summary>
public sealed class OverloadTests
{
    /// <summary>What Npgsql throws when its pool stayed exhausted for the connection string's Timeout (PoolingDataSource).</summary>
    private static NpgsqlException PoolExhausted() =>
        new("The connection pool has been exhausted, either raise 'Max Pool Size' (currently 100) or 'Timeout' (currently 15 seconds) in your connection string.",
            new TimeoutException());

    [Fact]
    public void Saturation_is_told_from_other_database_errors_through_the_wrappers()
    {
        Assert.True(Overload.Is(PoolExhausted()));
        Assert.True(Overload.Is(new DbUpdateException("保存失败", PoolExhausted())));
        Assert.True(Overload.Is(new InvalidOperationException("transient", new PostgresException("sorry, too many clients already", "FATAL", "FATAL", "53300"))));
        Assert.True(Overload.Is(new SqliteException("SQLite Error 5: 'database is locked'.", 5)));
        Assert.False(Overload.Is(new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", "23505")));
        Assert.False(Overload.Is(new SqliteException("SQLite Error 19: 'UNIQUE constraint failed'.", 19)));
        Assert.False(Overload.Is(new NpgsqlException("Exception while reading from stream", new IOException())));
        Assert.False(Overload.Is(new InvalidOperationException("bug")));
        Assert.False(Overload.Is(null));
    }

    [Fact]
    public async Task An_exhausted_pool_answers_503_with_retry_after_and_the_retry_with_the_same_key_is_accepted()
    {
        var saturated = new StrongBox<bool>(true);
        await using var app = await ZhijianApp.StartAsync(services: s =>
        {
            // The registry lookup of the credit intake meets what Npgsql throws once its pool has stayed empty for 15 s.
            var original = s.Single(d => d.ServiceType == typeof(IEntityDirectory));
            s.RemoveAll<IEntityDirectory>();
            s.AddScoped(sp =>
            {
                var inner = (IEntityDirectory)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!);
                var proxy = DispatchProxy.Create<IEntityDirectory, SaturatingDirectory>();
                ((SaturatingDirectory)(object)proxy).Use(inner, saturated);
                return proxy;
            });
        });
        var registrar = await app.LoginAsync("registrar");
        var company = SampleEntities.Company("济南泉城鑫源商贸有限公司");
        var uscc = (string)company["uscc"]!;
        Assert.Equal(HttpStatusCode.Created, (await registrar.PostJsonAsync("/api/v1/entities", company)).StatusCode);
        var record = new
        {
            uscc,
            kind = "Penalty",
            sourceSystem = "jinan-cases",
            sourceId = "济历市监罚〔2026〕9号",
            authority = "济南市历下区市场监督管理局",
            documentNo = "济历市监罚〔2026〕9号",
            title = "违法行为",
            decidedOn = "2026-03-10",
            amount = 20000m,
            penaltyKinds = "罚款",
        };
        HttpRequestMessage Post()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/credit/records") { Content = JsonContent.Create(record) };
            request.Headers.Add("Idempotency-Key", "overload-1");
            return request;
        }

        var refused = await registrar.Http.SendAsync(Post());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(Overload.RetryAfterSeconds), refused.Headers.RetryAfter?.Delta);
        var problem = await refused.ReadJsonAsync();
        Assert.Equal("系统繁忙", problem.Str("title"));
        Assert.Contains("Idempotency-Key", problem.Str("detail"));
        Assert.DoesNotContain("connection pool", await refused.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        saturated.Value = false;
        var retried = await registrar.Http.SendAsync(Post());

        Assert.True(retried.IsSuccessStatusCode, await retried.Content.ReadAsStringAsync()); // not 409 "请求正在处理" for a minute
        Assert.False(retried.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, (await registrar.GetJsonAsync($"/api/v1/credit/records?uscc={uscc}")).GetProperty("total").GetInt32());
    }

    public class SaturatingDirectory : DispatchProxy
    {
        private IEntityDirectory _inner = default!;
        private StrongBox<bool> _saturated = default!;

        public void Use(IEntityDirectory inner, StrongBox<bool> saturated) => (_inner, _saturated) = (inner, saturated);

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (_saturated.Value) throw PoolExhausted();
            try
            {
                return targetMethod!.Invoke(_inner, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        }
    }
}
