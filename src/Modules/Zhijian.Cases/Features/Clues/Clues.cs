using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Cases.Features.Documents;
using Zhijian.Cases.Features.Workflow;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Clues;

/// <summary>登记线索 by hand (own finding, transfer, other).</summary>
internal sealed record NewClue(ClueSource? Source, string? Uscc, string? PartyName, string? Facts, DateOnly? ReceivedOn, string? SourceNumber);

/// <summary>A clue arriving from another module's event.</summary>
internal sealed record IncomingClue(ClueSource Source, string SourceSystem, string SourceId, string? SourceNumber, string? Uscc, string PartyName,
    string Facts, DateOnly ReceivedOn, string ReceivedBy, string DivisionCode, int? OrgUnitId);

internal sealed record ExtendClue(string? Reason);

internal sealed record PauseClue(string? Reason);

internal sealed record DeclineClue(DeclineGround? Ground, string? Reason);

/// <summary>立案: the party, the case's officers and the conditions checked (SAMR Order 2 第十九条).</summary>
internal sealed record OpenCase(
    string? CauseOfAction, PartyKind? PartyKind, string? PartyName, string? Uscc, string? Representative, string? PartyAddress,
    string? PartyIdNumber, string? PartyPhone, CaseField? Field, IReadOnlyList<string>? Officers, string? LeadOfficer, DateOnly? ConductEndedOn,
    bool SafetyWithHarm, bool PrimaFacie, bool PenaltyDue, bool OurJurisdiction, bool Major = false, string? MajorReason = null, bool Complex = false);

internal sealed record ClueView(long Id, string Number, ClueSource Source, string SourceName, string? SourceNumber, string? Uscc, string PartyName,
    string Facts, DateOnly ReceivedOn, string OrgUnitName, ClueStatus Status, string StatusName, DateOnly? OpenBy, bool Extended, bool Paused,
    DateOnly? DecidedOn, string? DecidedBy, string? DeclineText, long? CaseId, int? DaysLeft);

