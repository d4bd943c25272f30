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
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Clues.Open;

/// <summary>立案: the party, the case's officers and the conditions checked (SAMR Order 2 第十九条).</summary>
internal sealed record OpenCase(
    string? CauseOfAction, PartyKind? PartyKind, string? PartyName, string? Uscc, string? Representative, string? PartyAddress,
    string? PartyIdNumber, string? PartyPhone, CaseField? Field, IReadOnlyList<string>? Officers, string? LeadOfficer, DateOnly? ConductEndedOn,
    bool SafetyWithHarm, bool PrimaFacie, bool PenaltyDue, bool OurJurisdiction, bool Major = false, string? MajorReason = null, bool Complex = false);

internal static class OpenCaseRules
{
    /// <summary>The 立案 conditions, the limitation period, the party and the officers (as resolved from the staff directory).</summary>
    public static FieldErrors Validate(Clue clue, OpenCase cmd, (IReadOnlyList<CaseOfficer> Officers, string? Error) team, IRuleBook rules, DateOnly today)
    {
        var e = new FieldErrors();
        e.Require("causeOfAction", cmd.CauseOfAction, "案由", 300).Require("partyName", cmd.PartyName ?? clue.PartyName, "当事人名称（姓名）", 200);
        if (cmd.PartyKind is not { } kind || !Enum.IsDefined(kind)) e.Add("partyKind", "请选择当事人类型（法人或其他组织 / 自然人）");
        var uscc = (cmd.Uscc ?? clue.Uscc)?.Trim().ToUpperInvariant();
        if (cmd.PartyKind == PartyKind.Organisation && string.IsNullOrEmpty(uscc)) e.Add("uscc", "当事人为法人或其他组织时须填写统一社会信用代码");
        if (!string.IsNullOrEmpty(uscc) && Uscc.Check(uscc) is { Valid: false } u) e.Add("uscc", $"统一社会信用代码“{uscc}”无效：{u.Error}");
        if (cmd.PartyKind == PartyKind.NaturalPerson && !string.IsNullOrWhiteSpace(cmd.PartyIdNumber) && !ResidentId.Check(cmd.PartyIdNumber.Trim()).Valid)
            e.Add("partyIdNumber", "身份证号码无效");
        if (cmd.Field is { } f && !Enum.IsDefined(f)) e.Add("field", "监管领域取值无效");
        var missing = new List<string>();
        if (!cmd.PrimaFacie) missing.Add("有证据初步证明存在违反市场监督管理法律、法规、规章的行为");
        if (!cmd.PenaltyDue) missing.Add("依据市场监督管理法律、法规、规章应当给予行政处罚");
        if (!cmd.OurJurisdiction) missing.Add("属于本部门管辖");
        if (missing.Count > 0) e.Add("conditions", "立案条件不具备：" + string.Join("；", missing) + "。不符合立案条件的，应作出不予立案决定");
        if (cmd.ConductEndedOn is not { } ended) e.Add("conductEndedOn", "请填写违法行为终了（或发现）日期，用于核对追责时效");
        else if (ended > today) e.Add("conductEndedOn", "违法行为终了日期晚于今天");
        else if (CaseRules.TimeBarred(rules, ended, cmd.SafetyWithHarm, clue.ReceivedOn))
            e.Add("conductEndedOn", $"违法行为于 {ended:yyyy年M月d日} 终了，至发现之日（{clue.ReceivedOn:yyyy年M月d日}）已超过 {rules.GetInt(cmd.SafetyWithHarm ? "case.limitation-safety" : "case.limitation", clue.ReceivedOn)} 年追责时效，依法不再给予行政处罚，应作出不予立案决定");
        if (team.Error is not null) e.Add("officers", team.Error);
        else if (CaseRules.OfficersProblem(rules, today, team.Officers.Count) is { } p) e.Add("officers", p);
        if (team.Error is null && !team.Officers.Any(o => o.UserName == LeadOfficer(cmd, team.Officers))) e.Add("leadOfficer", "主办人须是本案执法人员之一");
        if (cmd.Major && string.IsNullOrWhiteSpace(cmd.MajorReason)) e.Add("majorReason", "请写明认定为重大案件的理由");
        return e;
    }

    /// <summary>主办人: the one named, or the first officer.</summary>
    public static string? LeadOfficer(OpenCase cmd, IReadOnlyList<CaseOfficer> officers) =>
        string.IsNullOrWhiteSpace(cmd.LeadOfficer) ? (officers.Count > 0 ? officers[0].UserName : null) : cmd.LeadOfficer.Trim();
}

