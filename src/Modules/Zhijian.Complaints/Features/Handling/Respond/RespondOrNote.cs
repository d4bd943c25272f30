using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Domain;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

/// <summary>回应 or 办理记录: the text.</summary>
internal sealed record NoteCommand(string? Text);

/// <summary>What a response or a note must say (pure).</summary>
internal static class RespondOrNoteRules
{
    public static FieldError? ValidateResponse(NoteCommand cmd) =>
        string.IsNullOrWhiteSpace(cmd.Text) ? new FieldError("text", "请填写回应内容（如已电话联系投诉人，告知办理流程）") : null;

    public static FieldError? ValidateNote(NoteCommand cmd) =>
        string.IsNullOrWhiteSpace(cmd.Text) ? new FieldError("text", "请填写办理记录内容") : null;
}

/// <summary>回应: first contact with the complainant (counts for the first response, public, reported to the platform).</summary>
internal sealed class RespondHandler(FilingActions actions)
{
    public Task<Result<FilingDetail>> Handle(long id, NoteCommand cmd, CancellationToken ct) =>
        actions.RunAsync(id, "respond", _ => RespondOrNoteRules.ValidateResponse(cmd), _ => new StepOutcome("已回应：" + cmd.Text!.Trim(), true), ct, statusReport: true);
}

/// <summary>办理记录 (internal note, e.g. a mediation session; not a response, not on closed filings).</summary>
internal sealed class NoteHandler(FilingActions actions)
{
    public Task<Result<FilingDetail>> Handle(long id, NoteCommand cmd, CancellationToken ct) =>
        actions.RunAsync(id, "note", _ => RespondOrNoteRules.ValidateNote(cmd), _ => new StepOutcome(cmd.Text!.Trim(), false), ct,
            closedOk: false, statusReport: false);
}
