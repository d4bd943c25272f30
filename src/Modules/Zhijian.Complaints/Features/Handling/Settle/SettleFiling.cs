using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Domain;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

/// <summary>调解成功: the agreement and the money recovered for the consumer.</summary>
internal sealed record SettleCommand(string? Agreement, decimal? Recovered);

/// <summary>What a mediation agreement must carry (pure).</summary>
internal static class SettleFilingRules
{
    public static FieldError? Validate(SettleCommand cmd, Filing f)
    {
        if (f.Status != FilingStatus.Mediating) return new FieldError("status", "只有调解中的投诉可以登记调解协议");
        if (string.IsNullOrWhiteSpace(cmd.Agreement)) return new FieldError("agreement", "请填写调解协议内容（双方达成的处理方式）");
        if (cmd.Recovered is < 0 or > 10_000_000_000m) return new FieldError("recovered", "挽回经济损失必须在 0 到 100 亿元之间");
        return null;
    }
}

/// <summary>调解成功: the agreement is recorded and the complaint closed.</summary>
internal sealed class SettleFilingHandler(FilingActions actions)
{
    public Task<Result<FilingDetail>> Handle(long id, SettleCommand cmd, CancellationToken ct) =>
        actions.RunAsync(id, "settle", f => SettleFilingRules.Validate(cmd, f), f =>
        {
            var agreement = cmd.Agreement!.Trim();
            f.OnTime = FilingClock.OnTime(f, actions.Today());
            f.Recovered = cmd.Recovered;
            FilingActions.Close(f, FilingStatus.Settled, agreement);
            var notice = $"您的投诉已调解成功。调解协议：{agreement}";
            return new StepOutcome(notice, true, notice + " 欢迎对本次办理进行满意度评价。");
        }, ct);
}
