using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zhijian.Entities.Contracts;
using Zhijian.Entities.Domain;
using Zhijian.Entities.Features.Import;
using Zhijian.Entities.Features.Profile;
using Zhijian.Entities.Features.Register;
using Zhijian.Entities.Features.Search;
using Zhijian.Platform.Web;

namespace Zhijian.Entities.Features;

/// <summary>/api/v1/entities: registration, lifecycle, search and profile.</summary>
internal static class EntitiesEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/entities").WithTags("市场主体库").RequireAuthorization(EntityAccess.ReadPolicy);

        g.MapGet("/", async (string? q, EntityType? type, EntityStatus? status, string? division, string? industry, string? tag,
                string? licence, int? page, int? pageSize, EntitySearch search, CancellationToken ct) =>
            await search.SearchAsync(new EntityQuery(q, type, status, division, industry, tag, licence, page ?? 1, pageSize ?? 20), ct)
                is var r && r.IsSuccess ? Results.Ok(r.Value) : r.ToProblem())
            .WithSummary("查询市场主体：名称任意片段、统一社会信用代码或其前缀、法定代表人姓名；可按类型、状态、区划、行业、标签、许可筛选");

        g.MapGet("/{uscc}", async (string uscc, EntityProfile profile, CancellationToken ct) =>
            await profile.GetAsync(uscc, ct) is { } view
                ? Results.Ok(view)
                : Problems.NotFound("未找到市场主体", $"统一社会信用代码“{uscc}”未登记或不在您的管辖范围内"))
            .WithSummary("市场主体档案（企业全息画像）：登记信息、时间线、许可、年报、标签");

        g.MapPost("/", async (EntityInput input, EntityCommands commands, CancellationToken ct) =>
            await commands.RegisterAsync(input, ct) is var r && r.IsSuccess
                ? Results.Created($"/api/v1/entities/{r.Value}", new { uscc = r.Value })
                : r.ToProblem())
            .RequireAuthorization(EntityAccess.WritePolicy).Idempotent().WithSummary("设立登记");

        g.MapPut("/{uscc}", async (string uscc, EntityInput input, EntityCommands commands, CancellationToken ct) =>
            await commands.ChangeAsync(uscc.Trim().ToUpperInvariant(), input, ct) is var r && r.IsSuccess ? Results.Ok(new { uscc = r.Value }) : r.ToProblem())
            .RequireAuthorization(EntityAccess.WritePolicy).Idempotent().WithSummary("变更登记（逐项记录变更前后内容）");

        g.MapPost("/{uscc}/status", async (string uscc, ChangeStatus cmd, EntityCommands commands, CancellationToken ct) =>
            await commands.ChangeStatusAsync(uscc.Trim().ToUpperInvariant(), cmd, ct) is var r && r.IsSuccess ? Results.Ok(new { uscc = r.Value }) : r.ToProblem())
            .RequireAuthorization(EntityAccess.WritePolicy).Idempotent()
            .WithSummary("简易注销、一般注销、吊销、迁出（kind: simple-deregistration | deregistration | revocation | move-out）");

        g.MapEntityImport();
    }
}
