using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.FollowUp;
using Zhijian.ProductQuality.Domain.SpotChecks;

namespace Zhijian.ProductQuality.Features.SpotChecks;

/// <summary>
/// 检验结果 posted by the assigned lab (its API client, scope pq.lab) or an administrator, by item; the retest lab posts the
/// retest conclusion (final). The bureau records 结果通知日期; a failure notified opens the 后处理 (<see cref="IFollowUps"/>)
/// and publishes the credit record in the same save.
/// </summary>
internal sealed class LabResults(QualityDbContext db, ActorContext actor, Catalogue catalogue, Samples samples, IFollowUps followUps, TimeProvider clock)
{
    public async Task<Result<SampleView>> PostAsync(string number, PostResult cmd, CancellationToken ct)
    {
        var s = await db.Samples.SingleOrDefaultAsync(x => x.Number == number, ct);
        if (s is null) return Result<SampleView>.NotFound($"抽样单 {number} 不存在或不在您的管辖范围内");
        var forbidden = await CheckLabAsync(s.LabId, "该样品未委托贵机构检验，不能报送其检验结果", ct);
        if (forbidden is not null) return forbidden;
        if (s.Conclusion != SampleConclusion.Pending)
        {
            // A repeated post of the same report is answered with the stored result.
            return s.ReportNo == cmd.ReportNo?.Trim() ? await samples.ViewAsync(s, ct) : Result<SampleView>.Conflict("reportNo", $"抽样单 {number} 已报送检验结果（报告编号 {s.ReportNo}）");
        }

        var (errors, items, passed) = Validate(cmd, s.SampledOn);
        if (errors.Count > 0) return Result<SampleView>.Invalid(errors.ToDictionary());
        s.ReportNo = cmd.ReportNo!.Trim();
        s.ReportDate = cmd.ReportDate;
        s.Items = JsonSerializer.Serialize(items, Samples.Json);
        s.Conclusion = passed ? SampleConclusion.Passed : SampleConclusion.Failed;
        s.FailedItems = passed ? null : string.Join("、", items.Where(i => !i.Passed).Select(i => i.Item));
        db.Audit("pq.sample.result", "PqSample", Id(s.Id), null, new { s.Number, s.ReportNo, s.ReportDate, Conclusion = Samples.ConclusionOf(s.Conclusion), s.FailedItems }, s.DivisionCode);
        await db.SaveChangesAsync(ct);
        return await samples.ViewAsync(s, ct);
    }

    /// <summary>复检结论 from the drawn retest lab: final; an overturned result withdraws the follow-up and the credit record.</summary>
    public async Task<Result<SampleView>> PostRetestAsync(string number, PostResult cmd, CancellationToken ct)
    {
        var s = await db.Samples.SingleOrDefaultAsync(x => x.Number == number, ct);
        if (s is null) return Result<SampleView>.NotFound($"抽样单 {number} 不存在或不在您的管辖范围内");
        if (s.Objection is ObjectionStatus.Upheld or ObjectionStatus.Overturned)
            return s.RetestReportNo == cmd.ReportNo?.Trim() ? await samples.ViewAsync(s, ct) : Result<SampleView>.Conflict("reportNo", "复检结论为最终结论，已报送，不得再次复检");
        if (s.Objection != ObjectionStatus.Accepted || s.RetestLabId is not { } retestLab) return Result<SampleView>.Conflict("id", "该样品没有待出具结论的复检（复检申请未受理或复检机构尚未确定）");
        var forbidden = await CheckLabAsync(retestLab, "贵机构不是该样品的复检机构，不能报送复检结论", ct);
        if (forbidden is not null) return forbidden;
        var (errors, items, passed) = Validate(cmd, s.ObjectionFiledOn ?? s.SampledOn);
        if (errors.Count > 0) return Result<SampleView>.Invalid(errors.ToDictionary());
        s.RetestReportNo = cmd.ReportNo!.Trim();
        s.RetestReportDate = cmd.ReportDate;
        s.RetestItems = JsonSerializer.Serialize(items, Samples.Json);
        s.Objection = passed ? ObjectionStatus.Overturned : ObjectionStatus.Upheld;
        s.FeeBorneBy = passed ? "抽查部门" : "申请人";
        if (passed)
        {
            await followUps.WithdrawAsync(s.Id, cmd.ReportDate!.Value, $"复检合格（复检报告 {s.RetestReportNo}），原检验结论不成立", ct);
            if (s.FollowUpOpened) await PublishCreditAsync(s, cmd.ReportDate.Value, ct);
        }

        db.Audit("pq.sample.retest-result", "PqSample", Id(s.Id), null, new { s.Number, s.RetestReportNo, s.RetestReportDate, Objection = Samples.ObjectionName(s.Objection), s.FeeBorneBy },
            s.DivisionCode);
        await db.SaveChangesAsync(ct);
        return await samples.ViewAsync(s, ct);
    }

