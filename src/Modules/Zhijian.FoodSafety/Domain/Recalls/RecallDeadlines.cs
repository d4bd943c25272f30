using System.Globalization;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;

namespace Zhijian.FoodSafety.Domain.Recalls;

/// <summary>A rule value as applied to a record: the value and the version it came from, in words for the deadline box.</summary>
internal sealed record AppliedRule(string Key, string Value, DateOnly EffectiveFrom, int Version, string Source)
{
    /// <summary>The version in words for clerks (no rule key): "2026-02-12 起施行的第 1 版：《食品召回管理办法》（2026年修订…）".</summary>
    public string Text => string.Create(CultureInfo.InvariantCulture, $"{EffectiveFrom:yyyy-MM-dd} 起施行的第 {Version} 版：{Source}");
}

/// <summary>
/// The deadlines of 《食品召回管理办法》 as effective-dated rule versions (research/wave2-rules.md §2 R2, R4, R5):
/// start = 知悉时间 + food.recall-start-{level} hours in force on the 知悉 date (China); completion = announcement date +
/// food.recall-complete-{level} in force on the start date, on the statutory working-day calendar (trigger day not counted);
/// the level's meaning = the definitions of the regime named by food.recall-levels on the 知悉 date.
/// </summary>
internal sealed class RecallDeadlines(IWorkingCalendar calendar, IRuleBook rules)
{
    public const string LevelsKey = "food.recall-levels";
    public const string ProgressGapKey = "food.recall-progress-gap";

    public static string StartKey(RecallLevel level) => string.Create(CultureInfo.InvariantCulture, $"food.recall-start-{(int)level}");

    public static string CompleteKey(RecallLevel level) => string.Create(CultureInfo.InvariantCulture, $"food.recall-complete-{(int)level}");

    /// <summary>启动召回期限 and the rule version applied.</summary>
    public (DateTimeOffset Due, int Hours, AppliedRule Rule) StartBy(RecallLevel level, DateTimeOffset learnedAt)
    {
        var rule = Applied(StartKey(level), learnedAt.ToChinaDate());
        var hours = int.Parse(rule.Value, CultureInfo.InvariantCulture);
        return (learnedAt.AddHours(hours), hours, rule);
    }

    /// <summary>完成召回期限 from the announcement, with the rule in force on <paramref name="startedOn"/>.</summary>
    public (DateOnly Due, Period Period, AppliedRule Rule) CompleteBy(RecallLevel level, DateOnly announcedOn, DateOnly startedOn)
    {
        var rule = Applied(CompleteKey(level), startedOn);
        var period = Period.Parse(rule.Value);
        return (calendar.Deadline(announcedOn, period), period, rule);
    }

    /// <summary>The level's meaning under the regime in force on the 知悉 date.</summary>
    public (string Regime, string Definition) Level(RecallLevel level, DateOnly learnedOn)
    {
        var regime = rules.Get(LevelsKey, learnedOn);
        return (regime, RecallLevels.Definition(regime, level));
    }

    /// <summary>进展报告间隔上限（日）in force on <paramref name="on"/>.</summary>
    public int ProgressGapDays(DateOnly on) => rules.GetInt(ProgressGapKey, on);

    /// <summary>The version of <paramref name="key"/> in force on <paramref name="on"/> (before the first version: the first), as IRuleBook.Get picks it.</summary>
    public AppliedRule Applied(string key, DateOnly on)
    {
        var value = rules.Get(key, on);
        var versions = rules.History(key);
        RuleSetting? best = null;
        foreach (var v in versions)
        {
            if (v.EffectiveFrom > on) continue;
            if (best is null || v.EffectiveFrom > best.EffectiveFrom || (v.EffectiveFrom == best.EffectiveFrom && v.Version > best.Version)) best = v;
        }

        best ??= versions.Count > 0 ? versions[0] : null;
        return best is null ? new AppliedRule(key, value, DateOnly.MinValue, 0, "") : new AppliedRule(key, value, best.EffectiveFrom, best.Version, best.Note);
    }
}

/// <summary>
/// 召回级别的含义 by regime. 2015: 《食品召回管理办法》（原总局令第12号）第十三条 as quoted in the issue; 2026: the revision re-defines the
/// three levels by hazard and urgency (reported 2026-02-12, full text not seen: research/wave2-rules.md §2 R4, [F-3P]) — the wording
/// below paraphrases the reports and is shown with that caveat.
/// </summary>
internal static class RecallLevels
{
    public const string Regime2015 = "2015";
    public const string Regime2026 = "2026";

    public static string RegimeName(string regime) => regime == Regime2026
        ? "《食品召回管理办法》（2026年修订）"
        : "《食品召回管理办法》（原国家食品药品监督管理总局令第12号，2015）";

    public static string Definition(string regime, RecallLevel level) => (regime, level) switch
    {
        (Regime2026, RecallLevel.First) => "一级召回：食品安全风险危害程度严重、紧急程度最高（已经或者可能诱发食品污染、食源性疾病等，对人体健康造成严重危害甚至死亡）。（2026年修订按危害程度和紧急程度重新界定，原文未见，以正式文本为准）",
        (Regime2026, RecallLevel.Second) => "二级召回：食品安全风险危害程度较重、需较快处置（可能对人体健康造成一般危害）。（2026年修订按危害程度和紧急程度重新界定，原文未见，以正式文本为准）",
        (Regime2026, RecallLevel.Third) => "三级召回：危害程度较轻（含标签、标识存在虚假标注等问题）。（2026年修订按危害程度和紧急程度重新界定，原文未见，以正式文本为准）",
        (_, RecallLevel.First) => "一级召回：已经或者可能诱发食品污染、食源性疾病等对人体健康造成严重危害甚至死亡的。",
        (_, RecallLevel.Second) => "二级召回：已经或者可能对人体健康造成一般危害的。",
        (_, RecallLevel.Third) => "三级召回：标签、标识存在虚假标注的。",
        _ => "",
    };
}
