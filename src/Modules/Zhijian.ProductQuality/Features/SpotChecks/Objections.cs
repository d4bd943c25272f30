using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Inspections.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.SpotChecks;

namespace Zhijian.ProductQuality.Features.SpotChecks;

/// <summary>
/// 异议与复检 (产品质量法 第15条; Order 18): the firm applies within pq.objection-days of receiving the result, prepaying the
/// fee; the bureau decides acceptance within pq.objection-accept-days working days; on acceptance the retest lab is drawn
/// verifiably from the active labs other than the first (label = the sample number); the retest conclusion is final. The
/// objection does not stop the 后处理.
/// </summary>
internal sealed class Objections(QualityDbContext db, Samples samples, IRuleBook rules, IWorkingCalendar calendar, TimeProvider clock)
{
    public async Task<Result<SampleView>> FileAsync(long id, FileObjection cmd, CancellationToken ct)
    {
        var s = await db.Samples.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return Result<SampleView>.NotFound($"抽样单 {id} 不存在或不在您的管辖范围内");
        if (s.Objection is ObjectionStatus.Upheld or ObjectionStatus.Overturned) return Result<SampleView>.Invalid("id", "复检结论为最终结论，不得再次申请复检");
        if (s.Objection != ObjectionStatus.None) return Result<SampleView>.Conflict("id", $"该样品已有复检申请（{Samples.ObjectionName(s.Objection)}）");
        if (s.Conclusion != SampleConclusion.Failed) return Result<SampleView>.Invalid("id", "只有检验结论为不合格的样品可以申请复检");
        if (s.NotifiedOn is not { } notified) return Result<SampleView>.Invalid("id", "检验结果尚未通知企业，不能登记复检申请");
        var errors = new FieldErrors().Require("reason", cmd.Reason, "异议理由", 2000);
        var today = clock.Today();
        var by = samples.ObjectionDeadline(notified);
        var days = rules.GetPeriod("pq.objection-days", notified).Count;
        if (cmd.FiledOn is not { } filed) errors.Add("filedOn", "请填写复检申请日期");
        else if (filed > today) errors.Add("filedOn", "复检申请日期不能晚于今天");
        else if (filed < notified) errors.Add("filedOn", "复检申请日期不能早于结果通知日期");
        else if (filed > by) errors.Add("filedOn", $"复检申请已超过收到检验结果之日起{days}日的期限（{by:yyyy-MM-dd} 届满）");
        if (cmd.Fee is not { } fee || fee <= 0 || fee > 10_000_000) errors.Add("fee", "请填写申请人预先支付的复检费用（元，大于 0）");
        if (errors.Count > 0) return Result<SampleView>.Invalid(errors.ToDictionary());
        s.Objection = ObjectionStatus.Filed;
        s.ObjectionFiledOn = cmd.FiledOn;
        s.ObjectionReason = cmd.Reason!.Trim();
        s.RetestFee = cmd.Fee;
        s.ObjectionDecideBy = calendar.Deadline(cmd.FiledOn!.Value, rules.GetPeriod("pq.objection-accept-days", cmd.FiledOn.Value));
        db.Audit("pq.sample.objection", "PqSample", Id(s.Id), null, new { s.Number, s.ObjectionFiledOn, s.ObjectionReason, s.RetestFee, s.ObjectionDecideBy }, s.DivisionCode);
        await db.SaveChangesAsync(ct);
        return await samples.ViewAsync(s, ct);
    }

    /// <summary>受理 (freezes the retest lab candidates and commits to a secret) or 不予受理.</summary>
    public async Task<Result<SampleView>> DecideAsync(long id, DecideObjection cmd, CancellationToken ct)
    {
        var s = await db.Samples.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return Result<SampleView>.NotFound($"抽样单 {id} 不存在或不在您的管辖范围内");
        if (s.Objection != ObjectionStatus.Filed) return Result<SampleView>.Conflict("id", "该样品没有待受理的复检申请");
        var errors = new FieldErrors().Require("reason", cmd.Reason, "受理意见", 2000);
        if (errors.Count > 0) return Result<SampleView>.Invalid(errors.ToDictionary());
        s.ObjectionDecidedOn = clock.Today();
        s.ObjectionDecision = cmd.Reason!.Trim();
        if (cmd.Accept)
        {
            var labs = await db.Labs.AsNoTracking().Where(l => l.Active && l.Id != s.LabId).OrderBy(l => l.Id).ToListAsync(ct);
            if (labs.Count == 0) return Result<SampleView>.Unprocessable("除初检机构外没有其他承检机构，无法确定复检机构");
            var list = labs.Select(l => (Id: l.Id.ToString(CultureInfo.InvariantCulture), Label: l.Name)).OrderBy(l => l.Id, StringComparer.Ordinal).ToList();
            var secret = VerifiableDraw.NewSecret();
            s.RetestCandidates = string.Join("\n", list.Select(l => l.Id + "," + l.Label));
            s.RetestCandidateHash = VerifiableDraw.CandidateHash(list);
            s.RetestCommitment = VerifiableDraw.Commitment(secret);
            s.RetestSecret = VerifiableDraw.Hex(secret);
            s.Objection = ObjectionStatus.Accepted;
        }
        else
        {
            s.Objection = ObjectionStatus.Refused;
        }

        db.Audit("pq.sample.objection-decided", "PqSample", Id(s.Id), null, new
        {
            s.Number,
            Objection = Samples.ObjectionName(s.Objection),
            s.ObjectionDecision,
            s.RetestCandidateHash,
            s.RetestCommitment,
            Late = s.ObjectionDecidedOn > s.ObjectionDecideBy,
        }, s.DivisionCode);
        await db.SaveChangesAsync(ct);
        return await samples.ViewAsync(s, ct);
    }

    /// <summary>以公开值随机确定复检机构.</summary>
    public async Task<Result<SampleView>> PickLabAsync(long id, PickRetestLab cmd, CancellationToken ct)
    {
        var s = await db.Samples.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return Result<SampleView>.NotFound($"抽样单 {id} 不存在或不在您的管辖范围内");
        if (s.Objection != ObjectionStatus.Accepted || s.RetestSecret is null) return Result<SampleView>.Conflict("id", "复检申请尚未受理");
        if (s.RetestLabId is not null) return Result<SampleView>.Conflict("id", $"已确定复检机构：{s.RetestLabName}");
        var errors = new FieldErrors().Require("publicValue", cmd.PublicValue, "公开值", 200);
        if (errors.Count > 0) return Result<SampleView>.Invalid(errors.ToDictionary());
        s.RetestPublicValue = cmd.PublicValue!.Trim();
        var ids = s.RetestCandidates!.Split('\n').Select(l => l.Split(',')[0]).ToList();
        var seed = VerifiableDraw.Seed(Convert.FromHexString(s.RetestSecret), s.RetestPublicValue);
        var picked = long.Parse(VerifiableDraw.Pick(seed, s.Number, ids, 1)[0], CultureInfo.InvariantCulture);
        var lab = await db.Labs.AsNoTracking().SingleAsync(l => l.Id == picked, ct);
        s.RetestLabId = lab.Id;
        s.RetestLabName = lab.Name;
        db.Audit("pq.sample.retest-lab", "PqSample", Id(s.Id), null, new { s.Number, s.RetestPublicValue, s.RetestSecret, s.RetestCommitment, Lab = lab.Name }, s.DivisionCode);
        await db.SaveChangesAsync(ct);
        return await samples.ViewAsync(s, ct);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