    /// <summary>结果通知日期 (the firm receives the result): a failure opens the follow-up and the credit record in this save.</summary>
    public async Task<Result<SampleView>> NotifyAsync(long id, NotifyResult cmd, CancellationToken ct)
    {
        var s = await db.Samples.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return Result<SampleView>.NotFound($"抽样单 {id} 不存在或不在您的管辖范围内");
        if (s.Conclusion == SampleConclusion.Pending) return Result<SampleView>.Conflict("notifiedOn", "尚未收到检验结果，不能登记结果通知");
        if (s.NotifiedOn is not null) return Result<SampleView>.Conflict("notifiedOn", $"已于 {s.NotifiedOn:yyyy-MM-dd} 通知企业");
        var today = clock.Today();
        if (cmd.NotifiedOn is not { } on) return Result<SampleView>.Invalid("notifiedOn", "请填写结果通知日期（企业收到检验结果之日）");
        if (on > today) return Result<SampleView>.Invalid("notifiedOn", "结果通知日期不能晚于今天");
        if (on < s.ReportDate) return Result<SampleView>.Invalid("notifiedOn", $"结果通知日期不能早于检验报告日期 {s.ReportDate:yyyy-MM-dd}");
        s.NotifiedOn = on;
        if (s.Conclusion == SampleConclusion.Failed) await OpenFollowUpAsync(s, ct);
        db.Audit("pq.sample.notified", "PqSample", Id(s.Id), null, new { s.Number, s.NotifiedOn, Conclusion = Samples.ConclusionOf(s.Conclusion) }, s.DivisionCode);
        await db.SaveChangesAsync(ct);
        return await samples.ViewAsync(s, ct);
    }

    private async Task OpenFollowUpAsync(SpotCheckSample s, CancellationToken ct)
    {
        var plan = await db.Plans.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == s.PlanId, ct);
        await followUps.OpenAsync(new FailedSample(s.Id, s.Number, plan.Id, plan.Name, NoRepeatRule.LevelName(plan.Level), plan.OrgUnitId, plan.OrgUnitName,
            s.CategoryCode, s.ProductName, s.ProductKey, s.Brand, s.Model, s.Standard, s.ProducerUscc ?? "", s.ProducerName, s.ProducerDivision,
            s.SellerUscc, s.SellerName, s.SellerDivision, s.FailedItems ?? "", s.NotifiedOn!.Value, s.ConsumerGood), ct);
        s.FollowUpOpened = true;
        await PublishCreditAsync(s, null, ct);
    }

    private async Task PublishCreditAsync(SpotCheckSample s, DateOnly? withdrawnOn, CancellationToken ct)
    {
        var uscc = s.ProducerUscc ?? s.SellerUscc;
        if (uscc is null) return;
        var orgUnit = await db.Plans.IgnoreQueryFilters().AsNoTracking().Where(p => p.Id == s.PlanId).Select(p => p.OrgUnitName).SingleAsync(ct);
        db.Publish(new QualitySampleFailed(s.Id, s.Number, uscc, s.ProducerUscc is null ? s.SellerName ?? "" : s.ProducerName, s.ProductName, orgUnit,
            s.NotifiedOn!.Value, s.FailedItems ?? "", withdrawnOn));
    }

    private async Task<Result<SampleView>?> CheckLabAsync(long assigned, string message, CancellationToken ct)
    {
        var a = actor.Current;
        if (!a.IsApiClient) return a.IsInRole(Roles.Admin) || a == Actor.System ? null : Result<SampleView>.Forbidden("检验结果由承检机构报送（系统管理员可代为录入）");
        var lab = await catalogue.LabOf(a, ct);
        if (lab is null) return Result<SampleView>.Forbidden("该 API 客户端未绑定承检机构，不能报送检验结果");
        return lab.Id == assigned ? null : Result<SampleView>.Forbidden(message);
    }

    private (FieldErrors Errors, List<ResultItem> Items, bool Passed) Validate(PostResult cmd, DateOnly notBefore)
    {
        var errors = new FieldErrors().Require("reportNo", cmd.ReportNo, "检验报告编号", 60);
        if (cmd.ReportDate is not { } date) errors.Add("reportDate", "请填写检验报告日期");
        else if (date > clock.Today()) errors.Add("reportDate", "检验报告日期不能晚于今天");
        else if (date < notBefore) errors.Add("reportDate", $"检验报告日期不能早于 {notBefore:yyyy-MM-dd}");
        var items = new List<ResultItem>();
        if (cmd.Items is not { Count: > 0 }) errors.Add("items", "请至少报送一个检验项目的结果");
        else
        {
            for (var i = 0; i < cmd.Items.Count; i++)
            {
                var x = cmd.Items[i];
                if (string.IsNullOrWhiteSpace(x.Item) || x.Item.Length > 100) errors.Add($"items[{i}].item", "请填写检验项目名称（100 字以内）");
                if (x.Judgment?.Trim() is not ("合格" or "不合格")) errors.Add($"items[{i}].judgment", "单项判定应为“合格”或“不合格”");
                if (x.Requirement?.Length > 200 || x.Measured?.Length > 200 || x.Unit?.Length > 20) errors.Add($"items[{i}].measured", "标准要求、检验结果不能超过 200 字，单位不能超过 20 字");
                if (errors.Count == 0) items.Add(new ResultItem(x.Item!.Trim(), x.Requirement?.Trim(), x.Measured?.Trim(), x.Unit?.Trim(), x.Judgment!.Trim() == "合格"));
            }
        }

        var passed = cmd.Conclusion?.Trim() == "合格";
        if (cmd.Conclusion?.Trim() is not ("合格" or "不合格")) errors.Add("conclusion", "检验结论应为“合格”或“不合格”");
        else if (errors.Count == 0 && passed != items.All(i => i.Passed))
            errors.Add("conclusion", passed ? "有单项判定为不合格，检验结论不能为合格" : "各项均合格，检验结论不能为不合格");
        return (errors, items, passed);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
