using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Zhijian.Cases.Contracts;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Cases.Features.Documents;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.SimpleProcedure;

/// <summary>简易程序: 当场处罚 — the party, the violation and a warning and/or a small fine, by two certified officers.</summary>
internal sealed record SimpleCaseInput(PartyKind? PartyKind, string? PartyName, string? Uscc, string? Facts, string? ViolationCode,
    IReadOnlyList<PenaltyInput>? Penalties, IReadOnlyList<string>? Officers, string? Place);

internal static class SimpleProcedureRules
{
    /// <summary>The input, the violation found in the catalogue (null when not), the officers as resolved, and the cap of the simple procedure.</summary>
    public static FieldErrors Validate(SimpleCaseInput cmd, Violation? v, IReadOnlyList<PenaltyItem> penalties,
        (IReadOnlyList<CaseOfficer> Officers, string? Error) team, bool hasUnit, IRuleBook rules, DateOnly today)
    {
        var e = new FieldErrors();
        if (cmd.PartyKind is not { } kind || !Enum.IsDefined(kind)) e.Add("partyKind", "请选择当事人类型");
        e.Require("partyName", cmd.PartyName, "当事人名称（姓名）", 200).Require("facts", cmd.Facts, "违法事实", 4000).Require("place", cmd.Place, "处罚地点", 300);
        var uscc = cmd.Uscc?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(uscc) && Uscc.Check(uscc) is { Valid: false } u) e.Add("uscc", $"统一社会信用代码“{uscc}”无效：{u.Error}");
        if (v is null) e.Add("violationCode", "请从违法行为目录中选择违法行为");
        if (cmd.PartyKind is { } pk && !CaseRules.SimpleProcedureAllowed(rules, today, pk == PartyKind.NaturalPerson, penalties))
            e.Add("penalties", $"简易程序只适用于警告或者对{(pk == PartyKind.NaturalPerson ? "公民" : "法人或其他组织")}处 {DiscretionRules.Yuan(rules.GetDecimal(pk == PartyKind.NaturalPerson ? "case.simple-fine-person" : "case.simple-fine-org", today))} 元以下罚款；其他处罚适用普通程序");
        else if (v is not null && DiscretionRules.Check(v, null, DiscretionLevel.Normal, penalties, null) is { Error: { } err } chk && chk.Field != "baseAmount")
            e.Add(chk.Field!, err);
        if (team.Error is not null) e.Add("officers", team.Error);
        else if (CaseRules.OfficersProblem(rules, today, team.Officers.Count) is { } p) e.Add("officers", p);
        if (!hasUnit) e.Add("orgUnit", "当前用户没有所属机构");
        return e;
    }
}

