using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.FollowUp;
using Zhijian.ProductQuality.Domain.SpotChecks;

namespace Zhijian.ProductQuality.Features.SpotChecks;

/// <summary>
/// 抽样单: recorded against a plan (its category must be one of the plan's), free of charge, sealed, assigned to a lab. The
/// 6-month no-repeat rule is applied hard here: a sample of the same product (<see cref="ProductKey"/>) that the rule refuses
/// is a 400 naming 规格型号/商标/标准 and the earlier sample number.
/// </summary>
internal sealed class Samples(QualityDbContext db, ActorContext actor, IEntityDirectory directory, IFollowUps followUps, IRuleBook rules,
    IWorkingCalendar calendar, TimeProvider clock)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<Result<SampleView>> CreateAsync(CreateSample cmd, CancellationToken ct)
    {
        var a = actor.Current;
        var errors = new FieldErrors();
        var plan = cmd.PlanId is { } pid ? await db.Plans.AsNoTracking().Include(p => p.Categories).SingleOrDefaultAsync(p => p.Id == pid, ct) : null;
        if (plan is null) return Result<SampleView>.Invalid("planId", "请选择抽查计划（计划不存在或不在您的管辖范围内）");
        if (plan.Status != PlanStatus.Drawn && !plan.Emergency && !plan.FollowUp) errors.Add("planId", $"抽查计划“{plan.Name}”尚未抽取抽查对象，不能登记抽样单");
        var planCategory = plan.Categories.FirstOrDefault(c => c.CategoryCode == cmd.CategoryCode?.Trim());
        if (planCategory is null)
            errors.Add("categoryCode", $"产品类别“{cmd.CategoryCode}”不在抽查计划“{plan.Name}”中（计划的产品类别：{string.Join("、", plan.Categories.Select(c => c.CategoryName))}）");
        SpotCheckTarget? target = null;
        if (cmd.TargetId is { } tid)
        {
            target = await db.Targets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tid && t.PlanId == plan.Id, ct);
            if (target is null) errors.Add("targetId", "抽查任务不属于该计划");
            else if (planCategory is not null && target.CategoryCode != planCategory.CategoryCode) errors.Add("targetId", $"抽查任务的产品类别为 {target.CategoryCode}，与抽样单的产品类别不一致");
        }

        var today = clock.Today();
        if (cmd.SampledOn is not { } on) errors.Add("sampledOn", "请填写抽样日期");
        else if (on > today) errors.Add("sampledOn", "抽样日期不能晚于今天");
        else if (on < plan.From || on > plan.To) errors.Add("sampledOn", $"抽样日期应在计划期内（{plan.From:yyyy-MM-dd} 至 {plan.To:yyyy-MM-dd}）");
        errors.Require("place", cmd.Place, "抽样地点", 200).Require("productName", cmd.ProductName, "产品名称", 200).Require("standard", cmd.Standard, "执行标准", 200)
            .Require("quantity", cmd.Quantity, "抽样数量", 60).Require("baseQuantity", cmd.BaseQuantity, "抽样基数", 60);
        var officers = (cmd.Officers ?? []).Select(o => o?.Trim() ?? "").Where(o => o.Length > 0).Distinct().ToList();
        if (officers.Count != 2 || officers.Any(o => o.Length > 20)) errors.Add("officers", "抽样人员应为两名（每名 20 字以内）");
        if (cmd.Brand?.Length > 100) errors.Add("brand", "商标不能超过 100 字");
        if (cmd.Model?.Length > 100) errors.Add("model", "规格型号不能超过 100 字");
        if (cmd.Batch?.Length > 100) errors.Add("batch", "批号不能超过 100 字");
        if (cmd.ProducedOn is { } made && made > today) errors.Add("producedOn", "生产日期不能晚于今天");

        // 生产者: registered (USCC) or, out of province, by name and division.
        var producerUscc = string.IsNullOrWhiteSpace(cmd.ProducerUscc) ? null : cmd.ProducerUscc.Trim().ToUpperInvariant();
        string? producerName = cmd.ProducerName?.Trim(), producerDivision = cmd.ProducerDivision?.Trim();
        if (producerUscc is not null)
        {
            if (!Uscc.IsValid(producerUscc)) errors.Add("producerUscc", "生产者统一社会信用代码应为 18 位且校验位正确");
            else if (await directory.FindAsync(producerUscc, ct) is { } p)
            {
                producerName = p.Name;
                producerDivision = p.DivisionCode;
            }
        }

        if (string.IsNullOrWhiteSpace(producerName) || producerName.Length > 200) errors.Add("producerName", "请填写生产者名称（本辖区外的生产者按标称填写，200 字以内）");
        if (!DivisionTable.IsWellFormed(producerDivision)) errors.Add("producerDivision", "请填写生产者所在地的行政区划代码（6 位）");
        var sellerUscc = string.IsNullOrWhiteSpace(cmd.SellerUscc) ? null : cmd.SellerUscc.Trim().ToUpperInvariant();
        string? sellerName = cmd.SellerName?.Trim(), sellerDivision = cmd.SellerDivision?.Trim();
        if (sellerUscc is not null)
        {
            if (!Uscc.IsValid(sellerUscc)) errors.Add("sellerUscc", "销售者统一社会信用代码应为 18 位且校验位正确");
            else if (await directory.FindAsync(sellerUscc, ct) is { } s)
            {
                sellerName = s.Name;
                sellerDivision = s.DivisionCode;
            }
            else errors.Add("sellerUscc", "销售者不在本辖区市场主体名录中（在销售者处抽样的，销售者应为辖区内登记的经营者）");
        }

        QualityLab? lab = null;
        if (cmd.LabId is not { } labId || (lab = await db.Labs.AsNoTracking().SingleOrDefaultAsync(l => l.Id == labId && l.Active, ct)) is null)
            errors.Add("labId", "请选择承检机构");
        var number = string.IsNullOrWhiteSpace(cmd.Number) ? null : cmd.Number.Trim();
        if (number is { Length: > 40 }) errors.Add("number", "抽样单编号不能超过 40 字");
        if (errors.Count > 0) return Result<SampleView>.Invalid(errors.ToDictionary());

        number ??= $"{plan.Number}-{await db.Samples.IgnoreQueryFilters().CountAsync(s => s.PlanId == plan.Id, ct) + 1:0000}";
        if (await db.Samples.IgnoreQueryFilters().AnyAsync(s => s.Number == number, ct)) return Result<SampleView>.Conflict("number", $"抽样单编号 {number} 已存在");

        // 六个月内不重复抽查 (hard).
        var key = ProductKey.Of(producerUscc ?? producerName!, cmd.Standard, cmd.Brand, cmd.Model);
        var months = rules.GetInt("pq.no-repeat-months", cmd.SampledOn!.Value);
        var priors = await db.Samples.IgnoreQueryFilters().AsNoTracking().Where(s => s.ProductKey == key)
            .Join(db.Plans.IgnoreQueryFilters(), s => s.PlanId, p => p.Id, (s, p) => new PriorCheck(s.Number, s.SampledOn, s.OrgUnitId, s.Level, p.From, p.To))
            .ToListAsync(ct);
        if (priors.Count > 0)
        {
            var open = await followUps.HasOpenAsync(key, ct);
            var verdict = NoRepeatRule.Decide(new NewCheck(cmd.SampledOn.Value, plan.OrgUnitId, plan.Level, plan.Emergency, plan.FollowUp, open), priors, months);
            if (!verdict.Allowed)
                return Result<SampleView>.Invalid("model", $"同一产品（生产者、执行标准、商标、规格型号均相同）不得重复抽查：{NoRepeatRule.Describe(verdict, months)}");
        }

        var cat = await db.ProductCategories.AsNoTracking().SingleAsync(c => c.Id == planCategory!.CategoryId, ct);
        var sample = new SpotCheckSample
        {
            Number = number,
            PlanId = plan.Id,
            TargetId = target?.Id,
            CategoryId = cat.Id,
            CategoryCode = cat.Code,
            CategoryName = cat.Name,
            ConsumerGood = cat.ConsumerGood,
            DivisionCode = sellerDivision ?? producerDivision!,
            OrgUnitId = plan.OrgUnitId,
            Level = plan.Level,
            SampledOn = cmd.SampledOn.Value,
            Place = cmd.Place!.Trim(),
            Officers = string.Join("、", officers),
            ProductName = cmd.ProductName!.Trim(),
            Brand = Clean(cmd.Brand),
            Model = Clean(cmd.Model),
            Standard = cmd.Standard!.Trim(),
            Batch = Clean(cmd.Batch),
            ProducedOn = cmd.ProducedOn,
            Quantity = cmd.Quantity!.Trim(),
            BaseQuantity = cmd.BaseQuantity!.Trim(),
            ProducerUscc = producerUscc,
            ProducerName = producerName!,
            ProducerDivision = producerDivision!,
            SellerUscc = sellerUscc,
            SellerName = Clean(sellerName),
            SellerDivision = Clean(sellerDivision),
            Sealed = cmd.Sealed,
            LabId = lab!.Id,
            LabName = lab.Name,
            ProductKey = key,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = a.ShownName,
        };
        db.Samples.Add(sample);
        await db.SaveChangesAsync(ct);
        db.Audit("pq.sample.created", "PqSample", Id(sample.Id), null, new
        {
            sample.Number,
            sample.CategoryName,
            sample.ProductName,
            sample.Brand,
            sample.Model,
            sample.Standard,
            sample.ProducerName,
            sample.SellerName,
            sample.LabName,
            sample.SampledOn,
        }, sample.DivisionCode);
        await db.SaveChangesAsync(ct);
        return await ViewAsync(sample, ct);
    }

    /// <summary>Samples: filters plan, category, conclusion (passed|failed|pending), list (notify 待通知 | objection 异议中 | decide 异议待受理), q (product/firm), dates.</summary>
    public async Task<PqPage<SampleRow>> ListAsync(long? planId, string? category, string? conclusion, string? list, string? q, string? division,
        DateOnly? from, DateOnly? to, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        var query = db.Samples.AsNoTracking();
        if (planId is { } p) query = query.Where(s => s.PlanId == p);
        if (!string.IsNullOrWhiteSpace(category)) query = query.Where(s => s.CategoryCode == category.Trim());
        query = conclusion switch
        {
            "passed" => query.Where(s => s.Conclusion == SampleConclusion.Passed),
            "failed" => query.Where(s => s.Conclusion == SampleConclusion.Failed),
            "pending" => query.Where(s => s.Conclusion == SampleConclusion.Pending),
            _ => query,
        };
        query = list switch
        {
            "notify" => query.Where(s => s.Conclusion != SampleConclusion.Pending && s.NotifiedOn == null),
            "objection" => query.Where(s => s.Objection == ObjectionStatus.Filed || s.Objection == ObjectionStatus.Accepted),
            "decide" => query.Where(s => s.Objection == ObjectionStatus.Filed),
            _ => query,
        };
        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            query = query.Where(s => s.ProductName.Contains(t) || s.ProducerName.Contains(t) || (s.SellerName != null && s.SellerName.Contains(t)) || s.Number.Contains(t));
        }

        if (DivisionTable.IsWellFormed(division)) query = query.Where(s => s.DivisionCode.StartsWith(DivisionTable.ScopePrefix(division!)));
        if (from is { } f) query = query.Where(s => s.SampledOn >= f);
        if (to is { } e) query = query.Where(s => s.SampledOn <= e);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(s => s.SampledOn).ThenByDescending(s => s.Id).Skip(Paging.Skip(page, size)).Take(size)
            .Join(db.Plans, s => s.PlanId, pl => pl.Id, (s, pl) => new { s, pl.Name }).ToListAsync(ct);
        return new([.. rows.Select(r => new SampleRow(r.s.Id, r.s.Number, r.s.PlanId, r.Name, r.s.CategoryName, r.s.ProductName, r.s.Brand, r.s.Model, r.s.ProducerName,
            r.s.SellerName, r.s.SampledOn, r.s.LabName, ConclusionName(r.s), r.s.NotifiedOn, ObjectionName(r.s.Objection), r.s.DivisionCode))], total, Math.Max(page, 1), size);
    }

    public async Task<SampleView?> GetAsync(long id, CancellationToken ct)
    {
        var s = await db.Samples.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        return s is null ? null : await ViewAsync(s, ct);
    }

    public async Task<SampleView> ViewAsync(SpotCheckSample s, CancellationToken ct)
    {
        var plan = await db.Plans.IgnoreQueryFilters().AsNoTracking().Where(p => p.Id == s.PlanId).Select(p => new { p.Number, p.Name }).SingleAsync(ct);
        DateOnly? by = s.NotifiedOn is { } n && s.Conclusion == SampleConclusion.Failed ? ObjectionDeadline(n) : null;
        return new SampleView(s.Id, s.Number, s.PlanId, plan.Number, plan.Name, s.TargetId, s.CategoryCode, s.CategoryName, s.ConsumerGood ? "消费品" : "工业品",
            s.DivisionCode, s.SampledOn, s.Place, MaskOfficers(s.Officers), s.ProductName, s.Brand, s.Model, s.Standard, s.Batch, s.ProducedOn, s.Quantity, s.BaseQuantity,
            s.ProducerUscc, s.ProducerName, s.ProducerDivision, s.SellerUscc, s.SellerName, s.SellerDivision, s.Sealed, s.LabName, ConclusionOf(s.Conclusion),
            s.ReportNo, s.ReportDate, Items(s.Items), s.FailedItems, s.NotifiedOn, by, ObjectionName(s.Objection), s.ObjectionFiledOn, s.ObjectionReason,
            s.ObjectionDecideBy, s.ObjectionDecidedOn, s.ObjectionDecision, s.RetestFee,
            s.RetestCandidates is null ? [] : s.RetestCandidates.Split('\n'), s.RetestCandidateHash, s.RetestCommitment,
            s.RetestLabId is null ? null : s.RetestSecret, s.RetestPublicValue, s.RetestLabName, s.RetestReportNo, s.RetestReportDate, Items(s.RetestItems),
            s.FeeBorneBy, ConclusionName(s));
    }

    /// <summary>收到检验结果之日起 pq.objection-days (calendar days; a deadline on a holiday moves to the next working day).</summary>
    public DateOnly ObjectionDeadline(DateOnly notifiedOn) => calendar.Deadline(notifiedOn, rules.GetPeriod("pq.objection-days", notifiedOn));

    public static IReadOnlyList<ItemView> Items(string? json) => string.IsNullOrEmpty(json) ? [] :
        [.. JsonSerializer.Deserialize<List<ResultItem>>(json, Json)!.Select(i => new ItemView(i.Item, i.Requirement, i.Measured, i.Unit, i.Passed ? "合格" : "不合格"))];

    /// <summary>Officers' names masked (张**、李*).</summary>
    public static string MaskOfficers(string officers) => string.Join("、", officers.Split('、').Select(Masks.Name));

    public static string ConclusionOf(SampleConclusion c) => c switch
    {
        SampleConclusion.Passed => "合格",
        SampleConclusion.Failed => "不合格",
        _ => "待检验",
    };

    /// <summary>The final conclusion as a clerk reads it.</summary>
    public static string ConclusionName(SpotCheckSample s) => s.Objection switch
    {
        ObjectionStatus.Overturned => "合格（复检）",
        ObjectionStatus.Upheld => "不合格（复检维持）",
        _ => ConclusionOf(s.Conclusion),
    };

    public static string ObjectionName(ObjectionStatus o) => o switch
    {
        ObjectionStatus.Filed => "已申请复检，待受理",
        ObjectionStatus.Accepted => "已受理，复检中",
        ObjectionStatus.Refused => "不予受理",
        ObjectionStatus.Upheld => "复检维持原结论",
        ObjectionStatus.Overturned => "复检改变原结论",
        _ => "无",
    };

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
