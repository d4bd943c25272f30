using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Zhijian.Dashboard.Data;
using Zhijian.Dashboard.Domain;
using Zhijian.Dashboard.Features.Compute;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Import;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Dashboard.Features.Plans;

/// <summary>常住人口 of a division in a year.</summary>
internal sealed record PopulationInput(string? Division, int Year, long? Residents, string? Source);

/// <summary>A new plan (规划) defined by a bureau.</summary>
internal sealed record CreatePlan(string? Code, string? Name, string? Locality, int StartYear, int EndYear);

/// <summary>An indicator as entered in the console or one row of an import file (texts as written).</summary>
internal sealed record IndicatorInput(string? Code, string? Category, string? Name, string? Unit, string? BaseYear, string? BaseValue,
    string? TargetYear, string? TargetValue, string? Comparator, string? Constraint, string? Accumulation, string? Formula,
    string? WarningMargin, string? Quote);

/// <summary>规划与指标登记: the built-in seed plans, bureaus' own plans, their indicators, imports and attachments.</summary>
internal sealed class PlanService(DashboardDbContext db, ActorContext actor, MeasureCatalog catalog, DivisionTable divisions, TimeProvider clock)
{
    /// <summary>Import template columns (order = template order).</summary>
    public static readonly IReadOnlyList<(string Header, bool Required)> Columns =
    [
        ("指标编码", true), ("类别", false), ("指标名称", true), ("单位", true), ("基期年份", false), ("基期值", false), ("目标年份", false),
        ("目标值", false), ("比较符", true), ("指标属性", false), ("统计方式", false), ("计算公式", false), ("预警幅度", false), ("来源原文", false),
    ];

