using Microsoft.EntityFrameworkCore;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Domain.Licences;
using Zhijian.Drugs.Domain.Supervision;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;

namespace Zhijian.Drugs.Features.Supervision;

/// <summary>The Supervision area's reads (jurisdiction-filtered by the context): grids with coverage, inspections, the due list, vaccine checks.</summary>
internal sealed class SupervisionQueries(DrugsDbContext db, TimeProvider clock)
{
    public static ChecklistView Checklist(ChecklistKind kind) =>
        new(kind switch { ChecklistKind.Pharmacy => "pharmacy", ChecklistKind.Device => "device", _ => "cosmetics" }, Checklists.NameOf(kind),
            [.. Checklists.Of(kind).Select(i => new ChecklistItemView(i.Code, i.Text, i.Key))]);

    public static ChecklistKind? ParseChecklist(string? s) => s switch
    {
        "pharmacy" => ChecklistKind.Pharmacy,
        "device" => ChecklistKind.Device,
        "cosmetics" => ChecklistKind.Cosmetics,
        _ => null,
    };

    // ── grids ─────────────────────────────────────────────────────────────────────────────────────────────────────────────

    public async Task<GridRow?> GridAsync(long id, CancellationToken ct) => await GridRows(db.Grids.Where(g => g.Id == id), ct) is [var row, ..] ? row : null;

    public async Task<GridList> GridsAsync(string? division, string? q, int page, int size, CancellationToken ct)
    {
        (page, size) = Paging(page, size);
        var grids = db.Grids.AsNoTracking();
        if (DivisionTable.IsWellFormed(division)) grids = grids.Where(g => g.DivisionCode.StartsWith(DivisionTable.ScopePrefix(division!)));
        if (!string.IsNullOrWhiteSpace(q)) grids = grids.Where(g => g.Name.Contains(q.Trim()) || g.Code.Contains(q.Trim()) || g.Streets.Contains(q.Trim()));
        var total = await grids.CountAsync(ct);
        var rows = await GridRows(grids.OrderBy(g => g.DivisionCode).ThenBy(g => g.Code).Skip((page - 1) * size).Take(size), ct);
        var coverage = await CoverageAsync(division, ct);
        return new GridList(rows, total, page, size, coverage, coverage.Sum(c => c.ActivePharmacies - c.Gridded));
    }

    /// <summary>零售药店网格化监管覆盖率 per county (active pharmacies; those in a grid that has a responsible officer).</summary>
    public async Task<IReadOnlyList<CoverageRow>> CoverageAsync(string? division, CancellationToken ct)
    {
        var pharmacies = db.Businesses.AsNoTracking().Where(b => b.Active && (b.Kind == DrugBusinessKind.RetailPharmacy || b.Kind == DrugBusinessKind.ChainStore));
        if (DivisionTable.IsWellFormed(division)) pharmacies = pharmacies.Where(b => b.DivisionCode.StartsWith(DivisionTable.ScopePrefix(division!)));
        var active = await pharmacies.GroupBy(b => b.DivisionCode.Substring(0, 6)).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        var gridded = await (from b in pharmacies
                             join a in db.GridAssignments on b.Id equals a.BusinessId
                             join g in db.Grids.IgnoreQueryFilters() on a.GridId equals g.Id
                             where g.OfficerUser != null
                             group b by b.DivisionCode.Substring(0, 6) into c
                             select new { c.Key, N = c.Count() }).ToListAsync(ct);
        var byCounty = gridded.ToDictionary(x => x.Key, x => x.N);
        return [.. active.OrderBy(a => a.Key).Select(a => new CoverageRow(a.Key, DivisionTable.Default.Find(a.Key)?.Name ?? a.Key, a.N, byCounty.GetValueOrDefault(a.Key),
            SupervisionRules.Coverage(byCounty.GetValueOrDefault(a.Key), a.N)))];
    }

    public async Task<IReadOnlyList<UnassignedRow>> UnassignedAsync(string? division, CancellationToken ct)
    {
        var q = db.Businesses.AsNoTracking().Where(b => b.Active && b.Kind != DrugBusinessKind.Wholesale && b.Kind != DrugBusinessKind.ChainHeadquarters
            && !db.GridAssignments.Any(a => a.BusinessId == b.Id));
        if (DivisionTable.IsWellFormed(division)) q = q.Where(b => b.DivisionCode.StartsWith(DivisionTable.ScopePrefix(division!)));
        var rows = await q.OrderBy(b => b.DivisionCode).ThenBy(b => b.Id).Take(200).Select(b => new { b.Id, b.Name, b.Kind, b.DivisionCode, b.Address }).ToListAsync(ct);
        return [.. rows.Select(b => new UnassignedRow(b.Id, b.Name, DrugBusinessNames.Of(b.Kind), b.DivisionCode, b.Address))];
    }