/// <summary>当场处罚: only a warning and/or a fine under the simple-procedure cap, two certified officers, the 当场处罚决定书 issued at once.</summary>
internal sealed class SimpleProcedureHandler(CaseActions actions, CasesDbContext db, IRuleBook rules, IWorkingCalendar calendar, TimeProvider clock,
    CaseDocuments documents, CaseOfficers officers, OrgUnitDirectory units, RegistryParty registry, Zhijian.Platform.Privacy.PersonalData personal)
{
    public async Task<Result<long>> Handle(SimpleCaseInput cmd, CancellationToken ct)
    {
        var me = actions.Me;
        if (!CaseAccess.CanHandle(me)) return Result<long>.Forbidden("只有执法人员可以当场作出行政处罚决定");
        db.ChangeTracker.Clear(); // from the database, not from an earlier operation of the same circuit
        var today = clock.Today();
        var v = string.IsNullOrWhiteSpace(cmd.ViolationCode) ? null : await db.Violations.SingleOrDefaultAsync(x => x.Code == cmd.ViolationCode.Trim() && x.Active, ct);
        var penalties = (cmd.Penalties ?? []).Select(p => new PenaltyItem(p.Kind ?? 0, p.Amount)).ToList();
        var team = await officers.ResolveAsync(cmd.Officers, ct);
        var unit = me.OrgUnitId is { } oid ? await units.BureauOfAsync(oid, ct) : null;
        var e = SimpleProcedureRules.Validate(cmd, v, penalties, team, unit is not null, rules, today);
        if (e.Count > 0) return Result<long>.Invalid(e.ToDictionary());

        var uscc = cmd.Uscc?.Trim().ToUpperInvariant();
        var registered = cmd.PartyKind == PartyKind.Organisation ? await registry.FindAsync(uscc, ct) : null; // the register's 住所 and phone, kept as decided
        var c = new Case
        {
            Number = "JY-" + Guid.NewGuid().ToString("N"),
            Source = ClueSource.OwnFinding,
            Procedure = CaseProcedure.Simple,
            Stage = penalties.Any(x => x.Kind == PenaltyKind.Fine) ? CaseStage.Executing : CaseStage.Closed,
            CauseOfAction = v!.Name,
            Facts = $"{cmd.Facts!.Trim()}（地点：{cmd.Place!.Trim()}）",
            Field = v.Field,
            PartyKind = cmd.PartyKind!.Value,
            Uscc = string.IsNullOrEmpty(uscc) ? null : uscc,
            PartyName = cmd.PartyName!.Trim(),
            Representative = registered?.LegalRep.Truncate(50),
            PartyAddress = personal.Protect(RegistryParty.Or(null, registered?.Address)),
            PartyPhone = personal.Protect(RegistryParty.Or(null, registered?.Phone)),
            OrgUnitId = unit!.Id,
            OrgUnitName = unit.Name,
            DivisionCode = unit.DivisionCode,
            Officers = [.. team.Officers],
            LeadOfficer = team.Officers.Any(o => o.UserName == me.Name) ? me.Name : team.Officers[0].UserName,
            OpenedOn = today,
            OpenedApprovedBy = me.ShownName,
            ViolationCode = v.Code,
            Penalties = penalties,
            Discretion = DiscretionLevel.Normal,
            DecidedOn = today,
            DecisionApprovedBy = me.ShownName,
            ServedOn = today,
            ServiceMethod = "当场交付",
            CreatedAt = clock.GetUtcNow(),
        };
        if (c.Stage == CaseStage.Closed)
        {
            c.ClosedOn = today;
            c.Ending = CaseEnding.Penalised;
            c.ClosedApprovedBy = me.ShownName;
        }

        CaseDeadlines.Apply(c, rules, calendar);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Cases.Add(c);
        await db.SaveChangesAsync(ct);
        var doc = await documents.IssueAsync(c, DocumentKind.OnTheSpotDecision, me.ShownName, ct);
        c.Number = doc.Number;
        c.DecisionNo = doc.Number;
        db.Steps.Add(actions.NewStep(c, "simple.decided", $"简易程序当场作出行政处罚决定（{doc.Number}）：{v.Name}，{CaseNames.Penalties(penalties)}；执法人员 {string.Join("、", c.Officers.Select(o => $"{o.Name}（{o.CertificateNo}）"))}" +
            (c.FinePaymentBy is { } by ? $"；罚款应于 {by:yyyy年M月d日} 前缴纳" : ""), doc));
        db.Audit("cases.simple.decided", nameof(Case), c.Number, null, new { c.PartyName, c.ViolationCode, c.Penalties, doc.Sha256 }, c.DivisionCode);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return c.Id;
    }
}

internal static class SimpleProcedureEndpoints
{
    public static RouteGroupBuilder MapSimpleProcedure(this RouteGroupBuilder cases)
    {
        cases.MapPost("/simple", Simple).WithSummary("简易程序当场处罚");
        return cases;
    }

    private static Task<Results<Ok<long>, ProblemHttpResult>> Simple(SimpleCaseInput cmd, SimpleProcedureHandler h, CancellationToken ct) => h.Handle(cmd, ct).ToOk();
}