    /// <summary>Creates the built-in plans (the five seeds and the standard set) and the census population figures when missing.</summary>
    public async Task EnsureBuiltinAsync(CancellationToken ct)
    {
        // Once per database per process: every plan read passes here, the seeds do not change at run time.
        var key = db.Database.GetConnectionString() ?? "";
        if (Ensured.ContainsKey(key)) return;
        await CreateBuiltinAsync(ct);
        Ensured.TryAdd(key, true);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Ensured = new(StringComparer.Ordinal);

    private async Task CreateBuiltinAsync(CancellationToken ct)
    {
        var have = await db.Plans.Where(p => p.Builtin).Select(p => p.Code).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var (code, name, locality, start, end, prefix) in SeedPlans.Plans.Where(p => !have.Contains(p.Code)))
        {
            db.Plans.Add(new Plan
            {
                Code = code,
                Name = name,
                Locality = locality,
                StartYear = start,
                EndYear = end,
                Builtin = true,
                CreatedBy = "system",
                CreatedAt = now,
                Source = code == SeedPlans.Standard ? "智监内置" : "seed-indicators.csv（各地“十四五”市场监管规划原文）",
                Indicators = SeedPlans.IndicatorsOf(code, prefix),
            });
        }

        var years = await db.Populations.Select(p => p.DivisionCode + ":" + p.Year).ToListAsync(ct);
        foreach (var p in CensusPopulation.Rows.Where(p => !years.Contains(p.DivisionCode + ":" + p.Year)))
        {
            db.Populations.Add(new Population { DivisionCode = p.DivisionCode, Year = p.Year, Residents = p.Residents, Source = p.Source });
        }

        if (db.ChangeTracker.HasChanges())
        {
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear(); // another request created them first (unique plan code)
            }
        }
    }

    /// <summary>The plans the caller may see: built-in ones and those of bureaus above or inside the caller's jurisdiction.</summary>
    public async Task<IReadOnlyList<Plan>> ListAsync(CancellationToken ct)
    {
        await EnsureBuiltinAsync(ct);
        var plans = await db.Plans.AsNoTracking().Include(p => p.Indicators).OrderByDescending(p => p.Builtin).ThenBy(p => p.Id).ToListAsync(ct);
        return [.. plans.Where(Visible)];
    }

    public async Task<Plan?> FindAsync(string codeOrId, CancellationToken ct)
    {
        await EnsureBuiltinAsync(ct);
        var plan = int.TryParse(codeOrId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await db.Plans.AsNoTracking().Include(p => p.Indicators).FirstOrDefaultAsync(p => p.Id == id, ct)
            : await db.Plans.AsNoTracking().Include(p => p.Indicators).FirstOrDefaultAsync(p => p.Code == codeOrId, ct);
        if (plan is null || !Visible(plan)) return null;
        plan.Indicators = [.. plan.Indicators.OrderBy(i => i.Order)];
        return plan;
    }

    /// <summary>The code of the plan an indicator belongs to (null: no such indicator).</summary>
    public async Task<string?> PlanCodeOfAsync(int indicatorId, CancellationToken ct)
    {
        var planId = await db.Indicators.AsNoTracking().Where(i => i.Id == indicatorId).Select(i => (int?)i.PlanId).FirstOrDefaultAsync(ct);
        return planId is null ? null : await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => p.Code).FirstOrDefaultAsync(ct);
    }

    private bool Visible(Plan p)
    {
        var a = actor.Current;
        if (p.Builtin || p.OwnerDivision is null || a.Jurisdiction.Unrestricted) return true;
        var owner = DivisionTable.ScopePrefix(p.OwnerDivision);
        return a.Jurisdiction.Prefixes.Any(x => x.StartsWith(owner, StringComparison.Ordinal) || owner.StartsWith(x, StringComparison.Ordinal));
    }

    /// <summary>The plans attached to the division or to a jurisdiction above it, in attachment order.</summary>
    public async Task<IReadOnlyList<(Plan Plan, string AttachedTo)>> AttachedAsync(string division, CancellationToken ct)
    {
        var all = await db.Attachments.IgnoreQueryFilters().AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct);
        var applicable = all.Where(a => DivisionTable.Covers(a.DivisionCode, division)).ToList();
        var plans = await ListAsync(ct);
        return [.. applicable.Select(a => (plans.FirstOrDefault(p => p.Id == a.PlanId), a.DivisionCode)).Where(x => x.Item1 is not null)
            .Select(x => (x.Item1!, x.DivisionCode)).DistinctBy(x => x.Item1.Id)];
    }

    public async Task<IReadOnlyList<PlanAttachment>> AttachmentsAsync(CancellationToken ct) =>
        await db.Attachments.AsNoTracking().OrderBy(a => a.DivisionCode).ThenBy(a => a.Id).ToListAsync(ct);

    public async Task<Result<int>> AttachAsync(int planId, string? division, CancellationToken ct)
    {
        var a = actor.Current;
        if (!DashboardAccess.CanManage(a)) return Result<int>.Forbidden("只有局领导、科室负责人或管理员可以关联规划");
        if (!divisions.IsKnown(division)) return Result<int>.Invalid("division", "行政区划代码不存在或已撤销");
        if (!a.Jurisdiction.Covers(division)) return Result<int>.Forbidden("只能为本辖区关联规划");
        var plan = await FindAsync(planId.ToString(CultureInfo.InvariantCulture), ct);
        if (plan is null) return Result<int>.NotFound("规划不存在");
        if (await db.Attachments.IgnoreQueryFilters().AnyAsync(x => x.PlanId == planId && x.DivisionCode == division, ct))
            return Result<int>.Conflict("division", "该规划已关联到此辖区");
        var att = new PlanAttachment { PlanId = planId, DivisionCode = division!, AttachedBy = a.Name, AttachedAt = clock.GetUtcNow() };
        db.Attachments.Add(att);
        db.Audit("indicators.plan-attached", "Plan", plan.Code, null, new { division }, division);
        await db.SaveChangesAsync(ct);
        return att.Id;
    }

    public async Task<Result<bool>> DetachAsync(int attachmentId, CancellationToken ct)
    {
        if (!DashboardAccess.CanManage(actor.Current)) return Result<bool>.Forbidden("只有局领导、科室负责人或管理员可以取消关联");
        var att = await db.Attachments.FirstOrDefaultAsync(x => x.Id == attachmentId, ct);
        if (att is null) return Result<bool>.NotFound("关联不存在");
        db.Attachments.Remove(att);
        db.Audit("indicators.plan-detached", "PlanAttachment", att.Id.ToString(CultureInfo.InvariantCulture), new { att.PlanId, att.DivisionCode }, null, att.DivisionCode);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>A bureau's own plan with no indicators yet (add them in the console or import them).</summary>
    public async Task<Result<Plan>> CreateAsync(CreatePlan cmd, IReadOnlyList<IndicatorInput>? indicators, string source, CancellationToken ct)
    {
        var a = actor.Current;
        if (!DashboardAccess.CanManage(a)) return Result<Plan>.Forbidden("只有局领导、科室负责人或管理员可以制定规划");
        await EnsureBuiltinAsync(ct);
        var errors = new FieldErrors()
            .Require("code", cmd.Code, "规划编码", 40)
            .Require("name", cmd.Name, "规划名称", 200)
            .Require("locality", cmd.Locality, "所属地区", 100);
        if (cmd.Code is { } c && !System.Text.RegularExpressions.Regex.IsMatch(c.Trim(), "^[a-z0-9][a-z0-9-]{1,39}$"))
            errors.Add("code", "规划编码只能由小写字母、数字和连字符组成（如 lixia-15）");
        if (cmd.StartYear is < 2016 or > 2060) errors.Add("startYear", "规划起始年份应在 2016 至 2060 之间");
        if (cmd.EndYear < cmd.StartYear || cmd.EndYear - cmd.StartYear > 15) errors.Add("endYear", "规划终止年份应不早于起始年份且规划期不超过 15 年");
        if (errors.Count > 0) return Result<Plan>.Invalid(errors.ToDictionary());
        if (await db.Plans.AnyAsync(p => p.Code == cmd.Code!.Trim(), ct)) return Result<Plan>.Conflict("code", $"规划编码“{cmd.Code!.Trim()}”已存在");

        var plan = new Plan
        {
            Code = cmd.Code!.Trim(),
            Name = cmd.Name!.Trim(),
            Locality = cmd.Locality!.Trim(),
            StartYear = cmd.StartYear,
            EndYear = cmd.EndYear,
            Source = source,
            OwnerDivision = OwnDivision(a),
            CreatedBy = a.Name,
            CreatedAt = clock.GetUtcNow(),
        };
        if (indicators is not null)
        {
            var rowErrors = new FieldErrors();
            var order = 0;
            var codes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in indicators)
            {
                order++;
                if (row.Code?.Trim() is { Length: > 0 } code && !codes.Add(code)) rowErrors.Add($"第{order + 1}行", $"指标编码“{code}”在文件中重复");
                var built = Build(row, rowErrors, $"第{order + 1}行");
                if (built is null) continue;
                built.Order = order;
                plan.Indicators.Add(built);
            }

            if (indicators.Count == 0) rowErrors.Add("file", "文件中没有指标行");
            if (rowErrors.Count > 0) return Result<Plan>.Invalid(rowErrors.ToDictionary());
        }

        db.Plans.Add(plan);
        db.Audit("indicators.plan-created", "Plan", plan.Code, null, new { plan.Name, plan.StartYear, plan.EndYear, Indicators = plan.Indicators.Count, source }, plan.OwnerDivision);
        await db.SaveChangesAsync(ct);
        return plan;
    }

    /// <summary>Imports a plan from an XLSX/CSV file in the template's layout: all rows or none, every row's errors reported.</summary>
    public async Task<Result<Plan>> ImportAsync(CreatePlan cmd, string path, string fileName, CancellationToken ct)
    {
        List<IndicatorInput> rows = [];
        try
        {
            int[]? map = null;
            foreach (var (_, cells) in TabularFile.Records(path, null))
            {
                if (map is null) { map = TabularFile.MapHeader(cells, Columns); continue; }
                string? Cell(int i) => map[i] < 0 || map[i] >= cells.Length ? null : TabularFile.Text(cells[map[i]])?.Trim();
                if (Enumerable.Range(0, Columns.Count).All(i => string.IsNullOrEmpty(Cell(i)))) continue;
                rows.Add(new IndicatorInput(Cell(0), Cell(1), Cell(2), Cell(3), Cell(4), Cell(5), Cell(6), Cell(7), Cell(8), Cell(9), Cell(10), Cell(11), Cell(12), Cell(13)));
            }

            if (map is null) return Result<Plan>.Invalid("file", "文件是空的：请使用导入模板");
        }
        catch (TabularFileException e)
        {
            return Result<Plan>.Invalid("file", e.Message);
        }

        return await CreateAsync(cmd, rows, $"导入：{fileName}", ct);
    }

    /// <summary>Adds an indicator to a bureau's plan or changes one (the seeds' own numbers are read-only; their formulas may be set).</summary>
    public async Task<Result<PlanIndicator>> SaveIndicatorAsync(int planId, int? indicatorId, IndicatorInput input, CancellationToken ct)
    {
        var a = actor.Current;
        if (!DashboardAccess.CanManage(a)) return Result<PlanIndicator>.Forbidden("只有局领导、科室负责人或管理员可以维护指标");
        var plan = await db.Plans.Include(p => p.Indicators).FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null || !Visible(plan)) return Result<PlanIndicator>.NotFound("规划不存在");
        var errors = new FieldErrors();
        var built = Build(input, errors, null);
        if (built is null) return Result<PlanIndicator>.Invalid(errors.ToDictionary());
        var existing = indicatorId is { } id ? plan.Indicators.FirstOrDefault(i => i.Id == id) : null;
        if (indicatorId is not null && existing is null) return Result<PlanIndicator>.NotFound("指标不存在");
        if (plan.Indicators.Any(i => i.Code == built.Code && i.Id != existing?.Id)) return Result<PlanIndicator>.Conflict("code", $"指标编码“{built.Code}”已存在");
        if (plan.Builtin && existing is null) return Result<PlanIndicator>.Unprocessable("内置规划的指标以规划原文为准，不能增加；请另建本局规划");
        var before = existing is null ? null : new { existing.Name, existing.TargetValue, existing.Formula };
        if (existing is null)
        {
            built.Order = plan.Indicators.Count == 0 ? 1 : plan.Indicators.Max(i => i.Order) + 1;
            plan.Indicators.Add(built);
            existing = built;
        }
        else if (plan.Builtin)
        {
            existing.Formula = built.Formula; // the plan's numbers stay the plan's own
            existing.Accumulation = built.Accumulation;
            existing.WarningMargin = built.WarningMargin;
        }
        else
        {
            built.Id = existing.Id;
            built.PlanId = existing.PlanId;
            built.Order = existing.Order;
            db.Entry(existing).CurrentValues.SetValues(built);
        }

        db.Audit("indicators.indicator-saved", "PlanIndicator", $"{plan.Code}/{existing.Code}", before, new { existing.Name, existing.TargetValue, existing.Formula }, plan.OwnerDivision);
        await db.SaveChangesAsync(ct);
        return existing;
    }

    /// <summary>常住人口 reference data, by division then year.</summary>
    public async Task<IReadOnlyList<Population>> PopulationAsync(CancellationToken ct)
    {
        await EnsureBuiltinAsync(ct);
        return await db.Populations.AsNoTracking().OrderBy(p => p.DivisionCode).ThenBy(p => p.Year).ToListAsync(ct);
    }

    /// <summary>Enters or corrects a division's resident population for a year (统计公报 figure).</summary>
    public async Task<Result<Population>> SetPopulationAsync(PopulationInput cmd, CancellationToken ct)
    {
        var a = actor.Current;
        if (!DashboardAccess.CanManage(a)) return Result<Population>.Forbidden("只有局领导、科室负责人或管理员可以维护人口参考数据");
        var errors = new FieldErrors().Require("source", cmd.Source, "数据来源", 200);
        if (!divisions.IsKnown(cmd.Division)) errors.Add("division", "行政区划代码不存在或已撤销");
        else if (!a.Jurisdiction.Covers(cmd.Division)) errors.Add("division", "只能维护本辖区的人口数据");
        if (cmd.Year is < 2000 or > 2099) errors.Add("year", "年份应在 2000 至 2099 之间");
        if (cmd.Residents is not > 0) errors.Add("residents", "常住人口应为正整数");
        if (errors.Count > 0) return Result<Population>.Invalid(errors.ToDictionary());
        var row = await db.Populations.FirstOrDefaultAsync(p => p.DivisionCode == cmd.Division && p.Year == cmd.Year, ct);
        var before = row is null ? null : new { row.Residents, row.Source };
        if (row is null) db.Populations.Add(row = new Population { DivisionCode = cmd.Division!, Year = cmd.Year });
        row.Residents = cmd.Residents!.Value;
        row.Source = cmd.Source!.Trim();
        db.Audit("indicators.population-set", "Population", $"{row.DivisionCode}/{row.Year}", before, new { row.Residents, row.Source }, row.DivisionCode);
        await db.SaveChangesAsync(ct);
        return row;
    }

    /// <summary>The import template (XLSX) with two example rows.</summary>
    public static byte[] Template()
    {
        var rows = new List<Dictionary<string, object?>>
        {
            Example("LX01", "营商环境", "新设企业网上登记率", "%", "2025", "85", "2030", "95", "≥", "约束性", "年度累计", StandardIndicators.OnlineRate, "2", "本局“十五五”规划 表1"),
            Example("LX02", "市场安全", "食品安全抽检量", "批次/千人", "2025", "4.5", "2030", "5", "≥", "约束性", "年度累计", "", "0.5", "本局“十五五”规划 表1（食品科填报）"),
        };
        using var ms = new MemoryStream();
        ms.SaveAs(rows);
        return ms.ToArray();
    }

    private static Dictionary<string, object?> Example(params string[] values) =>
        Columns.Select((c, i) => (c.Header, Value: (object?)values[i])).ToDictionary(x => x.Header, x => x.Value);

    /// <summary>Validates one indicator; adds errors under <paramref name="row"/> (import) or the field names (console).</summary>
    private PlanIndicator? Build(IndicatorInput r, FieldErrors errors, string? row)
    {
        var before = errors.Count;
        void Err(string field, string message) => errors.Add(row ?? field, message);
        if (string.IsNullOrWhiteSpace(r.Code)) Err("code", "指标编码不能为空");
        else if (r.Code.Trim().Length > 20) Err("code", "指标编码不能超过 20 个字符");
        if (string.IsNullOrWhiteSpace(r.Name)) Err("name", "指标名称不能为空");
        else if (r.Name.Trim().Length > 200) Err("name", "指标名称不能超过 200 个字符");
        var unit = r.Unit?.Trim() ?? "";
        if (unit.Length == 0) Err("unit", "单位不能为空");
        else if (!IndicatorRules.Units.Contains(unit)) Err("unit", $"单位“{unit}”不是可用的计量单位（如 %、户、件、工作日、批次/千人）");
        var comparator = IndicatorRules.ParseComparator(r.Comparator);
        if (comparator is null) Err("comparator", $"比较符“{r.Comparator}”无法识别（可用 =、≥、≤、>、<、≈）");
        var target = Number(r.TargetValue, "targetValue", "目标值");
        var baseValue = Number(r.BaseValue, "baseValue", "基期值");
        var margin = Number(r.WarningMargin, "warningMargin", "预警幅度");
        if (margin < 0) Err("warningMargin", "预警幅度不能为负数");
        if (target is { } t && IndicatorRules.Implausible(t, unit) is { } bad) Err("targetValue", $"目标值{bad}");
        var constraint = IndicatorRules.ParseConstraint(r.Constraint);
        if (!string.IsNullOrWhiteSpace(r.Constraint) && constraint == ConstraintType.None) Err("constraint", $"指标属性“{r.Constraint}”应为“约束性”或“预期性”");
        var accumulation = IndicatorRules.ParseAccumulation(r.Accumulation);
        if (accumulation is null) Err("accumulation", $"统计方式“{r.Accumulation}”应为 时点、年度累计、当月 或 规划期累计");
        string? formula = null;
        if (!string.IsNullOrWhiteSpace(r.Formula))
        {
            var parsed = catalog.Parse(r.Formula, out var error);
            if (parsed is null) Err("formula", error!);
            else formula = parsed.Text;
        }

        if (errors.Count > before) return null;
        return new PlanIndicator
        {
            Code = r.Code!.Trim(),
            Name = r.Name!.Trim(),
            Category = r.Category?.Trim() ?? "",
            Unit = unit,
            Comparator = comparator!.Value,
            Direction = IndicatorRules.DefaultDirection(comparator.Value, target),
            BaseYear = Trim(r.BaseYear, 20),
            BaseText = Trim(r.BaseValue, 40),
            BaseValue = baseValue,
            TargetYear = Trim(r.TargetYear, 30),
            TargetText = Trim(r.TargetValue, 40),
            TargetValue = target,
            Constraint = constraint,
            Accumulation = accumulation!.Value,
            Formula = formula,
            WarningMargin = margin ?? IndicatorRules.DefaultMargin(unit, target),
            Quote = Trim(r.Quote, 2000) ?? "",
        };

        decimal? Number(string? text, string field, string label)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            var v = IndicatorRules.ParseNumber(text);
            if (v is null) Err(field, $"{label}“{text}”不是数字");
            return v;
        }
    }

    private static string? Trim(string? s, int max) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().Length > max ? s.Trim()[..max] : s.Trim();

    /// <summary>The division of the caller's unit (its jurisdiction root).</summary>
    internal static string? OwnDivision(Actor a) =>
        a.Jurisdiction.Unrestricted || a.Jurisdiction.Prefixes.Length == 0 ? null : DivisionRoot(a.Jurisdiction.Prefixes[0]);

    /// <summary>A scope prefix back to a division code: "3701" → 370100, "37" → 370000, 6 or 9 digits unchanged.</summary>
    internal static string DivisionRoot(string prefix) => prefix.Length switch
    {
        2 => prefix + "0000",
        4 => prefix + "00",
        _ => prefix,
    };
}
