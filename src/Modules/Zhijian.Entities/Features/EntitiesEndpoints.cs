using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Entities.Contracts;
using Zhijian.Entities.Domain;
using Zhijian.Entities.Features.Profile;
using Zhijian.Entities.Features.Register;
using Zhijian.Entities.Features.Search;
using Zhijian.Platform.Web;

namespace Zhijian.Entities.Features;

/// <summary>The entity an answer names (<c>{"uscc": …}</c>).</summary>
internal sealed record EntityUscc(string Uscc);

/// <summary>/api/v1/entities: registration, lifecycle, search and profile.</summary>
internal static class EntitiesEndpoints
{
    public static void Map(RouteGroupBuilder entities)
    {
        entities.MapGet("/", Search)
            .WithSummary("查询市场主体：名称任意片段、统一社会信用代码或其前缀、法定代表人姓名；可按类型、状态、区划、行业、标签、许可筛选");
        entities.MapGet("/{uscc}", Get).WithSummary("市场主体档案（企业全息画像）：登记信息、时间线、许可、年报、标签");
        entities.MapPost("/", Register).RequireAuthorization(EntityAccess.WritePolicy).Idempotent().WithSummary("设立登记");
        entities.MapPut("/{uscc}", Change).RequireAuthorization(EntityAccess.WritePolicy).Idempotent().WithSummary("变更登记（逐项记录变更前后内容）");
        entities.MapPost("/{uscc}/status", SetStatus).RequireAuthorization(EntityAccess.WritePolicy).Idempotent()
            .WithSummary("简易注销、一般注销、吊销、迁出（kind: simple-deregistration | deregistration | revocation | move-out）");
    }

    private static Task<Results<Ok<EntityPage>, ProblemHttpResult>> Search(string? q, EntityType? type, EntityStatus? status, string? division,
        string? industry, string? tag, string? licence, int? page, int? pageSize, EntitySearch search, CancellationToken ct) =>
        search.SearchAsync(new EntityQuery(q, type, status, division, industry, tag, licence, page ?? 1, pageSize ?? 20), ct).ToOk();

    private static async Task<Results<Ok<EntityProfileView>, ProblemHttpResult>> Get(string uscc, EntityProfile profile, CancellationToken ct) =>
        await profile.GetAsync(uscc, ct) is { } view
            ? TypedResults.Ok(view)
            : Problems.NotFound("未找到市场主体", $"统一社会信用代码“{uscc}”未登记或不在您的管辖范围内");

    private static async Task<Results<Created<EntityUscc>, ProblemHttpResult>> Register(EntityInput input, EntityCommands commands, CancellationToken ct)
    {
        var r = await commands.RegisterAsync(input, ct);
        return r.IsSuccess ? TypedResults.Created($"/api/v1/entities/{r.Value}", new EntityUscc(r.Value!)) : r.ToProblem();
    }

    private static async Task<Results<Ok<EntityUscc>, ProblemHttpResult>> Change(string uscc, EntityInput input, EntityCommands commands, CancellationToken ct)
    {
        var r = await commands.ChangeAsync(uscc.Trim().ToUpperInvariant(), input, ct);
        return r.IsSuccess ? TypedResults.Ok(new EntityUscc(r.Value!)) : r.ToProblem();
    }

    private static async Task<Results<Ok<EntityUscc>, ProblemHttpResult>> SetStatus(string uscc, ChangeStatus cmd, EntityCommands commands,
        CancellationToken ct)
    {
        var r = await commands.ChangeStatusAsync(uscc.Trim().ToUpperInvariant(), cmd, ct);
        return r.IsSuccess ? TypedResults.Ok(new EntityUscc(r.Value!)) : r.ToProblem();
    }
}