    private async Task<IReadOnlyList<GridRow>> GridRows(IQueryable<DrugGrid> grids, CancellationToken ct)
    {
        var list = await grids.AsNoTracking().ToListAsync(ct);
        var ids = list.Select(g => g.Id).ToList();
        var counts = await (from a in db.GridAssignments
                            join b in db.Businesses.IgnoreQueryFilters() on a.BusinessId equals b.Id
                            where ids.Contains(a.GridId) && b.Active
                            group b by a.GridId into c
                            select new { c.Key, All = c.Count(), Pharmacies = c.Count(x => x.Kind == DrugBusinessKind.RetailPharmacy || x.Kind == DrugBusinessKind.ChainStore) })
            .ToListAsync(ct);
        var byGrid = counts.ToDictionary(c => c.Key);
        return [.. list.Select(g => new GridRow(g.Id, g.Code, g.Name, g.DivisionCode, DivisionTable.Default.Find(g.DivisionCode)?.Name ?? g.DivisionCode, g.Streets,
            g.OfficerUser, g.OfficerName, g.GridWorker, byGrid.GetValueOrDefault(g.Id)?.All ?? 0, byGrid.GetValueOrDefault(g.Id)?.Pharmacies ?? 0))];
    }

    // ── inspections ───────────────────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>
    /// Inspections: view=recheck 待复查 (整改中) | overdue 逾期未复查 | case 立案查处 | failed 结论不为符合; conclusion, division, grid, business,
    /// q (编号、企业名称), from/to (检查日期, clamped).
    /// </summary>
    public async Task<InspectionList> InspectionsAsync(string? view, string? conclusion, string? division, long? gridId, long? businessId, string? q,
        DateOnly? from, DateOnly? to, int page, int size, CancellationToken ct)
    {
        (page, size) = Paging(page, size);
        var today = clock.Today();
        var x = db.Inspections.AsNoTracking();
        if (DivisionTable.IsWellFormed(division)) x = x.Where(i => i.DivisionCode.StartsWith(DivisionTable.ScopePrefix(division!)));
        if (gridId is { } gid) x = x.Where(i => i.GridId == gid);
        if (businessId is { } bid) x = x.Where(i => i.BusinessId == bid);
        if (SupervisionRules.ParseConclusion(conclusion) is { } c) x = x.Where(i => i.Conclusion == c);
        if (!string.IsNullOrWhiteSpace(q)) x = x.Where(i => i.Number.Contains(q.Trim()) || i.BusinessName.Contains(q.Trim()));
        if (from is { } f) x = x.Where(i => i.InspectedOn >= Clamp(f));
        if (to is { } t) x = x.Where(i => i.InspectedOn <= Clamp(t));
        x = view switch
        {
            "recheck" => x.Where(i => i.Rectify == RectifyState.Pending),
            "overdue" => x.Where(i => (i.Rectify == RectifyState.Pending && i.RecheckDueOn < today) || i.Rectify == RectifyState.Overdue),
            "case" => x.Where(i => i.ClueRaisedAt != null),
            "failed" => x.Where(i => i.Conclusion != InspectionConclusion.Compliant),
            _ => x,
        };
        var total = await x.CountAsync(ct);
        var ordered = view is "recheck" or "overdue" ? x.OrderBy(i => i.RecheckDueOn).ThenBy(i => i.Id) : x.OrderByDescending(i => i.InspectedOn).ThenByDescending(i => i.Id);
        var rows = await ordered.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new InspectionList([.. rows.Select(i => Row(i, today))], total, page, size);
    }

