using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Contracts;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Sampling;
using Zhijian.FoodSafety.Features.Disposals;
using Zhijian.FoodSafety.Features.Labs;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Sampling;

/// <summary>One tested item as the lab reports it; <c>StandardValue</c> carries the limit and its unit ("≤0.5mg/kg").</summary>
internal sealed record LabResultItem(string Item, string? Standard, string StandardValue, string Measured, string Unit, string Verdict, bool Microbiological);

/// <summary>检验结果报送 (POST /api/v1/food/sampling/results): a lab's report on one sample, 初检 or 复检.</summary>
internal sealed record LabResult(string OrderNumber, string ReportNo, DateOnly? ReportDate, IReadOnlyList<LabResultItem>? Items, string Conclusion);

/// <summary>What the bureau recorded: the conclusion, whether it was a retest, and the reporting deadline it was measured against.</summary>
internal sealed record LabResultAccepted(string OrderNumber, string Result, bool Retest, DateOnly ResultToBureauBy, bool OnTime, long? DisposalId);

/// <summary>
/// 检验结果接收: validates the whole report before writing anything (unknown order → 404; another lab's sample → 403;
/// units, verdicts, conclusion and duplicates → 400/409 naming the field), then records it with its deadlines, and for a
/// non-compliant result opens 核查处置, a case clue and the credit record — in one save.
/// </summary>
internal sealed class LabResults(FoodSafetyDbContext db, ActorContext actor, Labs.Labs labs, Disposals.Disposals disposals, SamplingDeadlines deadlines, TimeProvider clock)
{
    public async Task<Result<LabResultAccepted>> PostAsync(LabResult cmd, CancellationToken ct)
    {
        var a = actor.Current;
        if (string.IsNullOrWhiteSpace(cmd.OrderNumber)) return Result<LabResultAccepted>.Invalid("orderNumber", "抽样单编号不能为空");
        var number = cmd.OrderNumber.Trim();
        var order = await db.SamplingOrders.IgnoreQueryFilters().SingleOrDefaultAsync(o => o.Number == number, ct);
        if (order is null) return Result<LabResultAccepted>.NotFound($"抽样单编号（orderNumber）“{number}”不存在，请核对抽样单");
        var retest = await db.SamplingReviews.SingleOrDefaultAsync(r => r.OrderId == order.Id && r.Kind == ReviewKind.Retest && r.Status == ReviewStatus.LabPicked, ct);
        var expectedLabId = retest?.PickedLabId ?? order.LabId;
        var myLab = await labs.LabOf(a, ct);
        if (a.IsApiClient && myLab is null) return Result<LabResultAccepted>.Forbidden("本 API 客户端未绑定承检机构，不能报送检验结果");
        if (myLab is not null && myLab.Id != expectedLabId)
        {
            var assigned = await db.Labs.AsNoTracking().Where(l => l.Id == expectedLabId).Select(l => l.Name).FirstOrDefaultAsync(ct);
            return Result<LabResultAccepted>.Forbidden($"抽样单“{number}”的样品已分配给“{assigned}”{(retest is null ? "检验" : "复检")}，不是本机构（{myLab.Name}），不能报送其检验结果");
        }

        if (retest is null)
        {
            if (order.ReportNo is not null)
                return Result<LabResultAccepted>.Conflict("reportNo", $"抽样单“{number}”已报送检验报告（报告编号 {order.ReportNo}），不能重复报送");
            if (order.Status is not (SamplingStatus.AtLab or SamplingStatus.Testing))
                return Result<LabResultAccepted>.Conflict("orderNumber", $"抽样单“{number}”的样品尚未登记送达检验机构（当前：{SamplingNames.Of(order.Status)}）");
        }

        var today = clock.Today();
        var errors = new FieldErrors().Require("reportNo", cmd.ReportNo, "检验报告编号", 60);
        var received = retest?.PickedOn ?? order.ReceivedOn ?? order.SampledOn;
        if (cmd.ReportDate is not { } reportDate) errors.Add("reportDate", "检验报告日期不能为空");
        else if (reportDate > today || reportDate < received) errors.Add("reportDate", $"检验报告日期 {reportDate:yyyy-MM-dd} 应在 {received:yyyy-MM-dd}（{(retest is null ? "样品送达" : "确定复检机构")}）与今天之间");
        if (!string.IsNullOrWhiteSpace(cmd.ReportNo))
        {
            var rn = cmd.ReportNo.Trim();
            if (await db.SamplingOrders.IgnoreQueryFilters().AnyAsync(o => o.ReportNo == rn, ct) || await db.SamplingReviews.AnyAsync(r => r.ReportNo == rn, ct))
                return Result<LabResultAccepted>.Conflict("reportNo", $"检验报告编号“{rn}”已报送过，不能重复报送");
        }

        var items = cmd.Items ?? [];
        if (items.Count == 0) errors.Add("items", "检验项目不能为空");
        var parsed = new List<SamplingResultItem>();
        for (var i = 0; i < items.Count; i++)
        {
            var it = items[i];
            var f = $"items[{i}]";
            var label = string.IsNullOrWhiteSpace(it.Item) ? $"第 {i + 1} 项" : $"第 {i + 1} 项“{it.Item.Trim()}”";
            if (string.IsNullOrWhiteSpace(it.Item)) errors.Add($"{f}.item", $"{label}：检验项目名称不能为空");
            if (string.IsNullOrWhiteSpace(it.StandardValue)) errors.Add($"{f}.standardValue", $"{label}：标准值不能为空");
            if (string.IsNullOrWhiteSpace(it.Measured)) errors.Add($"{f}.measured", $"{label}：检验结果不能为空");
            if (string.IsNullOrWhiteSpace(it.Unit)) errors.Add($"{f}.unit", $"{label}：计量单位不能为空");
            var verdict = ResultCheck.Verdict(it.Verdict);
            if (verdict is null) errors.Add($"{f}.verdict", $"{label}：单项判定应为“合格”或“不合格”");
            var limit = ResultCheck.ParseLimit(it.StandardValue);
            if (limit is not null && limit.Unit.Length > 0 && !string.IsNullOrWhiteSpace(it.Unit) && !ResultCheck.SameUnit(limit.Unit, it.Unit))
                errors.Add($"{f}.unit", $"{label}：计量单位“{it.Unit.Trim()}”与标准值“{it.StandardValue.Trim()}”的单位“{limit.Unit}”不一致");
            else if (limit is not null && verdict is not null && ResultCheck.ParseMeasured(it.Measured) is { } measured && ResultCheck.Meets(limit, measured) is { } meets && meets != verdict)
                errors.Add($"{f}.verdict", $"{label}：检验结果 {it.Measured.Trim()}{it.Unit?.Trim()} {(meets ? "符合" : "不符合")}标准值 {it.StandardValue.Trim()}，单项判定却为“{it.Verdict?.Trim()}”");
            parsed.Add(new SamplingResultItem
            {
                OrderId = order.Id,
                Retest = retest is not null,
                Seq = i + 1,
                Item = it.Item?.Trim() ?? "",
                Standard = it.Standard?.Trim() ?? "",
                StandardValue = it.StandardValue?.Trim() ?? "",
                Measured = it.Measured?.Trim() ?? "",
                Unit = it.Unit?.Trim() ?? "",
                Passed = verdict ?? false,
                Microbiological = it.Microbiological,
            });
        }

        var conclusion = ResultCheck.Verdict(cmd.Conclusion);
        if (conclusion is null) errors.Add("conclusion", "检验结论应为“合格”或“不合格”");
        else if (parsed.Count > 0 && errors.Count == 0 && conclusion != parsed.All(p => p.Passed))
            errors.Add("conclusion", conclusion.Value ? "有单项判定为不合格，检验结论不能为“合格”" : "各项均判定为合格，检验结论不能为“不合格”");
        if (errors.Count > 0) return Result<LabResultAccepted>.Invalid(errors.ToDictionary());

        var passed = conclusion!.Value;
        var date = cmd.ReportDate!.Value;
        var reportNo = cmd.ReportNo.Trim();
        var toBureauBy = deadlines.ResultToBureau(date, passed);
        db.SamplingResultItems.AddRange(parsed);
        long? disposalId = null;
        // A failure opens 核查处置, whose tasks need its id (one intermediate save): all of it commits together.
        await using var tx = !passed && retest is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var failed = string.Join("；", parsed.Where(p => !p.Passed).Select(p => $"{p.Item}（检验结果 {p.Measured}{p.Unit}，标准值 {p.StandardValue}）"));
        if (retest is null)
        {
            order.ReportNo = reportNo;
            order.ReportDate = date;
            order.Passed = passed;
            order.FinalPassed = passed;
            order.MicrobiologicalFailure = parsed.Any(p => !p.Passed && p.Microbiological);
            order.ResultToBureauBy = toBureauBy;
            order.ResultReceivedOn = today;
            order.NoticeBy = deadlines.Notice(today);
            order.Status = SamplingStatus.Reported;
            db.Audit("food.sampling.result", "SamplingOrder", Id(order.Id), null, new { order.ReportNo, order.ReportDate, Conclusion = SamplingNames.Verdict(passed), Items = parsed.Count }, order.DivisionCode);
            History(order.Id, $"{myLab?.Name ?? a.ShownName}报送检验报告 {reportNo}（{date:yyyy-MM-dd}）：{SamplingNames.Verdict(passed)}{(passed ? "" : $"，不合格项目：{failed}")}；{(today > toBureauBy ? $"超过报送期限 {toBureauBy:yyyy-MM-dd}" : "按期报送")}；结果通知书应于 {order.NoticeBy:yyyy-MM-dd} 前送达");
            if (!passed)
            {
                var d = await disposals.OpenAsync(order, failed, today, ct);
                disposalId = d.Id == 0 ? null : d.Id;
                db.Publish(new FoodCaseClue("sampling", order.Id, order.Number, order.Uscc, order.BusinessName,
                    $"{order.OrgUnitName}抽检（抽样单 {order.Number}）{order.BusinessName}的“{order.FoodName}”{(order.BatchNumber is null ? "" : $"（批号 {order.BatchNumber}）")}经{myLab?.Name ?? "承检机构"}检验不合格（报告 {reportNo}）：{failed}",
                    today, myLab?.Name ?? a.ShownName, order.DivisionCode, order.OrgUnitId));
                db.Publish(new FoodSamplingFailed(order.Id, order.Number, order.Uscc, order.BusinessName, order.FoodName, order.OrgUnitName, date, failed, null));
            }
        }
        else
        {
            retest.ReportNo = reportNo;
            retest.Upheld = passed;
            retest.Status = ReviewStatus.Done;
            retest.Decision = passed ? "复检合格，初检结论不成立" : "复检不合格，维持初检结论";
            order.FinalPassed = passed;
            order.Status = SamplingStatus.Closed;
            db.Audit("food.sampling.retest-result", "SamplingOrder", Id(order.Id), new { FinalResult = "不合格" }, new { FinalResult = SamplingNames.Verdict(passed), ReportNo = reportNo }, order.DivisionCode);
            History(order.Id, $"{myLab?.Name ?? a.ShownName}报送复检报告 {reportNo}（{date:yyyy-MM-dd}）：{SamplingNames.Verdict(passed)}（复检结论为最终结论）");
            if (passed)
                db.Publish(new FoodSamplingFailed(order.Id, order.Number, order.Uscc, order.BusinessName, order.FoodName, order.OrgUnitName, order.ReportDate ?? date, "", today));
            disposalId = await db.Disposals.Where(d => d.OrderId == order.Id).Select(d => (long?)d.Id).FirstOrDefaultAsync(ct);
        }

        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        if (disposalId is null && !passed) disposalId = await db.Disposals.Where(d => d.OrderId == order.Id).Select(d => (long?)d.Id).FirstOrDefaultAsync(ct);
        return new LabResultAccepted(order.Number, SamplingNames.Verdict(passed), retest is not null, toBureauBy, today <= toBureauBy, disposalId);
    }

    private void History(long orderId, string text) =>
        db.SamplingEvents.Add(new SamplingEvent { OrderId = orderId, At = clock.GetUtcNow(), Actor = actor.Current.ShownName, Text = text });

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
