using System.Globalization;
using Zhijian.Platform.Rules;
using Zhijian.SpecialEquipment.Domain.Registry;

namespace Zhijian.SpecialEquipment.Domain.Safety;

/// <summary>事故等级 of 《特种设备安全监察条例》第61–64条 (None: the facts reach no class — 待核实 or not an accident).</summary>
internal enum AccidentClass
{
    None = 0,

    /// <summary>一般事故（第64条）</summary>
    General = 1,

    /// <summary>较大事故（第63条）</summary>
    Larger = 2,

    /// <summary>重大事故（第62条）</summary>
    Major = 3,

    /// <summary>特别重大事故（第61条）</summary>
    ExtraMajor = 4,
}

/// <summary>The facts an accident is classed by (stranding in minutes; loss in 万元).</summary>
internal sealed record AccidentFacts(
    EquipmentCategory? Category, int Deaths, int SeriousInjuries, decimal LossWan, int StrandedMinutes, int StrandedPeople,
    bool Explosion, int Evacuated, bool CraneOverturn, bool CraneStructureBreak, bool Boiler600Mw, int BoilerOutageHours);

/// <summary>
/// The thresholds of 第61–64条 as rule settings (sequip.accident-*), read for the day the accident occurred. "以上" includes the
/// number, "以下" does not (the 条例's own reading), so each threshold is the lower bound of its class.
/// </summary>
internal sealed record AccidentThresholds(
    int DeathsExtra, int DeathsMajor, int DeathsLarger,
    int SeriousExtra, int SeriousMajor, int SeriousLarger,
    decimal LossExtra, decimal LossMajor, decimal LossLarger, decimal LossGeneral,
    int EvacuatedExtra, int EvacuatedMajor, int EvacuatedLarger, int EvacuatedGeneral,
    int StrandedPeople, int StrandedExtra, int StrandedMajor, int StrandedLarger,
    int RopewayGeneral, int RideGeneral, int ElevatorGeneral, int BoilerOutage)
{
    /// <summary>The statute's numbers (the rule catalogue's defaults): for pure tests.</summary>
    public static readonly AccidentThresholds Statute = new(30, 10, 3, 100, 50, 10, 10000m, 5000m, 1000m, 1m,
        150000, 50000, 10000, 500, 100, 2880, 1440, 720, 210, 60, 120, 240);

    public static AccidentThresholds From(IRuleBook rules, DateOnly on)
    {
        int I(string key) => rules.GetInt("sequip.accident-" + key, on);
        return new(I("deaths-extra"), I("deaths-major"), I("deaths-larger"), I("serious-extra"), I("serious-major"), I("serious-larger"),
            I("loss-extra"), I("loss-major"), I("loss-larger"), I("loss-general"),
            I("evacuated-extra"), I("evacuated-major"), I("evacuated-larger"), I("evacuated-general"),
            I("stranded-people"), I("stranded-extra"), I("stranded-major"), I("stranded-larger"),
            I("ropeway-general"), I("ride-general"), I("elevator-general"), I("boiler-outage"));
    }
}

/// <summary>A class and the reason lines that gave it (every criterion met at that class, in the statute's order).</summary>
internal sealed record AccidentClassResult(AccidentClass Class, IReadOnlyList<string> Reasons)
{
    public string Name => AccidentClassifier.NameOf(Class);

    public string Reason => Reasons.Count == 0 ? "未达到《特种设备安全监察条例》第61–64条规定的任何事故等级" : string.Join("；", Reasons);
}

/// <summary>
/// 事故分级 per 《特种设备安全监察条例》第61–64条: the highest class any criterion reaches. Stranding: 客运索道、大型游乐设施
/// 高空滞留 100 人以上 and 48 h+ → 特别重大, 24–48 h → 重大; any number 12 h+ → 较大; 客运索道 3.5–12 h, 大型游乐设施 1–12 h,
/// 电梯轿厢滞留 2 h+ → 一般 (an elevator entrapment is never above 一般 by its duration).
/// </summary>
internal static class AccidentClassifier
{
    public static string NameOf(AccidentClass c) => c switch
    {
        AccidentClass.General => "一般事故",
        AccidentClass.Larger => "较大事故",
        AccidentClass.Major => "重大事故",
        AccidentClass.ExtraMajor => "特别重大事故",
        _ => "未达事故等级",
    };

