using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Drugs.Contracts;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Domain.Licences;
using Zhijian.Drugs.Domain.Supervision;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Drugs.Features.Supervision;

/// <summary>
/// The Supervision area's commands: grids (create, officer, assignment one by one or by street, audited), GSP inspections with their
/// checklist (validated item by item; 限期整改 → 整改 and 复查 deadlines; 立案查处 → a <see cref="DrugCaseClue"/> once), 复查 (不合格 →
/// the clue), vaccination points and their cold-chain checks. One SaveChanges per command; errors name the field in Chinese.
/// </summary>
internal sealed class SupervisionBook(DrugsDbContext db, ActorContext actor, IRuleBook rules, IWorkingCalendar calendar,
    StaffService staff, SupervisionQueries queries, TimeProvider clock)
{
    public const string GridRecord = "DrugGrid";
    public const string InspectionRecord = "DrugInspection";
    public const string VaccineRecord = "DrugVaccineCheck";

    // ── grids ─────────────────────────────────────────────────────────────────────────────────────────────────────────────

    public async Task<Result<GridRow>> CreateGridAsync(CreateGrid cmd, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var division = cmd.DivisionCode?.Trim();
        if (string.IsNullOrEmpty(division)) errors.Add("divisionCode", "区县不能为空");
        else if (division.Length != 6 || !DivisionTable.Default.IsKnown(division)) errors.Add("divisionCode", $"区县代码 {division} 不是有效的县级行政区划代码");
        else if (!actor.Current.Jurisdiction.Covers(division)) errors.Add("divisionCode", $"区县 {division} 不在您的管辖范围内");
        errors.Require("code", cmd.Code, "网格编号", 30);
        errors.Require("name", cmd.Name, "网格名称", 100);
        if (cmd.Streets?.Trim().Length > 500) errors.Add("streets", "街道不能超过 500 个字符");
        if (cmd.GridWorker?.Trim().Length > 100) errors.Add("gridWorker", "网格员不能超过 100 个字符");
        var officer = await OfficerAsync(cmd.Officer, errors, ct);
        if (errors.Count == 0 && await db.Grids.IgnoreQueryFilters().AnyAsync(g => g.DivisionCode == division && g.Code == cmd.Code!.Trim(), ct))
            errors.Add("code", $"本区县已有编号为 {cmd.Code!.Trim()} 的网格");
        if (errors.Count > 0) return Result<GridRow>.Invalid(errors.ToDictionary());
        var g = new DrugGrid
        {
            Code = cmd.Code!.Trim(),
            Name = cmd.Name!.Trim(),
            DivisionCode = division!,
            Streets = Normalize(cmd.Streets),
            OfficerUser = officer?.UserName,
            OfficerName = officer?.DisplayName,
            GridWorker = Trim(cmd.GridWorker),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = actor.Current.Name,
        };
        db.Grids.Add(g);
        db.Audit("drugs.grid.created", GridRecord, $"{g.DivisionCode}-{g.Code}", null, new { g.Code, g.Name, g.Streets, g.OfficerName, g.GridWorker }, g.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await queries.GridAsync(g.Id, ct))!;
    }

    public async Task<Result<GridRow>> SetOfficerAsync(long id, SetGridOfficer cmd, CancellationToken ct)
    {
        var g = await db.Grids.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (g is null) return Result<GridRow>.NotFound($"网格 {id} 不存在或不在您的管辖范围内");
        var errors = new FieldErrors();
        if (cmd.GridWorker?.Trim().Length > 100) errors.Add("gridWorker", "网格员不能超过 100 个字符");
        var officer = await OfficerAsync(cmd.Officer, errors, ct);
        if (officer is null && errors.Count == 0) errors.Add("officer", "监管责任人不能为空");
        if (errors.Count > 0) return Result<GridRow>.Invalid(errors.ToDictionary());
        var before = new { g.OfficerName, g.GridWorker };
        g.OfficerUser = officer!.UserName;
        g.OfficerName = officer.DisplayName;
        g.GridWorker = Trim(cmd.GridWorker) ?? g.GridWorker;
        db.Audit("drugs.grid.officer", GridRecord, g.Id.ToString(CultureInfo.InvariantCulture), before, new { g.OfficerName, g.GridWorker }, g.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await queries.GridAsync(g.Id, ct))!;
    }

    /// <summary>Assigns businesses (by id, or every supervised business of the grid's county whose address names the street); a move is audited.</summary>
    public async Task<Result<AssignResult>> AssignAsync(long id, AssignToGrid cmd, CancellationToken ct)
    {
        var g = await db.Grids.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (g is null) return Result<AssignResult>.NotFound($"网格 {id} 不存在或不在您的管辖范围内");
        var ids = cmd.BusinessIds?.Distinct().ToList() ?? [];
        var street = Trim(cmd.Street);
        if (ids.Count == 0 && street is null) return Result<AssignResult>.Invalid("businessIds", "请选择要划入网格的企业，或填写街道按街道批量划入");
        if (ids.Count > 2000) return Result<AssignResult>.Invalid("businessIds", "一次最多划入 2000 家企业");
        if (street?.Length > 50) return Result<AssignResult>.Invalid("street", "街道不能超过 50 个字符");
        List<DrugBusiness> found;
        if (ids.Count > 0)
        {
            found = await db.Businesses.AsNoTracking().Where(b => ids.Contains(b.Id)).ToListAsync(ct);
            var missing = ids.Except(found.Select(b => b.Id)).ToList();
            if (missing.Count > 0)
                return Result<AssignResult>.Invalid("businessIds", $"企业 {string.Join("、", missing.Take(10))} 不存在或不在您的管辖范围内");
            var elsewhere = found.Where(b => b.DivisionCode[..Math.Min(6, b.DivisionCode.Length)] != g.DivisionCode).ToList();
            if (elsewhere.Count > 0)
                return Result<AssignResult>.Invalid("businessIds", $"{string.Join("、", elsewhere.Take(5).Select(b => b.Name))} 不在本网格所在区县，不能划入");
        }
        else
        {
            found = await db.Businesses.AsNoTracking().Where(b => b.Active && b.DivisionCode.StartsWith(g.DivisionCode) && b.Address.Contains(street!)
                && b.Kind != DrugBusinessKind.Wholesale && b.Kind != DrugBusinessKind.ChainHeadquarters).ToListAsync(ct);
            if (found.Count == 0) return Result<AssignResult>.Invalid("street", $"本区县没有地址含“{street}”的经营企业");
        }

        var keys = found.Select(b => b.Id).ToList();
        var current = await db.GridAssignments.Where(a => keys.Contains(a.BusinessId)).ToDictionaryAsync(a => a.BusinessId, ct);
        var now = clock.GetUtcNow();
        var (assigned, moved) = (0, 0);
        foreach (var b in found)
        {
            if (current.TryGetValue(b.Id, out var a))
            {
                if (a.GridId == g.Id) continue;
                db.Audit("drugs.grid.reassigned", GridRecord, g.Id.ToString(CultureInfo.InvariantCulture), new { Business = b.Name, FromGrid = a.GridId },
                    new { Business = b.Name, ToGrid = g.Id }, g.DivisionCode);
                a.GridId = g.Id;
                a.AssignedAt = now;
                a.AssignedBy = actor.Current.Name;
                moved++;
            }
            else
            {
                db.GridAssignments.Add(new DrugGridAssignment { BusinessId = b.Id, GridId = g.Id, AssignedAt = now, AssignedBy = actor.Current.Name });
                assigned++;
            }
        }

        db.Audit("drugs.grid.assigned", GridRecord, g.Id.ToString(CultureInfo.InvariantCulture), null,
            new { Street = street, Assigned = assigned, Moved = moved }, g.DivisionCode);
        await db.SaveChangesAsync(ct);
        return new AssignResult(g.Id, assigned, moved, [.. found.Take(50).Select(b => b.Name)]);
    }

    // ── inspections ───────────────────────────────────────────────────────────────────────────────────────────────────────

    public async Task<Result<InspectionView>> RecordInspectionAsync(RecordInspection cmd, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var today = clock.Today();
        DrugBusiness? b = null;
        if (cmd.BusinessId is not { } bid) errors.Add("businessId", "被检查企业不能为空");
        else if ((b = await db.Businesses.AsNoTracking().SingleOrDefaultAsync(x => x.Id == bid, ct)) is null) errors.Add("businessId", $"经营企业 {bid} 不存在或不在您的管辖范围内");
        var on = cmd.InspectedOn ?? today;
        if (on > today || on < today.AddYears(-1)) errors.Add("inspectedOn", "检查日期应在一年前至今天之间");
        errors.Require("officer1", cmd.Officer1, "第一名执法人员", 50);
        errors.Require("officer2", cmd.Officer2, "第二名执法人员", 50);
        if (Trim(cmd.Officer1) is { } o1 && o1 == Trim(cmd.Officer2)) errors.Add("officer2", "监督检查须由两名执法人员实施，第二名执法人员不能与第一名相同");
        var conclusion = SupervisionRules.ParseConclusion(cmd.Conclusion?.Trim());
        if (conclusion is null) errors.Add("conclusion", "请选择检查结论：符合、限期整改或立案查处");
        if (cmd.Findings?.Trim().Length > 1000) errors.Add("findings", "发现的问题不能超过 1000 个字符");
        var kind = b is null ? ChecklistKind.Pharmacy : Checklists.For(b.Kind);
        var list = Checklists.Of(kind);
        var items = new List<DrugInspectionItem>();
        if (cmd.Items is not { Count: > 0 }) errors.Add("items", $"请逐项填写{Checklists.NameOf(kind)}的检查结果");
        else
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < cmd.Items.Count; i++)
            {
                var it = cmd.Items[i];
                var code = it?.Code?.Trim() ?? "";
                var field = string.Create(CultureInfo.InvariantCulture, $"items[{i}]");
                var def = list.FirstOrDefault(x => x.Code == code);
                if (def is null) { errors.Add($"{field}.code", $"检查项目“{code}”不在{Checklists.NameOf(kind)}中"); continue; }
                if (!seen.Add(code)) { errors.Add($"{field}.code", $"检查项目 {code} 重复填写"); continue; }
                var result = SupervisionRules.ParseResult(it!.Result?.Trim());
                if (result is null) { errors.Add($"{field}.result", $"检查项目 {code} 的结果应为符合、不符合或不适用"); continue; }
                if (result == ItemResult.Fail && string.IsNullOrWhiteSpace(it.Note)) errors.Add($"{field}.note", $"检查项目 {code} 不符合，须写明存在的问题");
                if (it.Note?.Trim().Length > 300) errors.Add($"{field}.note", $"检查项目 {code} 的说明不能超过 300 个字符");
                items.Add(new DrugInspectionItem { ItemCode = code, Result = result.Value, Note = Trim(it.Note) });
            }

            var missing = list.Where(x => !seen.Contains(x.Code)).Select(x => x.Code).ToList();
            if (missing.Count > 0 && b is not null) errors.Add("items", $"以下检查项目未填写结果：{string.Join("、", missing)}");
        }

        var failed = items.Count(x => x.Result == ItemResult.Fail);
        var failedKey = items.Count(x => x.Result == ItemResult.Fail && list.First(d => d.Code == x.ItemCode).Key);
        if (errors.Count == 0 && SupervisionRules.CheckConclusion(conclusion!.Value, failed, failedKey) is { } wrong) errors.Add("conclusion", wrong);
        if (conclusion == InspectionConclusion.Case && string.IsNullOrWhiteSpace(cmd.Findings)) errors.Add("findings", "立案查处须写明涉嫌违法的事实");
        if (errors.Count > 0) return Result<InspectionView>.Invalid(errors.ToDictionary());

        var grid = await db.GridAssignments.Where(a => a.BusinessId == b!.Id).Select(a => (long?)a.GridId).FirstOrDefaultAsync(ct);
        var x = new DrugInspection
        {
            Number = await NextNumberAsync(on.Year, ct),
            BusinessId = b!.Id,
            BusinessName = b.Name,
            Uscc = b.Uscc,
            BusinessKind = b.Kind,
            DivisionCode = b.DivisionCode,
            GridId = grid,
            Checklist = kind,
            InspectedOn = on,
            Officer1 = cmd.Officer1!.Trim(),
            Officer2 = cmd.Officer2!.Trim(),
            FailedItems = failed,
            FailedKeyItems = failedKey,
            Conclusion = conclusion!.Value,
            Findings = Trim(cmd.Findings),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = actor.Current.Name,
            Items = items,
        };
        if (x.Conclusion == InspectionConclusion.Rectify)
        {
            x.Rectify = RectifyState.Pending;
            x.RectifyDueOn = SupervisionRules.RectifyDue(on, rules, calendar);
            x.RecheckDueOn = SupervisionRules.RecheckDue(x.RectifyDueOn.Value, rules, calendar);
        }

        db.Inspections.Add(x);
        db.Audit("drugs.inspection.recorded", InspectionRecord, x.Number, null,
            new { x.BusinessName, x.InspectedOn, Conclusion = SupervisionRules.ConclusionName(x.Conclusion), x.FailedItems, x.FailedKeyItems, x.RectifyDueOn },
            x.DivisionCode);
        if (x.Conclusion != InspectionConclusion.Case) await db.SaveChangesAsync(ct);
        else
        {
            // the clue names the inspection's id: the record and its clue are written in one transaction
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            RaiseClue(x, $"监督检查发现涉嫌违法：{x.Findings}", on);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        return (await queries.InspectionAsync(x.Id, ct))!;
    }

    public async Task<Result<InspectionView>> RecheckAsync(long id, RecordRecheck cmd, CancellationToken ct)
    {
        var x = await db.Inspections.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (x is null) return Result<InspectionView>.NotFound($"检查记录 {id} 不存在或不在您的管辖范围内");
        if (x.Rectify != RectifyState.Pending)
            return Result<InspectionView>.Invalid("status", $"该检查{(x.Rectify == RectifyState.None ? "无须整改" : $"已{SupervisionRules.RectifyName(x.Rectify)}")}，不能登记复查");
        var errors = new FieldErrors();
        var today = clock.Today();
        var on = cmd.RecheckedOn ?? today;
        if (on < x.InspectedOn || on > today) errors.Add("recheckedOn", $"复查日期应在检查之日 {x.InspectedOn:yyyy-MM-dd} 与今天之间");
        if (cmd.Passed is null) errors.Add("passed", "请选择复查结论：整改到位或未整改到位");
        if (cmd.Passed == false) errors.Require("note", cmd.Note, "未整改到位的情况", 500);
        else if (cmd.Note?.Trim().Length > 500) errors.Add("note", "复查说明不能超过 500 个字符");
        if (errors.Count > 0) return Result<InspectionView>.Invalid(errors.ToDictionary());
        x.RecheckOn = on;
        x.RecheckNote = Trim(cmd.Note);
        x.Rectify = cmd.Passed == true ? RectifyState.Passed : RectifyState.Failed;
        if (x.Rectify == RectifyState.Failed) RaiseClue(x, $"限期整改（期限 {x.RectifyDueOn:yyyy-MM-dd}）后复查仍未整改到位：{x.RecheckNote}", on);
        db.Audit("drugs.inspection.rechecked", InspectionRecord, x.Number, null, new { x.RecheckOn, Result = SupervisionRules.RectifyName(x.Rectify), x.RecheckNote },
            x.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await queries.InspectionAsync(x.Id, ct))!;
    }

    /// <summary>限期整改 past its 复查 deadline without a 复查: marked overdue with a case clue (the nightly job; also on demand).</summary>
    public async Task<int> SweepOverdueAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var overdue = await db.Inspections.Where(i => i.Rectify == RectifyState.Pending && i.RecheckDueOn < today).OrderBy(i => i.Id).Take(500).ToListAsync(ct);
        foreach (var x in overdue)
        {
            x.Rectify = RectifyState.Overdue;
            RaiseClue(x, $"限期整改（期限 {x.RectifyDueOn:yyyy-MM-dd}）逾期未复查（复查期限 {x.RecheckDueOn:yyyy-MM-dd}），企业是否整改不明", today);
            db.Audit("drugs.inspection.overdue", InspectionRecord, x.Number, null, new { x.RectifyDueOn, x.RecheckDueOn }, x.DivisionCode);
        }

        await db.SaveChangesAsync(ct);
        return overdue.Count;
    }

    /// <summary>One clue per inspection (the cases module also keys on source kind + id).</summary>
    private void RaiseClue(DrugInspection x, string why, DateOnly on)
    {
        if (x.ClueRaisedAt is not null) return;
        x.ClueRaisedAt = clock.GetUtcNow();
        var failedItems = x.Items.Count > 0
            ? string.Join("；", x.Items.Where(i => i.Result == ItemResult.Fail).Select(i => $"{i.ItemCode} {Checklists.Of(x.Checklist).First(d => d.Code == i.ItemCode).Text}（{i.Note}）"))
            : $"不符合 {x.FailedItems} 项（关键项目 {x.FailedKeyItems} 项）";
        var facts = $"{DrugBusinessNames.Of(x.BusinessKind)}{x.BusinessName} {x.InspectedOn:yyyy-MM-dd} 监督检查（{x.Number}，{x.Officer1}、{x.Officer2}）：{why}。不符合项目：{failedItems}";
        db.Publish(new DrugCaseClue("inspection", x.Id, x.Number, x.Uscc, x.BusinessName, Cut(facts, 2000), on, actor.Current.ShownName, x.DivisionCode,
            actor.Current.OrgUnitId));
    }

    // ── vaccines ──────────────────────────────────────────────────────────────────────────────────────────────────────────

    public async Task<Result<VaccinationPointRow>> CreatePointAsync(CreateVaccinationPoint cmd, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Require("name", cmd.Name, "接种单位名称", 200);
        errors.Require("address", cmd.Address, "地址", 300);
        errors.Require("kind", cmd.Kind, "单位类别", 30);
        var division = cmd.DivisionCode?.Trim();
        if (string.IsNullOrEmpty(division)) errors.Add("divisionCode", "区县不能为空");
        else if (!DivisionTable.Default.IsKnown(division)) errors.Add("divisionCode", $"区划代码 {division} 无效");
        else if (!actor.Current.Jurisdiction.Covers(division)) errors.Add("divisionCode", $"区划 {division} 不在您的管辖范围内");
        if (errors.Count > 0) return Result<VaccinationPointRow>.Invalid(errors.ToDictionary());
        var p = new VaccinationPoint { Name = cmd.Name!.Trim(), DivisionCode = division!, Address = cmd.Address!.Trim(), Kind = cmd.Kind!.Trim(), CreatedAt = clock.GetUtcNow() };
        db.VaccinationPoints.Add(p);
        await db.SaveChangesAsync(ct);
        return new VaccinationPointRow(p.Id, p.Name, p.DivisionCode, p.Address, p.Kind, null, null, 0);
    }

    public async Task<Result<VaccineCheckRow>> RecordVaccineCheckAsync(RecordVaccineCheck cmd, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var today = clock.Today();
        VaccinationPoint? p = null;
        if (cmd.PointId is not { } pid) errors.Add("pointId", "接种单位不能为空");
        else if ((p = await db.VaccinationPoints.SingleOrDefaultAsync(x => x.Id == pid, ct)) is null) errors.Add("pointId", $"接种单位 {pid} 不存在或不在您的管辖范围内");
        var on = cmd.CheckedOn ?? today;
        if (on > today || on < today.AddYears(-1)) errors.Add("checkedOn", "检查日期应在一年前至今天之间");
        errors.Require("officer1", cmd.Officer1, "第一名执法人员", 50);
        errors.Require("officer2", cmd.Officer2, "第二名执法人员", 50);
        if (Trim(cmd.Officer1) is { } o1 && o1 == Trim(cmd.Officer2)) errors.Add("officer2", "第二名执法人员不能与第一名相同");
        if (cmd.MinTemperature is not { } lo || lo < -40 || lo > 40) errors.Add("minTemperature", "冷藏设备最低温度应为 -40 至 40 ℃ 之间的读数");
        if (cmd.MaxTemperature is not { } hi || hi < -40 || hi > 40) errors.Add("maxTemperature", "冷藏设备最高温度应为 -40 至 40 ℃ 之间的读数");
        else if (cmd.MinTemperature is { } l && l > hi) errors.Add("maxTemperature", "最高温度不能低于最低温度");
        if (cmd.RecordsComplete is null) errors.Add("recordsComplete", "请选择温度监测记录是否完整");
        if (cmd.TraceScanned is null) errors.Add("traceScanned", "请选择疫苗追溯码是否按规定扫码");
        if (cmd.ExpiredDoses is < 0 or > 100000) errors.Add("expiredDoses", "过期疫苗剂数应为 0 至 100000");
        if (cmd.Note?.Trim().Length > 300) errors.Add("note", "说明不能超过 300 个字符");
        if (errors.Count > 0) return Result<VaccineCheckRow>.Invalid(errors.ToDictionary());
        var findings = SupervisionRules.VaccineFindings(cmd.MinTemperature!.Value, cmd.MaxTemperature!.Value, cmd.RecordsComplete!.Value, cmd.TraceScanned!.Value,
            cmd.ExpiredDoses ?? 0, on, rules);
        var c = new VaccineCheck
        {
            PointId = p!.Id,
            PointName = p.Name,
            DivisionCode = p.DivisionCode,
            CheckedOn = on,
            Officer1 = cmd.Officer1!.Trim(),
            Officer2 = cmd.Officer2!.Trim(),
            MinTemperature = cmd.MinTemperature.Value,
            MaxTemperature = cmd.MaxTemperature.Value,
            RecordsComplete = cmd.RecordsComplete.Value,
            TraceScanned = cmd.TraceScanned.Value,
            ExpiredDoses = cmd.ExpiredDoses ?? 0,
            Passed = findings.Count == 0,
            Findings = Cut(findings.Count == 0 ? "符合要求" + (Trim(cmd.Note) is { } n ? $"；{n}" : "") : string.Join("；", findings) + (Trim(cmd.Note) is { } m ? $"；{m}" : ""), 500),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = actor.Current.Name,
        };
        if (!c.Passed)
        {
            c.Rectify = RectifyState.Pending;
            c.RectifyDueOn = SupervisionRules.RectifyDue(on, rules, calendar);
        }

        db.VaccineChecks.Add(c);
        db.Audit("drugs.vaccine.checked", VaccineRecord, p.Name, null, new { c.CheckedOn, c.Passed, c.Findings, c.RectifyDueOn }, c.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await queries.VaccineCheckAsync(c.Id, ct))!;
    }

    public async Task<Result<VaccineCheckRow>> RecheckVaccineAsync(long id, RecordRecheck cmd, CancellationToken ct)
    {
        var c = await db.VaccineChecks.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Result<VaccineCheckRow>.NotFound($"疫苗储存检查 {id} 不存在或不在您的管辖范围内");
        if (c.Rectify != RectifyState.Pending) return Result<VaccineCheckRow>.Invalid("status", "该检查无待复查的整改");
        var errors = new FieldErrors();
        var today = clock.Today();
        var on = cmd.RecheckedOn ?? today;
        if (on < c.CheckedOn || on > today) errors.Add("recheckedOn", $"复查日期应在检查之日 {c.CheckedOn:yyyy-MM-dd} 与今天之间");
        if (cmd.Passed is null) errors.Add("passed", "请选择复查结论：整改到位或未整改到位");
        if (cmd.Passed == false) errors.Require("note", cmd.Note, "未整改到位的情况", 500);
        if (errors.Count > 0) return Result<VaccineCheckRow>.Invalid(errors.ToDictionary());
        c.RecheckOn = on;
        c.RecheckNote = Trim(cmd.Note);
        c.Rectify = cmd.Passed == true ? RectifyState.Passed : RectifyState.Failed;
        db.Audit("drugs.vaccine.rechecked", VaccineRecord, c.PointName, null, new { c.RecheckOn, Result = SupervisionRules.RectifyName(c.Rectify), c.RecheckNote },
            c.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await queries.VaccineCheckAsync(c.Id, ct))!;
    }

    // ── helpers ───────────────────────────────────────────────────────────────────────────────────────────────────────────

    private async Task<StaffView?> OfficerAsync(string? userName, FieldErrors errors, CancellationToken ct)
    {
        var name = Trim(userName);
        if (name is null) return null;
        var all = await staff.ListAsync(null, ct);
        var s = all.FirstOrDefault(x => string.Equals(x.UserName, name, StringComparison.OrdinalIgnoreCase) && x.Active);
        if (s is null) errors.Add("officer", $"监管责任人“{name}”不是本局在岗工作人员");
        return s;
    }

    private Task<string> NextNumberAsync(int year, CancellationToken ct) =>
        YearlyNumbers.NextAsync(db.Inspections.IgnoreQueryFilters().Select(x => x.Number), "YJ", year, ct);

    private static string Normalize(string? streets) =>
        string.Join("、", (streets ?? "").Split(['、', ',', '，', ';', '；', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    internal static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}
