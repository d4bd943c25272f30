using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using Zhijian.ProductQuality.Contracts;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.FollowUp;
using Zhijian.ProductQuality.Domain.Licences;

namespace Zhijian.ProductQuality.Features.FollowUp;

/// <summary>
/// 不合格后处理 (Order 18 第44–50条): opened by the SpotChecks area through <see cref="IFollowUps"/> when a failure is notified
/// (停止生产、销售 ordered that day), then 责令整改 (整改 60 日, 复查 75 日), 整改报告, 复查 (合格 → 整改到位; 不合格 → 报告省局并公告),
/// 再次复查 (公告后 60–90 日; 不合格 → 移送：停业整顿、吊销许可证 as a <see cref="QualityCaseClue"/>), 撤销 at any open stage, and
/// for an out-of-area producer the 通报 of its bureau (a follow-up of its own there when that bureau is on this platform; the
/// seller's part stays here). Every step is validated (Chinese message naming the field), audited and written to the timeline
/// in one save.
/// </summary>
internal sealed class FollowUpBook(
    QualityDbContext db, ActorContext actor, IRuleBook rules, IWorkingCalendar calendar, OrgUnitDirectory units, IProductLicences licences,
    FollowUpQueries queries, TimeProvider clock) : IFollowUps
{
    public const string RecordType = "PqFollowUp";

    // ── the seam ──────────────────────────────────────────────────────────────────────────────────────────────────────────

    public async Task OpenAsync(FailedSample f, CancellationToken ct)
    {
        if (db.FollowUps.Local.Any(x => x.SampleId == f.SampleId && x.Part == 0)
            || await db.FollowUps.IgnoreQueryFilters().AnyAsync(x => x.SampleId == f.SampleId && x.Part == 0, ct)) return;
        var bureau = f.OrgUnitId is { } uid ? await units.BureauOfAsync(uid, ct) : null;
        bureau ??= await units.BureauForAsync(f.SellerDivision ?? f.ProducerDivision, ct);
        var outOfArea = bureau is not null && !Covers(bureau, f.ProducerDivision);
        var division = !outOfArea ? f.ProducerDivision : f.SellerDivision is { Length: > 0 } sd && Covers(bureau!, sd) ? sd : bureau!.DivisionCode;
        var producerBureau = outOfArea ? await units.BureauForAsync(f.ProducerDivision, ct) : null;
        var fu = New(f, 0, division, f.OrgUnitId ?? bureau?.Id, f.OrgUnitName.Length > 0 ? f.OrgUnitName : bureau?.Name ?? "");
        fu.OutOfArea = outOfArea;
        fu.ProducerBureauId = producerBureau?.Id;
        fu.ProducerBureauName = producerBureau?.Name;
        fu.Number = await NextNumberAsync(f.ResultNotifiedOn.Year, ct);
        db.FollowUps.Add(fu);
        db.Audit("pq.followup.opened", RecordType, fu.Number, null,
            new { fu.SampleNumber, fu.ProductName, fu.ProducerName, fu.NotifiedOn, fu.OutOfArea }, fu.DivisionCode);
        History(fu, $"检验结论不合格（{Cut(f.FailedItems, 200)}）已通知企业，责令{(outOfArea ? "销售者" : "")}立即停止{(outOfArea ? "销售" : "生产、销售")}同一产品（{fu.NotifiedOn:yyyy-MM-dd}）" +
            (outOfArea ? $"；生产者 {fu.ProducerName} 在外地，须通报其所在地市场监管局{(producerBureau is null ? "" : $"（{producerBureau.Name}）")}" : ""));
    }

    public async Task WithdrawAsync(long sampleId, DateOnly on, string reason, CancellationToken ct)
    {
        var rows = await db.FollowUps.IgnoreQueryFilters().Where(x => x.SampleId == sampleId).ToListAsync(ct);
        rows.AddRange(db.FollowUps.Local.Where(x => x.SampleId == sampleId && x.Id == 0 && !rows.Contains(x)));
        foreach (var fu in rows.Where(x => FollowUpRules.IsOpen(x.Stage))) Withdraw(fu, on, Cut(reason, 500)!);
    }

    public async Task<bool> HasOpenAsync(string productKey, CancellationToken ct) =>
        await db.FollowUps.IgnoreQueryFilters().AnyAsync(x => x.ProductKey == productKey && x.Stage <= FollowUpStage.SecondFailed, ct);

    // ── the steps ─────────────────────────────────────────────────────────────────────────────────────────────────────────

    public Task<Result<FollowUpView>> ConfirmStopAsync(long id, ConfirmStop cmd, CancellationToken ct) => Step(id, admin: false, (f, today, errors) =>
    {
        if (!FollowUpRules.IsOpen(f.Stage)) return Closed(f);
        if (f.StopConfirmedOn is { } was) return Invalid("status", $"企业已于 {was:yyyy-MM-dd} 确认停止{Sells(f)}");
        var on = cmd.ConfirmedOn ?? today;
        if (on < f.NotifiedOn || on > today) errors.Add("confirmedOn", $"确认日期应在通知企业之日 {f.NotifiedOn:yyyy-MM-dd} 与今天之间");
        errors.Require("how", cmd.How, "确认方式", 200);
        if (errors.Count > 0) return null;
        f.StopConfirmedOn = on;
        f.StopConfirmedHow = cmd.How!.Trim();
        var referred = f.OutOfArea && f.ProducerNotifiedOn is not null && f.Stage == FollowUpStage.Stopped;
        if (referred) Finish(f, FollowUpStage.Referred, on);
        return Done("pq.followup.stopped", new { f.StopConfirmedOn, f.StopConfirmedHow },
            $"企业确认已停止{Sells(f)}同一产品（{on:yyyy-MM-dd}，{f.StopConfirmedHow}）{(referred ? "；本局销售者部分已完成，生产者部分已通报外地" : "")}");
    }, ct);

    public Task<Result<FollowUpView>> OrderAsync(long id, OrderCorrection cmd, CancellationToken ct) => Step(id, admin: false, (f, today, errors) =>
    {
        if (f.Stage != FollowUpStage.Stopped) return Invalid("status", $"后处理当前为“{FollowUpRules.NameOf(f.Stage)}”，不能再责令整改");
        if (f.OutOfArea) return Invalid("status", "生产者在外地：责令整改和复查由生产者所在地市场监管局负责，本局通报后只办理销售者部分");
        var on = cmd.OrderedOn ?? today;
        if (on < f.NotifiedOn || on > today) errors.Add("orderedOn", $"责令整改日期应在通知企业之日 {f.NotifiedOn:yyyy-MM-dd} 与今天之间");
        if (cmd.OrderNo?.Trim().Length > 60) errors.Add("orderNo", "责令整改通知书文号不能超过 60 个字符");
        if (errors.Count > 0) return null;
        var (correction, recheck) = FollowUpRules.OrderDeadlines(on, rules, calendar);
        f.OrderedOn = on;
        f.OrderNo = Trim(cmd.OrderNo) ?? string.Create(CultureInfo.InvariantCulture, $"质监责改〔{on.Year}〕{f.Id:D6}号");
        f.CorrectionDueOn = correction;
        f.RecheckDueOn = recheck;
        Move(f, FollowUpStage.Correcting, correction, "correction");
        return Done("pq.followup.ordered", new { f.OrderNo, f.OrderedOn, f.CorrectionDueOn, f.RecheckDueOn },
            $"下达责令整改通知书 {f.OrderNo}（{on:yyyy-MM-dd}）：应于 {correction:yyyy-MM-dd} 前整改（{rules.GetPeriod(FollowUpRules.CorrectionKey, on).ToChinese()}），" +
            $"{recheck:yyyy-MM-dd} 前复查（{rules.GetPeriod(FollowUpRules.RecheckKey, on).ToChinese()}）；复查合格前不得恢复生产、销售");
    }, ct);

    public Task<Result<FollowUpView>> ReportCorrectionAsync(long id, ReportCorrection cmd, CancellationToken ct) => Step(id, admin: false, (f, today, errors) =>
    {
        if (f.Stage == FollowUpStage.Stopped) return Invalid("status", "尚未责令整改：须先下达责令整改通知书，再登记整改报告");
        if (f.Stage != FollowUpStage.Correcting) return Invalid("status", $"后处理当前为“{FollowUpRules.NameOf(f.Stage)}”，不能再登记整改报告");
        var on = cmd.ReportedOn ?? today;
        if (on < f.OrderedOn || on > today) errors.Add("reportedOn", $"整改报告日期应在责令整改之日 {f.OrderedOn:yyyy-MM-dd} 与今天之间");
        errors.Require("content", cmd.Content, "整改报告内容", 1000);
        if (errors.Count > 0) return null;
        f.CorrectionReportOn = on;
        f.CorrectionReport = cmd.Content!.Trim();
        Move(f, FollowUpStage.Corrected, f.RecheckDueOn, "recheck");
        return Done("pq.followup.corrected", new { f.CorrectionReportOn, f.CorrectionReport },
            $"收到整改报告（{on:yyyy-MM-dd}，{(on <= f.CorrectionDueOn ? "在整改期限内" : $"超过整改期限 {f.CorrectionDueOn:yyyy-MM-dd}")}）：{f.CorrectionReport}；应于 {f.RecheckDueOn:yyyy-MM-dd} 前复查");
    }, ct);

    public Task<Result<FollowUpView>> RecheckAsync(long id, RecordRecheck cmd, CancellationToken ct) => Step(id, admin: false, (f, today, errors) =>
    {
        if (f.Stage == FollowUpStage.Stopped) return Invalid("status", "尚未责令整改：须先下达责令整改通知书，再复查");
        if (f.Stage is FollowUpStage.RecheckFailed or FollowUpStage.Announced)
            return Invalid("status", $"后处理当前为“{FollowUpRules.NameOf(f.Stage)}”：复查已于 {f.RecheckOn:yyyy-MM-dd} 完成，公告后请登记再次复查");
        if (f.Stage is not (FollowUpStage.Correcting or FollowUpStage.Corrected)) return Invalid("status", $"后处理当前为“{FollowUpRules.NameOf(f.Stage)}”，不能复查");
        var draft = ValidateRecheck(cmd, f.OrderedOn!.Value, "责令整改之日", today, errors);
        if (draft is null) return null;
        f.RecheckOn = draft.Value.On;
        f.RecheckReportNo = draft.Value.ReportNo;
        f.RecheckPassed = draft.Value.Passed;
        f.RecheckConclusion = draft.Value.Conclusion;
        var timing = f.RecheckOn <= f.RecheckDueOn ? "在复查期限内" : $"超过复查期限 {f.RecheckDueOn:yyyy-MM-dd}";
        if (draft.Value.Passed)
        {
            Finish(f, FollowUpStage.Closed, f.RecheckOn.Value);
            return Done("pq.followup.rechecked", new { Result = "合格", f.RecheckOn, f.RecheckReportNo },
                $"复查合格（{f.RecheckOn:yyyy-MM-dd}，{f.RecheckReportNo}，{timing}），整改到位，可恢复生产、销售{Suffix(f.RecheckConclusion)}");
        }

        Move(f, FollowUpStage.RecheckFailed, null, null);
        return Done("pq.followup.rechecked", new { Result = "不合格", f.RecheckOn, f.RecheckReportNo, f.RecheckConclusion },
            $"复查仍不合格（{f.RecheckOn:yyyy-MM-dd}，{f.RecheckReportNo}，{timing}）：{f.RecheckConclusion}；须报告省级市场监管部门并公告");
    }, ct);

    public Task<Result<FollowUpView>> AnnounceAsync(long id, Announce cmd, CancellationToken ct) => Step(id, admin: true, (f, today, errors) =>
    {
        if (f.Stage != FollowUpStage.RecheckFailed) return Invalid("status", $"后处理当前为“{FollowUpRules.NameOf(f.Stage)}”：复查仍不合格的才报告省局并公告");
        var reported = cmd.ReportedOn ?? today;
        var announced = cmd.AnnouncedOn ?? today;
        if (reported < f.RecheckOn || reported > today) errors.Add("reportedOn", $"报告省级市场监管部门的日期应在复查之日 {f.RecheckOn:yyyy-MM-dd} 与今天之间");
        if (announced < reported || announced > today) errors.Add("announcedOn", $"公告日期应在报告之日 {reported:yyyy-MM-dd} 与今天之间");
        errors.Require("announcement", cmd.Announcement, "公告文号或网址", 300);
        if (errors.Count > 0) return null;
        var (from, to) = FollowUpRules.SecondWindow(announced, rules, calendar);
        f.ReportedUpOn = reported;
        f.AnnouncedOn = announced;
        f.Announcement = cmd.Announcement!.Trim();
        f.SecondFromOn = from;
        f.SecondDueOn = to;
        Move(f, FollowUpStage.Announced, to, "second-recheck");
        return Done("pq.followup.announced", new { f.ReportedUpOn, f.AnnouncedOn, f.Announcement, f.SecondFromOn, f.SecondDueOn },
            $"已报告省级市场监管部门（{reported:yyyy-MM-dd}）并公告（{announced:yyyy-MM-dd}，{f.Announcement}）；再次复查应在 {from:yyyy-MM-dd} 至 {to:yyyy-MM-dd} 之间进行");
    }, ct);

    public Task<Result<FollowUpView>> SecondRecheckAsync(long id, RecordRecheck cmd, CancellationToken ct) => Step(id, admin: false, (f, today, errors) =>
    {
        if (f.Stage != FollowUpStage.Announced) return Invalid("status", $"后处理当前为“{FollowUpRules.NameOf(f.Stage)}”：公告后才进行再次复查");
        var draft = ValidateRecheck(cmd, f.AnnouncedOn!.Value, "公告之日", today, errors);
        if (draft is null) return null;
        if (draft.Value.On < f.SecondFromOn)
        {
            var days = rules.GetInt(FollowUpRules.SecondFromKey, f.AnnouncedOn.Value);
            return Invalid("recheckedOn", string.Create(CultureInfo.InvariantCulture, $"公告之日起{days}日后方可进行再次复查，最早 {f.SecondFromOn:yyyy-MM-dd}"));
        }

        f.SecondRecheckOn = draft.Value.On;
        f.SecondReportNo = draft.Value.ReportNo;
        f.SecondPassed = draft.Value.Passed;
        f.SecondConclusion = draft.Value.Conclusion;
        var timing = f.SecondRecheckOn <= f.SecondDueOn ? "在期限内" : $"超过期限 {f.SecondDueOn:yyyy-MM-dd}";
        if (draft.Value.Passed)
        {
            Finish(f, FollowUpStage.Closed, f.SecondRecheckOn.Value);
            return Done("pq.followup.second-rechecked", new { Result = "合格", f.SecondRecheckOn, f.SecondReportNo },
                $"再次复查合格（{f.SecondRecheckOn:yyyy-MM-dd}，{f.SecondReportNo}，{timing}），整改到位，可恢复生产、销售{Suffix(f.SecondConclusion)}");
        }

        Move(f, FollowUpStage.SecondFailed, null, null);
        return Done("pq.followup.second-rechecked", new { Result = "不合格", f.SecondRecheckOn, f.SecondReportNo, f.SecondConclusion },
            $"再次复查仍不合格（{f.SecondRecheckOn:yyyy-MM-dd}，{f.SecondReportNo}，{timing}）：{f.SecondConclusion}；应责令停业整顿，并提请吊销生产许可证");
    }, ct);

    /// <summary>再次复查仍不合格 → 责令停业整顿（建议）、吊销许可证: the case clue, once, naming the producer's valid licences.</summary>
    public async Task<Result<FollowUpView>> TransferAsync(long id, CancellationToken ct)
    {
        var f = await db.FollowUps.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (f is null) return NotFound(id);
        var today = clock.Today();
        var valid = f.Stage == FollowUpStage.SecondFailed ? await licences.ValidForAsync(f.ProducerUscc, today, ct) : [];
        return await Step(f, admin: true, (f, today, errors) =>
        {
            if (f.Stage == FollowUpStage.Transferred) return Invalid("status", $"已于 {f.ClueRaisedAt!.Value.ToChinaDate():yyyy-MM-dd} 移送案件线索");
            if (f.Stage != FollowUpStage.SecondFailed) return Invalid("status", $"后处理当前为“{FollowUpRules.NameOf(f.Stage)}”：再次复查仍不合格的才移送停业整顿、吊销许可证");
            var named = valid.Count == 0 ? "未查到该生产者有效的工业产品生产许可证"
                : "应吊销的生产许可证：" + string.Join("；", valid.Select(l => $"{l.Number}（{l.ProductName}，有效期至 {l.ValidTo:yyyy-MM-dd}）"));
            var facts = $"{f.ProductName}（{Model(f)}）监督抽查不合格（{Cut(f.FailedItems, 200)}），责令整改后复查仍不合格，" +
                $"{f.AnnouncedOn:yyyy-MM-dd} 公告（{f.Announcement}）后再次复查（{f.SecondRecheckOn:yyyy-MM-dd}，{f.SecondReportNo}）仍不合格；" +
                $"依法责令停业整顿（建议），并提请吊销许可证。{named}。抽样单 {f.SampleNumber}，计划 {f.PlanName}";
            f.ClueRaisedAt = clock.GetUtcNow();
            db.Publish(new QualityCaseClue("follow-up", f.Id, f.Number, f.ProducerUscc, f.ProducerName, Cut(facts, 2000)!, f.SecondRecheckOn ?? today,
                actor.Current.ShownName, f.ProducerDivision, f.OrgUnitId));
            Finish(f, FollowUpStage.Transferred, today);
            return Done("pq.followup.transferred", new { Licences = valid.Select(l => l.Number).ToList() }, $"移送案件线索：责令停业整顿（建议）、吊销许可证。{named}");
        }, ct);
    }

    /// <summary>拒不停止生产销售或拒不整改: a case clue with the facts, once per follow-up (source kind "follow-up-refusal").</summary>
    public Task<Result<FollowUpView>> RefusalAsync(long id, ReportRefusal cmd, CancellationToken ct) => Step(id, admin: true, (f, today, errors) =>
    {
        if (!FollowUpRules.IsOpen(f.Stage)) return Closed(f);
        if (f.RefusalClueAt is { } at) return Invalid("status", $"拒不停止生产销售或拒不整改的线索已于 {at.ToChinaDate():yyyy-MM-dd} 移送");
        errors.Require("facts", cmd.Facts, "拒不停止生产销售或拒不整改的事实", 1000);
        if (errors.Count > 0) return null;
        f.RefusalClueAt = clock.GetUtcNow();
        var party = f.OutOfArea && f.SellerName is not null ? (f.SellerUscc, f.SellerName) : (f.ProducerUscc, f.ProducerName);
        db.Publish(new QualityCaseClue("follow-up-refusal", f.Id, f.Number, party.Item1, party.Item2,
            $"{f.ProductName}（{Model(f)}）监督抽查不合格后拒不停止生产销售或拒不整改：{cmd.Facts!.Trim()}。抽样单 {f.SampleNumber}", today,
            actor.Current.ShownName, f.DivisionCode, f.OrgUnitId));
        return Done("pq.followup.refused", new { Facts = cmd.Facts.Trim() }, $"移送案件线索（拒不停止生产销售或拒不整改）：{cmd.Facts.Trim()}");
    }, ct);

    public Task<Result<FollowUpView>> WithdrawAsync(long id, WithdrawFollowUp cmd, CancellationToken ct) => Step(id, admin: false, (f, today, errors) =>
    {
        if (!FollowUpRules.IsOpen(f.Stage)) return Closed(f);
        errors.Require("reason", cmd.Reason, "撤销理由", 500);
        if (errors.Count > 0) return null;
        Withdraw(f, today, cmd.Reason!.Trim(), history: false);
        return Done("pq.followup.withdrawn", new { f.WithdrawReason }, $"撤销后处理：{f.WithdrawReason}");
    }, ct);

    /// <summary>外地生产者: 通报 its bureau; when that bureau is on this platform it gets a follow-up of its own (part 1).</summary>
    public async Task<Result<FollowUpView>> NotifyProducerBureauAsync(long id, NotifyProducerBureau cmd, CancellationToken ct)
    {
        var f = await db.FollowUps.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (f is null) return NotFound(id);
        var bureau = await units.BureauForAsync(f.ProducerDivision, ct);
        return await Step(f, admin: false, (f, today, errors) =>
        {
            if (!f.OutOfArea) return Invalid("status", "生产者在本局辖区内，无须通报外地");
            if (f.ProducerNotifiedOn is { } was) return Invalid("status", $"已于 {was:yyyy-MM-dd} 通报 {f.ProducerBureauName}");
            if (!FollowUpRules.IsOpen(f.Stage)) return Closed(f);
            var name = Trim(cmd.BureauName) ?? bureau?.Name;
            if (name is null) errors.Add("bureauName", "生产者所在地市场监管局不在本平台，请填写其名称");
            else if (name.Length > 100) errors.Add("bureauName", "市场监管局名称不能超过 100 个字符");
            var on = cmd.NotifiedOn ?? today;
            if (on < f.NotifiedOn || on > today) errors.Add("notifiedOn", $"通报日期应在通知企业之日 {f.NotifiedOn:yyyy-MM-dd} 与今天之间");
            errors.Require("letterNo", cmd.LetterNo, "通报函号", 60);
            if (errors.Count > 0) return null;
            f.ProducerBureauName = name;
            f.ProducerBureauId = bureau?.Id;
            f.ProducerNotifiedOn = on;
            f.ProducerLetterNo = cmd.LetterNo!.Trim();
            var given = Trim(cmd.BureauName);
            var there = bureau is not null && (given is null || given == bureau.Name);
            if (there) Refer(f, bureau!);
            if (f.StopConfirmedOn is not null) Finish(f, FollowUpStage.Referred, on);
            return Done("pq.followup.notified", new { f.ProducerBureauName, f.ProducerNotifiedOn, f.ProducerLetterNo },
                $"通报外地生产者所在地 {name}（{on:yyyy-MM-dd}，{f.ProducerLetterNo}）{(there ? "，已转入该局后处理待办" : "")}" +
                (f.Stage == FollowUpStage.Referred ? "；本局销售者部分已完成" : "；本局继续督促销售者停止销售、下架"));
        }, ct);
    }

    // ── helpers ───────────────────────────────────────────────────────────────────────────────────────────────────────────

    private void Refer(QualityFollowUp from, OrgUnitEntry bureau)
    {
        if (db.FollowUps.Local.Any(x => x.SampleId == from.SampleId && x.Part == 1)) return;
        var f = Copy(from);
        var fu = New(f, 1, from.ProducerDivision, bureau.Id, bureau.Name);
        fu.Number = from.Number + "-1";
        fu.ReferredBy = from.OrgUnitName;
        db.FollowUps.Add(fu);
        History(fu, $"{from.OrgUnitName} 通报（{from.ProducerLetterNo}）：本地生产者 {fu.ProducerName} 的 {fu.ProductName} 经监督抽查不合格（{Cut(fu.FailedItems, 200)}），" +
            "请责令其停止生产同一产品并整改、复查");
    }

    private static FailedSample Copy(QualityFollowUp f) => new(f.SampleId, f.SampleNumber, f.PlanId, f.PlanName, f.Level, f.OrgUnitId, f.OrgUnitName,
        f.ProductCategoryCode, f.ProductName, f.ProductKey, f.Brand, f.Model, f.Standard, f.ProducerUscc, f.ProducerName, f.ProducerDivision,
        f.SellerUscc, f.SellerName, f.SellerDivision, f.FailedItems, f.NotifiedOn, f.ConsumerGood);

    private QualityFollowUp New(FailedSample f, int part, string division, int? orgUnitId, string orgUnitName) => new()
    {
        SampleId = f.SampleId,
        Part = part,
        SampleNumber = Cut(f.SampleNumber, 40)!,
        PlanId = f.PlanId,
        PlanName = Cut(f.PlanName, 200)!,
        Level = Cut(f.Level, 20)!,
        OrgUnitId = orgUnitId,
        OrgUnitName = Cut(orgUnitName, 100)!,
        ProductCategoryCode = Cut(f.ProductCategoryCode, 20)!,
        ProductName = Cut(f.ProductName, 200)!,
        ProductKey = Cut(f.ProductKey, 300)!,
        Brand = Cut(f.Brand, 100),
        Model = Cut(f.Model, 100),
        Standard = Cut(f.Standard, 100),
        ProducerUscc = Cut(f.ProducerUscc, 18)!,
        ProducerName = Cut(f.ProducerName, 200)!,
        ProducerDivision = Cut(f.ProducerDivision, 12)!,
        SellerUscc = Cut(f.SellerUscc, 18),
        SellerName = Cut(f.SellerName, 200),
        SellerDivision = Cut(f.SellerDivision, 12),
        FailedItems = Cut(f.FailedItems, 1000)!,
        ConsumerGood = f.ConsumerGood,
        NotifiedOn = f.ResultNotifiedOn,
        DivisionCode = Cut(division, 12)!,
        Stage = FollowUpStage.Stopped,
        CreatedAt = clock.GetUtcNow(),
    };

    private void Withdraw(QualityFollowUp f, DateOnly on, string reason, bool history = true)
    {
        var before = FollowUpRules.NameOf(f.Stage);
        f.WithdrawReason = reason;
        Finish(f, FollowUpStage.Withdrawn, on);
        if (!history) return;
        db.Audit("pq.followup.withdrawn", RecordType, f.Number, new { Stage = before }, new { f.WithdrawReason }, f.DivisionCode);
        History(f, $"复检推翻原检验结论，撤销后处理：{reason}");
    }

    private static void Move(QualityFollowUp f, FollowUpStage stage, DateOnly? due, string? step)
    {
        f.Stage = stage;
        f.DueOn = due;
        f.DueStep = due is null ? null : step;
    }

    private static void Finish(QualityFollowUp f, FollowUpStage stage, DateOnly on)
    {
        Move(f, stage, null, null);
        f.ClosedOn = on;
    }

    private static (DateOnly On, string ReportNo, bool Passed, string? Conclusion)? ValidateRecheck(RecordRecheck cmd, DateOnly from, string fromName,
        DateOnly today, FieldErrors errors)
    {
        var on = cmd.RecheckedOn ?? today;
        if (on < from || on > today) errors.Add("recheckedOn", $"复查日期应在{fromName} {from:yyyy-MM-dd} 与今天之间");
        errors.Require("reportNo", cmd.ReportNo, "复查抽样单号或检验报告编号", 60);
        if (cmd.Passed is null) errors.Add("passed", "请选择复查结论：合格或不合格");
        if (cmd.Passed == false) errors.Require("conclusion", cmd.Conclusion, "复查不合格的项目与说明", 500);
        else if (cmd.Conclusion?.Trim().Length > 500) errors.Add("conclusion", "复查说明不能超过 500 个字符");
        if (errors.Count > 0) return null;
        return (on, cmd.ReportNo!.Trim(), cmd.Passed!.Value, Trim(cmd.Conclusion));
    }

    private async Task<string> NextNumberAsync(int year, CancellationToken ct)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"HC{year}");
        var stored = await db.FollowUps.IgnoreQueryFilters().Where(x => x.Number.StartsWith(prefix) && x.Part == 0)
            .OrderByDescending(x => x.Number).Select(x => x.Number).FirstOrDefaultAsync(ct);
        var staged = db.FollowUps.Local.Where(x => x.Id == 0 && x.Part == 0 && x.Number.StartsWith(prefix, StringComparison.Ordinal)).Select(x => x.Number)
            .DefaultIfEmpty().Max(StringComparer.Ordinal);
        var last = string.CompareOrdinal(stored, staged) >= 0 ? stored : staged;
        var seq = last is null ? 1 : int.Parse(last[prefix.Length..], CultureInfo.InvariantCulture) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{seq:D6}");
    }

    private static bool Covers(OrgUnitEntry bureau, string division) =>
        Jurisdiction.For(bureau.Covered.Count > 0 ? [bureau.DivisionCode, .. bureau.Covered] : [bureau.DivisionCode]).Covers(division);

    private async Task<Result<FollowUpView>> Step(long id, bool admin, Func<QualityFollowUp, DateOnly, FieldErrors, StepOutcome?> apply, CancellationToken ct)
    {
        var f = await db.FollowUps.SingleOrDefaultAsync(x => x.Id == id, ct);
        return f is null ? NotFound(id) : await Step(f, admin, apply, ct);
    }

    private async Task<Result<FollowUpView>> Step(QualityFollowUp f, bool admin, Func<QualityFollowUp, DateOnly, FieldErrors, StepOutcome?> apply, CancellationToken ct)
    {
        var a = actor.Current;
        if (!(a.IsInRole(Roles.Inspector) || QualityAccess.CanAdminister(a)) || a.IsApiClient)
            return Result<FollowUpView>.Forbidden("只有产品质量监管人员、科室负责人可以办理后处理");
        if (admin && !QualityAccess.CanAdminister(a)) return Result<FollowUpView>.Forbidden("公告和移送须由科室负责人办理");
        var errors = new FieldErrors();
        var before = new { Stage = FollowUpRules.NameOf(f.Stage), f.DueOn };
        var done = apply(f, clock.Today(), errors);
        if (done?.Failure is { } failure) return failure;
        if (done is null) return Result<FollowUpView>.Invalid(errors.ToDictionary());
        db.Audit(done.Action!, RecordType, f.Number, before, done.After, f.DivisionCode);
        History(f, done.Text!);
        await db.SaveChangesAsync(ct);
        return (await queries.GetAsync(f.Id, ct))!;
    }

    private void History(QualityFollowUp f, string text) =>
        db.FollowUpEvents.Add(new QualityFollowUpEvent { FollowUp = f, At = clock.GetUtcNow(), Actor = actor.Current.ShownName, Text = Cut(text, 1000)! });

    private static Result<FollowUpView> NotFound(long id) => Result<FollowUpView>.NotFound($"后处理 {id} 不存在或不在您的管辖范围内");

    private sealed record StepOutcome(string? Action, object? After, string? Text, Result<FollowUpView>? Failure);

    private static StepOutcome Done(string action, object after, string text) => new(action, after, text, null);

    private static StepOutcome Invalid(string field, string message) => new(null, null, null, Result<FollowUpView>.Invalid(field, message));

    private static StepOutcome Closed(QualityFollowUp f) => Invalid("status", $"后处理已结束（{FollowUpRules.NameOf(f.Stage)}），不能再办理");

    private static string Sells(QualityFollowUp f) => f.OutOfArea ? "销售" : "生产、销售";

    private static string Model(QualityFollowUp f) => string.Join(" ", new[] { f.Brand, f.Model }.Where(x => !string.IsNullOrWhiteSpace(x))) is { Length: > 0 } m ? m : "型号未标注";

    private static string Suffix(string? s) => s is null ? "" : $"：{s}";

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    internal static string? Cut(string? s, int max) => s is null ? null : s.Length <= max ? s : s[..max];
}
