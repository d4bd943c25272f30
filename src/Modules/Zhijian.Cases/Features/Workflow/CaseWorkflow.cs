using Microsoft.EntityFrameworkCore;
using Zhijian.Cases.Contracts;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Cases.Features.Documents;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Workflow;

/// <summary>
/// The ordinary procedure as a stage machine (SAMR Order 2): 调查取证 → 案件审核 → 告知 → (听证) → 法制审核 where required →
/// 集体讨论 where required → 决定 → 送达 → 执行 → 结案, with 行刑衔接 as a waiting state, the 90 (+30, + collective) day limit
/// with excluded periods, and recorded corrections as the only change to a closed case. Every action checks the stage, the
/// role and its inputs before anything is written; it then appends a step (全过程记录), issues its document, writes the
/// audit entry and saves once.
/// </summary>
internal sealed class CaseWorkflow(CasesDbContext db, ActorContext actor, TimeProvider clock, IRuleBook rules, IWorkingCalendar calendar,
    CaseDocuments documents, CaseOfficers officers, OrgUnitDirectory units, Disclosure.Disclosures disclosure)
{
    public static readonly string[] ServiceMethods = ["直接送达", "留置送达", "邮寄送达", "电子送达", "委托送达", "公告送达"];

    // ───────────── 调查取证 ─────────────
    public Task<Result<long>> AddEvidenceAsync(long id, EvidenceInput cmd, CancellationToken ct) =>
        ActAsync(id, "evidence.added", Who.Handler, c =>
        {
            if (c.Stage != CaseStage.Investigating) return Fail("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，只有调查取证阶段可以收集证据；需要补充调查的，由审核退回");
            var e = new FieldErrors();
            if (cmd.Type is not { } t || !Enum.IsDefined(t)) e.Add("type", "请选择证据种类");
            e.Require("title", cmd.Title, "证据名称", 200).Require("source", cmd.Source, "证据来源（提供人或取证地点）", 300);
            if (cmd.CollectedOn is not { } on) e.Add("collectedOn", "请填写取证日期");
            else if (on > clock.Today()) e.Add("collectedOn", "取证日期晚于今天");
            else if (on < c.OpenedOn.AddDays(-30)) e.Add("collectedOn", "取证日期早于立案前 30 日，请核对");
            var by = (cmd.CollectedBy ?? []).Distinct().ToList();
            var unknown = by.Where(u => c.Officers.All(o => o.UserName != u)).ToList();
            if (unknown.Count > 0) e.Add("collectedBy", $"取证人须是本案执法人员（{string.Join("、", unknown)} 不是）");
            else if (CaseRules.OfficersProblem(rules, clock.Today(), by.Count) is { } p) e.Add("collectedBy", "取证时" + p);
            if ((cmd.Description?.Length ?? 0) > 4000) e.Add("description", "证据说明不能超过 4000 个字符");
            if (e.Count > 0) return Invalid(e);
            var names = string.Join("、", by.Select(u => c.Officers.First(o => o.UserName == u).Name));
            var ev = new Evidence
            {
                CaseId = c.Id,
                Type = cmd.Type!.Value,
                Title = cmd.Title!.Trim(),
                Source = cmd.Source!.Trim(),
                CollectedOn = cmd.CollectedOn!.Value,
                CollectedBy = names,
                Description = cmd.Description?.Trim(),
                RecordedAt = clock.GetUtcNow(),
                DivisionCode = c.DivisionCode,
            };
            db.Evidence.Add(ev);
            return Ok($"收集证据（{CaseNames.Of(ev.Type)}）：{ev.Title}，来源：{ev.Source}，取证人：{names}，{ev.CollectedOn:yyyy年M月d日}");
        }, ct);

    /// <summary>Attaches a file (scan, photo, recording) to the case or one of its evidence items, checked by content, with SHA-256.</summary>
    public async Task<Result<long>> AddFileAsync(long id, long? evidenceId, string fileName, byte[] content, CancellationToken ct)
    {
        const long max = 50 * 1024 * 1024;
        if (content.Length == 0) return Result<long>.Invalid("file", "附件是空文件");
        if (content.Length > max) return Result<long>.Invalid("file", $"附件“{fileName}”超过 50 MB 的上限");
        if (FileTypes.Problem(fileName, content, out var type) is { } problem) return Result<long>.Invalid("file", problem);
        CaseFile? file = null;
        var r = await ActAsync(id, "file.added", Who.Handler, async c =>
        {
            if (evidenceId is { } eid && !await db.Evidence.AnyAsync(x => x.Id == eid && x.CaseId == c.Id, ct))
                return Fail("evidenceId", $"证据 {eid} 不属于本案");
            var name = Path.GetFileName(fileName);
            file = new CaseFile
            {
                CaseId = c.Id,
                EvidenceId = evidenceId,
                FileName = name.Length > 200 ? name[..200] : name,
                ContentType = type!.Mime,
                Size = content.Length,
                Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)),
                Content = content,
                UploadedAt = clock.GetUtcNow(),
                UploadedBy = actor.Current.ShownName,
                DivisionCode = c.DivisionCode,
            };
            db.Files.Add(file);
            return Ok($"上传附件“{file.FileName}”（{type.Name}，{content.Length / 1024.0:0.#} KB，SHA-256 {file.Sha256}）");
        }, ct, closedOk: false);
        return r.IsSuccess ? file!.Id : r;
    }

    /// <summary>先行登记保存 / 查封 / 扣押 with the head's approval (named) and its statutory end.</summary>
    public Task<Result<long>> AddMeasureAsync(long id, MeasureInput cmd, CancellationToken ct) =>
        ActAsync(id, "measure.taken", Who.Handler, c =>
        {
            if (c.Stage is not (CaseStage.Investigating or CaseStage.Reviewing)) return Fail("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，不能采取先行登记保存或查封扣押");
            var e = new FieldErrors();
            if (cmd.Kind is not { } k || !Enum.IsDefined(k)) e.Add("kind", "请选择措施（先行登记保存、查封、扣押）");
            e.Require("items", cmd.Items, "物品清单", 2000).Require("place", cmd.Place, "地点", 300)
                .Require("approvedBy", cmd.ApprovedBy, "批准的负责人", 100);
            if (cmd.StartedOn is not { } s) e.Add("startedOn", "请填写采取措施的日期");
            else if (s > clock.Today() || s < c.OpenedOn.AddDays(-30)) e.Add("startedOn", "采取措施的日期不在本案期间内");
            if (e.Count > 0) return Invalid(e);
            var kind = cmd.Kind!.Value;
            var start = cmd.StartedOn!.Value;
            var m = new Measure
            {
                CaseId = c.Id,
                Kind = kind,
                Items = cmd.Items!.Trim(),
                Place = cmd.Place!.Trim(),
                StartedOn = start,
                DueOn = kind == MeasureKind.Preservation ? CaseRules.PreservationDecisionBy(rules, calendar, start) : CaseRules.SeizureUntil(rules, calendar, start, false),
                ApprovedBy = cmd.ApprovedBy!.Trim(),
                DivisionCode = c.DivisionCode,
            };
            db.Measures.Add(m);
            var due = kind == MeasureKind.Preservation ? $"应于 {m.DueOn:yyyy年M月d日} 前作出处理决定" : $"期限至 {m.DueOn:yyyy年M月d日}";
            return Ok($"{CaseNames.Of(kind)}（经{m.ApprovedBy}批准）：{m.Items}，地点：{m.Place}，{due}");
        }, ct);

    public Task<Result<long>> ExtendMeasureAsync(long id, long measureId, ReasonInput cmd, CancellationToken ct) =>
        ActAsync(id, "measure.extended", Who.Approver, async c =>
        {
            var m = await db.Measures.SingleOrDefaultAsync(x => x.Id == measureId && x.CaseId == c.Id, ct);
            if (m is null) return Fail("measureId", "措施不属于本案");
            if (m.Kind == MeasureKind.Preservation) return Fail("measureId", "先行登记保存不能延长，应在 7 个工作日内作出处理决定");
            if (m.EndedOn is not null) return Fail("measureId", "措施已解除");
            if (m.Extended) return Fail("measureId", "查封、扣押期限只能延长一次（不超过 30 日）");
            if (string.IsNullOrWhiteSpace(cmd.Reason)) return Fail("reason", "请写明延长理由（情况复杂）");
            m.Extended = true;
            m.DueOn = CaseRules.SeizureUntil(rules, calendar, m.StartedOn, true);
            return Ok($"经{actor.Current.ShownName}批准延长{CaseNames.Of(m.Kind)}期限至 {m.DueOn:yyyy年M月d日}：{cmd.Reason.Trim()}");
        }, ct);

    public Task<Result<long>> EndMeasureAsync(long id, long measureId, EndMeasureInput cmd, CancellationToken ct) =>
        ActAsync(id, "measure.ended", Who.Handler, async c =>
        {
            var m = await db.Measures.SingleOrDefaultAsync(x => x.Id == measureId && x.CaseId == c.Id, ct);
            if (m is null) return Fail("measureId", "措施不属于本案");
            if (m.EndedOn is not null) return Fail("measureId", "措施已处理");
            if (string.IsNullOrWhiteSpace(cmd.Outcome)) return Fail("outcome", "请填写处理结果（如：解除、送检、没收、依法移送）");
            m.EndedOn = clock.Today();
            m.Outcome = cmd.Outcome.Trim().Truncate(1000);
            var late = m.EndedOn > m.DueOn ? $"（超过期限 {m.DueOn:yyyy年M月d日}）" : "";
            return Ok($"{CaseNames.Of(m.Kind)}处理决定{late}：{m.Outcome}");
        }, ct);

    // ───────────── 拟处罚意见 ─────────────
    public Task<Result<long>> ProposeAsync(long id, ProposeInput cmd, CancellationToken ct) =>
        ActAsync(id, "proposed", Who.Handler, async c =>
        {
            if (c.Stage is not (CaseStage.Investigating or CaseStage.Notified or CaseStage.Hearing))
                return Fail("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，不能修改处罚意见");
            var v = string.IsNullOrWhiteSpace(cmd.ViolationCode) ? null : await db.Violations.SingleOrDefaultAsync(x => x.Code == cmd.ViolationCode.Trim() && x.Active, ct);
            if (v is null) return Fail("violationCode", "请从违法行为目录中选择违法行为（含违法依据与处罚依据）");
            if (cmd.Discretion is not { } level || !Enum.IsDefined(level)) return Fail("discretion", "请选择裁量阶次（不予、减轻、从轻、一般、从重）");
            var penalties = (cmd.Penalties ?? []).Select(p => new PenaltyItem(p.Kind ?? 0, p.Amount)).ToList();
            var band = await db.Bands.SingleOrDefaultAsync(b => b.ViolationCode == v.Code && b.Level == level, ct);
            var check = DiscretionRules.Check(v, band, level, penalties, cmd.BaseAmount);
            if (check.Error is not null) return Fail(check.Field!, check.Error);
            var reason = cmd.DiscretionReason?.Trim();
            if (check.OutsideBand && string.IsNullOrEmpty(reason))
                return Fail("discretionReason", $"罚款不在{check.Band!.Text}的裁量基准范围内，须写明偏离裁量基准的理由（将记入案卷并经审核）");
            if (level != DiscretionLevel.Normal && string.IsNullOrEmpty(reason))
                return Fail("discretionReason", $"选择{DiscretionRules.LevelName(level)}须写明所依据的情节");
            var responsible = (cmd.Responsible ?? []).Where(r => !string.IsNullOrWhiteSpace(r.Name)).Select(r => r with { Name = r.Name.Trim() }).ToList();
            if (responsible.Any(r => string.IsNullOrWhiteSpace(r.Position) || string.IsNullOrWhiteSpace(r.Penalty)))
                return Fail("responsible", "处罚到人：请为每位责任人员填写职务和处理内容");
            var newTotal = penalties.Sum(p => p.Amount ?? 0);
            if (c.Statement is not null && (newTotal > c.Penalties.Sum(p => p.Amount ?? 0) || penalties.Any(p => c.Penalties.All(o => o.Kind != p.Kind))))
                return Fail("penalties", "当事人已陈述申辩，不得因其陈述申辩而加重处罚（《行政处罚法》第四十五条）");
            c.ViolationCode = v.Code;
            c.Penalties = penalties;
            c.Discretion = level;
            c.DiscretionReason = string.IsNullOrEmpty(reason) ? null : reason.Truncate(2000);
            c.BaseAmount = cmd.BaseAmount;
            c.Responsible = responsible;
            if (!string.IsNullOrWhiteSpace(cmd.Facts)) c.Facts = cmd.Facts.Trim().Truncate(8000);
            var party = c.PartyKind == PartyKind.NaturalPerson;
            c.HearingRight = CaseRules.HearingRight(rules, clock.Today(), party, penalties);
            var text = penalties.Count == 0 ? "不予行政处罚" : CaseNames.Penalties(penalties);
            var outside = check.OutsideBand ? $"；偏离裁量基准（{check.Band!.Text}），理由：{reason}" : "";
            return Ok($"拟处罚意见：{v.Name}（{v.PenaltyBasis.Split('：')[0]}），{DiscretionRules.LevelName(level)}，{text}{outside}" +
                (responsible.Count > 0 ? $"；处罚到人：{string.Join("、", responsible.Select(r => $"{r.Name}（{r.Position}）{r.Penalty}"))}" : "") +
                (c.HearingRight ? "；当事人享有听证权利" : ""));
        }, ct);

    /// <summary>调查终结 → 案件审核: the proposal, the evidence (at least one item with its file) and decided preservations are required.</summary>
    public Task<Result<long>> SubmitAsync(long id, CancellationToken ct) =>
        ActAsync(id, "submitted", Who.Handler, async c =>
        {
            if (c.Stage != CaseStage.Investigating) return Fail("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，不能提交审核");
            if (c.ViolationCode is null || c.Discretion is null) return Fail("proposal", "请先填写拟处罚意见（违法行为、裁量阶次、处罚内容）");
            var evidence = await db.Evidence.Where(x => x.CaseId == c.Id).Select(x => x.Id).ToListAsync(ct);
            if (evidence.Count == 0) return Fail("evidence", "调查终结前须收集证据（至少一项），证据不足不能提交审核");
            if (!await db.Files.AnyAsync(f => f.CaseId == c.Id && f.EvidenceId != null, ct))
                return Fail("evidence", "证据须附有原件扫描件、照片或录音录像（至少一项证据上传附件）");
            var open = await db.Measures.Where(m => m.CaseId == c.Id && m.Kind == MeasureKind.Preservation && m.EndedOn == null).CountAsync(ct);
            if (open > 0) return Fail("measures", $"有 {open} 项先行登记保存尚未作出处理决定");
            if (CaseRules.OfficersProblem(rules, clock.Today(), c.Officers.Count) is { } p) return Fail("officers", p);
            c.Stage = CaseStage.Reviewing;
            c.ReviewedOn = null;
            return Ok($"调查终结，提交案件审核（证据 {evidence.Count} 项）");
        }, ct);

    /// <summary>案件审核 (核审): passed → ready for the notice; not passed → back to investigation with the opinion.</summary>
    public Task<Result<long>> ReviewAsync(long id, OpinionInput cmd, CancellationToken ct) =>
        ActAsync(id, "reviewed", Who.Reviewer, c =>
        {
            if (c.Stage != CaseStage.Reviewing || c.ReviewedOn is not null) return Fail("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，没有待审核的调查终结报告");
            if (string.IsNullOrWhiteSpace(cmd.Opinion)) return Fail("opinion", "请填写审核意见");
            if (IsHandler(c)) return Fail("opinion", "审核人员不能是本案执法人员");
            c.ReviewOpinion = cmd.Opinion.Trim().Truncate(4000);
            c.ReviewedBy = actor.Current.ShownName;
            if (!cmd.Passed)
            {
                c.Stage = CaseStage.Investigating;
                return Ok($"案件审核未通过，退回补充调查：{c.ReviewOpinion}");
            }

            c.ReviewedOn = clock.Today();
            return Ok($"案件审核通过：{c.ReviewOpinion}");
        }, ct);

    /// <summary>告知: the notice is issued and served; the party has 5 WD to state, defend or (with the right) request a hearing.</summary>
    public Task<Result<long>> NotifyAsync(long id, NoticeInput cmd, CancellationToken ct) =>
        ActAsync(id, "notified", Who.Handler, c =>
        {
            if (c.Stage != CaseStage.Reviewing || c.ReviewedOn is null) return Fail("stage", "案件审核通过后才能告知当事人");
            var today = clock.Today();
            var served = cmd.ServedOn ?? today;
            if (served > today || served < c.ReviewedOn) return Fail("servedOn", "告知书送达日期须在审核通过之后、不晚于今天");
            c.NoticeServedOn = served;
            c.Statement = null;
            c.HearingRequested = false;
            c.Stage = CaseStage.Notified;
            CaseDeadlines.Apply(c, rules, calendar);
            var hearing = c.HearingRight ? "、要求听证" : "";
            return Ok($"送达行政处罚告知书，当事人可于 {c.StatementBy:yyyy年M月d日} 前陈述、申辩{hearing}", DocumentKind.Notice,
                (cs, d) => cs.NoticeNo = d.Number);
        }, ct);

    /// <summary>陈述申辩 recorded (or waived); a hearing request within the window moves the case to 听证 (excluded from the limit).</summary>
    public Task<Result<long>> StatementAsync(long id, StatementInput cmd, CancellationToken ct) =>
        ActAsync(id, "statement", Who.Handler, c =>
        {
            if (c.Stage != CaseStage.Notified) return Fail("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，没有待陈述申辩的告知");
            var today = clock.Today();
            if (cmd.HearingRequested)
            {
                if (!c.HearingRight) return Fail("hearingRequested", "本案拟作出的处罚不属于听证范围，当事人可以陈述、申辩");
                if (today > c.StatementBy) return Fail("hearingRequested", $"听证申请期限已于 {c.StatementBy:yyyy年M月d日} 届满，逾期视为放弃");
                c.HearingRequested = true;
                c.Stage = CaseStage.Hearing;
                c.Excluded = [.. c.Excluded, new DeadlinePause(today, null, "听证")];
            }

            if (!cmd.Waived && string.IsNullOrWhiteSpace(cmd.Text) && !cmd.HearingRequested) return Fail("text", "请记录当事人陈述、申辩的内容，或选择“放弃陈述申辩”");
            c.Statement = cmd.Waived ? CaseNames.StatementWaived : (cmd.Text ?? "").Trim().Truncate(4000);
            return Ok((cmd.Waived ? CaseNames.StatementWaived : $"当事人陈述、申辩：{c.Statement}") + (cmd.HearingRequested ? "；当事人要求听证（听证期间不计入办案期限）" : ""));
        }, ct);

    public Task<Result<long>> HearingAsync(long id, HearingInput cmd, CancellationToken ct) =>
        ActAsync(id, "hearing", Who.Handler, c =>
        {
            if (c.Stage != CaseStage.Hearing) return Fail("stage", "案件不在听证阶段");
            if (cmd.HeldOn is not { } held || held > clock.Today()) return Fail("heldOn", "请填写听证日期（不晚于今天）");
            if (string.IsNullOrWhiteSpace(cmd.Report)) return Fail("report", "请填写听证报告（听证会情况及处理意见）");
            c.HearingOn = held;
            c.HearingReport = cmd.Report.Trim().Truncate(4000);
            EndExcluded(c, "听证");
            c.Stage = NextAfterStatement(c);
            if (c.Stage == CaseStage.LegalReview) c.LegalReviewRequestedOn = clock.Today();
            return Ok($"{held:yyyy年M月d日}举行听证：{c.HearingReport}；转入{CaseNames.Of(c.Stage)}");
        }, ct);

    /// <summary>After the statement window (or a recorded statement): on to 法制审核, 集体讨论 or 决定 as the case requires.</summary>
    public Task<Result<long>> AdvanceAsync(long id, CancellationToken ct) =>
        ActAsync(id, "advanced", Who.Handler, c =>
        {
            if (c.Stage != CaseStage.Notified) return Fail("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，不能进入下一环节");
            if (c.Statement is null && clock.Today() <= c.StatementBy)
                return Fail("stage", $"陈述、申辩期限至 {c.StatementBy:yyyy年M月d日}，期限届满或记录当事人陈述申辩后才能进入下一环节");
            c.Stage = NextAfterStatement(c);
            if (c.Stage == CaseStage.LegalReview) c.LegalReviewRequestedOn = clock.Today();
            CaseDeadlines.Apply(c, rules, calendar);
            return Ok(c.Stage == CaseStage.LegalReview ? $"提请法制审核（应于 {c.LegalReviewBy:yyyy年M月d日} 前完成）" : $"转入{CaseNames.Of(c.Stage)}");
        }, ct);

    /// <summary>法制审核 by a legal reviewer: passed → 集体讨论 or 决定; not passed → back to investigation with the opinion.</summary>
    public Task<Result<long>> LegalReviewAsync(long id, OpinionInput cmd, CancellationToken ct) =>
        ActAsync(id, "legal-review", Who.Reviewer, c =>
        {
            if (c.Stage != CaseStage.LegalReview) return Fail("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，没有待法制审核的事项");
            if (string.IsNullOrWhiteSpace(cmd.Opinion)) return Fail("opinion", "请填写法制审核意见（主体、事实、证据、定性、依据、程序、裁量）");
            if (IsHandler(c)) return Fail("opinion", "法制审核人员不能是本案执法人员");
            c.LegalReviewedOn = clock.Today();
            c.LegalReviewer = actor.Current.ShownName;
            c.LegalReviewOpinion = cmd.Opinion.Trim().Truncate(4000);
            c.LegalReviewPassed = cmd.Passed;
            var late = c.LegalReviewedOn > c.LegalReviewBy ? $"（超过审核期限 {c.LegalReviewBy:yyyy年M月d日}）" : "";
            if (!cmd.Passed)
            {
                c.Stage = CaseStage.Investigating;
                c.ReviewedOn = null;
                return Ok($"法制审核未通过{late}，退回：{c.LegalReviewOpinion}");
            }

            c.Stage = c.CollectiveRequired ? CaseStage.Collective : CaseStage.Deciding;
            return Ok($"法制审核通过{late}：{c.LegalReviewOpinion}");
        }, ct);

    /// <summary>集体讨论 (负责人集体讨论决定) for complex or major cases.</summary>
    public Task<Result<long>> CollectiveAsync(long id, CollectiveInput cmd, CancellationToken ct) =>
        ActAsync(id, "collective", Who.Leader, c =>
        {
            if (c.Stage != CaseStage.Collective) return Fail("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，不需要集体讨论");
            if (cmd.HeldOn is not { } held || held > clock.Today()) return Fail("heldOn", "请填写集体讨论日期（不晚于今天）");
            if (string.IsNullOrWhiteSpace(cmd.Conclusion)) return Fail("conclusion", "请填写集体讨论结论");
            c.CollectiveOn = held;
            c.CollectiveConclusion = cmd.Conclusion.Trim().Truncate(4000);
            c.Stage = CaseStage.Deciding;
            return Ok($"{held:yyyy年M月d日}负责人集体讨论：{c.CollectiveConclusion}");
        }, ct);

    /// <summary>决定 (负责人批准): refused without the required legal review and collective discussion, inside the statement window, or with a pending hearing.</summary>
    public Task<Result<long>> DecideAsync(long id, CancellationToken ct) =>
        ActAsync(id, "decided", Who.Approver, c =>
        {
            if (c.LegalReviewRequired && c.LegalReviewPassed != true)
                return Fail("legalReview", "本案属于重大执法决定（重大案件、经过听证或拟作出较大数额罚款等），未经法制审核或审核未通过的，不得作出决定");
            if (c.CollectiveRequired && c.CollectiveOn is null) return Fail("collective", "情节复杂或重大违法行为的案件须经负责人集体讨论后作出决定");
            if (c.Stage != CaseStage.Deciding) return Fail("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，不能作出处罚决定");
            if (c.NoticeServedOn is null) return Fail("stage", "作出决定前须告知当事人拟作出的处罚及其权利");
            if (c.HearingRequested && c.HearingOn is null) return Fail("stage", "当事人要求听证，听证结束前不能作出决定");
            if (c.Officers.Count < rules.GetInt("case.min-officers", clock.Today())) return Fail("officers", CaseRules.OfficersProblem(rules, clock.Today(), c.Officers.Count)!);
            c.DecidedOn = clock.Today();
            c.DecisionApprovedBy = actor.Current.ShownName;
            c.Stage = CaseStage.Decided;
            var what = c.Penalties.Count == 0 ? "不予行政处罚" : CaseNames.Penalties(c.Penalties);
            return Ok($"经{actor.Current.ShownName}批准作出决定：{what}", DocumentKind.Decision, (cs, d) => cs.DecisionNo = d.Number);
        }, ct);

    /// <summary>送达: the decision served (method and the recipient's signature on the 送达回证); the fine is due in 15 days; ordinary penalties are published.</summary>
    public Task<Result<long>> ServeAsync(long id, ServeInput cmd, CancellationToken ct) =>
        ActAsync(id, "served", Who.Handler, async c =>
        {
            if (c.Stage != CaseStage.Decided) return Fail("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，没有待送达的决定书");
            var today = clock.Today();
            if (cmd.ServedOn is not { } on || on > today || on < c.DecidedOn) return Fail("servedOn", "请填写送达日期（决定之日至今天）");
            if (string.IsNullOrWhiteSpace(cmd.Method) || !ServiceMethods.Contains(cmd.Method.Trim())) return Fail("method", $"请选择送达方式（{string.Join("、", ServiceMethods)}）");
            var method = cmd.Method.Trim();
            if (method is "直接送达" or "委托送达" && string.IsNullOrWhiteSpace(cmd.SignedBy))
                return Fail("signedBy", "直接送达须由受送达人在送达回证上签名，请填写签收人");
            c.ServedOn = on;
            c.ServiceMethod = method;
            c.ServiceSignedBy = cmd.SignedBy?.Trim().Truncate(100);
            c.Stage = CaseStage.Executing;
            CaseDeadlines.Apply(c, rules, calendar);
            var decision = await db.Documents.Where(d => d.CaseId == c.Id && d.Kind == DocumentKind.Decision).OrderByDescending(d => d.Id).FirstAsync(ct);
            var unit = await units.BureauOfAsync(c.OrgUnitId, ct);
            var published = await disclosure.PublishAsync(c, decision, unit?.Name ?? c.OrgUnitName, disclosure.PersonalValues(c), ct);
            var pay = c.FinePaymentBy is { } by ? $"；罚款应于 {by:yyyy年M月d日} 前缴纳" : "";
            var pub = published is not null ? $"；行政处罚信息将于 {published.PublishBy:yyyy年M月d日} 前公示（已公示，至 {published.PublicUntil:yyyy年M月d日}）" : "";
            return Ok($"{method}行政处罚决定书（{c.DecisionNo}），{on:yyyy年M月d日}送达" + (c.ServiceSignedBy is null ? "" : $"，签收人：{c.ServiceSignedBy}") + pay + pub,
                DocumentKind.ServiceReceipt);
        }, ct);

    public Task<Result<long>> PaymentAsync(long id, DateInput cmd, CancellationToken ct) =>
        ActAsync(id, "paid", Who.Handler, c =>
        {
            if (c.Stage != CaseStage.Executing || c.FineTotal <= 0) return Fail("stage", "案件没有待缴纳的罚款");
            if (c.PaidOn is not null) return Fail("stage", "罚款已登记缴纳");
            if (cmd.On is not { } on || on > clock.Today() || on < c.ServedOn) return Fail("on", "请填写缴款日期（送达之日至今天）");
            c.PaidOn = on;
            var late = on > c.FinePaymentBy ? $"（逾期，应于 {c.FinePaymentBy:yyyy年M月d日} 前缴纳，可依法加处罚款）" : "";
            return Ok($"当事人于 {on:yyyy年M月d日} 缴纳罚款 {DiscretionRules.Yuan(c.FineTotal)} 元{late}");
        }, ct);

    public Task<Result<long>> EnforcementAsync(long id, DateInput cmd, CancellationToken ct) =>
        ActAsync(id, "enforcement", Who.Approver, c =>
        {
            if (c.Stage != CaseStage.Executing || c.PaidOn is not null) return Fail("stage", "案件没有需要申请强制执行的罚款");
            if (clock.Today() <= c.FinePaymentBy) return Fail("on", $"缴款期限至 {c.FinePaymentBy:yyyy年M月d日}，期限届满前不能申请强制执行");
            if (cmd.On is not { } on || on > clock.Today()) return Fail("on", "请填写申请日期");
            c.EnforcementAppliedOn = on;
            return Ok($"{on:yyyy年M月d日}申请人民法院强制执行");
        }, ct);

    /// <summary>结案 (负责人批准) with the 结案审批表: executed, enforced, no penalty, or accepted by the police.</summary>
    public Task<Result<long>> CloseAsync(long id, CloseInput cmd, CancellationToken ct) =>
        ActAsync(id, "closed", Who.Approver, c =>
        {
            CaseEnding ending;
            if (c.Stage == CaseStage.TransferredToPolice && c.PoliceOutcome == PoliceOutcome.Accepted) ending = CaseEnding.TransferredToPolice;
            else if (c.Stage != CaseStage.Executing) return Fail("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，不能结案");
            else if (c.Penalties.Count == 0) ending = CaseEnding.NoPenalty;
            else if (c.FineTotal > 0 && c.PaidOn is null && c.EnforcementAppliedOn is null)
                return Fail("stage", "罚款尚未缴纳，也未申请强制执行，不能结案");
            else ending = c.PaidOn is null && c.EnforcementAppliedOn is not null ? CaseEnding.Enforced : CaseEnding.Penalised;
            c.Ending = ending;
            c.ClosingNote = cmd.Note?.Trim().Truncate(2000);
            c.ClosedOn = clock.Today();
            c.ClosedApprovedBy = actor.Current.ShownName;
            c.Stage = CaseStage.Closed;
            var late = c.ConcludeBy is { } by && c.ClosedOn > by ? $"（超过办案期限 {by:yyyy年M月d日}）" : "";
            return Ok($"经{actor.Current.ShownName}批准结案{late}：{CaseNames.Of(ending)}" + (c.ClosingNote is null ? "" : $"。{c.ClosingNote}"), DocumentKind.ClosingApproval);
        }, ct);

    // ───────────── 期限 ─────────────
    /// <summary>延长办案期限: 30 days by the head once; further days only by collective decision of the leadership.</summary>
    public Task<Result<long>> ExtendAsync(long id, ExtendInput cmd, CancellationToken ct) =>
        ActAsync(id, "extended", Who.Approver, c =>
        {
            if (c.Procedure != CaseProcedure.Ordinary) return Fail("stage", "简易程序案件没有办案期限延长");
            if (string.IsNullOrWhiteSpace(cmd.Reason)) return Fail("reason", "请写明延长理由");
            if (!c.HeadExtension)
            {
                if (cmd.CollectiveDays is > 0) return Fail("collectiveDays", "首次延长由负责人批准 30 日，不填写集体讨论延长天数");
                c.HeadExtension = true;
                CaseDeadlines.Apply(c, rules, calendar);
                return Ok($"经{actor.Current.ShownName}批准延长办案期限 30 日至 {c.ConcludeBy:yyyy年M月d日}：{cmd.Reason.Trim()}");
            }

            if (!CaseAccess.CanLead(actor.Current)) return Fail("collectiveDays", "已延长过 30 日；再延长须由局领导经集体讨论决定");
            if (cmd.CollectiveDays is not { } days || days is < 1 or > 365) return Fail("collectiveDays", "请填写集体讨论决定延长的天数（1～365）");
            c.CollectiveDays += days;
            CaseDeadlines.Apply(c, rules, calendar);
            return Ok($"经集体讨论决定再延长办案期限 {days} 日至 {c.ConcludeBy:yyyy年M月d日}：{cmd.Reason.Trim()}");
        }, ct);

    /// <summary>中止: suspension, testing (检测、检验、检疫、技术鉴定) — not counted in the limit until resumed.</summary>
    public Task<Result<long>> SuspendAsync(long id, ReasonInput cmd, CancellationToken ct) =>
        ActAsync(id, "suspended", Who.Handler, c =>
        {
            if (c.Procedure != CaseProcedure.Ordinary) return Fail("stage", "简易程序案件不能中止");
            if (c.Excluded.Any(p => p.End is null)) return Fail("stage", "办案期限已在中止计算中");
            if (string.IsNullOrWhiteSpace(cmd.Reason)) return Fail("reason", "请写明中止原因（如：检验检测、案件中止调查）");
            c.Excluded = [.. c.Excluded, new DeadlinePause(clock.Today(), null, cmd.Reason.Trim().Truncate(200))];
            return Ok($"中止计算办案期限：{cmd.Reason.Trim()}");
        }, ct);

    public Task<Result<long>> ResumeAsync(long id, CancellationToken ct) =>
        ActAsync(id, "resumed", Who.Handler, c =>
        {
            var open = c.Excluded.FirstOrDefault(p => p.End is null);
            if (open is null || c.Stage is CaseStage.Hearing or CaseStage.TransferredToPolice) return Fail("stage", "办案期限没有中止（听证、移送期间由相应环节结束）");
            EndExcluded(c, open.Reason);
            CaseDeadlines.Apply(c, rules, calendar);
            return Ok($"恢复计算办案期限，期限至 {c.ConcludeBy:yyyy年M月d日}");
        }, ct);

    // ───────────── 行刑衔接 ─────────────
    public Task<Result<long>> TransferAsync(long id, TransferInput cmd, CancellationToken ct) =>
        ActAsync(id, "police.transferred", Who.Approver, c =>
        {
            if (c.Stage is CaseStage.TransferredToPolice or >= CaseStage.Decided) return Fail("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，不能移送公安机关");
            var e = new FieldErrors().Require("policeOrgan", cmd.PoliceOrgan, "接收移送的公安机关", 100).Require("reason", cmd.Reason, "涉嫌犯罪的事实和理由", 2000);
            if (e.Count > 0) return Invalid(e);
            c.StageBeforeTransfer = c.Stage;
            c.Stage = CaseStage.TransferredToPolice;
            c.PoliceOrgan = cmd.PoliceOrgan!.Trim();
            c.TransferReason = cmd.Reason!.Trim();
            c.TransferredOn = clock.Today();
            c.PoliceReceiptOn = null;
            c.PoliceOutcome = null;
            c.Excluded = [.. c.Excluded, new DeadlinePause(clock.Today(), null, "移送公安机关")];
            return Ok($"经{actor.Current.ShownName}批准，涉嫌犯罪移送{c.PoliceOrgan}：{c.TransferReason}", DocumentKind.PoliceTransfer,
                (cs, d) => cs.TransferNo = d.Number);
        }, ct);

    public Task<Result<long>> PoliceReceiptAsync(long id, DateInput cmd, CancellationToken ct) =>
        ActAsync(id, "police.receipt", Who.Handler, c =>
        {
            if (c.Stage != CaseStage.TransferredToPolice) return Fail("stage", "案件没有移送公安机关");
            if (cmd.On is not { } on || on > clock.Today() || on < c.TransferredOn) return Fail("on", "请填写公安机关回执日期（移送之日至今天）");
            c.PoliceReceiptOn = on;
            return Ok($"{c.PoliceOrgan}于 {on:yyyy年M月d日} 签收移送材料（回执）");
        }, ct);

    /// <summary>公安机关的决定: 立案侦查 (the case can then be closed as transferred) or 不予立案 (the case resumes where it was).</summary>
    public Task<Result<long>> PoliceOutcomeAsync(long id, PoliceOutcomeInput cmd, CancellationToken ct) =>
        ActAsync(id, "police.outcome", Who.Handler, c =>
        {
            if (c.Stage != CaseStage.TransferredToPolice || c.PoliceOutcome is not null) return Fail("stage", "案件没有等待公安机关决定的移送");
            if (c.PoliceReceiptOn is null) return Fail("outcome", "请先登记公安机关的接收回执");
            if (cmd.Outcome is not { } o || !Enum.IsDefined(o)) return Fail("outcome", "请选择公安机关的决定（立案侦查 / 不予立案）");
            if (string.IsNullOrWhiteSpace(cmd.Note)) return Fail("note", "请填写公安机关决定书的文号及内容");
            c.PoliceOutcome = o;
            c.PoliceOutcomeNote = cmd.Note.Trim().Truncate(2000);
            if (o == PoliceOutcome.Declined)
            {
                c.Stage = c.StageBeforeTransfer ?? CaseStage.Investigating;
                EndExcluded(c, "移送公安机关");
                return Ok($"{c.PoliceOrgan}决定不予立案（{c.PoliceOutcomeNote}），案件恢复办理（{CaseNames.Of(c.Stage)}）");
            }

            return Ok($"{c.PoliceOrgan}决定立案侦查（{c.PoliceOutcomeNote}），可办理结案");
        }, ct);

    // ───────────── 更正 ─────────────
    /// <summary>The only change a closed case accepts: a recorded correction of a text field, with its reason (负责人).</summary>
    public Task<Result<long>> CorrectAsync(long id, CorrectionInput cmd, CancellationToken ct) =>
        ActAsync(id, "corrected", Who.Approver, c =>
        {
            if (!c.IsClosed) return Fail("stage", "案件尚未结案，请直接在相应环节修改");
            if (string.IsNullOrWhiteSpace(cmd.Reason)) return Fail("reason", "请写明更正理由（将记入案卷）");
            if (string.IsNullOrWhiteSpace(cmd.Value)) return Fail("value", "请填写更正后的内容");
            var value = cmd.Value.Trim();
            string old;
            switch (cmd.Field)
            {
                case "closingNote": old = c.ClosingNote ?? ""; c.ClosingNote = value.Truncate(2000); break;
                case "representative": old = c.Representative ?? ""; c.Representative = value.Truncate(50); break;
                case "partyName": old = c.PartyName; c.PartyName = value.Truncate(200); break;
                case "facts": old = c.Facts; c.Facts = value.Truncate(8000); break;
                default: return Fail("field", "只能更正：当事人名称、法定代表人、案情、结案说明（处罚内容的变更须依法另行作出决定）");
            }

            c.Corrections++;
            return Ok($"更正（第 {c.Corrections} 次）{cmd.Field}：“{old.Truncate(200)}” → “{value.Truncate(200)}”。理由：{cmd.Reason.Trim()}");
        }, ct, closedOk: true);

    // ───────────── 简易程序 ─────────────
    /// <summary>当场处罚: only a warning and/or a fine under the simple-procedure cap, two certified officers, the 当场处罚决定书 issued at once.</summary>
    public async Task<Result<long>> CreateSimpleAsync(SimpleCaseInput cmd, CancellationToken ct)
    {
        var me = actor.Current;
        if (!CaseAccess.CanHandle(me)) return Result<long>.Forbidden("只有执法人员可以当场作出行政处罚决定");
        var today = clock.Today();
        var e = new FieldErrors();
        if (cmd.PartyKind is not { } kind || !Enum.IsDefined(kind)) e.Add("partyKind", "请选择当事人类型");
        e.Require("partyName", cmd.PartyName, "当事人名称（姓名）", 200).Require("facts", cmd.Facts, "违法事实", 4000).Require("place", cmd.Place, "处罚地点", 300);
        var uscc = cmd.Uscc?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(uscc) && Uscc.Check(uscc) is { Valid: false } u) e.Add("uscc", $"统一社会信用代码“{uscc}”无效：{u.Error}");
        var v = string.IsNullOrWhiteSpace(cmd.ViolationCode) ? null : await db.Violations.SingleOrDefaultAsync(x => x.Code == cmd.ViolationCode.Trim() && x.Active, ct);
        if (v is null) e.Add("violationCode", "请从违法行为目录中选择违法行为");
        var penalties = (cmd.Penalties ?? []).Select(p => new PenaltyItem(p.Kind ?? 0, p.Amount)).ToList();
        if (cmd.PartyKind is { } pk && !CaseRules.SimpleProcedureAllowed(rules, today, pk == PartyKind.NaturalPerson, penalties))
            e.Add("penalties", $"简易程序只适用于警告或者对{(pk == PartyKind.NaturalPerson ? "公民" : "法人或其他组织")}处 {DiscretionRules.Yuan(rules.GetDecimal(pk == PartyKind.NaturalPerson ? "case.simple-fine-person" : "case.simple-fine-org", today))} 元以下罚款；其他处罚适用普通程序");
        else if (v is not null && DiscretionRules.Check(v, null, DiscretionLevel.Normal, penalties, null) is { Error: { } err } chk && chk.Field != "baseAmount")
            e.Add(chk.Field!, err);
        var team = await officers.ResolveAsync(cmd.Officers, ct);
        if (team.Error is not null) e.Add("officers", team.Error);
        else if (CaseRules.OfficersProblem(rules, today, team.Officers.Count) is { } p) e.Add("officers", p);
        var unit = me.OrgUnitId is { } oid ? await units.BureauOfAsync(oid, ct) : null;
        if (unit is null) e.Add("orgUnit", "当前用户没有所属机构");
        if (e.Count > 0) return Result<long>.Invalid(e.ToDictionary());

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
        db.Steps.Add(NewStep(c, "simple.decided", $"简易程序当场作出行政处罚决定（{doc.Number}）：{v.Name}，{CaseNames.Penalties(penalties)}；执法人员 {string.Join("、", c.Officers.Select(o => $"{o.Name}（{o.CertificateNo}）"))}" +
            (c.FinePaymentBy is { } by ? $"；罚款应于 {by:yyyy年M月d日} 前缴纳" : ""), doc));
        db.Audit("cases.simple.decided", nameof(Case), c.Number, null, new { c.PartyName, c.ViolationCode, c.Penalties, doc.Sha256 }, c.DivisionCode);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return c.Id;
    }

    // ───────────── plumbing ─────────────
    private enum Who
    {
        Handler,
        Approver,
        Reviewer,
        Leader,
    }

    private sealed record Outcome(string? Field, string? Error, IReadOnlyDictionary<string, string[]>? Errors, string? Text, DocumentKind? Doc,
        Action<Case, CaseDocument>? OnDocument);

    private static Outcome Fail(string field, string error) => new(field, error, null, null, null, null);

    private static Outcome Invalid(FieldErrors e) => new(null, null, e.ToDictionary(), null, null, null);

    private static Outcome Ok(string text, DocumentKind? doc = null, Action<Case, CaseDocument>? onDocument = null) => new(null, null, null, text, doc, onDocument);

    private Task<Result<long>> ActAsync(long id, string action, Who who, Func<Case, Outcome> apply, CancellationToken ct, bool closedOk = false) =>
        ActAsync(id, action, who, c => Task.FromResult(apply(c)), ct, closedOk);

    private async Task<Result<long>> ActAsync(long id, string action, Who who, Func<Case, Task<Outcome>> apply, CancellationToken ct, bool closedOk = false)
    {
        var me = actor.Current;
        var (allowed, forbidden) = who switch
        {
            Who.Handler => (CaseAccess.CanHandle(me), "只有本案执法人员和科室负责人可以办理"),
            Who.Approver => (CaseAccess.CanApprove(me), "此环节须由负责人（科室负责人或局领导）批准办理"),
            Who.Reviewer => (CaseAccess.CanReview(me), "只有法制审核人员可以审核"),
            _ => (CaseAccess.CanLead(me), "只有局领导可以组织集体讨论"),
        };
        if (!allowed) return Result<long>.Forbidden(forbidden);
        var c = await db.Cases.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Result<long>.NotFound($"案件 {id} 不存在或不在您的管辖范围内");
        if (c.IsClosed && !closedOk) return Result<long>.Unprocessable($"案件 {c.Number} 已结案，不能再修改；确需更正的，由负责人以“更正”办理并写明理由");
        if (who == Who.Handler && me.IsInRole(Roles.CaseHandler) && !me.IsInRole(Roles.SectionChief) && !IsHandler(c) && me.Name != Actor.System.Name)
            return Result<long>.Forbidden($"您不是案件 {c.Number} 的执法人员");
        var before = new { c.Stage, c.ConcludeBy, c.DecisionNo, c.Penalties };
        var outcome = await apply(c);
        if (outcome.Errors is not null) return Result<long>.Invalid(outcome.Errors);
        if (outcome.Error is not null) return Result<long>.Invalid(outcome.Field!, outcome.Error);
        CaseDeadlines.Apply(c, rules, calendar);
        c.Version++;
        CaseDocument? doc = null;
        if (outcome.Doc is { } kind)
        {
            doc = await documents.IssueAsync(c, kind, me.ShownName, ct);
            outcome.OnDocument?.Invoke(c, doc);
        }

        db.Steps.Add(NewStep(c, action, outcome.Text!, doc));
        db.Audit("cases." + action, nameof(Case), c.Number, before, new { c.Stage, c.ConcludeBy, c.DecisionNo, c.Penalties, document = doc?.Number, doc?.Sha256 }, c.DivisionCode);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<long>.Conflict("version", $"案件 {c.Number} 刚被他人办理，请刷新后再试");
        }

        return c.Id;
    }

    private CaseStep NewStep(Case c, string action, string text, CaseDocument? doc) => CaseStep.Of(c, action, text, actor.Current, clock.GetUtcNow(), doc);

    private bool IsHandler(Case c) => c.Officers.Any(o => o.UserName == actor.Current.Name);

    private static CaseStage NextAfterStatement(Case c) =>
        c.LegalReviewRequired ? CaseStage.LegalReview : c.CollectiveRequired ? CaseStage.Collective : CaseStage.Deciding;

    private void EndExcluded(Case c, string reason)
    {
        var today = clock.Today();
        c.Excluded = [.. c.Excluded.Select(p => p.End is null && p.Reason == reason ? p with { End = today > p.Start ? today.AddDays(-1) : p.Start } : p)];
    }
}