    public async Task<InspectionView?> InspectionAsync(long id, CancellationToken ct)
    {
        var i = await db.Inspections.AsNoTracking().Include(x => x.Items).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (i is null) return null;
        var grid = i.GridId is { } gid ? await db.Grids.IgnoreQueryFilters().Where(g => g.Id == gid).Select(g => g.Name).FirstOrDefaultAsync(ct) : null;
        var list = Checklists.Of(i.Checklist);
        var items = list.Select(d => (d, it: i.Items.FirstOrDefault(x => x.ItemCode == d.Code))).Where(p => p.it is not null)
            .Select(p => new InspectionItemView(p.d.Code, p.d.Text, p.d.Key, SupervisionRules.ResultCode(p.it!.Result), SupervisionRules.ResultName(p.it.Result), p.it.Note)).ToList();
        var today = clock.Today();
        return new InspectionView(i.Id, i.Number, i.BusinessId, i.BusinessName, i.Uscc, DrugBusinessNames.Of(i.BusinessKind), i.DivisionCode, grid, i.InspectedOn,
            i.Officer1, i.Officer2, Checklists.NameOf(i.Checklist), SupervisionRules.ConclusionCode(i.Conclusion), SupervisionRules.ConclusionName(i.Conclusion),
            i.Findings, i.FailedItems, i.FailedKeyItems, RectifyCode(i.Rectify), SupervisionRules.RectifyName(i.Rectify), i.RectifyDueOn, i.RecheckDueOn, i.RecheckOn,
            i.RecheckNote, Overdue(i, today), i.ClueRaisedAt is not null, i.ClueRaisedAt, items);
    }

