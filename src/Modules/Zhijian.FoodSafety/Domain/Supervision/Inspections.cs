using Zhijian.Platform.Storage;

namespace Zhijian.FoodSafety.Domain.Supervision;

/// <summary>监督检查结果 (Order 49): 符合 / 基本符合 / 不符合, ordered from best to worst.</summary>
internal enum InspectionResult
{
    /// <summary>符合</summary>
    Compliant = 1,

    /// <summary>基本符合: only 一般项 failed; rectification within a deadline and a re-inspection.</summary>
    BasicallyCompliant = 2,

    /// <summary>不符合: a 重点项 failed; rectification, re-inspection and a case clue.</summary>
    NonCompliant = 3,
}

/// <summary>检查要点的答复: 是 / 否 / 合理缺项.</summary>
internal enum ChecklistAnswer
{
    /// <summary>是</summary>
    Yes = 1,

    /// <summary>否</summary>
    No = 2,

    /// <summary>合理缺项 (the point does not apply here; a note says why).</summary>
    NotApplicable = 3,
}

/// <summary>One answer to a checklist point, with a copy of the point as it read when answered.</summary>
internal sealed class FoodInspectionAnswer
{
    public long Id { get; set; }

    public long InspectionId { get; set; }

    public int Seq { get; set; }

    public string Code { get; set; } = "";

    public string Text { get; set; } = "";

    public bool Key { get; set; }

    public ChecklistAnswer Answer { get; set; }

    public string? Note { get; set; }
}

/// <summary>
/// 食品生产经营监督检查记录 (Order 49): who (at least two inspectors), which business, full or 日常, the checklist answers,
/// the derived result and the follow-up it requires (整改期限、复查、案件线索), and the publication (20 WD).
/// </summary>
internal sealed class FoodInspection : IDivisionScoped
{
    public long Id { get; set; }

    public long BusinessId { get; set; }

    public string Uscc { get; set; } = "";

    public string BusinessName { get; set; } = "";

    public FoodBusinessType BusinessType { get; set; }

    public string DivisionCode { get; set; } = "";

    public int? OrgUnitId { get; set; }

    public string OrgUnitName { get; set; } = "";

    public DateOnly InspectedOn { get; set; }

    /// <summary>全项目检查 (every point of the table) rather than 日常 (some points).</summary>
    public bool Full { get; set; }

    /// <summary>The inspectors' logins.</summary>
    public List<string> Inspectors { get; set; } = [];

    /// <summary>The inspectors as the record shows them: 张伟（鲁济37010003）.</summary>
    public List<string> InspectorNames { get; set; } = [];

    public long ChecklistId { get; set; }

    public int ChecklistVersion { get; set; }

    public InspectionResult Result { get; set; }

    /// <summary>现场检查情况与证据（照片、记录）说明.</summary>
    public string Evidence { get; set; } = "";

    /// <summary>整改期限 (基本符合、不符合).</summary>
    public DateOnly? RectifyBy { get; set; }

    /// <summary>This record is the 复查 of that one.</summary>
    public long? ReinspectionOfId { get; set; }

    /// <summary>The 复查 record of this one, once made.</summary>
    public long? ReinspectedById { get; set; }

    public DateOnly PublishBy { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public List<FoodInspectionAnswer> Answers { get; set; } = [];

    /// <summary>The record's number as clerks cite it.</summary>
    public string Number => InspectionRules.NumberOf(Id, InspectedOn);
}

/// <summary>The pure rules of an inspection record.</summary>
internal static class InspectionRules
{
    public static string NumberOf(long id, DateOnly on) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"食检〔{on.Year}〕{id:D6}号");

    public static string Name(InspectionResult r) => r switch
    {
        InspectionResult.Compliant => "符合",
        InspectionResult.BasicallyCompliant => "基本符合",
        _ => "不符合",
    };

    public static string Name(ChecklistAnswer a) => a switch
    {
        ChecklistAnswer.Yes => "是",
        ChecklistAnswer.No => "否",
        _ => "合理缺项",
    };

    /// <summary>Any 重点项 answered 否 → 不符合; only 一般项 → 基本符合; none → 符合 (Order 49 检查结果判定).</summary>
    public static InspectionResult Derive(IEnumerable<(bool Key, ChecklistAnswer Answer)> answers)
    {
        var result = InspectionResult.Compliant;
        foreach (var (key, answer) in answers)
        {
            if (answer != ChecklistAnswer.No) continue;
            if (key) return InspectionResult.NonCompliant;
            result = InspectionResult.BasicallyCompliant;
        }

        return result;
    }

    /// <summary>Whether the result requires rectification and a re-inspection.</summary>
    public static bool NeedsFollowUp(InspectionResult r) => r != InspectionResult.Compliant;
}
