using Zhijian.Cases.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.PoliceTransfer;

internal sealed record TransferInput(string? PoliceOrgan, string? Reason);

internal sealed record PoliceOutcomeInput(PoliceOutcome? Outcome, string? Note, DateOnly? On);

internal static class PoliceTransferRules
{
    public static FieldErrors ValidateTransfer(Case c, TransferInput cmd)
    {
        var e = new FieldErrors();
        if (c.Stage is CaseStage.TransferredToPolice or >= CaseStage.Decided) return e.Add("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，不能移送公安机关");
        return e.Require("policeOrgan", cmd.PoliceOrgan, "接收移送的公安机关", 100).Require("reason", cmd.Reason, "涉嫌犯罪的事实和理由", 2000);
    }

    public static FieldErrors ValidateReceipt(Case c, DateInput cmd, DateOnly today)
    {
        var e = new FieldErrors();
        if (c.Stage != CaseStage.TransferredToPolice) return e.Add("stage", "案件没有移送公安机关");
        if (cmd.On is not { } on || on > today || on < c.TransferredOn) return e.Add("on", "请填写公安机关回执日期（移送之日至今天）");
        return e;
    }

    public static FieldErrors ValidateOutcome(Case c, PoliceOutcomeInput cmd)
    {
        var e = new FieldErrors();
        if (c.Stage != CaseStage.TransferredToPolice || c.PoliceOutcome is not null) return e.Add("stage", "案件没有等待公安机关决定的移送");
        if (c.PoliceReceiptOn is null) return e.Add("outcome", "请先登记公安机关的接收回执");
        if (cmd.Outcome is not { } o || !Enum.IsDefined(o)) return e.Add("outcome", "请选择公安机关的决定（立案侦查 / 不予立案）");
        if (string.IsNullOrWhiteSpace(cmd.Note)) return e.Add("note", "请填写公安机关决定书的文号及内容");
        return e;
    }
}

/// <summary>行刑衔接: 涉嫌犯罪移送公安机关 (负责人批准); the case waits, the time limit paused, with the 移送书 issued.</summary>
internal sealed class TransferHandler(CaseActions actions)
{
    public Task<Result<long>> Handle(long id, TransferInput cmd, CancellationToken ct) =>
        actions.RunAsync(id, "police.transferred", CaseActor.Approver, c =>
        {
            if (PoliceTransferRules.ValidateTransfer(c, cmd) is { Count: > 0 } e) return StepOutcome.Invalid(e);
            c.StageBeforeTransfer = c.Stage;
            c.Stage = CaseStage.TransferredToPolice;
            c.PoliceOrgan = cmd.PoliceOrgan!.Trim();
            c.TransferReason = cmd.Reason!.Trim();
            c.TransferredOn = actions.Today;
            c.PoliceReceiptOn = null;
            c.PoliceOutcome = null;
            c.Excluded = [.. c.Excluded, new DeadlinePause(actions.Today, null, "移送公安机关")];
            return StepOutcome.Ok($"经{actions.Me.ShownName}批准，涉嫌犯罪移送{c.PoliceOrgan}：{c.TransferReason}", DocumentKind.PoliceTransfer,
                (cs, d) => cs.TransferNo = d.Number);
        }, ct);
}

internal sealed class PoliceReceiptHandler(CaseActions actions)
{
    public Task<Result<long>> Handle(long id, DateInput cmd, CancellationToken ct) =>
        actions.RunAsync(id, "police.receipt", CaseActor.Handler, c =>
        {
            if (PoliceTransferRules.ValidateReceipt(c, cmd, actions.Today) is { Count: > 0 } e) return StepOutcome.Invalid(e);
            var on = cmd.On!.Value;
            c.PoliceReceiptOn = on;
            return StepOutcome.Ok($"{c.PoliceOrgan}于 {on:yyyy年M月d日} 签收移送材料（回执）");
        }, ct);
}

/// <summary>公安机关的决定: 立案侦查 (the case can then be closed as transferred) or 不予立案 (the case resumes where it was).</summary>
internal sealed class PoliceOutcomeHandler(CaseActions actions)
{
    public Task<Result<long>> Handle(long id, PoliceOutcomeInput cmd, CancellationToken ct) =>
        actions.RunAsync(id, "police.outcome", CaseActor.Handler, c =>
        {
            if (PoliceTransferRules.ValidateOutcome(c, cmd) is { Count: > 0 } e) return StepOutcome.Invalid(e);
            var o = cmd.Outcome!.Value;
            c.PoliceOutcome = o;
            c.PoliceOutcomeNote = cmd.Note!.Trim().Truncate(2000);
            if (o == PoliceOutcome.Declined)
            {
                c.Stage = c.StageBeforeTransfer ?? CaseStage.Investigating;
                actions.EndExcluded(c, "移送公安机关");
                return StepOutcome.Ok($"{c.PoliceOrgan}决定不予立案（{c.PoliceOutcomeNote}），案件恢复办理（{CaseNames.Of(c.Stage)}）");
            }

            return StepOutcome.Ok($"{c.PoliceOrgan}决定立案侦查（{c.PoliceOutcomeNote}），可办理结案");
        }, ct);
}