    public static AccidentClassResult Classify(AccidentFacts f, AccidentThresholds t)
    {
        var hits = new List<(AccidentClass Class, string Reason)>();
        void Hit(AccidentClass c, string reason) => hits.Add((c, reason));

        // (一) deaths, serious injuries, direct economic loss.
        if (f.Deaths >= t.DeathsExtra) Hit(AccidentClass.ExtraMajor, $"死亡 {f.Deaths} 人（{t.DeathsExtra} 人以上，第61条）");
        else if (f.Deaths >= t.DeathsMajor) Hit(AccidentClass.Major, $"死亡 {f.Deaths} 人（{t.DeathsMajor} 人以上 {t.DeathsExtra} 人以下，第62条）");
        else if (f.Deaths >= t.DeathsLarger) Hit(AccidentClass.Larger, $"死亡 {f.Deaths} 人（{t.DeathsLarger} 人以上 {t.DeathsMajor} 人以下，第63条）");
        else if (f.Deaths > 0) Hit(AccidentClass.General, $"死亡 {f.Deaths} 人（{t.DeathsLarger} 人以下，第64条）");

        if (f.SeriousInjuries >= t.SeriousExtra) Hit(AccidentClass.ExtraMajor, $"重伤 {f.SeriousInjuries} 人（{t.SeriousExtra} 人以上，第61条）");
        else if (f.SeriousInjuries >= t.SeriousMajor) Hit(AccidentClass.Major, $"重伤 {f.SeriousInjuries} 人（{t.SeriousMajor} 人以上 {t.SeriousExtra} 人以下，第62条）");
        else if (f.SeriousInjuries >= t.SeriousLarger) Hit(AccidentClass.Larger, $"重伤 {f.SeriousInjuries} 人（{t.SeriousLarger} 人以上 {t.SeriousMajor} 人以下，第63条）");
        else if (f.SeriousInjuries > 0) Hit(AccidentClass.General, $"重伤 {f.SeriousInjuries} 人（{t.SeriousLarger} 人以下，第64条）");

        var loss = W(f.LossWan);
        if (f.LossWan >= t.LossExtra) Hit(AccidentClass.ExtraMajor, $"直接经济损失 {loss} 万元（{W(t.LossExtra)} 万元以上，第61条）");
        else if (f.LossWan >= t.LossMajor) Hit(AccidentClass.Major, $"直接经济损失 {loss} 万元（{W(t.LossMajor)} 万元以上 {W(t.LossExtra)} 万元以下，第62条）");
        else if (f.LossWan >= t.LossLarger) Hit(AccidentClass.Larger, $"直接经济损失 {loss} 万元（{W(t.LossLarger)} 万元以上 {W(t.LossMajor)} 万元以下，第63条）");
        else if (f.LossWan >= t.LossGeneral) Hit(AccidentClass.General, $"直接经济损失 {loss} 万元（{W(t.LossGeneral)} 万元以上 {W(t.LossLarger)} 万元以下，第64条）");

        // (二) boilers and explosions.
        var pressure = f.Category is EquipmentCategory.Boiler or EquipmentCategory.PressureVessel or EquipmentCategory.Pipeline or null;
        if (f.Explosion && f.Boiler600Mw && f.Category is EquipmentCategory.Boiler or null) Hit(AccidentClass.ExtraMajor, "600兆瓦以上锅炉爆炸（第61条）");
        else if (f.Explosion && pressure) Hit(AccidentClass.Larger, "锅炉、压力容器、压力管道爆炸（第63条）");
        if (f.Boiler600Mw && f.BoilerOutageHours >= t.BoilerOutage)
            Hit(AccidentClass.Major, $"600兆瓦以上锅炉因安全故障中断运行 {f.BoilerOutageHours} 小时（{t.BoilerOutage} 小时以上，第62条）");

        // (三) toxic leaks: people evacuated.
        if (f.Evacuated >= t.EvacuatedExtra) Hit(AccidentClass.ExtraMajor, $"有毒介质泄漏转移 {f.Evacuated} 人（{t.EvacuatedExtra} 人以上，第61条）");
        else if (f.Evacuated >= t.EvacuatedMajor) Hit(AccidentClass.Major, $"有毒介质泄漏转移 {f.Evacuated} 人（{t.EvacuatedMajor} 人以上 {t.EvacuatedExtra} 人以下，第62条）");
        else if (f.Evacuated >= t.EvacuatedLarger) Hit(AccidentClass.Larger, $"有毒介质泄漏转移 {f.Evacuated} 人（{t.EvacuatedLarger} 人以上 {t.EvacuatedMajor} 人以下，第63条）");
        else if (f.Evacuated >= t.EvacuatedGeneral) Hit(AccidentClass.General, $"有毒介质泄漏转移 {f.Evacuated} 人（{t.EvacuatedGeneral} 人以上 {t.EvacuatedLarger} 人以下，第64条）");

        // Cranes.
        if (f.CraneOverturn) Hit(AccidentClass.Larger, "起重机械整体倾覆（第63条）");
        if (f.CraneStructureBreak) Hit(AccidentClass.General, "起重机械主要受力结构件折断或者起升机构坠落（第64条）");

        // (四) stranding.
        var m = f.StrandedMinutes;
        var hours = H(m);
        if (f.Category is EquipmentCategory.Ropeway or EquipmentCategory.Ride)
        {
            var what = f.Category == EquipmentCategory.Ropeway ? "客运索道" : "大型游乐设施";
            var many = f.StrandedPeople >= t.StrandedPeople;
            if (many && m >= t.StrandedExtra) Hit(AccidentClass.ExtraMajor, $"{what}高空滞留 {f.StrandedPeople} 人 {hours}（{t.StrandedPeople} 人以上并且 {H(t.StrandedExtra)}以上，第61条）");
            else if (many && m >= t.StrandedMajor) Hit(AccidentClass.Major, $"{what}高空滞留 {f.StrandedPeople} 人 {hours}（{t.StrandedPeople} 人以上并且 {H(t.StrandedMajor)}以上，第62条）");
            else if (m >= t.StrandedLarger) Hit(AccidentClass.Larger, $"{what}高空滞留 {hours}（{H(t.StrandedLarger)}以上，第63条）");
            else
            {
                var general = f.Category == EquipmentCategory.Ropeway ? t.RopewayGeneral : t.RideGeneral;
                if (m >= general) Hit(AccidentClass.General, $"{what}高空滞留 {hours}（{H(general)}以上 {H(t.StrandedLarger)}以下，第64条）");
            }
        }
        else if (f.Category == EquipmentCategory.Elevator && m >= t.ElevatorGeneral)
            Hit(AccidentClass.General, $"电梯轿厢滞留人员 {hours}（{H(t.ElevatorGeneral)}以上，第64条）");

        if (hits.Count == 0) return new(AccidentClass.None, []);
        var top = hits.Max(h => h.Class);
        return new(top, [.. hits.Where(h => h.Class == top).Select(h => h.Reason)]);
    }

    /// <summary>Minutes in words: "2 小时 10 分钟", "3.5 小时" style kept exact: hours and minutes.</summary>
    public static string H(int minutes) => minutes % 60 == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{minutes / 60} 小时")
        : minutes < 60 ? string.Create(CultureInfo.InvariantCulture, $"{minutes} 分钟")
        : string.Create(CultureInfo.InvariantCulture, $"{minutes / 60} 小时 {minutes % 60} 分钟");

    private static string W(decimal wan) => wan.ToString("0.##", CultureInfo.InvariantCulture);
}
