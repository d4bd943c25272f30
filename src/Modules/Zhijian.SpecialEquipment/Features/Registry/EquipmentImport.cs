using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Import;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Registry;

namespace Zhijian.SpecialEquipment.Features.Registry;

internal sealed record EquipmentImportSummary(int Rows, int Created);

/// <summary>
/// 特种设备批量导入 (设备台账, e.g. from an installation-notice system): XLSX or CSV with the template's headers through the platform's
/// import kit, at most 10,000 rows per file; every row checked like <see cref="EquipmentRegistry.CreateAsync"/> (code, 品种, user in
/// the registry and active, division in the caller's jurisdiction, parameters), codes unique in the file and the registry; all rows
/// or none. Set-based: the users and existing codes are read in one query each; rows are inserted with one save (imported equipment
/// is 未登记 — the 使用登记 is a separate step), one audit entry per file, one history line per row.
/// </summary>
internal sealed class EquipmentImport(EquipmentDbContext db, ActorContext actor, IEntityDirectory entities, IRuleBook rules, TimeProvider clock)
{
    private const int Code = 0, Variety = 1, UserUscc = 2, Division = 3, Address = 4, Place = 5, InternalNo = 6, Maker = 7, Model = 8, FactoryNo = 9,
        MadeOn = 10, Installer = 11, FirstUse = 12, Supervision = 13, Grade = 14, Parameters = 15, Insurer = 16, InsuredUntil = 17;

