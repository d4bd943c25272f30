using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Clues.Register;

/// <summary>登记线索 by hand (own finding, transfer, other).</summary>
internal sealed record NewClue(ClueSource? Source, string? Uscc, string? PartyName, string? Facts, DateOnly? ReceivedOn, string? SourceNumber);

internal static class RegisterClueRules
{
    public static FieldErrors Validate(NewClue cmd, DateOnly today, bool hasUnit)
    {
        var e = new FieldErrors();
        if (cmd.Source is not { } source || !Enum.IsDefined(source)) e.Add("source", "请选择线索来源");
        var uscc = cmd.Uscc?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(uscc) && Uscc.Check(uscc) is { Valid: false } u) e.Add("uscc", $"统一社会信用代码“{uscc}”无效：{u.Error}");
        e.Require("partyName", cmd.PartyName, "涉案主体名称", 200).Require("facts", cmd.Facts, "线索内容", 8000);
        if (cmd.ReceivedOn is { } r && r > today) e.Add("receivedOn", $"收到日期 {r:yyyy-MM-dd} 晚于今天");
        if (cmd.ReceivedOn is { } r2 && r2 < today.AddYears(-1)) e.Add("receivedOn", "收到日期不能早于一年前");
        if (!hasUnit) e.Add("orgUnit", "当前用户没有所属机构，不能登记线索");
        return e;
    }
}

internal sealed class RegisterClueHandler(ClueActions actions, OrgUnitDirectory units)
{
    public async Task<Result<ClueView>> Handle(NewClue cmd, CancellationToken ct)
    {
        var me = actions.Me;
        if (!CaseAccess.CanHandle(me)) return Result<ClueView>.Forbidden("只有办案人员和负责人可以登记案件线索");
        var today = actions.Today;
        var unit = me.OrgUnitId is { } oid ? await units.BureauOfAsync(oid, ct) : null;
        if (RegisterClueRules.Validate(cmd, today, unit is not null) is { Count: > 0 } e) return Result<ClueView>.Invalid(e.ToDictionary());
        var uscc = cmd.Uscc?.Trim().ToUpperInvariant();
        var clue = new Clue
        {
            Source = cmd.Source!.Value,
            SourceNumber = cmd.SourceNumber?.Trim().Truncate(64),
            Uscc = string.IsNullOrEmpty(uscc) ? null : uscc,
            PartyName = cmd.PartyName!.Trim(),
            Facts = cmd.Facts!.Trim(),
            ReceivedOn = cmd.ReceivedOn ?? today,
            ReceivedBy = me.ShownName,
        };
        await actions.AddAsync(clue, unit!, $"登记线索（{CaseNames.Of(clue.Source)}）", ct);
        return ClueActions.View(clue, today);
    }
}

internal static class RegisterClueEndpoints
{
    public static RouteGroupBuilder MapRegisterClue(this RouteGroupBuilder clues)
    {
        clues.MapPost("", Register).WithSummary("登记线索");
        return clues;
    }

    private static Task<Results<Ok<ClueView>, ProblemHttpResult>> Register(NewClue cmd, RegisterClueHandler h, CancellationToken ct) => h.Handle(cmd, ct).ToOk();
}
