using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain;
using Zhijian.FoodSafety.Domain.Sampling;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Sampling;

/// <summary>新建抽样单 (console and API).</summary>
internal sealed record CreateSamplingOrder(
    SamplingPurpose Purpose, SamplingLevel Level, IReadOnlyList<string> Samplers, bool NoAdvanceNotice, string Uscc, SamplingPlace Place,
    string CategoryCode, string FoodName, string? Brand, string? Specification, string? BatchNumber, DateOnly? ProductionDate,
    string? ProducerName, string? ProducerAddress, string? ProducerUscc, string? ProducerDivision, string Quantity, string Reserve,
    DateOnly SampledOn, long LabId);

/// <summary>A date a step happened on (today when left out).</summary>
internal sealed record StepDate(DateOnly? On);

/// <summary>抽样单 list row.</summary>
internal sealed record SamplingOrderRow(long Id, string Number, string Purpose, string BusinessName, string FoodName, string Category, DateOnly SampledOn,
    string Lab, string Status, string Result, DateOnly? NextDue, string? NextStep);

/// <summary>A page of rows and the total.</summary>
internal sealed record SamplingPage<T>(IReadOnlyList<T> Items, int Total, int Page, int Size);

/// <summary>检验项目.</summary>
internal sealed record ResultItemView(int Seq, bool Retest, string Item, string Standard, string StandardValue, string Measured, string Unit, string Verdict, bool Microbiological);

/// <summary>复检 / 异议 with its verifiable pick.</summary>
internal sealed record ReviewView(long Id, string Kind, string Status, DateOnly AppliedOn, string Reason, DateOnly AcceptBy, DateOnly? DecidedOn, string? DecisionNo,
    string? RefusalReason, DateOnly? DueBy, string? ExtensionReason, IReadOnlyList<string> Candidates, string? CandidateHash, string? Commitment, string? Secret,
    string? PublicValue, string? Algorithm, string? PickedLab, DateOnly? PickedOn, DateOnly? ReportBy, string? ReportNo, string? Conclusion, string? Decision);

/// <summary>抽样单 in full.</summary>
internal sealed record SamplingOrderView(long Id, string Number, string Purpose, string Level, string OrgUnit, string Samplers, bool NoAdvanceNotice,
    string Uscc, string BusinessName, string BusinessAddress, string DivisionCode, string Place, string CategoryCode, string Category, string FoodName,
    string? Brand, string? Specification, string? BatchNumber, DateOnly? ProductionDate, string? ProducerName, string? ProducerAddress, string? ProducerUscc,
    string Quantity, string Reserve, DateOnly SampledOn, long LabId, string Lab, string Status, DateOnly ToLabBy, DateOnly? ReceivedOn, DateOnly? ReportBy,
    string? ReportNo, DateOnly? ReportDate, string Result, bool MicrobiologicalFailure, DateOnly? ResultToBureauBy, DateOnly? ResultReceivedOn,
    DateOnly? NoticeBy, DateOnly? NoticeServedOn, DateOnly? RetestApplyBy, string FinalResult, DateOnly? PublishedOn, long? DisposalId,
    IReadOnlyList<ResultItemView> Items, IReadOnlyList<ReviewView> Reviews, IReadOnlyList<SamplingHistoryEntry> History);

/// <summary>抽样单履历.</summary>
internal sealed record SamplingHistoryEntry(DateTimeOffset At, string Actor, string Text);