    public static readonly ImportTemplate Template = new("sequip-equipment",
    [
        new("设备代码", true, "18 位设备代码或 20 位旧注册代码") { Field = "code" },
        new("品种代码", false, "设备代码为类别代码或旧注册代码时填写品种，如 3110") { Field = "variety" },
        new("使用单位统一社会信用代码", true, "须为市场主体库中存续的主体") { Field = "userUscc" },
        new("使用地点行政区划代码", true, "县级 6 位或乡镇级 9 位，如 370102") { Field = "divisionCode" },
        new("使用地点", true, "详细地址") { Field = "address", MaxLength = 300 },
        new("使用场所", false, "住宅、商场、医院、学校、办公楼、公共交通、工厂、其他") { Field = "place", MaxLength = 40 },
        new("单位内部编号", false) { Field = "internalNo", MaxLength = 60 },
        new("制造单位", true) { Field = "makerName", MaxLength = 200 },
        new("型号", false) { Field = "model", MaxLength = 100 },
        new("产品编号", false) { Field = "factoryNo", MaxLength = 60 },
        new("制造日期", false, "yyyy-MM-dd") { Field = "madeOn" },
        new("安装单位", false) { Field = "installerName", MaxLength = 200 },
        new("投入使用日期", false, "yyyy-MM-dd") { Field = "firstUseOn" },
        new("监督检验年月", false, "yyyy-MM-dd（取当月）") { Field = "supervisionMonth" },
        new("安全状况等级", false, "固定式压力容器必填 1–5") { Field = "safetyGrade" },
        new("技术参数", false, "键=值，用“；”分隔，如 ratedLoad=1000；ratedSpeed=1.75；stops=18（各品种的参数见 /api/v1/equipment/catalog）") { Field = "parameters" },
        new("保险公司", false, "电梯安全责任保险") { Field = "insurer", MaxLength = 200 },
        new("保险期至", false, "yyyy-MM-dd") { Field = "insuredUntil" },
    ])
    {
        Limits = ImportLimits.Default with { MaxRows = 10_000 },
        MaxBytes = 64L * 1024 * 1024,
    };

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/import", Import).AsFileImport(g, "/import", Template, SequipAccess.RegistryWritePolicy, "特种设备",
            "导入特种设备台账（XLSX 或 CSV：UTF-8 / GB18030；每个文件至多 10,000 行；全部通过校验才入库，逐行报告错误）",
            Example);

    private static readonly string?[] Example =
        ["311037001202500001", null, "91370102MA3C000001", "370102", "历下区泉城路 1 号泉城广场 3 号楼", "商场", "3号楼1号梯", "某某电梯有限公司", "TKJ1000/1.75-JXW", "F2025001",
            "2025-06-01", "某某电梯安装有限公司", "2025-11-20", "2025-11-01", null, "ratedLoad=1000；ratedSpeed=1.75；stops=18", "某某财产保险股份有限公司", "2026-12-31"];

    private static Task<Results<Ok<EquipmentImportSummary>, ProblemHttpResult>> Import(HttpRequest request, string? encoding, ImportKit kit, EquipmentImport import,
        CancellationToken ct) =>
        kit.RunFileAsync<EquipmentImportSummary>(request, Template, encoding, (path, errors) => import.ImportAsync(path, encoding, errors, ct), ct);

    /// <summary>The console's import: the summary, or every error found (nothing written).</summary>
    public Task<(EquipmentImportSummary? Summary, IReadOnlyList<ImportRowError> Errors)> ImportAsync(string path, string? encoding, CancellationToken ct) =>
        ImportErrors.ListAsync(Template, errors => ImportAsync(path, encoding, errors, ct));

    private sealed record Row(ImportRecord R, EquipmentCodeInfo? Info, EquipmentVariety? Variety, string? Uscc, Equipment Draft);

    /// <summary>Reads and checks every row into <paramref name="errors"/>; writes all rows when there is none (the summary), else nothing (null).</summary>
    public async Task<EquipmentImportSummary?> ImportAsync(string path, string? encoding, ImportErrors errors, CancellationToken ct)
    {
        var a = actor.Current;
        if (!EquipmentRegistry.CanWrite(a)) throw new TabularFileException("只有登记人员、科室负责人可以导入特种设备");
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var rows = new List<Row>();
        var firstLine = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var r in Template.Read(path, encoding))
        {
            var codeText = r.Text(Code);
            EquipmentCodeInfo? info = null;
            if (codeText is null) r.Error(Code, "设备代码不能为空");
            else if ((info = EquipmentCode.Parse(codeText, today, out var codeError)) is null) r.Error(Code, codeError!);
            var variety = info?.Variety;
            if (info is not null && r.Text(Variety)?.ToUpperInvariant() is { } v && v != variety!.Code)
            {
                var asked = EquipmentCatalog.Find(v);
                if (asked is null || asked.Level < 2) r.Error(Variety, $"品种代码“{v}”不在《特种设备目录》中");
                else if (variety.Level == 3 || !EquipmentCatalog.IsUnder(asked.Code, variety.Code)) r.Error(Variety, $"品种“{asked.Name}”与设备代码中的品种“{variety.Name}”不一致");
                else variety = asked;
            }

            var uscc = r.Text(UserUscc)?.ToUpperInvariant();
            if (uscc is null) r.Error(UserUscc, "使用单位统一社会信用代码不能为空");
            var division = r.Text(Division);
            if (division is null) r.Error(Division, "使用地点行政区划代码不能为空");
            else if (division.Length < 6 || division.EndsWith("0000", StringComparison.Ordinal) || !DivisionTable.Default.IsKnown(division))
                r.Error(Division, $"“{division}”不是现行的县级（或乡镇级）行政区划代码");
            else if (!a.Jurisdiction.Covers(division)) r.Error(Division, $"{DivisionTable.Default.FullName(division)}不在您的管辖范围内");
            if (r.Text(Address) is null) r.Error(Address, "使用地点不能为空");
            if (r.Text(Maker) is null) r.Error(Maker, "制造单位不能为空");
            var made = r.Date(MadeOn);
            if (made > today) r.Error(MadeOn, "制造日期不能晚于今天");
            var firstUse = r.Date(FirstUse);
            var supervision = r.Date(Supervision) is { } s ? new DateOnly(s.Year, s.Month, 1) : (DateOnly?)null;
            if (supervision > today) r.Error(Supervision, "监督检验年月不能晚于本月");
            var grade = r.Number(Grade, t => $"安全状况等级“{t}”应为 1–5 的整数");
            var parameters = ParseParameters(r.Text(Parameters));
            if (variety is not null)
            {
                var fixedVessel = EquipmentCatalog.IsUnder(variety.Code, "2100");
                if (fixedVessel && grade is null && !r.HasErrorIn(Grade)) r.Error(Grade, "固定式压力容器须填写安全状况等级（1–5 级）");
                else if (!fixedVessel && grade is not null) r.Error(Grade, "只有固定式压力容器填写安全状况等级");
                else if (grade is { } g && (g < 1 || g > 5 || g != decimal.Truncate(g))) r.Error(Grade, "安全状况等级应为 1–5 级");
                foreach (var (_, m) in RegistryRules.CheckParameters(variety.Code, parameters)) r.Error(Parameters, m);
            }

            var insuredUntil = r.Date(InsuredUntil);
            if (insuredUntil is not null && r.Text(Insurer) is null) r.Error(Insurer, "填写了保险期至须同时填写保险公司");
            if (info is not null && !firstLine.TryAdd(info.Code, r.Line)) r.Error(Code, $"与第 {firstLine[info.Code]} 行的设备代码重复");
            var registrationDays = firstUse is { } f ? rules.GetPeriod("sequip.registration-days", f).Count : 0;
            var draft = new Equipment
            {
                Code = info?.Code ?? "",
                LegacyCode = info?.Legacy ?? false,
                Category = variety?.Category ?? EquipmentCategory.Elevator,
                Variety = variety?.Code ?? "",
                UserUscc = uscc ?? "",
                UserName = "",
                DivisionCode = division ?? "",
                Address = r.Text(Address) ?? "",
                Place = r.Text(Place),
                InternalNo = r.Text(InternalNo),
                MakerName = r.Text(Maker) ?? "",
                Model = r.Text(Model),
                FactoryNo = r.Text(FactoryNo),
                MadeOn = made,
                InstallerName = r.Text(Installer),
                FirstUseOn = firstUse,
                RegistrationDueOn = firstUse is { } fu ? RegistryRules.RegistrationDue(fu, registrationDays) : null,
                SupervisionMonth = supervision,
                SafetyGrade = grade is { } gg ? (int)gg : null,
                Parameters = variety is null ? "{}" : EquipmentRegistry.ParametersJson(variety.Code, parameters),
                GasKind = variety is null ? null : RegistryRules.GasKindOf(variety.Code, parameters.GetValueOrDefault("medium")),
                Insurer = r.Text(Insurer),
                InsuredUntil = insuredUntil,
                Status = EquipmentStatus.Unregistered,
                CreatedAt = now,
                UpdatedAt = now,
            };
            rows.Add(new Row(r, info, variety, uscc, draft));
        }

        var usccs = rows.Where(x => x.Uscc is not null).Select(x => x.Uscc!).Distinct(StringComparer.Ordinal).ToList();
        var users = (await entities.FindManyAsync(usccs, ct)).ToDictionary(u => u.Uscc, StringComparer.Ordinal);
        var codes = rows.Where(x => x.Info is not null).Select(x => x.Info!.Code).ToList();
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in codes.Chunk(1000))
            existing.UnionWith(await db.Equipment.IgnoreQueryFilters().Where(e => chunk.Contains(e.Code)).Select(e => e.Code).ToListAsync(ct));
        foreach (var row in rows)
        {
            if (row.Info is not null && existing.Contains(row.Info.Code)) row.R.Error(Code, $"设备代码 {row.Info.Code} 已在设备台账中");
            if (row.Uscc is not null)
            {
                if (!users.TryGetValue(row.Uscc, out var user)) row.R.Error(UserUscc, $"使用单位“{row.Uscc}”不在市场主体库中（或不在您的管辖范围内）");
                else if (user.Status != EntityStatus.Active) row.R.Error(UserUscc, $"使用单位“{user.Name}”已不在营，不能作为使用单位");
                else row.Draft.UserName = user.Name;
            }

            errors.AddRange(row.R.Errors);
        }

        if (errors.Count > 0) return null;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Equipment.AddRange(rows.Select(x => x.Draft));
        await db.SaveChangesAsync(ct);
        var who = a.ShownName;
        db.EquipmentChanges.AddRange(rows.Select(x => new EquipmentChange
        {
            EquipmentId = x.Draft.Id,
            At = now,
            Kind = "imported",
            Actor = who,
            Text = $"导入入台账：{x.Variety!.Name}，使用单位 {x.Draft.UserName}，{x.Draft.Address}",
        }));
        var first = rows[0].Draft.DivisionCode;
        db.Audit("sequip.equipment.imported", "EquipmentImport", now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), null,
            new { Rows = rows.Count, Codes = rows.Count <= 20 ? string.Join("、", rows.Select(x => x.Draft.Code)) : $"{rows[0].Draft.Code} 等 {rows.Count} 台" },
            rows.All(x => x.Draft.DivisionCode == first) ? first : null);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new EquipmentImportSummary(rows.Count, rows.Count);
    }

    internal static Dictionary<string, string> ParseParameters(string? text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (text is null) return result;
        foreach (var part in text.Split(['；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var i = part.IndexOfAny(['=', '＝']);
            if (i > 0) result[part[..i].Trim()] = part[(i + 1)..].Trim();
        }

        return result;
    }
}
