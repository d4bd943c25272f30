using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Domain;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

/// <summary>答复: the answer to an inquiry or a suggestion.</summary>
internal sealed record AnswerCommand(string? Text);

/// <summary>What can be answered (pure).</summary>
internal static class AnswerFilingRules
{
    public static FieldError? Validate(AnswerCommand cmd, Filing f)
    {
        if (f.Kind is not (FilingKind.Inquiry or FilingKind.Suggestion) || f.Status != FilingStatus.Received)
            return new FieldError("status", "只有待答复的咨询、建议可以答复");
        if (string.IsNullOrWhiteSpace(cmd.Text)) return new FieldError("text", "请填写答复内容");
        return null;
    }
}

/// <summary>答复 an inquiry or a suggestion (closes it; the answer is sent to the person).</summary>
internal sealed class AnswerFilingHandler(FilingActions actions)
{
    public Task<Result<FilingDetail>> Handle(long id, AnswerCommand cmd, CancellationToken ct) =>
        actions.RunAsync(id, "answer", f => AnswerFilingRules.Validate(cmd, f), f =>
        {
            var text = cmd.Text!.Trim();
            f.OnTime = actions.Today() <= f.AcceptBy;
            FilingActions.Close(f, FilingStatus.Answered, text);
            return new StepOutcome("答复：" + text, true, "您的" + FilingClock.KindName(f.Kind) + "已答复：" + text);
        }, ct);
}