/// <summary>
/// 线索: intake (events and by hand), the 立案 clock (15 WD, +15 WD approved by the head, testing paused), 不予立案 with its
/// ground, and 立案 — the conditions (prima facie evidence, penalty due, jurisdiction, limitation, two certified officers)
/// checked before the case exists. Approvals (延长, 立案, 不予立案) are acts of a 负责人 (section chief or leader).
/// </summary>
internal sealed class Clues(CasesDbContext db, ActorContext actor, TimeProvider clock, IRuleBook rules, IWorkingCalendar calendar, OrgUnitDirectory units,
    CaseDocuments documents, CaseOfficers officers, PersonalData personal)
{
    public const string SystemComplaints = "complaints";
    public const string SystemInspections = "inspections";

    public async Task<IReadOnlyList<ClueView>> ListAsync(ClueStatus? status, CancellationToken ct)
    {
        var q = db.Clues.AsNoTracking();
        if (status is { } s) q = q.Where(c => c.Status == s);
        var list = await q.OrderBy(c => c.Status).ThenBy(c => c.OpenBy).ThenByDescending(c => c.Id).Take(500).ToListAsync(ct);
        var today = clock.Today();
        return [.. list.Select(c => View(c, today))];
    }

    public async Task<ClueView?> GetAsync(long id, CancellationToken ct)
    {
        var c = await db.Clues.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        return c is null ? null : View(c, clock.Today());
    }

    /// <summary>From another module: one clue per source record however often the event arrives.</summary>
    public async Task<Clue> ReceiveAsync(IncomingClue e, CancellationToken ct)
    {
        var existing = await db.Clues.IgnoreQueryFilters().SingleOrDefaultAsync(c => c.SourceSystem == e.SourceSystem && c.SourceId == e.SourceId, ct);
        if (existing is not null) return existing;
        var unit = (e.OrgUnitId is { } id ? await units.BureauOfAsync(id, ct) : null) ?? await units.BureauForAsync(e.DivisionCode, ct)
            ?? throw new InvalidOperationException($"No bureau covers division {e.DivisionCode}");
        var clue = new Clue
        {
            Source = e.Source,
            SourceSystem = e.SourceSystem,
            SourceId = e.SourceId,
            SourceNumber = e.SourceNumber,
            Uscc = e.Uscc,
            PartyName = e.PartyName.Truncate(200),
            Facts = e.Facts.Truncate(8000),
            ReceivedOn = e.ReceivedOn,
            ReceivedBy = e.ReceivedBy.Truncate(100),
        };
        return await AddAsync(clue, unit, $"收到{CaseNames.Of(e.Source)}线索（{e.SourceNumber}），由{e.ReceivedBy}移交", ct);
    }

    public async Task<Result<ClueView>> RegisterAsync(NewClue cmd, CancellationToken ct)
    {
        var me = actor.Current;
        if (!CaseAccess.CanHandle(me)) return Result<ClueView>.Forbidden("只有办案人员和负责人可以登记案件线索");
        var e = new FieldErrors();
        if (cmd.Source is not { } source || !Enum.IsDefined(source)) e.Add("source", "请选择线索来源");
        var uscc = cmd.Uscc?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(uscc) && Uscc.Check(uscc) is { Valid: false } u) e.Add("uscc", $"统一社会信用代码“{uscc}”无效：{u.Error}");
        e.Require("partyName", cmd.PartyName, "涉案主体名称", 200).Require("facts", cmd.Facts, "线索内容", 8000);
        var today = clock.Today();
        if (cmd.ReceivedOn is { } r && r > today) e.Add("receivedOn", $"收到日期 {r:yyyy-MM-dd} 晚于今天");
        if (cmd.ReceivedOn is { } r2 && r2 < today.AddYears(-1)) e.Add("receivedOn", "收到日期不能早于一年前");
        var unit = me.OrgUnitId is { } oid ? await units.BureauOfAsync(oid, ct) : null;
        if (unit is null) e.Add("orgUnit", "当前用户没有所属机构，不能登记线索");
        if (e.Count > 0) return Result<ClueView>.Invalid(e.ToDictionary());
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
        await AddAsync(clue, unit!, $"登记线索（{CaseNames.Of(clue.Source)}）", ct);
        return View(clue, today);
    }

    private async Task<Clue> AddAsync(Clue clue, OrgUnitEntry unit, string text, CancellationToken ct)
    {
        clue.ReceivedAt = clock.GetUtcNow();
        clue.OrgUnitId = unit.Id;
        clue.OrgUnitName = unit.Name;
        clue.DivisionCode = unit.DivisionCode;
        clue.Number = "XS-" + Guid.NewGuid().ToString("N");
        clue.OpenBy = CaseRules.OpenBy(rules, calendar, clue.ReceivedOn, false, clue.Pauses);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Clues.Add(clue);
        await db.SaveChangesAsync(ct);
        clue.Number = string.Create(CultureInfo.InvariantCulture, $"XS{clue.ReceivedOn.Year}{clue.Id:000000}");
        Step(clue, "clue.received", $"{text}；应于 {clue.OpenBy:yyyy年M月d日} 前作出是否立案的决定");
        db.Audit("cases.clue.received", nameof(Clue), clue.Number, null, new { clue.Source, clue.SourceSystem, clue.SourceId, clue.OpenBy }, clue.DivisionCode);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return clue;
    }

    /// <summary>延长核查期限 15 WD (负责人批准).</summary>
    public Task<Result<ClueView>> ExtendAsync(long id, ExtendClue cmd, CancellationToken ct) =>
        ActAsync(id, "clue.extended", approval: true, c =>
        {
            if (c.Extended) return Fail("status", "立案核查期限已经延长过一次，不能再延长");
            if (string.IsNullOrWhiteSpace(cmd.Reason)) return Fail("reason", "请写明延长理由（如：案情复杂，需进一步核查）");
            c.Extended = true;
            c.ExtensionApprovedBy = actor.Current.ShownName;
            c.ExtensionReason = cmd.Reason.Trim();
            Recompute(c);
            return Ok($"经{actor.Current.ShownName}批准延长核查期限 15 个工作日至 {c.OpenBy:yyyy年M月d日}。理由：{cmd.Reason.Trim()}");
        }, ct);

    /// <summary>检测、检验、检疫、鉴定 — not counted toward the 立案 deadline.</summary>
    public Task<Result<ClueView>> PauseAsync(long id, PauseClue cmd, CancellationToken ct) =>
        ActAsync(id, "clue.paused", approval: false, c =>
        {
            if (c.Pauses.Any(p => p.End is null)) return Fail("status", "计时已中止，请先恢复");
            if (string.IsNullOrWhiteSpace(cmd.Reason)) return Fail("reason", "请写明中止原因（如：送检验检测）");
            c.Pauses = [.. c.Pauses, new DeadlinePause(clock.Today(), null, cmd.Reason.Trim())];
            Recompute(c);
            return Ok($"中止计时：{cmd.Reason.Trim()}（检测、检验、检疫、鉴定期间不计入立案期限）");
        }, ct);

    public Task<Result<ClueView>> ResumeAsync(long id, CancellationToken ct) =>
        ActAsync(id, "clue.resumed", approval: false, c =>
        {
            var open = c.Pauses.FirstOrDefault(p => p.End is null);
            if (open is null) return Fail("status", "计时未中止");
            var today = clock.Today();
            var end = today > open.Start ? today.AddDays(-1) : open.Start;
            c.Pauses = [.. c.Pauses.Select(p => p.End is null ? p with { End = end } : p)];
            Recompute(c);
            return Ok($"恢复计时，立案期限至 {c.OpenBy:yyyy年M月d日}");
        }, ct);

    /// <summary>不予立案 with its ground (负责人批准); the 不予立案审批表 is issued.</summary>
    public Task<Result<ClueView>> DeclineAsync(long id, DeclineClue cmd, CancellationToken ct) =>
        ActAsync(id, "clue.declined", approval: true, c =>
        {
            if (cmd.Ground is not { } g || !Enum.IsDefined(g))
                return Fail("ground", "请选择不予立案的情形（1 违法事实不能成立、2 依法不予处罚、3 不属于本机关管辖、4 超过追责时效、9 其他）");
            if (string.IsNullOrWhiteSpace(cmd.Reason)) return Fail("reason", "请写明不予立案的具体理由");
            c.Status = ClueStatus.Declined;
            c.DeclineGround = g;
            c.DeclineReason = cmd.Reason.Trim();
            c.DecidedOn = clock.Today();
            c.DecidedBy = actor.Current.ShownName;
            if (c.Pauses.Any(p => p.End is null)) c.Pauses = [.. c.Pauses.Select(p => p.End is null ? p with { End = c.DecidedOn.Value } : p)];
            return Ok($"经{actor.Current.ShownName}批准不予立案：{CaseNames.Of(g)}。{cmd.Reason.Trim()}", DocumentKind.DeclineApproval);
        }, ct);

    /// <summary>立案: checks the conditions and creates the case with its officers, the 立案审批表 and the 90-day clock.</summary>
    public async Task<Result<long>> OpenAsync(long id, OpenCase cmd, CancellationToken ct)
    {
        var me = actor.Current;
        if (!CaseAccess.CanApprove(me)) return Result<long>.Forbidden("立案须经负责人（科室负责人或局领导）批准，请由负责人办理");
        var clue = await db.Clues.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (clue is null) return Result<long>.NotFound($"线索 {id} 不存在或不在您的管辖范围内");
        if (clue.Status != ClueStatus.Verifying) return Result<long>.Unprocessable($"线索 {clue.Number} 已{CaseNames.Of(clue.Status)}，不能再立案");
        var today = clock.Today();
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
        var team = await officers.ResolveAsync(cmd.Officers, ct);
        if (team.Error is not null) e.Add("officers", team.Error);
        else if (CaseRules.OfficersProblem(rules, today, team.Officers.Count) is { } p) e.Add("officers", p);
        var lead = string.IsNullOrWhiteSpace(cmd.LeadOfficer) ? (team.Officers.Count > 0 ? team.Officers[0].UserName : null) : cmd.LeadOfficer.Trim();
        if (team.Error is null && !team.Officers.Any(o => o.UserName == lead)) e.Add("leadOfficer", "主办人须是本案执法人员之一");
        if (cmd.Major && string.IsNullOrWhiteSpace(cmd.MajorReason)) e.Add("majorReason", "请写明认定为重大案件的理由");
        if (e.Count > 0) return Result<long>.Invalid(e.ToDictionary());

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
            Representative = cmd.Representative?.Trim().Truncate(50),
            PartyAddress = personal.Protect(Blank(cmd.PartyAddress)),
            PartyIdNumber = personal.Protect(Blank(cmd.PartyIdNumber)),
            PartyPhone = personal.Protect(Blank(cmd.PartyPhone)),
            OrgUnitId = clue.OrgUnitId,
            OrgUnitName = clue.OrgUnitName,
            DivisionCode = clue.DivisionCode,
            Officers = [.. team.Officers],
            LeadOfficer = lead!,
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
        Step(clue, "clue.opened", $"经{me.ShownName}批准立案{late}，案件编号 {c.Number}");
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

    private async Task<Result<ClueView>> ActAsync(long id, string action, bool approval, Func<Clue, (string? Field, string? Error, string? Text, DocumentKind? Doc)> apply, CancellationToken ct)
    {
        var me = actor.Current;
        if (approval ? !CaseAccess.CanApprove(me) : !CaseAccess.CanHandle(me))
            return Result<ClueView>.Forbidden(approval ? "此操作须由负责人（科室负责人或局领导）批准办理" : "只有办案人员和负责人可以办理线索");
        var c = await db.Clues.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Result<ClueView>.NotFound($"线索 {id} 不存在或不在您的管辖范围内");
        if (c.Status != ClueStatus.Verifying) return Result<ClueView>.Unprocessable($"线索 {c.Number} 已{CaseNames.Of(c.Status)}，不能再办理");
        var before = new { c.Status, c.OpenBy, c.Extended };
        var (field, error, text, docKind) = apply(c);
        if (error is not null) return Result<ClueView>.Invalid(field!, error);
        c.Version++;
        CaseDocument? doc = null;
        if (docKind is { } k) doc = k == DocumentKind.DeclineApproval ? await documents.IssueForClueAsync(c, me.ShownName, ct) : throw new InvalidOperationException($"{k} is not a clue document");
        Step(c, action, text!, doc);
        db.Audit("cases." + action, nameof(Clue), c.Number, before, new { c.Status, c.OpenBy, c.Extended, c.DeclineGround, doc?.Number, doc?.Sha256 }, c.DivisionCode);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<ClueView>.Conflict("version", $"线索 {c.Number} 刚被他人处理，请刷新后再试");
        }

        return View(c, clock.Today());
    }

    private void Recompute(Clue c) => c.OpenBy = CaseRules.OpenBy(rules, calendar, c.ReceivedOn, c.Extended, c.Pauses);

    private void Step(Clue c, string action, string text, CaseDocument? doc = null) => db.Steps.Add(new CaseStep
    {
        ClueId = c.Id,
        CaseId = c.CaseId,
        At = clock.GetUtcNow(),
        Action = action,
        Text = text.Truncate(4000),
        ActorName = actor.Current.ShownName,
        ActorUserName = actor.Current.Name,
        Document = doc,
        DivisionCode = c.DivisionCode,
    });

    private static (string?, string?, string?, DocumentKind?) Fail(string field, string error) => (field, error, null, null);

    private static (string?, string?, string?, DocumentKind?) Ok(string text, DocumentKind? doc = null) => (null, null, text, doc);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public static ClueView View(Clue c, DateOnly today) => new(c.Id, c.Number, c.Source, CaseNames.Of(c.Source), c.SourceNumber, c.Uscc, c.PartyName, c.Facts,
        c.ReceivedOn, c.OrgUnitName, c.Status, CaseNames.Of(c.Status), c.OpenBy, c.Extended, c.Pauses.Any(p => p.End is null), c.DecidedOn, c.DecidedBy,
        c.DeclineGround is { } g ? $"{CaseNames.Of(g)}。{c.DeclineReason}" : null, c.CaseId,
        c.Status == ClueStatus.Verifying && c.OpenBy is { } by ? by.DayNumber - today.DayNumber : null);
}
