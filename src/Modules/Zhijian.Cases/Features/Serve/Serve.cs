using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Serve;

internal sealed record ServeInput(DateOnly? ServedOn, string? Method, string? SignedBy);

internal static class ServeRules
{
    public static readonly string[] ServiceMethods = ["直接送达", "留置送达", "邮寄送达", "电子送达", "委托送达", "公告送达"];

    public static FieldErrors Validate(Case c, ServeInput cmd, DateOnly today)
    {
        var e = new FieldErrors();
        if (c.Stage != CaseStage.Decided) return e.Add("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，没有待送达的决定书");
        if (cmd.ServedOn is not { } on || on > today || on < c.DecidedOn) return e.Add("servedOn", "请填写送达日期（决定之日至今天）");
        if (string.IsNullOrWhiteSpace(cmd.Method) || !ServiceMethods.Contains(cmd.Method.Trim())) return e.Add("method", $"请选择送达方式（{string.Join("、", ServiceMethods)}）");
        if (cmd.Method.Trim() is "直接送达" or "委托送达" && string.IsNullOrWhiteSpace(cmd.SignedBy))
            return e.Add("signedBy", "直接送达须由受送达人在送达回证上签名，请填写签收人");
        return e;
    }
}

/// <summary>送达: the decision served (method and the recipient's signature on the 送达回证); the fine is due in 15 days; ordinary penalties are published.</summary>
internal sealed class ServeHandler(CaseActions actions, CasesDbContext db, OrgUnitDirectory units, Disclosure.Disclosures disclosure)
{
    public Task<Result<long>> Handle(long id, ServeInput cmd, CancellationToken ct) =>
        actions.RunAsync(id, "served", CaseActor.Handler, async c =>
        {
            if (ServeRules.Validate(c, cmd, actions.Today) is { Count: > 0 } e) return StepOutcome.Invalid(e);
            var on = cmd.ServedOn!.Value;
            var method = cmd.Method!.Trim();
            c.ServedOn = on;
            c.ServiceMethod = method;
            c.ServiceSignedBy = cmd.SignedBy?.Trim().Truncate(100);
            c.Stage = CaseStage.Executing;
            actions.Recompute(c);
            var decision = await db.Documents.Where(d => d.CaseId == c.Id && d.Kind == DocumentKind.Decision).OrderByDescending(d => d.Id).FirstAsync(ct);
            var unit = await units.BureauOfAsync(c.OrgUnitId, ct);
            var published = await disclosure.PublishAsync(c, decision, unit?.Name ?? c.OrgUnitName, disclosure.PersonalValues(c), ct);
            var pay = c.FinePaymentBy is { } by ? $"；罚款应于 {by:yyyy年M月d日} 前缴纳" : "";
            var pub = published is not null ? $"；行政处罚信息将于 {published.PublishBy:yyyy年M月d日} 前公示（已公示，至 {published.PublicUntil:yyyy年M月d日}）" : "";
            return StepOutcome.Ok($"{method}行政处罚决定书（{c.DecisionNo}），{on:yyyy年M月d日}送达" + (c.ServiceSignedBy is null ? "" : $"，签收人：{c.ServiceSignedBy}") + pay + pub,
                DocumentKind.ServiceReceipt);
        }, ct);
}

internal static class ServeEndpoints
{
    public static RouteGroupBuilder MapServe(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{id:long}/serve", Serve).WithSummary("送达决定书（并公示）");
        return cases;
    }

    private static Task<Results<Ok<long>, ProblemHttpResult>> Serve(long id, ServeInput cmd, ServeHandler h, CancellationToken ct) => h.Handle(id, cmd, ct).ToOk();
}
