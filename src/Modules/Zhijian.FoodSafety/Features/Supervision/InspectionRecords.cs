using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Contracts;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain;
using Zhijian.FoodSafety.Domain.Supervision;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Events;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Supervision;

/// <summary>录入监督检查记录: the business, date, inspectors (logins, at least two), full or 日常, answers, evidence.</summary>
internal sealed record RecordInspection(long? BusinessId, DateOnly? InspectedOn, bool Full, IReadOnlyList<string>? Inspectors,
    IReadOnlyList<AnswerInput>? Answers, string? Evidence, InspectionResult? Result = null, long? ReinspectionOf = null);

internal sealed record AnswerInput(string? Code, ChecklistAnswer? Answer, string? Note);

internal sealed record AnswerView(string Code, string Text, bool Key, ChecklistAnswer Answer, string AnswerName, string? Note);

internal sealed record InspectionView(long Id, string Number, long BusinessId, string Uscc, string BusinessName, string BusinessTypeName, string DivisionCode,
    string OrgUnitName, DateOnly InspectedOn, bool Full, IReadOnlyList<string> Inspectors, int ChecklistVersion, InspectionResult Result, string ResultName,
    string Evidence, DateOnly? RectifyBy, long? ReinspectionOfId, long? ReinspectedById, DateOnly PublishBy, DateOnly? PublishedOn, bool PublishOverdue,
    bool RectifyOverdue, string CreatedBy, DateTimeOffset CreatedAt, IReadOnlyList<AnswerView> Answers);

internal sealed record InspectionRow(long Id, string Number, string Uscc, string BusinessName, string DivisionCode, DateOnly InspectedOn, bool Full,
    InspectionResult Result, string ResultName, DateOnly? RectifyBy, bool Reinspected, bool IsReinspection, DateOnly PublishBy, DateOnly? PublishedOn);

internal sealed record InspectionPage(int Total, int Page, int Size, IReadOnlyList<InspectionRow> Items);

/// <summary>检查记录的筛选: name or USCC fragment, result, period, division prefix, state (open follow-up, unpublished).</summary>
internal sealed record InspectionFilter(string? Q = null, InspectionResult? Result = null, DateOnly? From = null, DateOnly? To = null,
    string? Division = null, bool OpenFollowUp = false, bool Unpublished = false, int Page = 1, int Size = 20);

/// <summary>公示检查结果: the records to publish (none: every unpublished record in the caller's jurisdiction).</summary>
internal sealed record PublishInspections(IReadOnlyList<long>? Ids);

/// <summary>A business the mobile form can pick.</summary>
internal sealed record BusinessOption(long Id, string Name, string Uscc, string TypeName, string Premises, string? Grade);

/// <summary>A staff member who may be named as an inspector.</summary>
internal sealed record InspectorOption(string UserName, string DisplayName, string? CertificateNo);

/// <summary>A published result reached the portal: the credit file gets it (Order 49 第41条).</summary>
[EventName("food.inspection-published")]
internal sealed record FoodInspectionPublished(long InspectionId, string Number, string Uscc, string BusinessName, InspectionResult Result,
    DateOnly InspectedOn, DateOnly PublishedOn, string OrgUnitName) : IDomainEvent;

