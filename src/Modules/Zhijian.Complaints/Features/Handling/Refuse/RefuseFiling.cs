using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Domain;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

/// <summary>不予受理: ground = 1…9 (<see cref="RefusalGround"/>), reason = the facts in this case.</summary>
internal sealed record RefuseCommand(int? Ground, string? Reason);

/// <summary>When a complaint may be refused and what the refusal must state (pure).</summary>
internal static class RefuseFilingRules
{
    public static FieldError? Validate(RefuseCommand cmd, Filing f)
    {
        if (f.Kind != FilingKind.Complaint || f.Status != FilingStatus.Received)
            return new FieldError("status", $"只有待受理的投诉可以不予受理（当前：{FilingClock.KindName(f.Kind)}，{FilingClock.StatusName(f.Status)}）");
        if (cmd.Ground is not { } g || !Enum.IsDefined(typeof(RefusalGround), g))
            return new FieldError("ground", "请选择不予受理的情形（1 不属于职责或管辖、2 已由其他机构受理、3 非生活消费或无争议、4 超过三年、5 材料不全或不实、6 冒用身份或拒绝核验、9 其他）");
        if (string.IsNullOrWhiteSpace(cmd.Reason)) return new FieldError("reason", "请写明不予受理的具体理由");
        return null;
    }
}

/// <summary>不予受理 with the ground, its statutory text and the other routes (told to the complainant).</summary>
internal sealed class RefuseFilingHandler(FilingActions actions)
{
    public Task<Result<FilingDetail>> Handle(long id, RefuseCommand cmd, CancellationToken ct) =>
        actions.RunAsync(id, "refuse", f => RefuseFilingRules.Validate(cmd, f), f =>
        {
            var ground = (RefusalGround)cmd.Ground!.Value;
            var reason = cmd.Reason!.Trim();
            f.RefusalGround = ground;
            f.OnTime = actions.Today() <= f.AcceptBy;
            FilingActions.Close(f, FilingStatus.Refused, $"{ComplaintRules.Text(ground)}。{reason}");
            var notice = $"经审查，您的投诉不予受理。理由：{ComplaintRules.Text(ground)}（{reason}）。{ComplaintRules.OtherRoutes}";
            return new StepOutcome(notice, true, notice);
        }, ct);
}