/// <summary>立案: checks the conditions and creates the case with its officers, the 立案审批表 and the 90-day clock.</summary>
internal sealed class OpenCaseHandler(ClueActions actions, CasesDbContext db, TimeProvider clock, IRuleBook rules, IWorkingCalendar calendar,
    CaseDocuments documents, CaseOfficers officers, PersonalData personal, RegistryParty registry)
{
    public async Task<Result<long>> Handle(long id, OpenCase cmd, CancellationToken ct)
    {
        var me = actions.Me;
        if (!CaseAccess.CanApprove(me)) return Result<long>.Forbidden("立案须经负责人（科室负责人或局领导）批准，请由负责人办理");
        db.ChangeTracker.Clear(); // from the database, not from an earlier operation of the same circuit
        var clue = await db.Clues.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (clue is null) return Result<long>.NotFound($"线索 {id} 不存在或不在您的管辖范围内");
        if (clue.Status != ClueStatus.Verifying) return Result<long>.Unprocessable($"线索 {clue.Number} 已{CaseNames.Of(clue.Status)}，不能再立案");
        var today = clock.Today();
        var team = await officers.ResolveAsync(cmd.Officers, ct);
        if (OpenCaseRules.Validate(clue, cmd, team, rules, today) is { Count: > 0 } e) return Result<long>.Invalid(e.ToDictionary());

        var uscc = (cmd.Uscc ?? clue.Uscc)?.Trim().ToUpperInvariant();
        var registered = cmd.PartyKind == PartyKind.Organisation ? await registry.FindAsync(uscc, ct) : null; // the register's 住所 and phone, kept as filed
        var c = new Case
        {
            Number = "LA-" + Guid.NewGuid().ToString("N"),
            ClueId = clue.Id,
            Source = clue.Source,
            Procedure = CaseProcedure.Ordinary,
            Stage = CaseStage.Investigating,
            CauseOfAction = cmd.CauseOfAction!.Trim(),
            Facts = clue.Facts,
            Field = cmd.Field ?? CaseField.General,
            PartyKind = cmd.PartyKind!.Value,
            Uscc = string.IsNullOrEmpty(uscc) ? null : uscc,
            PartyName = (cmd.PartyName ?? clue.PartyName).Trim(),
            Representative = RegistryParty.Or(cmd.Representative, registered?.LegalRep)?.Truncate(50),
            PartyAddress = personal.Protect(RegistryParty.Or(cmd.PartyAddress, registered?.Address)),
            PartyIdNumber = personal.Protect(Blank(cmd.PartyIdNumber)),
            PartyPhone = personal.Protect(RegistryParty.Or(cmd.PartyPhone, registered?.Phone)),
            OrgUnitId = clue.OrgUnitId,
            OrgUnitName = clue.OrgUnitName,
            DivisionCode = clue.DivisionCode,
            Officers = [.. team.Officers],
            LeadOfficer = OpenCaseRules.LeadOfficer(cmd, team.Officers)!,
            OpenedOn = today,
            OpenedApprovedBy = me.ShownName,
            ConductEndedOn = cmd.ConductEndedOn,
            Major = cmd.Major,
            MajorReason = cmd.Major ? cmd.MajorReason!.Trim() : null,
            Complex = cmd.Complex,
            CreatedAt = clock.GetUtcNow(),
        };
        CaseDeadlines.Apply(c, rules, calendar);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Cases.Add(c);
        await db.SaveChangesAsync(ct);
        var doc = await documents.IssueAsync(c, DocumentKind.OpeningApproval, me.ShownName, ct);
        c.Number = doc.Number;
        clue.Status = ClueStatus.Opened;
        clue.DecidedOn = today;
        clue.DecidedBy = me.ShownName;
        clue.CaseId = c.Id;
        clue.Version++;
        if (clue.Pauses.Any(x => x.End is null)) clue.Pauses = [.. clue.Pauses.Select(x => x.End is null ? x with { End = today } : x)];
        var late = today > clue.OpenBy ? $"（超过立案期限 {clue.OpenBy:yyyy年M月d日}）" : "";
        actions.Step(clue, "clue.opened", $"经{me.ShownName}批准立案{late}，案件编号 {c.Number}");
        db.Steps.Add(CaseStep.Of(c, "case.opened", $"立案（{c.Number}），案由：{c.CauseOfAction}；执法人员 {string.Join("、", c.Officers.Select(o => $"{o.Name}（{o.CertificateNo}）"))}；办案期限至 {c.ConcludeBy:yyyy年M月d日}", me, clock.GetUtcNow(), doc));
        db.Audit("cases.case.opened", nameof(Case), c.Number, null, new { clue = clue.Number, c.CauseOfAction, c.PartyName, officers = c.Officers.Select(o => o.UserName), c.ConcludeBy, doc.Sha256 }, c.DivisionCode);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<long>.Conflict("version", $"线索 {clue.Number} 刚被他人处理，请刷新后再试");
        }

        await tx.CommitAsync(ct);
        return c.Id;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

internal static class OpenCaseEndpoints
{
    public static RouteGroupBuilder MapOpenCase(this RouteGroupBuilder clues)
    {
        clues.MapPost("/{id:long}/open", Open).WithSummary("立案（负责人），返回案件 id");
        return clues;
    }

    private static Task<Results<Ok<long>, ProblemHttpResult>> Open(long id, OpenCase cmd, OpenCaseHandler h, CancellationToken ct) => h.Handle(id, cmd, ct).ToOk();
}
