using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Execute;

internal static class ExecuteRules
{
    public static FieldErrors ValidatePayment(Case c, DateInput cmd, DateOnly today)
    {
        var e = new FieldErrors();
        if (c.Stage != CaseStage.Executing || c.FineTotal <= 0) return e.Add("stage", "案件没有待缴纳的罚款");
        if (c.PaidOn is not null) return e.Add("stage", "罚款已登记缴纳");
        if (cmd.On is not { } on || on > today || on < c.ServedOn) return e.Add("on", "请填写缴款日期（送达之日至今天）");
        return e;
    }

    public static FieldErrors ValidateEnforcement(Case c, DateInput cmd, DateOnly today)
    {
        var e = new FieldErrors();
        if (c.Stage != CaseStage.Executing || c.PaidOn is not null) return e.Add("stage", "案件没有需要申请强制执行的罚款");
        if (today <= c.FinePaymentBy) return e.Add("on", $"缴款期限至 {c.FinePaymentBy:yyyy年M月d日}，期限届满前不能申请强制执行");
        if (cmd.On is not { } on || on > today) return e.Add("on", "请填写申请日期");
        return e;
    }
}

/// <summary>罚款缴纳 recorded (late when after the payment deadline).</summary>
internal sealed class PaymentHandler(CaseActions actions)
{
    public Task<Result<long>> Handle(long id, DateInput cmd, CancellationToken ct) =>
        actions.RunAsync(id, "paid", CaseActor.Handler, c =>
        {
            if (ExecuteRules.ValidatePayment(c, cmd, actions.Today) is { Count: > 0 } e) return StepOutcome.Invalid(e);
            var on = cmd.On!.Value;
            c.PaidOn = on;
            var late = on > c.FinePaymentBy ? $"（逾期，应于 {c.FinePaymentBy:yyyy年M月d日} 前缴纳，可依法加处罚款）" : "";
            return StepOutcome.Ok($"当事人于 {on:yyyy年M月d日} 缴纳罚款 {DiscretionRules.Yuan(c.FineTotal)} 元{late}");
        }, ct);
}

/// <summary>申请人民法院强制执行 (负责人) once the payment deadline has passed.</summary>
internal sealed class EnforcementHandler(CaseActions actions)
{
    public Task<Result<long>> Handle(long id, DateInput cmd, CancellationToken ct) =>
        actions.RunAsync(id, "enforcement", CaseActor.Approver, c =>
        {
            if (ExecuteRules.ValidateEnforcement(c, cmd, actions.Today) is { Count: > 0 } e) return StepOutcome.Invalid(e);
            var on = cmd.On!.Value;
            c.EnforcementAppliedOn = on;
            return StepOutcome.Ok($"{on:yyyy年M月d日}申请人民法院强制执行");
        }, ct);
}

internal static class ExecuteEndpoints
{
    public static RouteGroupBuilder MapExecute(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{id:long}/payment", Payment).WithSummary("登记罚款缴纳");
        cases.MapPost("/{id:long}/enforcement", Enforcement).WithSummary("申请人民法院强制执行（负责人）");
        return cases;
    }

    private static Task<Results<Ok<long>, ProblemHttpResult>> Payment(long id, DateInput cmd, PaymentHandler h, CancellationToken ct) => h.Handle(id, cmd, ct).ToOk();

    private static Task<Results<Ok<long>, ProblemHttpResult>> Enforcement(long id, DateInput cmd, EnforcementHandler h, CancellationToken ct) =>
        h.Handle(id, cmd, ct).ToOk();
}