/// <summary>
/// 抽样单: creation (two samplers, no advance notice, the registry entity, the product, the lab), receipt at the lab, the
/// result notice served on the business, publication, lists with their deadlines. Every change is audited and written to
/// the order's history in the same save.
/// </summary>
internal sealed class SamplingOrders(
    FoodSafetyDbContext db, ActorContext actor, IEntityDirectory entities, UserManager<StaffUser> users, OrgUnitDirectory units,
    SamplingDeadlines deadlines, TimeProvider clock)
{
    public const int MinSamplers = 2;

    public async Task<Result<SamplingOrderView>> CreateAsync(CreateSamplingOrder cmd, CancellationToken ct)
    {
        var a = actor.Current;
        var errors = new FieldErrors();
        if (!Enum.IsDefined(cmd.Purpose)) errors.Add("purpose", "抽检类型应为监督抽检、评价性抽检或风险监测");
        if (!Enum.IsDefined(cmd.Level)) errors.Add("level", "任务层级应为国家、省级、市级或县级");
        if (!Enum.IsDefined(cmd.Place)) errors.Add("place", "抽样环节应为生产环节、流通环节、餐饮环节或网络");
        var names = (cmd.Samplers ?? []).Select(s => s?.Trim() ?? "").Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var samplerNames = new List<string>();
        foreach (var n in names)
        {
            var u = await users.FindByNameAsync(n);
            if (u is null || !u.Active) errors.Add("samplers", $"抽样人员“{n}”不是本系统的在岗执法人员");
            else samplerNames.Add(string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName! : u.DisplayName);
        }

        if (names.Count < MinSamplers) errors.Add("samplers", $"抽样人员不得少于 {MinSamplers} 人（现 {names.Count} 人）");
        if (!cmd.NoAdvanceNotice) errors.Add("noAdvanceNotice", "须声明抽样前未事先通知被抽样单位");
        if (FoodCategories.Find(cmd.CategoryCode) is null) errors.Add("categoryCode", $"食品大类代码“{cmd.CategoryCode}”不存在");
        errors.Require("foodName", cmd.FoodName, "样品名称", 100).Require("quantity", cmd.Quantity, "抽样数量", 40).Require("reserve", cmd.Reserve, "备份样品数量", 40);
        if (string.IsNullOrWhiteSpace(cmd.BatchNumber) && cmd.ProductionDate is null) errors.Add("batchNumber", "生产批号与生产日期至少填写一项");
        var today = clock.Today();
        if (cmd.SampledOn > today) errors.Add("sampledOn", $"抽样日期 {cmd.SampledOn:yyyy-MM-dd} 晚于今天");
        if (cmd.ProductionDate > cmd.SampledOn) errors.Add("productionDate", "生产日期晚于抽样日期");
        if (!string.IsNullOrWhiteSpace(cmd.ProducerUscc) && cmd.ProducerUscc.Trim().Length != 18) errors.Add("producerUscc", "标称生产者统一社会信用代码应为 18 位");
        if (!string.IsNullOrWhiteSpace(cmd.ProducerDivision) && (cmd.ProducerDivision.Trim().Length != 6 || !cmd.ProducerDivision.Trim().All(char.IsAsciiDigit)))
            errors.Add("producerDivision", "标称生产者所在区划应为 6 位行政区划代码");
        var entity = string.IsNullOrWhiteSpace(cmd.Uscc) ? null : await entities.FindAsync(cmd.Uscc.Trim().ToUpperInvariant(), ct);
        if (entity is null) errors.Add("uscc", $"被抽样单位“{cmd.Uscc}”不在市场主体库中（或不在您的管辖范围内）");
        var lab = await db.Labs.AsNoTracking().SingleOrDefaultAsync(l => l.Id == cmd.LabId && l.Active, ct);
        if (lab is null) errors.Add("labId", "承检机构不存在或已停用");
        if (a.OrgUnitId is null) errors.Add("orgUnit", "只有本局工作人员可以登记抽样单");
        if (errors.Count > 0) return Result<SamplingOrderView>.Invalid(errors.ToDictionary());

        var unit = await units.FindAsync(a.OrgUnitId!.Value, ct);
        var party = await entities.PartyAsync(entity!.Uscc, ct);
        var year = cmd.SampledOn.Year;
        var prefix = string.Create(CultureInfo.InvariantCulture, $"CJ{year}");
        var last = await db.SamplingOrders.IgnoreQueryFilters().Where(o => o.Number.StartsWith(prefix)).OrderByDescending(o => o.Number).Select(o => o.Number).FirstOrDefaultAsync(ct);
        var seq = last is null ? 1 : int.Parse(last[prefix.Length..], CultureInfo.InvariantCulture) + 1;
        var order = new SamplingOrder
        {
            Number = string.Create(CultureInfo.InvariantCulture, $"{prefix}{seq:D6}"),
            Purpose = cmd.Purpose,
            Level = cmd.Level,
            OrgUnitId = a.OrgUnitId.Value,
            OrgUnitName = unit?.Name ?? a.OrgUnitName ?? "",
            Samplers = string.Join("、", samplerNames),
            NoAdvanceNotice = true,
            Uscc = entity.Uscc,
            BusinessName = entity.Name,
            BusinessAddress = party?.Address ?? "",
            DivisionCode = entity.DivisionCode,
            Place = cmd.Place,
            CategoryCode = cmd.CategoryCode.Trim(),
            FoodName = cmd.FoodName.Trim(),
            Brand = Trim(cmd.Brand),
            Specification = Trim(cmd.Specification),
            BatchNumber = Trim(cmd.BatchNumber),
            ProductionDate = cmd.ProductionDate,
            ProducerName = Trim(cmd.ProducerName),
            ProducerAddress = Trim(cmd.ProducerAddress),
            ProducerUscc = Trim(cmd.ProducerUscc)?.ToUpperInvariant(),
            ProducerDivision = Trim(cmd.ProducerDivision),
            Quantity = cmd.Quantity.Trim(),
            Reserve = cmd.Reserve.Trim(),
            SampledOn = cmd.SampledOn,
            LabId = lab!.Id,
            Status = SamplingStatus.Sampled,
            ToLabBy = deadlines.ToLab(cmd.SampledOn),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = a.ShownName,
        };
        db.SamplingOrders.Add(order);
        await db.SaveChangesAsync(ct);
        db.Audit("food.sampling.created", "SamplingOrder", Id(order.Id), null,
            new { order.Number, order.Uscc, order.FoodName, order.Samplers, Lab = lab.Name, order.SampledOn, order.ToLabBy }, order.DivisionCode);
        History(order.Id, $"登记抽样单（抽样人员 {order.Samplers}；承检机构 {lab.Name}；样品应于 {order.ToLabBy:yyyy-MM-dd} 前送达）");
        await db.SaveChangesAsync(ct);
        return (await GetAsync(order.Id, ct))!;
    }

    /// <summary>登记样品送达检验机构 (已送检): starts the 20-WD report deadline.</summary>
    public async Task<Result<SamplingOrderView>> ReceivedAsync(long id, StepDate step, CancellationToken ct)
    {
        var order = await db.SamplingOrders.SingleOrDefaultAsync(o => o.Id == id, ct);
        if (order is null) return Result<SamplingOrderView>.NotFound($"抽样单 {id} 不存在或不在您的管辖范围内");
        if (order.Status != SamplingStatus.Sampled) return Result<SamplingOrderView>.Conflict("status", $"抽样单 {order.Number} 当前为“{SamplingNames.Of(order.Status)}”，不能再登记送达");
        var on = step.On ?? clock.Today();
        if (on < order.SampledOn || on > clock.Today()) return Result<SamplingOrderView>.Invalid("on", $"送达日期应在抽样日期 {order.SampledOn:yyyy-MM-dd} 与今天之间");
        order.ReceivedOn = on;
        order.ReportBy = deadlines.Report(on);
        order.Status = SamplingStatus.AtLab;
        db.Audit("food.sampling.received", "SamplingOrder", Id(order.Id), new { Status = "已抽样" }, new { Status = "已送检", order.ReceivedOn, order.ReportBy }, order.DivisionCode);
        History(order.Id, $"样品于 {on:yyyy-MM-dd} 送达检验机构{(on > order.ToLabBy ? $"（超过送达期限 {order.ToLabBy:yyyy-MM-dd}）" : "")}；检验报告应于 {order.ReportBy:yyyy-MM-dd} 前出具");
        await db.SaveChangesAsync(ct);
        return (await GetAsync(order.Id, ct))!;
    }

    /// <summary>送达检验结果通知书 (已告知): opens the 复检 / 异议 windows.</summary>
    public async Task<Result<SamplingOrderView>> NoticeServedAsync(long id, StepDate step, CancellationToken ct)
    {
        var order = await db.SamplingOrders.SingleOrDefaultAsync(o => o.Id == id, ct);
        if (order is null) return Result<SamplingOrderView>.NotFound($"抽样单 {id} 不存在或不在您的管辖范围内");
        if (order.Status != SamplingStatus.Reported) return Result<SamplingOrderView>.Conflict("status", $"抽样单 {order.Number} 当前为“{SamplingNames.Of(order.Status)}”，尚无待告知的检验结论");
        var on = step.On ?? clock.Today();
        if (on < order.ResultReceivedOn || on > clock.Today()) return Result<SamplingOrderView>.Invalid("on", $"送达日期应在收到检验结论之日 {order.ResultReceivedOn:yyyy-MM-dd} 与今天之间");
        order.NoticeServedOn = on;
        order.Status = order.Passed == true ? SamplingStatus.Closed : SamplingStatus.Notified;
        if (order.Passed == false) order.RetestApplyBy = deadlines.RetestApplyBy(on);
        db.Audit("food.sampling.notified", "SamplingOrder", Id(order.Id), new { Status = "已出结果" }, new { Status = SamplingNames.Of(order.Status), order.NoticeServedOn, order.RetestApplyBy }, order.DivisionCode);
        History(order.Id, order.Passed == false
            ? $"检验结果通知书于 {on:yyyy-MM-dd} 送达被抽样单位；可于 {order.RetestApplyBy:yyyy-MM-dd} 前申请复检或提出异议"
            : $"检验结果通知书于 {on:yyyy-MM-dd} 送达被抽样单位");
        await db.SaveChangesAsync(ct);
        return (await GetAsync(order.Id, ct))!;
    }

    /// <summary>公布抽检结果 (section chief): the S22 fields go to the portal.</summary>
    public async Task<Result<SamplingOrderView>> PublishAsync(long id, CancellationToken ct)
    {
        if (!FoodAccess.CanOrganise(actor.Current)) return Result<SamplingOrderView>.Forbidden("只有科室负责人可以公布抽检结果");
        var order = await db.SamplingOrders.SingleOrDefaultAsync(o => o.Id == id, ct);
        if (order is null) return Result<SamplingOrderView>.NotFound($"抽样单 {id} 不存在或不在您的管辖范围内");
        if (order.Passed is null) return Result<SamplingOrderView>.Conflict("status", $"抽样单 {order.Number} 尚无检验结论，不能公布");
        if (order.PublishedOn is not null) return Result<SamplingOrderView>.Conflict("status", $"抽样单 {order.Number} 已于 {order.PublishedOn:yyyy-MM-dd} 公布");
        order.PublishedOn = clock.Today();
        order.PublishedBy = actor.Current.ShownName;
        db.Audit("food.sampling.published", "SamplingOrder", Id(order.Id), null, new { order.PublishedOn }, order.DivisionCode);
        History(order.Id, "公布抽检结果");
        await db.SaveChangesAsync(ct);
        return (await GetAsync(order.Id, ct))!;
    }

    /// <summary>抽样单 list, filtered and paged in the database. <paramref name="due"/>: tolab | report | notice | review.</summary>
    public async Task<SamplingPage<SamplingOrderRow>> ListAsync(string? q, SamplingStatus? status, bool? failed, string? due, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        var query = db.SamplingOrders.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            query = query.Where(o => o.Number.Contains(t) || o.BusinessName.Contains(t) || o.FoodName.Contains(t) || o.Uscc == t);
        }

        if (status is not null) query = query.Where(o => o.Status == status);
        if (failed is not null) query = query.Where(o => o.Passed == !failed.Value);
        query = due switch
        {
            "tolab" => query.Where(o => o.Status == SamplingStatus.Sampled).OrderBy(o => o.ToLabBy),
            "report" => query.Where(o => o.Status == SamplingStatus.AtLab || o.Status == SamplingStatus.Testing).OrderBy(o => o.ReportBy),
            "notice" => query.Where(o => o.Status == SamplingStatus.Reported).OrderBy(o => o.NoticeBy),
            "review" => query.Where(o => o.Status == SamplingStatus.Review).OrderBy(o => o.SampledOn),
            _ => query.OrderByDescending(o => o.SampledOn).ThenByDescending(o => o.Id),
        };
        var total = await query.CountAsync(ct);
        var rows = await query.Skip(Paging.Skip(page, size)).Take(size)
            .Select(o => new { o.Id, o.Number, o.Purpose, o.BusinessName, o.FoodName, o.CategoryCode, o.SampledOn, o.LabId, o.Status, o.Passed, o.FinalPassed, o.ToLabBy, o.ReportBy, o.NoticeBy, o.RetestApplyBy })
            .ToListAsync(ct);
        var labIds = rows.Select(r => r.LabId).Distinct().ToList();
        var labs = await db.Labs.AsNoTracking().Where(l => labIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Name, ct);
        return new SamplingPage<SamplingOrderRow>([.. rows.Select(r =>
        {
            var (next, step) = r.Status switch
            {
                SamplingStatus.Sampled => (r.ToLabBy, "样品送达"),
                SamplingStatus.AtLab or SamplingStatus.Testing => (r.ReportBy, "出具检验报告"),
                SamplingStatus.Reported => (r.NoticeBy, "送达结果通知书"),
                SamplingStatus.Notified => (r.RetestApplyBy, "复检/异议申请截止"),
                _ => ((DateOnly?)null, (string?)null),
            };
            return new SamplingOrderRow(r.Id, r.Number, SamplingNames.Of(r.Purpose), r.BusinessName, r.FoodName, FoodCategories.Find(r.CategoryCode)?.Name ?? r.CategoryCode,
                r.SampledOn, labs.GetValueOrDefault(r.LabId, ""), SamplingNames.Of(r.Status), SamplingNames.Verdict(r.FinalPassed ?? r.Passed), next, step);
        })], total, Math.Max(page, 1), size);
    }

    public async Task<SamplingOrderView?> GetAsync(long id, CancellationToken ct)
    {
        var o = await db.SamplingOrders.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (o is null) return null;
        var labs = await db.Labs.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, ct);
        var items = await db.SamplingResultItems.AsNoTracking().Where(i => i.OrderId == id).OrderBy(i => i.Retest).ThenBy(i => i.Seq).ToListAsync(ct);
        var reviews = await db.SamplingReviews.AsNoTracking().Where(r => r.OrderId == id).OrderBy(r => r.Id).ToListAsync(ct);
        var history = await db.SamplingEvents.AsNoTracking().Where(e => e.OrderId == id).OrderBy(e => e.Id).Select(e => new { e.At, e.Actor, e.Text }).ToListAsync(ct);
        var disposal = await db.Disposals.AsNoTracking().Where(d => d.OrderId == id).Select(d => (long?)d.Id).FirstOrDefaultAsync(ct);
        return new SamplingOrderView(o.Id, o.Number, SamplingNames.Of(o.Purpose), SamplingNames.Of(o.Level), o.OrgUnitName, o.Samplers, o.NoAdvanceNotice,
            o.Uscc, o.BusinessName, o.BusinessAddress, o.DivisionCode, SamplingNames.Of(o.Place), o.CategoryCode, FoodCategories.Find(o.CategoryCode)?.Name ?? o.CategoryCode,
            o.FoodName, o.Brand, o.Specification, o.BatchNumber, o.ProductionDate, o.ProducerName, o.ProducerAddress, o.ProducerUscc, o.Quantity, o.Reserve,
            o.SampledOn, o.LabId, labs.GetValueOrDefault(o.LabId, ""), SamplingNames.Of(o.Status), o.ToLabBy, o.ReceivedOn, o.ReportBy, o.ReportNo, o.ReportDate,
            SamplingNames.Verdict(o.Passed), o.MicrobiologicalFailure, o.ResultToBureauBy, o.ResultReceivedOn, o.NoticeBy, o.NoticeServedOn, o.RetestApplyBy,
            SamplingNames.Verdict(o.FinalPassed), o.PublishedOn, disposal,
            [.. items.Select(i => new ResultItemView(i.Seq, i.Retest, i.Item, i.Standard, i.StandardValue, i.Measured, i.Unit, i.Passed ? "合格" : "不合格", i.Microbiological))],
            [.. reviews.Select(r => Reviews.View(r, labs))],
            [.. history.Select(h => new SamplingHistoryEntry(h.At, h.Actor, h.Text))]);
    }

    private void History(long orderId, string text) =>
        db.SamplingEvents.Add(new SamplingEvent { OrderId = orderId, At = clock.GetUtcNow(), Actor = actor.Current.ShownName, Text = text });

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
