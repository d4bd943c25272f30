using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Inspections;
using Zhijian.SpecialEquipment.Domain.Maintenance;
using Zhijian.SpecialEquipment.Domain.Registry;

namespace Zhijian.SpecialEquipment.Features.Registry;

/// <summary>
/// 设备台账与使用登记: creation (with 使用登记 at once when asked), 使用登记 (number per E18, deadline per E1, late registrations
/// flagged), 变更, 停用, 重新启用, 报废, 注销. Every step validates (Chinese message naming the field), checks the status
/// transition, writes the audit entry and the change history, stages the inspection schedule through
/// <see cref="IEquipmentSchedules"/> (when the inspections area is present) and commits in one save.
/// </summary>
internal sealed class EquipmentRegistry(
    EquipmentDbContext db, ActorContext actor, IEntityDirectory entities, IRuleBook rules, IServiceProvider services, EquipmentQueries queries,
    TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static bool CanWrite(Actor a) =>
        a.IsInRole(Roles.Registrar) || SequipAccess.CanAdminister(a) || (a.IsApiClient && a.HasScope(SequipAccess.WriteScope));

    public async Task<Result<EquipmentView>> CreateAsync(CreateEquipment cmd, CancellationToken ct)
    {
        var a = actor.Current;
        if (!CanWrite(a)) return Result<EquipmentView>.Forbidden("只有登记人员、科室负责人可以登记特种设备");
        var today = clock.Today();
        var errors = new FieldErrors();
        var info = EquipmentCode.Parse(cmd.Code, today, out var codeError);
        if (info is null) errors.Add("code", codeError!);
        var variety = info is null ? null : ResolveVariety(info, cmd.Variety, cmd.Category, errors);
        var user = await UserAsync(cmd.UserUscc, "userUscc", errors, ct);
        CheckDivision(cmd.DivisionCode, a, errors);
        errors.Require("address", cmd.Address, "使用地点", 300);
        errors.Require("makerName", cmd.MakerName, "制造单位", 200);
        Optional(errors, "place", cmd.Place, "使用场所", 40);
        Optional(errors, "internalNo", cmd.InternalNo, "单位内部编号", 60);
        Optional(errors, "makerLicenceNo", cmd.MakerLicenceNo, "制造许可证编号", 60);
        Optional(errors, "model", cmd.Model, "型号", 100);
        Optional(errors, "factoryNo", cmd.FactoryNo, "产品编号", 60);
        Optional(errors, "installerName", cmd.InstallerName, "安装单位", 200);
        if (cmd.MadeOn is { } made && made > today) errors.Add("madeOn", "制造日期不能晚于今天");
        if (variety is not null)
        {
            foreach (var (k, m) in RegistryRules.CheckParameters(variety.Code, cmd.Parameters)) errors.Add(k, m);
            CheckGrade(variety, cmd.SafetyGrade, cmd.Register, errors);
        }

        CheckInsurance(cmd.Insurer, cmd.InsuredUntil, errors);
        var supervision = cmd.SupervisionMonth is { } sm ? new DateOnly(sm.Year, sm.Month, 1) : (DateOnly?)null;
        if (supervision > today) errors.Add("supervisionMonth", "监督检验年月不能晚于本月");
        var registeredOn = cmd.RegisteredOn ?? today;
        if (cmd.Register) CheckRegistration(registeredOn, cmd.FirstUseOn, supervision, cmd.NextInspectionOn, today, errors);
        var maintainerUscc = Norm(cmd.MaintainerUscc);
        var maintainers = services.GetService<IMaintainers>();
        if (maintainerUscc is not null && variety is not null) await CheckMaintainerAsync(maintainerUscc, variety.Category, maintainers, today, errors, ct);
        if (errors.Count > 0) return Result<EquipmentView>.Invalid(errors.ToDictionary());
        if (await db.Equipment.IgnoreQueryFilters().AnyAsync(e => e.Code == info!.Code, ct))
            return Result<EquipmentView>.Conflict("code", $"设备代码 {info!.Code} 已在设备台账中");

        var now = clock.GetUtcNow();
        var medium = cmd.Parameters?.GetValueOrDefault("medium");
        var equipment = new Equipment
        {
            Code = info!.Code,
            LegacyCode = info.Legacy,
            Category = variety!.Category,
            Variety = variety.Code,
            UserUscc = user!.Uscc,
            UserName = user.Name,
            DivisionCode = cmd.DivisionCode!.Trim(),
            Address = cmd.Address!.Trim(),
            Place = Norm(cmd.Place),
            InternalNo = Norm(cmd.InternalNo),
            MakerName = cmd.MakerName!.Trim(),
            MakerLicenceNo = Norm(cmd.MakerLicenceNo),
            Model = Norm(cmd.Model),
            FactoryNo = Norm(cmd.FactoryNo),
            MadeOn = cmd.MadeOn,
            InstallerName = Norm(cmd.InstallerName),
            Parameters = ParametersJson(variety.Code, cmd.Parameters),
            FirstUseOn = cmd.FirstUseOn,
            RegistrationDueOn = cmd.FirstUseOn is { } f ? RegistryRules.RegistrationDue(f, RegistrationDays(f)) : null,
            SupervisionMonth = supervision,
            SafetyGrade = cmd.SafetyGrade,
            GasKind = RegistryRules.GasKindOf(variety.Code, medium),
            NextInspectionOn = cmd.NextInspectionOn,
            Insurer = Norm(cmd.Insurer),
            InsuredUntil = cmd.InsuredUntil,
            Status = EquipmentStatus.Unregistered,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Equipment.Add(equipment);
        await db.SaveChangesAsync(ct); // the id, for the history and the seams (one transaction with the rest)
        var text = $"登记入台账：{variety.Name}，使用单位 {equipment.UserName}，{equipment.Address}";
        if (cmd.Register) text += "；" + await RegisterCoreAsync(equipment, registeredOn, ct);
        if (maintainerUscc is not null && maintainers is not null) await maintainers.StageContractAsync(equipment, maintainerUscc, registeredOn, ct);
        db.Audit("sequip.equipment.created", "Equipment", equipment.Code, null,
            new { equipment.Code, equipment.Variety, equipment.UserUscc, equipment.DivisionCode, equipment.Address, equipment.RegistrationNo, equipment.RegisteredLate },
            equipment.DivisionCode);
        History(equipment.Id, "created", text);
        await StageScheduleAsync(equipment, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (await queries.GetAsync(equipment.Code, ct))!;
    }

    public Task<Result<EquipmentView>> RegisterAsync(string code, RegisterEquipment cmd, CancellationToken ct) => Step(code, "register", async (e, today, errors) =>
    {
        var registeredOn = cmd.RegisteredOn ?? today;
        var firstUse = cmd.FirstUseOn ?? e.FirstUseOn;
        if (e.SafetyGrade == 5) errors.Add("safetyGrade", "安全状况等级为 5 级的压力容器不得使用，不能办理使用登记");
        CheckRegistration(registeredOn, firstUse, e.SupervisionMonth, cmd.NextInspectionOn ?? e.NextInspectionOn, today, errors);
        if (errors.Count > 0) return null;
        if (cmd.FirstUseOn is { } f)
        {
            e.FirstUseOn = f;
            e.RegistrationDueOn = RegistryRules.RegistrationDue(f, RegistrationDays(f));
        }

        if (cmd.NextInspectionOn is { } n) e.NextInspectionOn = n;
        var text = await RegisterCoreAsync(e, registeredOn, ct);
        return new StepDone("sequip.equipment.registered", new { e.RegistrationNo, e.RegisteredOn, e.RegisteredLate, e.RegistrationDueOn }, text);
    }, ct);

    public Task<Result<EquipmentView>> ChangeAsync(string code, ChangeEquipment cmd, CancellationToken ct) => Step(code, "change", async (e, today, errors) =>
    {
        var diffs = new List<string>();
        EntitySummary? user = null;
        if (Norm(cmd.UserUscc) is { } uscc && uscc != e.UserUscc) user = await UserAsync(uscc, "userUscc", errors, ct);
        if (Norm(cmd.DivisionCode) is { } div && div != e.DivisionCode) CheckDivision(div, actor.Current, errors);
        Optional(errors, "address", cmd.Address, "使用地点", 300);
        Optional(errors, "place", cmd.Place, "使用场所", 40);
        Optional(errors, "internalNo", cmd.InternalNo, "单位内部编号", 60);
        var variety = EquipmentCatalog.Find(e.Variety)!;
        if (cmd.Parameters is not null) foreach (var (k, m) in RegistryRules.CheckParameters(e.Variety, cmd.Parameters)) errors.Add(k, m);
        if (cmd.SafetyGrade is not null) CheckGrade(variety, cmd.SafetyGrade, e.Status == EquipmentStatus.InUse, errors);
        CheckInsurance(cmd.Insurer ?? e.Insurer, cmd.InsuredUntil ?? e.InsuredUntil, errors);
        var supervision = cmd.SupervisionMonth is { } sm ? new DateOnly(sm.Year, sm.Month, 1) : (DateOnly?)null;
        if (supervision > today) errors.Add("supervisionMonth", "监督检验年月不能晚于本月");
        var maintainerUscc = Norm(cmd.MaintainerUscc);
        var maintainers = services.GetService<IMaintainers>();
        if (maintainerUscc is not null && maintainerUscc != e.MaintainerUscc) await CheckMaintainerAsync(maintainerUscc, e.Category, maintainers, today, errors, ct);
        Optional(errors, "reason", cmd.Reason, "变更原因", 500);
        if (errors.Count > 0) return null;
        if (user is not null)
        {
            diffs.Add($"使用单位：{e.UserName} → {user.Name}");
            e.UserUscc = user.Uscc;
            e.UserName = user.Name;
        }

        Set(diffs, "属地", e.DivisionCode, Norm(cmd.DivisionCode), v => e.DivisionCode = v, DivisionName);
        Set(diffs, "使用地点", e.Address, Norm(cmd.Address), v => e.Address = v);
        Set(diffs, "使用场所", e.Place, Norm(cmd.Place), v => e.Place = v);
        Set(diffs, "单位内部编号", e.InternalNo, Norm(cmd.InternalNo), v => e.InternalNo = v);
        Set(diffs, "保险公司", e.Insurer, Norm(cmd.Insurer), v => e.Insurer = v);
        if (cmd.InsuredUntil is { } iu && iu != e.InsuredUntil)
        {
            diffs.Add($"保险期至：{e.InsuredUntil:yyyy-MM-dd} → {iu:yyyy-MM-dd}");
            e.InsuredUntil = iu;
        }

        if (supervision is { } s && s != e.SupervisionMonth)
        {
            diffs.Add($"监督检验年月：{e.SupervisionMonth:yyyy-MM} → {s:yyyy-MM}");
            e.SupervisionMonth = s;
        }

        if (cmd.SafetyGrade is { } g && g != e.SafetyGrade)
        {
            diffs.Add($"安全状况等级：{e.SafetyGrade} → {g}");
            e.SafetyGrade = g;
        }

        if (cmd.Parameters is not null)
        {
            var json = ParametersJson(e.Variety, cmd.Parameters);
            if (json != e.Parameters)
            {
                diffs.Add("技术参数：" + string.Join("，", RegistryRules.ParametersOf(e.Variety).Select(p => $"{p.Label} {cmd.Parameters.GetValueOrDefault(p.Key)?.Trim()}{p.Unit}")));
                e.Parameters = json;
                e.GasKind = RegistryRules.GasKindOf(e.Variety, cmd.Parameters.GetValueOrDefault("medium"));
            }
        }

        if (maintainerUscc is not null && maintainerUscc != e.MaintainerUscc)
        {
            diffs.Add($"维保单位：{e.MaintainerName ?? "无"} → {maintainerUscc}");
            if (maintainers is not null) await maintainers.StageContractAsync(e, maintainerUscc, today, ct);
            else e.MaintainerUscc = maintainerUscc;
        }

        if (diffs.Count == 0)
        {
            errors.Add("change", "没有需要变更的内容");
            return null;
        }

        var reason = Norm(cmd.Reason);
        return new StepDone("sequip.equipment.changed", new { Changes = diffs, Reason = reason }, "变更：" + string.Join("；", diffs) + (reason is null ? "" : $"（{reason}）"));
    }, ct);

    public Task<Result<EquipmentView>> StopAsync(string code, StopEquipment cmd, CancellationToken ct) => Step(code, "stop", (e, today, errors) =>
    {
        var on = cmd.StoppedOn ?? today;
        if (on > today) errors.Add("stoppedOn", "停用日期不能晚于今天");
        if (e.RegisteredOn is { } r && on < r) errors.Add("stoppedOn", $"停用日期不能早于使用登记日期 {r:yyyy-MM-dd}");
        errors.Require("reason", cmd.Reason, "停用原因", 500);
        if (errors.Count > 0) return Task.FromResult<StepDone?>(null);
        e.Status = EquipmentStatus.Stopped;
        e.StoppedOn = on;
        e.StopReason = cmd.Reason!.Trim();
        e.StopLongTerm = cmd.LongTerm;
        var reportDays = rules.GetInt("sequip.stop-report-days", on);
        e.StopReportedLate = cmd.LongTerm && today > on.AddDays(reportDays);
        var text = $"停用（{on:yyyy-MM-dd}）：{e.StopReason}" + (cmd.LongTerm ? "；拟停用 1 年以上，重新启用前须经定期检验" : "")
            + (e.StopReportedLate ? $"；逾期报告（应于停用后 {reportDays} 日内报告）" : "");
        return Task.FromResult<StepDone?>(new StepDone("sequip.equipment.stopped", new { e.StoppedOn, e.StopReason, e.StopLongTerm, e.StopReportedLate }, text));
    }, ct);

    public Task<Result<EquipmentView>> RestartAsync(string code, RestartEquipment cmd, CancellationToken ct) => Step(code, "restart", (e, today, errors) =>
    {
        var on = cmd.RestartedOn ?? today;
        var stopped = e.StoppedOn ?? on;
        if (on > today) errors.Add("restartedOn", "重新启用日期不能晚于今天");
        if (on < stopped) errors.Add("restartedOn", $"重新启用日期不能早于停用日期 {stopped:yyyy-MM-dd}");
        var longStop = e.StopLongTerm || on >= stopped.AddMonths(rules.GetInt("sequip.long-stop-months", on));
        if (cmd.InspectedOn is { } i && (i < stopped || i > on)) errors.Add("inspectedOn", $"定期检验日期应在停用日期 {stopped:yyyy-MM-dd} 之后、重新启用日期之前");
        else if (cmd.InspectedOn is null && longStop)
            errors.Add("inspectedOn", $"设备自 {stopped:yyyy-MM-dd} 停用 1 年以上，重新启用前须经定期检验：请填写停用后的定期检验日期");
        if (errors.Count > 0) return Task.FromResult<StepDone?>(null);
        e.Status = EquipmentStatus.InUse;
        e.InspectionRequired = cmd.InspectedOn is null;
        e.StoppedOn = null;
        e.StopLongTerm = false;
        e.StopReportedLate = false;
        var text = $"重新启用（{on:yyyy-MM-dd}），停用自 {stopped:yyyy-MM-dd}" + (cmd.InspectedOn is { } d ? $"；停用后已于 {d:yyyy-MM-dd} 经定期检验" : "；尚未经定期检验，须申请检验");
        return Task.FromResult<StepDone?>(new StepDone("sequip.equipment.restarted", new { RestartedOn = on, StoppedOn = stopped, cmd.InspectedOn, e.InspectionRequired }, text));
    }, ct);

    public Task<Result<EquipmentView>> ScrapAsync(string code, EndEquipment cmd, CancellationToken ct) => Step(code, "scrap", (e, today, errors) =>
    {
        var on = End(cmd, today, e, "scrappedOn", "报废", errors);
        if (errors.Count > 0) return Task.FromResult<StepDone?>(null);
        e.Status = EquipmentStatus.Scrapped;
        e.ScrappedOn = on;
        return Task.FromResult<StepDone?>(new StepDone("sequip.equipment.scrapped", new { ScrappedOn = on, Reason = cmd.Reason!.Trim() }, $"报废（{on:yyyy-MM-dd}）：{cmd.Reason!.Trim()}"));
    }, ct);

    public Task<Result<EquipmentView>> CancelAsync(string code, EndEquipment cmd, CancellationToken ct) => Step(code, "cancel", (e, today, errors) =>
    {
        var on = End(cmd, today, e, "cancelledOn", "注销", errors);
        if (errors.Count > 0) return Task.FromResult<StepDone?>(null);
        e.Status = EquipmentStatus.Cancelled;
        e.CancelledOn = on;
        return Task.FromResult<StepDone?>(new StepDone("sequip.equipment.cancelled", new { CancelledOn = on, e.RegistrationNo, Reason = cmd.Reason!.Trim() },
            $"注销使用登记（{on:yyyy-MM-dd}，证号 {e.RegistrationNo}）：{cmd.Reason!.Trim()}"));
    }, ct);

    private static DateOnly End(EndEquipment cmd, DateOnly today, Equipment e, string field, string what, FieldErrors errors)
    {
        var on = cmd.On ?? today;
        if (on > today) errors.Add(field, $"{what}日期不能晚于今天");
        if (e.RegisteredOn is { } r && on < r) errors.Add(field, $"{what}日期不能早于使用登记日期 {r:yyyy-MM-dd}");
        errors.Require("reason", cmd.Reason, $"{what}原因", 500);
        return on;
    }

    /// <summary>What a step did: audit action, after-state, history text.</summary>
    internal sealed record StepDone(string Action, object After, string Text);

    private async Task<Result<EquipmentView>> Step(string code, string step, Func<Equipment, DateOnly, FieldErrors, Task<StepDone?>> apply, CancellationToken ct)
    {
        if (!CanWrite(actor.Current)) return Result<EquipmentView>.Forbidden("只有登记人员、科室负责人可以办理使用登记");
        var key = EquipmentCode.Normalise(code);
        var e = await db.Equipment.SingleOrDefaultAsync(x => x.Code == key, ct);
        if (e is null) return Result<EquipmentView>.NotFound($"设备 {key} 不存在或不在您的管辖范围内");
        if (RegistryRules.CheckTransition(e.Status, step) is { } refused) return Result<EquipmentView>.Conflict("status", refused);
        var before = new { Status = RegistryRules.NameOf(e.Status), e.RegistrationNo, e.UserUscc, e.Address, e.DivisionCode };
        var errors = new FieldErrors();
        var done = await apply(e, clock.Today(), errors);
        if (done is null) return Result<EquipmentView>.Invalid(errors.Count > 0 ? errors.ToDictionary() : new FieldErrors().Add("status", "无法办理").ToDictionary());
        e.UpdatedAt = clock.GetUtcNow();
        db.Audit(done.Action, "Equipment", e.Code, before, done.After, e.DivisionCode);
        History(e.Id, step switch { "register" => "registered", "stop" => "stopped", "scrap" => "scrapped", "cancel" => "cancelled", "restart" => "restarted", _ => "changed" }, done.Text);
        await StageScheduleAsync(e, ct);
        await db.SaveChangesAsync(ct);
        return (await queries.GetAsync(e.Code, ct))!;
    }

    /// <summary>Issues the 使用登记证编号 and flags a late registration; returns the history text.</summary>
    private async Task<string> RegisterCoreAsync(Equipment e, DateOnly registeredOn, CancellationToken ct)
    {
        var prefix = RegistryRules.RegistrationPrefix(e.Variety, e.DivisionCode);
        var numbers = await db.Equipment.IgnoreQueryFilters().Where(x => x.RegistrationNo != null && x.RegistrationNo.StartsWith(prefix))
            .Select(x => x.RegistrationNo!).ToListAsync(ct);
        var serial = numbers.Count == 0 ? 1 : numbers.Max(n => RegistryRules.SerialOf(n, prefix)) + 1;
        e.RegistrationNo = RegistryRules.RegistrationNo(prefix, serial, rules.GetInt("sequip.registration-no-serial-digits", registeredOn), registeredOn);
        e.RegisteredOn = registeredOn;
        e.Status = EquipmentStatus.InUse;
        e.RegisteredLate = e.RegistrationDueOn is { } due && registeredOn > due;
        return $"使用登记，证号 {e.RegistrationNo}" + (e.RegisteredLate ? $"（逾期登记：应于 {e.RegistrationDueOn:yyyy-MM-dd} 前办理）" : "");
    }

    private void CheckRegistration(DateOnly registeredOn, DateOnly? firstUseOn, DateOnly? supervision, DateOnly? nextInspection, DateOnly today, FieldErrors errors)
    {
        if (registeredOn > today) errors.Add("registeredOn", "登记日期不能晚于今天");
        if (firstUseOn is null) errors.Add("firstUseOn", "办理使用登记须填写投入使用日期");
        if (nextInspection is { } n && n < registeredOn)
            errors.Add("nextInspectionOn", $"下次检验日期 {n:yyyy-MM-dd} 早于登记日期 {registeredOn:yyyy-MM-dd}：设备登记时已超期未检，须先经定期检验");
        else if (nextInspection is null && supervision is { } s)
        {
            var months = rules.GetInt("sequip.registration-max-inspection-age", registeredOn);
            if (s.AddMonths(months) <= registeredOn)
                errors.Add("supervisionMonth", $"监督检验年月 {s:yyyy-MM} 距登记日期已满 {months} 个月，设备登记时已超期未检：请先申请定期检验，并填写检验报告上的下次检验日期");
        }
        else if (nextInspection is null && supervision is null) errors.Add("supervisionMonth", "办理使用登记须填写监督检验年月（或最近一次检验报告的下次检验日期）");
    }

    private static void CheckGrade(EquipmentVariety variety, int? grade, bool register, FieldErrors errors)
    {
        var fixedVessel = EquipmentCatalog.IsUnder(variety.Code, "2100");
        if (fixedVessel && grade is null) errors.Add("safetyGrade", "固定式压力容器须填写安全状况等级（1–5 级）");
        else if (!fixedVessel && grade is not null) errors.Add("safetyGrade", "只有固定式压力容器填写安全状况等级");
        else if (grade is < 1 or > 5) errors.Add("safetyGrade", "安全状况等级应为 1–5 级");
        else if (grade == 5 && register) errors.Add("safetyGrade", "安全状况等级为 5 级的压力容器不得使用，不能办理使用登记");
    }

    private static void CheckInsurance(string? insurer, DateOnly? until, FieldErrors errors)
    {
        if (until is not null && string.IsNullOrWhiteSpace(insurer)) errors.Add("insurer", "填写了保险期限须同时填写保险公司");
        Optional(errors, "insurer", insurer, "保险公司", 200);
    }

    private async Task CheckMaintainerAsync(string uscc, EquipmentCategory category, IMaintainers? maintainers, DateOnly today, FieldErrors errors, CancellationToken ct)
    {
        if (await entities.FindAsync(uscc, ct) is null)
        {
            errors.Add("maintainerUscc", $"维保单位“{uscc}”不在市场主体库中");
            return;
        }

        if (maintainers is not null && await maintainers.CheckAsync(uscc, category, today, ct) is { } reason) errors.Add("maintainerUscc", reason);
    }

    private static EquipmentVariety? ResolveVariety(EquipmentCodeInfo info, string? requested, EquipmentCategory? category, FieldErrors errors)
    {
        var variety = info.Variety;
        if (Norm(requested)?.ToUpperInvariant() is { } r && r != variety.Code)
        {
            var asked = EquipmentCatalog.Find(r);
            if (asked is null || asked.Level < 2) errors.Add("variety", $"品种代码“{r}”不在《特种设备目录》中");
            else if (variety.Level == 3 || !EquipmentCatalog.IsUnder(asked.Code, variety.Code))
                errors.Add("variety", $"品种“{asked.Name}（{asked.Code}）”与设备代码中的品种“{variety.Name}（{variety.Code}）”不一致");
            else variety = asked;
        }

        if (category is { } c && c != variety.Category)
            errors.Add("category", $"设备类别“{EquipmentCatalog.NameOf(c)}”与设备代码的类别“{EquipmentCatalog.NameOf(variety.Category)}”不一致");
        return variety;
    }

    private async Task<EntitySummary?> UserAsync(string? raw, string field, FieldErrors errors, CancellationToken ct)
    {
        var uscc = Norm(raw)?.ToUpperInvariant();
        if (uscc is null)
        {
            errors.Add(field, "使用单位统一社会信用代码不能为空");
            return null;
        }

        var user = await entities.FindAsync(uscc, ct);
        if (user is null) errors.Add(field, $"使用单位“{uscc}”不在市场主体库中（或不在您的管辖范围内）");
        else if (user.Status != EntityStatus.Active) errors.Add(field, $"使用单位“{user.Name}”已{StatusName(user.Status)}，不能作为使用单位");
        return user?.Status == EntityStatus.Active ? user : null;
    }

    private static string StatusName(EntityStatus s) => s switch
    {
        EntityStatus.MovedOut => "迁出",
        EntityStatus.Revoked => "被吊销营业执照",
        EntityStatus.Deregistered => "注销",
        _ => "不在营",
    };

    private static void CheckDivision(string? raw, Actor a, FieldErrors errors)
    {
        var code = raw?.Trim();
        if (string.IsNullOrEmpty(code)) errors.Add("divisionCode", "设备所在地行政区划不能为空");
        else if (code.Length < 6 || code.EndsWith("0000", StringComparison.Ordinal) || !DivisionTable.Default.IsKnown(code))
            errors.Add("divisionCode", $"“{code}”不是现行的县级（或乡镇级）行政区划代码");
        else if (!a.Jurisdiction.Covers(code)) errors.Add("divisionCode", $"{DivisionTable.Default.FullName(code)}不在您的管辖范围内");
    }

    private static string DivisionName(string code) => DivisionTable.Default.Find(code)?.Name ?? code;

    private int RegistrationDays(DateOnly firstUse) => rules.GetPeriod("sequip.registration-days", firstUse).Count;

    private async Task StageScheduleAsync(Equipment e, CancellationToken ct)
    {
        if (services.GetService<IEquipmentSchedules>() is { } schedules) await schedules.StageAsync(e, ct);
    }

    private void History(long id, string kind, string text) =>
        db.EquipmentChanges.Add(new EquipmentChange { EquipmentId = id, At = clock.GetUtcNow(), Kind = kind, Actor = actor.Current.ShownName, Text = text });

    internal static string ParametersJson(string variety, IReadOnlyDictionary<string, string>? values) =>
        JsonSerializer.Serialize(RegistryRules.ParametersOf(variety).ToDictionary(p => p.Key, p => values?.GetValueOrDefault(p.Key)?.Trim() ?? ""), Json);

    private static void Set(List<string> diffs, string label, string? old, string? value, Action<string> set, Func<string, string>? show = null)
    {
        if (value is null || value == old) return;
        diffs.Add($"{label}：{(old is null ? "无" : show?.Invoke(old) ?? old)} → {show?.Invoke(value) ?? value}");
        set(value);
    }

    private static void Optional(FieldErrors errors, string field, string? value, string label, int max)
    {
        if (value is not null && value.Trim().Length > max) errors.Add(field, $"{label}不能超过 {max} 个字符");
    }

    internal static string? Norm(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    internal static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
