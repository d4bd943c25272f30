using Microsoft.EntityFrameworkCore;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Data;
using Zhijian.Complaints.Domain;
using Zhijian.Complaints.Features.Exchange;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

internal sealed record NoteCommand(string? Text);

/// <summary>不予受理: ground = 1…9 (<see cref="RefusalGround"/>), reason = the facts in this case.</summary>
internal sealed record RefuseCommand(int? Ground, string? Reason);

internal sealed record TransferCommand(int? OrgUnitId, string? Reason);

internal sealed record PauseCommand(string? Reason);

internal sealed record SettleCommand(string? Agreement, decimal? Recovered);

/// <summary>终止调解: ground = 1…9 (<see cref="TerminationGround"/>).</summary>
internal sealed record TerminateCommand(int? Ground, string? Reason);

internal sealed record ExtendCommand(string? Reason, string? ApprovedBy);

/// <summary>举报核查结论: openCase = 立案 (a case clue goes to the cases module) or not (reason required).</summary>
internal sealed record DecideCommand(bool OpenCase, string? Reason);

internal sealed record DuplicateCommand(string? OfNumber, string? Reason);

internal sealed record AnswerCommand(string? Text);

internal sealed record AssignCommand(string? UserName, string? DisplayName);

/// <summary>
/// 办理: every step of the complaint, report, inquiry workflows. Each action checks the state and the role, records a
/// step (public ones are what the complainant sees), stamps the 24-hour first response, recomputes the next deadline,
/// reports the status to the originating platform (12345) and audits the act — in one save. Two handlers acting at
/// once: the second gets 409 (optimistic concurrency on the filing).
/// </summary>
internal sealed class Handling(
    ComplaintsDbContext db,
    ActorContext actor,
    OrgUnitDirectory units,
    IWorkingCalendar calendar,
    IRuleBook rules,
    PersonalData personal,
    FilingQueries queries,
    TimeProvider clock)
{
    public async Task<Result<FilingDetail>> AssignAsync(long id, AssignCommand cmd, CancellationToken ct) =>
        await ActAsync(id, "assign", f =>
        {
            var user = string.IsNullOrWhiteSpace(cmd.UserName) ? actor.Current.Name : cmd.UserName.Trim();
            f.HandlerUserName = user;
            f.HandlerName = string.IsNullOrWhiteSpace(cmd.DisplayName) ? user == actor.Current.Name ? actor.Current.ShownName : user : cmd.DisplayName.Trim();
            return Step($"由{f.HandlerName}承办", false);
        }, ct, closedOk: false, statusReport: false);

    /// <summary>回应: first contact with the complainant (counts for the 24-hour response).</summary>
    public Task<Result<FilingDetail>> RespondAsync(long id, NoteCommand cmd, CancellationToken ct) =>
        ActAsync(id, "respond", f => string.IsNullOrWhiteSpace(cmd.Text)
            ? Fail("text", "请填写回应内容（如已电话联系投诉人，告知办理流程）")
            : Step("已回应：" + cmd.Text.Trim(), true), ct, statusReport: true);

    /// <summary>办理记录 (internal note, e.g. a mediation session).</summary>
    public Task<Result<FilingDetail>> NoteAsync(long id, NoteCommand cmd, CancellationToken ct) =>
        ActAsync(id, "note", f => string.IsNullOrWhiteSpace(cmd.Text) ? Fail("text", "请填写办理记录内容") : Step(cmd.Text.Trim(), false), ct,
            closedOk: false, statusReport: false);

    /// <summary>受理 (complaint): mediation starts; its limit (45 WD / 60 CD by the version received under) runs from today.</summary>
    public Task<Result<FilingDetail>> AcceptAsync(long id, CancellationToken ct) =>
        ActAsync(id, "accept", f =>
        {
            if (f.Kind != FilingKind.Complaint) return Fail("kind", "只有投诉需要受理；举报直接核查，咨询/建议直接答复");
            if (f.Status != FilingStatus.Received) return Fail("status", $"当前状态为“{FilingClock.StatusName(f.Status)}”，不能受理");
            var today = clock.Today();
            f.AcceptedOn = today;
            f.OnTime = today <= f.AcceptBy;
            f.Status = FilingStatus.Mediating;
            FilingDeadlines.Apply(f, rules, calendar);
            var notice = $"您的投诉已于 {today:yyyy年M月d日} 受理，依照{ComplaintRules.Name(f.Rules)}，调解期限至 {f.MediationBy:yyyy年M月d日}。";
            return Step(notice + (f.Flags.Contains(FilingFlags.TimeBarred) ? "（注意：本件已提示超过三年时效）" : ""), true, notifyPerson: notice);
        }, ct);

    /// <summary>不予受理 with the ground, its statutory text and the other routes (told to the complainant).</summary>
    public Task<Result<FilingDetail>> RefuseAsync(long id, RefuseCommand cmd, CancellationToken ct) =>
        ActAsync(id, "refuse", f =>
        {
            if (f.Kind != FilingKind.Complaint || f.Status != FilingStatus.Received)
                return Fail("status", $"只有待受理的投诉可以不予受理（当前：{FilingClock.KindName(f.Kind)}，{FilingClock.StatusName(f.Status)}）");
            if (cmd.Ground is not { } g || !Enum.IsDefined(typeof(RefusalGround), g))
                return Fail("ground", "请选择不予受理的情形（1 不属于职责或管辖、2 已由其他机构受理、3 非生活消费或无争议、4 超过三年、5 材料不全或不实、6 冒用身份或拒绝核验、9 其他）");
            if (string.IsNullOrWhiteSpace(cmd.Reason)) return Fail("reason", "请写明不予受理的具体理由");
            var ground = (RefusalGround)g;
            f.RefusalGround = ground;
            var today = clock.Today();
            f.OnTime = today <= f.AcceptBy;
            Close(f, FilingStatus.Refused, $"{ComplaintRules.Text(ground)}。{cmd.Reason.Trim()}");
            var notice = $"经审查，您的投诉不予受理。理由：{ComplaintRules.Text(ground)}（{cmd.Reason.Trim()}）。{ComplaintRules.OtherRoutes}";
            return Step(notice, true, notifyPerson: notice);
        }, ct);

    /// <summary>移送 to another unit with the reason: the receiving unit's clock starts on the day it receives it.</summary>
    public async Task<Result<FilingDetail>> TransferAsync(long id, TransferCommand cmd, CancellationToken ct)
    {
        var to = cmd.OrgUnitId is { } uid ? await units.FindActiveAsync(uid, ct) : null;
        return await ActAsync(id, "transfer", f =>
        {
            if (f.IsClosed || f.Status == FilingStatus.Odr) return Fail("status", $"当前状态为“{FilingClock.StatusName(f.Status)}”，不能移送");
            if (f.Status == FilingStatus.Mediating) return Fail("status", "已受理调解的投诉不能移送；如发现不属于本部门管辖，请以“受理后发现不予受理情形”终止调解");
            if (to is null) return Fail("orgUnitId", "请选择接收机构");
            if (to.Id == f.OrgUnitId) return Fail("orgUnitId", "接收机构与当前办理机构相同");
            if (string.IsNullOrWhiteSpace(cmd.Reason)) return Fail("reason", "请写明移送理由（如：经营地不在本辖区）");
            var today = clock.Today();
            db.Transfers.Add(new FilingTransfer
            {
                FilingId = f.Id,
                FromOrgUnitId = f.OrgUnitId,
                FromOrgUnitName = f.OrgUnitName,
                FromDivision = f.DivisionCode,
                ToOrgUnitId = to.Id,
                ToOrgUnitName = to.Name,
                Reason = cmd.Reason.Trim(),
                At = clock.GetUtcNow(),
                ByName = actor.Current.Name,
                DivisionCode = to.DivisionCode,
            });
            var from = f.OrgUnitName;
            f.OrgUnitId = to.Id;
            f.OrgUnitName = to.Name;
            f.DivisionCode = to.DivisionCode;
            f.TransferCount++;
            f.HandlerUserName = null;
            f.HandlerName = null;
            f.RoutingBasis = $"由{from}移送：{cmd.Reason.Trim()}";
            f.Flags.Remove(FilingFlags.RoutingManual);
            f.ClockStartOn = today;
            return Step($"由{from}移送至{to.Name}。理由：{cmd.Reason.Trim()}", true);
        }, ct);
    }

    /// <summary>中止计时 (检定、检验、检测、鉴定): the mediation or verification clock stops until resumed.</summary>
    public Task<Result<FilingDetail>> PauseAsync(long id, PauseCommand cmd, CancellationToken ct) =>
        ActAsync(id, "pause", f =>
        {
            if (f.Status is not (FilingStatus.Mediating or FilingStatus.Verifying))
                return Fail("status", "只有调解中的投诉或核查中的举报可以中止计时（检定、检验、检测、鉴定期间不计入期限）");
            if (f.Pauses.Any(p => p.End is null)) return Fail("status", "计时已中止，请先恢复");
            if (string.IsNullOrWhiteSpace(cmd.Reason)) return Fail("reason", "请写明中止原因（如：送检验检测）");
            f.Pauses = [.. f.Pauses, new DeadlinePause(clock.Today(), null, cmd.Reason.Trim())];
            return Step($"中止计时：{cmd.Reason.Trim()}（期间不计入办理期限）", true);
        }, ct);

    public Task<Result<FilingDetail>> ResumeAsync(long id, CancellationToken ct) =>
        ActAsync(id, "resume", f =>
        {
            var open = f.Pauses.FirstOrDefault(p => p.End is null);
            if (open is null) return Fail("status", "计时未中止");
            var today = clock.Today();
            var end = today > open.Start ? today.AddDays(-1) : open.Start;
            f.Pauses = [.. f.Pauses.Select(p => p == open ? p with { End = end } : p)];
            FilingDeadlines.Apply(f, rules, calendar);

            return Step($"恢复计时（中止 {open.Start:M月d日}–{end:M月d日}，{open.Reason}），期限顺延至 {FilingClock.NextDue(f):yyyy年M月d日}", true);
        }, ct);

    /// <summary>调解成功: the agreement is recorded and the complaint closed.</summary>
    public Task<Result<FilingDetail>> SettleAsync(long id, SettleCommand cmd, CancellationToken ct) =>
        ActAsync(id, "settle", f =>
        {
            if (f.Status != FilingStatus.Mediating) return Fail("status", "只有调解中的投诉可以登记调解协议");
            if (string.IsNullOrWhiteSpace(cmd.Agreement)) return Fail("agreement", "请填写调解协议内容（双方达成的处理方式）");
            if (cmd.Recovered is < 0 or > 10_000_000_000m) return Fail("recovered", "挽回经济损失必须在 0 到 100 亿元之间");
            f.OnTime = FilingClock.OnTime(f, clock.Today());
            f.Recovered = cmd.Recovered;
            Close(f, FilingStatus.Settled, cmd.Agreement.Trim());
            var notice = $"您的投诉已调解成功。调解协议：{cmd.Agreement.Trim()}";
            return Step(notice, true, notifyPerson: notice + " 欢迎对本次办理进行满意度评价。");
        }, ct);

    /// <summary>终止调解 with its ground; both parties are told within 7 WD (the deadline is recorded).</summary>
    public Task<Result<FilingDetail>> TerminateAsync(long id, TerminateCommand cmd, CancellationToken ct) =>
        ActAsync(id, "terminate", f =>
        {
            if (f.Status != FilingStatus.Mediating) return Fail("status", "只有调解中的投诉可以终止调解");
            if (cmd.Ground is not { } g || !Enum.IsDefined(typeof(TerminationGround), g))
                return Fail("ground", "请选择终止调解的情形（1 撤回或和解、2 拒绝调解、3 无法达成协议、4 检测费用无法达成一致、5 期限届满、6 发现不予受理情形、7 当事人死亡或终止、9 其他）");
            if (string.IsNullOrWhiteSpace(cmd.Reason)) return Fail("reason", "请写明终止调解的具体情况");
            var ground = (TerminationGround)g;
            var today = clock.Today();
            f.TerminationGround = ground;
            f.OnTime = FilingClock.OnTime(f, today);
            Close(f, FilingStatus.Terminated, $"{ComplaintRules.Text(ground)}。{cmd.Reason.Trim()}");
            var noticeBy = calendar.Deadline(today, rules.GetPeriod("complaint.termination-notice", f.ReceivedOn));
            var notice = $"您的投诉已终止调解。理由：{ComplaintRules.Text(ground)}（{cmd.Reason.Trim()}）。{ComplaintRules.OtherRoutes}";
            return Step($"{notice}（应于 {noticeBy:yyyy年M月d日} 前告知投诉人和被投诉人）", true, notifyPerson: notice);
        }, ct);

    /// <summary>举报核查延期 (+15 WD), approved by the person named.</summary>
    public Task<Result<FilingDetail>> ExtendAsync(long id, ExtendCommand cmd, CancellationToken ct) =>
        ActAsync(id, "extend", f =>
        {
            if (f.Status != FilingStatus.Verifying) return Fail("status", "只有核查中的举报可以延长核查期限");
            if (f.VerifyExtended) return Fail("status", "核查期限已延长过一次，不能再次延长");
            if (string.IsNullOrWhiteSpace(cmd.Reason)) return Fail("reason", "请写明延期理由");
            if (string.IsNullOrWhiteSpace(cmd.ApprovedBy)) return Fail("approvedBy", "请填写批准延期的负责人");
            f.VerifyExtended = true;
            FilingDeadlines.Apply(f, rules, calendar);
            return Step($"经{cmd.ApprovedBy.Trim()}批准，核查期限延长至 {f.VerifyBy:yyyy年M月d日}。理由：{cmd.Reason.Trim()}", false);
        }, ct);

    /// <summary>举报核查结论: 立案 → a case clue event for the cases module (诉转案); 不予立案 with the reason.</summary>
    public Task<Result<FilingDetail>> DecideAsync(long id, DecideCommand cmd, CancellationToken ct) =>
        ActAsync(id, "decide", f =>
        {
            if (f.Status != FilingStatus.Verifying) return Fail("status", "只有核查中的举报可以作出是否立案的决定");
            if (string.IsNullOrWhiteSpace(cmd.Reason)) return Fail("reason", cmd.OpenCase ? "请写明立案依据（涉嫌违法的事实）" : "请写明不予立案的理由");
            var today = clock.Today();
            f.OnTime = FilingClock.OnTime(f, today);
            Close(f, cmd.OpenCase ? FilingStatus.CaseOpened : FilingStatus.NotOpened, cmd.Reason.Trim());
            if (cmd.OpenCase)
                db.Publish(new ComplaintCaseClue(f.Id, FilingClock.Number(f), f.Uscc, f.TargetName, f.Facts, actor.Current.Name, today, f.DivisionCode, f.OrgUnitId));
            string? notice = null;
            if (!f.Anonymous && f.PersonPhone is not null && (f.Rules == RuleVersion.Order20 || cmd.OpenCase))
            {
                var by = calendar.Deadline(today, rules.GetPeriod("report.notify-reporter", f.ReceivedOn));
                notice = cmd.OpenCase ? "您举报的事项经核查已立案调查。" : "您举报的事项经核查，决定不予立案。";
                return Step($"{(cmd.OpenCase ? "决定立案" : "决定不予立案")}：{cmd.Reason.Trim()}（实名举报人应于 {by:yyyy年M月d日} 前告知）", true, notifyPerson: notice);
            }

            return Step($"{(cmd.OpenCase ? "决定立案" : "决定不予立案")}：{cmd.Reason.Trim()}", true);
        }, ct);

    /// <summary>重复举报: the same facts as an earlier report are not handled again (new facts → a new report).</summary>
    public async Task<Result<FilingDetail>> DuplicateAsync(long id, DuplicateCommand cmd, CancellationToken ct)
    {
        var ofId = FilingClock.ParseNumber(cmd.OfNumber);
        var of = ofId is { } o && o != id ? await db.Filings.AsNoTracking().SingleOrDefaultAsync(x => x.Id == o, ct) : null;
        return await ActAsync(id, "duplicate", f =>
        {
            if (f.Kind != FilingKind.Report || f.Status != FilingStatus.Verifying) return Fail("status", "只有核查中的举报可以按重复举报处理");
            if (of is null || of.Kind != FilingKind.Report) return Fail("ofNumber", $"请填写此前同一事实的举报编号（“{cmd.OfNumber}”不是本辖区的举报）");
            if (of.ReceivedAt > f.ReceivedAt) return Fail("ofNumber", "被引用的举报应早于本件");
            f.DuplicateOfId = of.Id;
            f.OnTime = true;
            Close(f, FilingStatus.Duplicate, $"与举报 {FilingClock.Number(of)} 事实相同，不再重复处理。{cmd.Reason?.Trim()}");
            return Step($"与举报 {FilingClock.Number(of)} 的事实相同，依法不再重复处理（如有新的事实和证据，可重新举报）", true);
        }, ct);
    }

    /// <summary>
    /// 调解中发现违法线索 (Order 20 art. 23): a report is opened on the same business with the facts found, verified within
    /// 15 WD (+15) from today; the complaint's mediation goes on. The new report is returned.
    /// </summary>
    public async Task<Result<FilingDetail>> ClueAsync(long id, NoteCommand cmd, CancellationToken ct)
    {
        if (!ComplaintAccess.CanHandle(actor.Current)) return Result<FilingDetail>.Forbidden("只有投诉举报承办人员和科室负责人可以办理");
        var f = await db.Filings.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (f is null) return Result<FilingDetail>.NotFound($"诉求 {id} 不存在或不在您的管辖范围内");
        if (f.Kind != FilingKind.Complaint || f.Status != FilingStatus.Mediating) return Result<FilingDetail>.Invalid("status", "只有调解中的投诉可以登记发现的违法线索");
        if (string.IsNullOrWhiteSpace(cmd.Text) || cmd.Text.Trim().Length < 10) return Result<FilingDetail>.Invalid("text", "请写明发现的涉嫌违法事实（至少 10 个字）");
        var now = clock.GetUtcNow();
        var today = now.ToChinaDate();
        var report = new Filing
        {
            SubmissionId = f.SubmissionId,
            Part = 2 + await db.Filings.IgnoreQueryFilters().CountAsync(x => x.SubmissionId == f.SubmissionId && x.Part >= 2, ct),
            Kind = FilingKind.Report,
            Rules = ComplaintRules.VersionFor(today),
            Channel = f.Channel,
            Status = FilingStatus.Verifying,
            ReceivedAt = now,
            ReceivedOn = today,
            ClockStartOn = today,
            Anonymous = true,
            Uscc = f.Uscc,
            TargetName = f.TargetName,
            ShopName = f.ShopName,
            TargetAddress = f.TargetAddress,
            BusinessChannel = f.BusinessChannel,
            PlatformName = f.PlatformName,
            OperatingDivision = f.OperatingDivision,
            DomicileDivision = f.DomicileDivision,
            ConductDivision = f.OperatingDivision ?? f.DomicileDivision,
            IndustryCode = f.IndustryCode,
            CategoryCode = f.CategoryCode,
            ProblemCode = f.ProblemCode,
            Title = "调解中发现的违法线索：" + f.TargetName,
            Facts = cmd.Text.Trim(),
            OrgUnitId = f.OrgUnitId,
            OrgUnitName = f.OrgUnitName,
            DivisionCode = f.DivisionCode,
            RoutingBasis = $"投诉 {FilingClock.Number(f)} 调解中发现，由办理该投诉的部门核查",
            HandlerUserName = actor.Current.Name,
            HandlerName = actor.Current.ShownName,
            FirstResponseDue = now.AddHours(24),
            FirstRespondedAt = now,
        };
        FilingDeadlines.Apply(report, rules, calendar);
        db.Filings.Add(report);
        db.Steps.Add(new FilingStep
        {
            FilingId = f.Id,
            At = now,
            Action = "clue",
            ActorName = actor.Current.ShownName,
            Status = f.Status,
            Public = false,
            DivisionCode = f.DivisionCode,
            Text = "调解中发现违法线索，已另行登记举报核查：" + cmd.Text.Trim(),
        });
        db.Audit("complaints.clue", nameof(Filing), FilingClock.Number(f), null, new { report.Title }, f.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await queries.DetailAsync(report.Id, ct, afterAction: true))!;
    }

    /// <summary>答复 an inquiry or a suggestion.</summary>
    public Task<Result<FilingDetail>> AnswerAsync(long id, AnswerCommand cmd, CancellationToken ct) =>
        ActAsync(id, "answer", f =>
        {
            if (f.Kind is not (FilingKind.Inquiry or FilingKind.Suggestion) || f.Status != FilingStatus.Received)
                return Fail("status", "只有待答复的咨询、建议可以答复");
            if (string.IsNullOrWhiteSpace(cmd.Text)) return Fail("text", "请填写答复内容");
            f.OnTime = clock.Today() <= f.AcceptBy;
            Close(f, FilingStatus.Answered, cmd.Text.Trim());
            return Step("答复：" + cmd.Text.Trim(), true, notifyPerson: "您的" + FilingClock.KindName(f.Kind) + "已答复：" + cmd.Text.Trim());
        }, ct);

    /// <summary>The clear contact details (handler role only); the reading is audited.</summary>
    public async Task<Result<ContactDetails>> ContactAsync(long id, CancellationToken ct)
    {
        if (!ComplaintAccess.SeesIdentity(actor.Current)) return Result<ContactDetails>.Forbidden("投诉人、举报人的身份和联系方式仅承办人员可以查看");
        var f = await db.Filings.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (f is null) return Result<ContactDetails>.NotFound($"诉求 {id} 不存在或不在您的管辖范围内");
        db.Audit("complaints.identity-viewed", nameof(Filing), FilingClock.Number(f), null, new { f.Kind, Reason = "办理需要" }, f.DivisionCode);
        await db.SaveChangesAsync(ct);
        return new ContactDetails(personal.Unprotect(f.PersonName), personal.Unprotect(f.PersonPhone), personal.Unprotect(f.PersonIdNumber),
            personal.Unprotect(f.PersonAddress), f.Anonymous);
    }

    private static void Close(Filing f, FilingStatus status, string outcome)
    {
        f.Status = status;
        f.Outcome = outcome;
    }

    private readonly record struct Outcome(string? Text, bool Public, string? NotifyPerson, string? Field, string? Error);

    private static Outcome Step(string text, bool isPublic, string? notifyPerson = null) => new(text, isPublic, notifyPerson, null, null);

    private static Outcome Fail(string field, string error) => new(null, false, null, field, error);

    /// <summary>Loads the filing (inside the caller's jurisdiction), applies the action, records the step and saves once.</summary>
    private async Task<Result<FilingDetail>> ActAsync(long id, string action, Func<Filing, Outcome> apply, CancellationToken ct,
        bool closedOk = false, bool statusReport = true)
    {
        if (!ComplaintAccess.CanHandle(actor.Current)) return Result<FilingDetail>.Forbidden("只有投诉举报承办人员和科室负责人可以办理");
        var f = await db.Filings.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (f is null) return Result<FilingDetail>.NotFound($"诉求 {id} 不存在或不在您的管辖范围内");
        if (f.IsClosed && !closedOk) return Result<FilingDetail>.Unprocessable($"诉求 {FilingClock.Number(f)} 已办结（{FilingClock.StatusName(f.Status)}），不能再办理");
        var statusBefore = f.Status;
        var before = new { f.Status, f.OrgUnitName, f.DueOn, f.HandlerUserName };
        var outcome = apply(f);
        if (outcome.Error is not null) return Result<FilingDetail>.Invalid(outcome.Field!, outcome.Error);

        var now = clock.GetUtcNow();
        f.FirstRespondedAt ??= action is "assign" or "note" ? null : now;
        f.HandlerUserName ??= actor.Current.Name;
        f.HandlerName ??= actor.Current.ShownName;
        if (f.IsClosed)
        {
            f.ClosedAt = now;
            f.ClosedOn = now.ToChinaDate();
            db.Publish(new FilingClosed(f.Id, f.Kind, f.Status, f.Uscc, f.ClosedOn.Value, f.DivisionCode));
        }

        FilingDeadlines.Apply(f, rules, calendar);
        f.Version++;
        db.Steps.Add(new FilingStep
        {
            FilingId = f.Id,
            At = now,
            Action = action,
            Text = outcome.Text!,
            ActorName = actor.Current.Name,
            Status = f.Status,
            Public = outcome.Public,
            DivisionCode = f.DivisionCode,
        });
        if (statusReport && f.SourceSystem is not null && (f.Status != statusBefore || outcome.Public))
            db.Publish(FilingEvents.StatusChanged(f, outcome.Text!, now));
        if (outcome.NotifyPerson is not null && f.PersonPhone is not null)
            db.Publish(new PartyNotice(f.Id, FilingClock.Number(f), f.PersonPhone, outcome.NotifyPerson));
        db.Audit("complaints." + action, nameof(Filing), FilingClock.Number(f), before, new { f.Status, f.OrgUnitName, f.DueOn, f.HandlerUserName }, f.DivisionCode);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<FilingDetail>.Conflict("version", $"诉求 {FilingClock.Number(f)} 刚被他人办理，请刷新后再试");
        }

        return (await queries.DetailAsync(id, ct, afterAction: true))!;
    }
}

/// <summary>投诉人/举报人的明文信息 (handler role only, audited).</summary>
internal sealed record ContactDetails(string? Name, string? Phone, string? IdNumber, string? Address, bool Anonymous);