/// <summary>
/// 食品生产经营监督检查记录 (Order 49): recording with the derived result and its follow-up (整改期限, 复查, 案件线索 through
/// the outbox), lists, and publication within 20 WD (the credit record follows through the outbox).
/// </summary>
internal sealed class InspectionRecords(FoodSafetyDbContext db, ChecklistService checklists, StaffService staff, OrgUnitDirectory units,
    ActorContext actor, IRuleBook rules, IWorkingCalendar calendar, TimeProvider clock)
{
    public async Task<IReadOnlyList<InspectorOption>> InspectorOptionsAsync(CancellationToken ct) =>
        [.. (await staff.ListAsync(null, ct)).Where(s => s.Active).Select(s => new InspectorOption(s.UserName, s.DisplayName, s.CertificateNo))];

    /// <summary>Businesses to inspect, by a fragment of the name or the USCC (at most 20), for the mobile form.</summary>
    public async Task<IReadOnlyList<BusinessOption>> SearchBusinessesAsync(string? q, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q)) return [];
        var (t, u) = (q.Trim(), q.Trim().ToUpperInvariant());
        var rows = await db.Businesses.AsNoTracking().Visible(actor.Current.Jurisdiction).Where(b => b.Active && (b.Name.Contains(t) || b.Uscc == u))
            .OrderBy(b => b.Name).Take(20).Select(b => new { b.Id, b.Name, b.Uscc, b.Type, b.Premises, b.Grade }).ToListAsync(ct);
        return [.. rows.Select(b => new BusinessOption(b.Id, b.Name, b.Uscc, BusinessTypeName(b.Type), b.Premises, b.Grade))];
    }

    /// <summary>The checklist in force for the business's 业态 on a date.</summary>
    public async Task<ChecklistView?> ChecklistForAsync(long businessId, DateOnly on, CancellationToken ct)
    {
        var type = await db.Businesses.AsNoTracking().Visible(actor.Current.Jurisdiction).Where(b => b.Id == businessId).Select(b => (FoodBusinessType?)b.Type).SingleOrDefaultAsync(ct);
        return type is null ? null : ChecklistService.View(await checklists.InForceAsync(ChecklistCatalogue.KindOf(type.Value), on, ct));
    }

    /// <summary>Who may record inspections and 明厨亮灶 (the work policy, also for console pages that call the service directly).</summary>
    public static bool CanWork(Actor a) =>
        a.IsInRole(Roles.Inspector) || FoodAccess.CanOrganise(a) || (a.IsApiClient && a.HasScope(FoodAccess.WriteScope));

    public async Task<Result<InspectionView>> RecordAsync(RecordInspection cmd, CancellationToken ct)
    {
        if (!CanWork(actor.Current)) return Result<InspectionView>.Forbidden("监督检查记录由执法检查人员录入");
        var today = clock.Today();
        var e = new FieldErrors();
        if (cmd.BusinessId is null) e.Add("businessId", "请选择被检查的食品生产经营者");
        if (cmd.InspectedOn is not { } on) e.Add("inspectedOn", "请填写检查日期");
        else if (on > today) e.Add("inspectedOn", $"检查日期 {on:yyyy-MM-dd} 晚于今天");
        else if (on < today.AddYears(-1)) e.Add("inspectedOn", $"检查日期 {on:yyyy-MM-dd} 早于一年前，请核对");
        if (cmd.Evidence is { Length: > 4000 }) e.Add("evidence", "检查情况和证据说明不能超过 4000 个字符");
        if (cmd.Result is { } r0 && !Enum.IsDefined(r0)) e.Add("result", "检查结果只能是符合、基本符合或不符合");
        var minInspectors = rules.GetInt("food.inspection-min-inspectors", cmd.InspectedOn ?? today);
        var names = (cmd.Inspectors ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var inspectorNames = new List<string>();
        if (names.Count < minInspectors)
        {
            e.Add("inspectors", $"检查人员不得少于 {minInspectors} 名（《食品生产经营监督检查管理办法》第23条），本记录{(names.Count == 0 ? "未填写检查人员" : $"只有 {names.Count} 名")}");
        }
        else
        {
            var all = await staff.ListAsync(null, ct);
            foreach (var n in names)
            {
                var s = all.FirstOrDefault(x => x.UserName == n);
                if (s is null || !s.Active) e.Add("inspectors", $"“{n}”不是本局在职工作人员，不能作为检查人员");
                else inspectorNames.Add(s.CertificateNo is { Length: > 0 } cert ? $"{s.DisplayName}（{cert}）" : s.DisplayName);
            }
        }

        if (e.Count > 0) return Result<InspectionView>.Invalid(e.ToDictionary());
        var date = cmd.InspectedOn!.Value;
        var business = await db.Businesses.AsNoTracking().Visible(actor.Current.Jurisdiction).SingleOrDefaultAsync(b => b.Id == cmd.BusinessId, ct);
        if (business is null) return Result<InspectionView>.Invalid("businessId", $"食品生产经营者 {cmd.BusinessId} 不存在或不在您的管辖范围内");
        if (!business.Active) return Result<InspectionView>.Invalid("businessId", $"“{business.Name}”已注销或许可已失效，不能录入监督检查");

        FoodInspection? original = null;
        if (cmd.ReinspectionOf is { } ofId)
        {
            original = await db.Inspections.SingleOrDefaultAsync(x => x.Id == ofId, ct);
            if (original is null) return Result<InspectionView>.Invalid("reinspectionOf", $"被复查的检查记录 {ofId} 不存在或不在您的管辖范围内");
            if (original.BusinessId != business.Id) return Result<InspectionView>.Invalid("reinspectionOf", $"被复查的记录{original.Number}检查的是“{original.BusinessName}”，不是本次检查对象");
            if (!InspectionRules.NeedsFollowUp(original.Result)) return Result<InspectionView>.Invalid("reinspectionOf", $"{original.Number}的结果为“符合”，无需复查");
            if (original.ReinspectedById is not null) return Result<InspectionView>.Conflict("reinspectionOf", $"{original.Number}已复查（复查记录 {original.ReinspectedById}）");
            if (date < original.InspectedOn) return Result<InspectionView>.Invalid("inspectedOn", $"复查日期不能早于原检查日期 {original.InspectedOn:yyyy-MM-dd}");
        }

        var checklist = await checklists.InForceAsync(ChecklistCatalogue.KindOf(business.Type), date, ct);
        var byCode = checklist.Items.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var answers = cmd.Answers ?? [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < answers.Count; i++)
        {
            var a = answers[i];
            var code = a.Code?.Trim() ?? "";
            if (!byCode.ContainsKey(code)) e.Add($"answers[{i}].code", $"“{code}”不是《{ChecklistCatalogue.Name(checklist.Kind)}》检查要点表（第 {checklist.Version} 版）的检查要点");
            else if (!seen.Add(code)) e.Add($"answers[{i}].code", $"检查要点 {code} 重复填写");
            if (a.Answer is not { } ans || !Enum.IsDefined(ans)) e.Add($"answers[{i}].answer", $"请为检查要点 {code} 选择“是”“否”或“合理缺项”");
            else if (ans == ChecklistAnswer.NotApplicable && string.IsNullOrWhiteSpace(a.Note)) e.Add($"answers[{i}].note", $"检查要点 {code} 为合理缺项，请说明理由");
            if (a.Note is { Length: > 500 }) e.Add($"answers[{i}].note", $"检查要点 {code} 的说明不能超过 500 个字符");
        }

        if (answers.Count == 0) e.Add("answers", "请至少填写一项检查要点的检查情况");
        else if (cmd.Full && byCode.Keys.Except(seen).ToList() is { Count: > 0 } missing)
            e.Add("answers", $"全项目检查须逐项填写检查要点表的全部 {byCode.Count} 项，尚缺 {missing.Count} 项：{string.Join("、", missing.Take(10))}{(missing.Count > 10 ? "等" : "")}");
        if (e.Count > 0) return Result<InspectionView>.Invalid(e.ToDictionary());

        var derived = InspectionRules.Derive(answers.Select(a => (byCode[a.Code!.Trim()].Key, a.Answer!.Value)));
        if (cmd.Result is { } chosen && chosen < derived)
        {
            return Result<InspectionView>.Invalid("result", derived == InspectionResult.NonCompliant
                ? $"有重点项不符合，检查结果应为“不符合”，不能判定为“{InspectionRules.Name(chosen)}”"
                : $"有一般项不符合，检查结果应为“基本符合”，不能判定为“{InspectionRules.Name(chosen)}”");
        }

        var result = cmd.Result ?? derived;
        var unit = business.OrgUnitId is { } uid ? await units.FindAsync(uid, ct) : null;
        unit ??= await units.BureauForAsync(business.DivisionCode, ct);
        var record = new FoodInspection
        {
            BusinessId = business.Id,
            Uscc = business.Uscc,
            BusinessName = business.Name,
            BusinessType = business.Type,
            DivisionCode = business.DivisionCode,
            OrgUnitId = unit?.Id ?? actor.Current.OrgUnitId,
            OrgUnitName = unit?.Name ?? actor.Current.OrgUnitName ?? "",
            InspectedOn = date,
            Full = cmd.Full,
            Inspectors = names,
            InspectorNames = inspectorNames,
            ChecklistId = checklist.Id,
            ChecklistVersion = checklist.Version,
            Result = result,
            Evidence = cmd.Evidence?.Trim() ?? "",
            RectifyBy = InspectionRules.NeedsFollowUp(result) ? calendar.Deadline(date, rules.GetPeriod("food.inspection-rectify", date)) : null,
            ReinspectionOfId = original?.Id,
            PublishBy = calendar.Deadline(date, rules.GetPeriod("food.inspection-publish", date)),
            CreatedBy = actor.Current.ShownName,
            CreatedAt = clock.GetUtcNow(),
            Answers = [.. answers.Select((a, i) =>
            {
                var item = byCode[a.Code!.Trim()];
                return new FoodInspectionAnswer { Seq = item.Seq, Code = item.Code, Text = item.Text, Key = item.Key, Answer = a.Answer!.Value, Note = string.IsNullOrWhiteSpace(a.Note) ? null : a.Note.Trim() };
            })],
        };

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Inspections.Add(record);
        await db.SaveChangesAsync(ct);
        if (original is not null) original.ReinspectedById = record.Id;
        db.Audit("food.inspection.recorded", "FoodInspection", record.Number, null, Snapshot(record), record.DivisionCode);
        if (result == InspectionResult.NonCompliant)
        {
            var failed = record.Answers.Where(a => a.Answer == ChecklistAnswer.No).OrderBy(a => a.Seq).Select(a => $"{a.Code} {a.Text}{(a.Note is null ? "" : $"（{a.Note}）")}");
            db.Publish(new FoodCaseClue("inspection", record.Id, record.Number, record.Uscc, record.BusinessName,
                $"{date:yyyy年M月d日}食品安全监督检查结果为“不符合”，不符合的检查要点：{string.Join("；", failed)}", date,
                string.Join("、", inspectorNames), record.DivisionCode, record.OrgUnitId));
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (await GetAsync(record.Id, ct))!;
    }

    public async Task<InspectionView?> GetAsync(long id, CancellationToken ct)
    {
        var r = await db.Inspections.AsNoTracking().Include(x => x.Answers).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return null;
        var today = clock.Today();
        return new InspectionView(r.Id, r.Number, r.BusinessId, r.Uscc, r.BusinessName, BusinessTypeName(r.BusinessType), r.DivisionCode, r.OrgUnitName, r.InspectedOn, r.Full,
            r.InspectorNames, r.ChecklistVersion, r.Result, InspectionRules.Name(r.Result), r.Evidence, r.RectifyBy, r.ReinspectionOfId, r.ReinspectedById, r.PublishBy,
            r.PublishedOn, r.PublishedOn is null && r.PublishBy < today, r.RectifyBy < today && r.ReinspectedById is null, r.CreatedBy, r.CreatedAt,
            [.. r.Answers.OrderBy(a => a.Seq).Select(a => new AnswerView(a.Code, a.Text, a.Key, a.Answer, InspectionRules.Name(a.Answer), a.Note))]);
    }

    public async Task<InspectionPage> ListAsync(InspectionFilter f, CancellationToken ct)
    {
        var q = db.Inspections.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var t = f.Q.Trim();
            var u = t.ToUpperInvariant();
            q = q.Where(x => x.BusinessName.Contains(t) || x.Uscc == u);
        }

        if (f.Result is { } r) q = q.Where(x => x.Result == r);
        if (f.From is { } from) q = q.Where(x => x.InspectedOn >= from);
        if (f.To is { } to) q = q.Where(x => x.InspectedOn <= to);
        if (!string.IsNullOrWhiteSpace(f.Division)) q = q.Where(x => x.DivisionCode.StartsWith(f.Division.Trim()));
        if (f.OpenFollowUp) q = q.Where(x => x.RectifyBy != null && x.ReinspectedById == null);
        if (f.Unpublished) q = q.Where(x => x.PublishedOn == null);
        var size = Math.Clamp(f.Size, 1, 200);
        var total = await q.CountAsync(ct);
        var rows = await (f.Unpublished ? q.OrderBy(x => x.PublishBy).ThenBy(x => x.Id) : q.OrderByDescending(x => x.InspectedOn).ThenByDescending(x => x.Id))
            .Skip(Paging.Skip(f.Page, size)).Take(size)
            .Select(x => new { x.Id, x.Uscc, x.BusinessName, x.DivisionCode, x.InspectedOn, x.Full, x.Result, x.RectifyBy, x.ReinspectedById, x.ReinspectionOfId, x.PublishBy, x.PublishedOn })
            .ToListAsync(ct);
        return new InspectionPage(total, Math.Max(f.Page, 1), size, [.. rows.Select(x => new InspectionRow(x.Id, InspectionRules.NumberOf(x.Id, x.InspectedOn), x.Uscc, x.BusinessName,
            x.DivisionCode, x.InspectedOn, x.Full, x.Result, InspectionRules.Name(x.Result), x.RectifyBy, x.ReinspectedById != null, x.ReinspectionOfId != null, x.PublishBy, x.PublishedOn))]);
    }

    public async Task<Result<int>> PublishAsync(PublishInspections cmd, CancellationToken ct)
    {
        if (!FoodAccess.CanOrganise(actor.Current)) return Result<int>.Forbidden("监督检查结果由科室负责人公示");
        var q = db.Inspections.Where(x => x.PublishedOn == null);
        if (cmd.Ids is { Count: > 0 } ids)
        {
            if (ids.Count > 1000) return Result<int>.Invalid("ids", "一次最多公示 1000 条检查结果");
            q = q.Where(x => ids.Contains(x.Id));
        }

        var records = await q.OrderBy(x => x.Id).Take(5000).ToListAsync(ct);
        if (records.Count == 0) return Result<int>.Unprocessable("没有待公示的检查结果");
        var today = clock.Today();
        foreach (var r in records)
        {
            r.PublishedOn = today;
            db.Publish(new FoodInspectionPublished(r.Id, r.Number, r.Uscc, r.BusinessName, r.Result, r.InspectedOn, today, r.OrgUnitName));
        }

        db.Audit("food.inspections.published", "FoodInspection", string.Join(",", records.Take(50).Select(r => r.Id.ToString(CultureInfo.InvariantCulture))), null,
            new { count = records.Count, late = records.Count(r => r.PublishBy < today) }, actor.Current.Jurisdiction.Prefixes.FirstOrDefault());
        await db.SaveChangesAsync(ct);
        return records.Count;
    }

    public static string BusinessTypeName(FoodBusinessType t) => t switch
    {
        FoodBusinessType.Production => "食品生产",
        FoodBusinessType.Sales => "食品销售",
        FoodBusinessType.Catering => "餐饮服务",
        FoodBusinessType.Canteen => "单位食堂",
        FoodBusinessType.PrepackagedSales => "仅销售预包装食品",
        FoodBusinessType.Workshop => "食品小作坊",
        _ => "食品摊贩",
    };

    private static object Snapshot(FoodInspection r) => new
    {
        r.Uscc,
        r.BusinessName,
        r.InspectedOn,
        full = r.Full,
        inspectors = r.InspectorNames,
        result = InspectionRules.Name(r.Result),
        r.RectifyBy,
        r.ReinspectionOfId,
        r.PublishBy,
        failed = r.Answers.Where(a => a.Answer == ChecklistAnswer.No).Select(a => a.Code),
        notApplicable = r.Answers.Where(a => a.Answer == ChecklistAnswer.NotApplicable).Select(a => a.Code),
    };
}