    /// <summary>The inspection plan by risk grade: businesses whose next inspection is due within <paramref name="dueWithin"/> days (overdue=true: past due).</summary>
    public async Task<DueList> DueAsync(int? grade, bool? overdue, int? dueWithin, string? division, long? gridId, int page, int size, CancellationToken ct)
    {
        (page, size) = Paging(page, size);
        var today = clock.Today();
        var limit = today.AddDays(Math.Clamp(dueWithin ?? 30, 0, 3660));
        var r = db.RiskGrades.AsNoTracking();
        if (DivisionTable.IsWellFormed(division)) r = r.Where(x => x.DivisionCode.StartsWith(DivisionTable.ScopePrefix(division!)));
        if (gridId is { } gid) r = r.Where(x => db.GridAssignments.Any(a => a.BusinessId == x.BusinessId && a.GridId == gid));
        var grades = (await r.GroupBy(x => x.Grade).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
            .ToDictionary(g => SupervisionRules.GradeName(g.Key), g => g.N);
        if (grade is >= 1 and <= 4) r = r.Where(x => x.Grade == grade);
        r = overdue == true ? r.Where(x => x.NextDueOn < today) : r.Where(x => x.NextDueOn <= limit);
        var total = await r.CountAsync(ct);
        var rows = await (from x in r
                          join b in db.Businesses.IgnoreQueryFilters() on x.BusinessId equals b.Id
                          join a in db.GridAssignments on x.BusinessId equals a.BusinessId into aa
                          from a in aa.DefaultIfEmpty()
                          join g in db.Grids.IgnoreQueryFilters() on a.GridId equals g.Id into gg
                          from g in gg.DefaultIfEmpty()
                          orderby x.NextDueOn, x.Grade descending, x.BusinessId
                          select new { x, b.Name, b.Kind, Grid = g == null ? null : g.Name }).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new DueList([.. rows.Select(v => new DueRow(v.x.BusinessId, v.Name, DrugBusinessNames.Of(v.Kind), v.x.DivisionCode, v.Grid, v.x.Grade,
            SupervisionRules.GradeName(v.x.Grade), v.x.Score, v.x.Reasons, v.x.LastInspectedOn, v.x.NextDueOn, v.x.NextDueOn < today))], total, page, size, grades);
    }

    // ── vaccines ──────────────────────────────────────────────────────────────────────────────────────────────────────────

    public async Task<VaccineCheckRow?> VaccineCheckAsync(long id, CancellationToken ct)
    {
        var c = await db.VaccineChecks.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        return c is null ? null : VaccineRow(c, clock.Today());
    }

    /// <summary>Points with their last check, and checks: view=failed 不合格 | recheck 待复查 | overdue 整改逾期; division; pointId; from/to.</summary>
    public async Task<VaccineList> VaccinesAsync(string? view, string? division, long? pointId, DateOnly? from, DateOnly? to, int page, int size, CancellationToken ct)
    {
        (page, size) = Paging(page, size);
        var today = clock.Today();
        var points = db.VaccinationPoints.AsNoTracking();
        var checks = db.VaccineChecks.AsNoTracking();
        if (DivisionTable.IsWellFormed(division))
        {
            var prefix = DivisionTable.ScopePrefix(division!);
            points = points.Where(p => p.DivisionCode.StartsWith(prefix));
            checks = checks.Where(c => c.DivisionCode.StartsWith(prefix));
        }

        if (pointId is { } pid) checks = checks.Where(c => c.PointId == pid);
        if (from is { } f) checks = checks.Where(c => c.CheckedOn >= Clamp(f));
        if (to is { } t) checks = checks.Where(c => c.CheckedOn <= Clamp(t));
        checks = view switch
        {
            "failed" => checks.Where(c => !c.Passed),
            "recheck" => checks.Where(c => c.Rectify == RectifyState.Pending),
            "overdue" => checks.Where(c => c.Rectify == RectifyState.Pending && c.RectifyDueOn < today),
            _ => checks,
        };
        var total = await checks.CountAsync(ct);
        var rows = await checks.OrderByDescending(c => c.CheckedOn).ThenByDescending(c => c.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var plist = await points.OrderBy(p => p.DivisionCode).ThenBy(p => p.Id).Take(500).ToListAsync(ct);
        var pids = plist.Select(p => p.Id).ToList();
        var stats = (await db.VaccineChecks.AsNoTracking().Where(c => pids.Contains(c.PointId)).Select(c => new { c.PointId, c.CheckedOn, c.Id, c.Passed }).ToListAsync(ct))
            .GroupBy(c => c.PointId).ToDictionary(g => g.Key, g => (Last: g.OrderByDescending(c => c.CheckedOn).ThenByDescending(c => c.Id).First(), N: g.Count()));
        return new VaccineList([.. plist.Select(p => stats.TryGetValue(p.Id, out var s)
                ? new VaccinationPointRow(p.Id, p.Name, p.DivisionCode, p.Address, p.Kind, s.Last.CheckedOn, s.Last.Passed, s.N)
                : new VaccinationPointRow(p.Id, p.Name, p.DivisionCode, p.Address, p.Kind, null, null, 0))],
            [.. rows.Select(c => VaccineRow(c, today))], total, page, size);
    }

    // ── helpers ───────────────────────────────────────────────────────────────────────────────────────────────────────────

    internal static InspectionRow Row(DrugInspection i, DateOnly today) =>
        new(i.Id, i.Number, i.BusinessId, i.BusinessName, DrugBusinessNames.Of(i.BusinessKind), i.DivisionCode, i.InspectedOn, Checklists.NameOf(i.Checklist),
            SupervisionRules.ConclusionCode(i.Conclusion), SupervisionRules.ConclusionName(i.Conclusion), i.FailedItems, i.FailedKeyItems, RectifyCode(i.Rectify),
            SupervisionRules.RectifyName(i.Rectify), i.RectifyDueOn, i.RecheckDueOn, Overdue(i, today), i.ClueRaisedAt is not null);

    private static VaccineCheckRow VaccineRow(VaccineCheck c, DateOnly today) =>
        new(c.Id, c.PointId, c.PointName, c.DivisionCode, c.CheckedOn, c.Officer1, c.Officer2, c.MinTemperature, c.MaxTemperature, c.RecordsComplete, c.TraceScanned,
            c.ExpiredDoses, c.Passed, c.Findings, RectifyCode(c.Rectify), SupervisionRules.RectifyName(c.Rectify), c.RectifyDueOn, c.RecheckOn, c.RecheckNote,
            c.Rectify == RectifyState.Pending && c.RectifyDueOn < today);

    private static bool Overdue(DrugInspection i, DateOnly today) =>
        i.Rectify == RectifyState.Overdue || (i.Rectify == RectifyState.Pending && i.RecheckDueOn < today);

    internal static string RectifyCode(RectifyState s) => s switch
    {
        RectifyState.None => "none",
        RectifyState.Pending => "pending",
        RectifyState.Passed => "passed",
        RectifyState.Failed => "failed",
        _ => "overdue",
    };

    private static DateOnly Clamp(DateOnly d) => d < new DateOnly(2000, 1, 1) ? new DateOnly(2000, 1, 1) : d > new DateOnly(2100, 1, 1) ? new DateOnly(2100, 1, 1) : d;

    private static (int Page, int Size) Paging(int page, int size) => (Math.Clamp(page, 1, 100_000), Math.Clamp(size, 1, 200));
}
