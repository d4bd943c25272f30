using Zhijian.Platform.Storage;

namespace Zhijian.FoodSafety.Domain.Supervision;

/// <summary>年度监督检查计划 of an org unit: one line per active business with its planned count (from its grade).</summary>
internal sealed class FoodInspectionPlan : IDivisionScoped
{
    public long Id { get; set; }

    public int OrgUnitId { get; set; }

    public string OrgUnitName { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public int Year { get; set; }

    public int Businesses { get; set; }

    public int Planned { get; set; }

    public string GeneratedBy { get; set; } = "";

    public DateTimeOffset GeneratedAt { get; set; }
}

/// <summary>One business in a plan: grade used, planned and minimum count, whether a full inspection is due, per quarter.</summary>
internal sealed class FoodInspectionPlanLine : IDivisionScoped
{
    public long Id { get; set; }

    public long PlanId { get; set; }

    public int Year { get; set; }

    public long BusinessId { get; set; }

    public string Uscc { get; set; } = "";

    public string Name { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    /// <summary>The business's grade when the plan was made (null: 未分级, planned as B).</summary>
    public string? Grade { get; set; }

    public int Planned { get; set; }

    public int Minimum { get; set; }

    /// <summary>No full inspection in the last two years: one of this year's inspections must be full.</summary>
    public bool FullDue { get; set; }

    public int Q1 { get; set; }

    public int Q2 { get; set; }

    public int Q3 { get; set; }

    public int Q4 { get; set; }
}

/// <summary>Inspection frequency per grade (rule settings) and the spread over quarters.</summary>
internal static class PlanRules
{
    /// <summary>The grade a plan uses: 未分级按 B 级计划.</summary>
    public static string PlanGrade(string? grade) => grade is "A" or "B" or "C" or "D" ? grade : "B";

    /// <summary>
    /// Spreads <paramref name="count"/> inspections over the four quarters as evenly as possible, starting at a quarter
    /// chosen by <paramref name="offset"/> (so a bureau's workload is level across the year).
    /// </summary>
    public static int[] Spread(int count, int offset)
    {
        var q = new int[4];
        for (var i = 0; i < count; i++)
        {
            // 1 → one quarter; 2 → quarters k, k+2; 3 → k, k+1, k+2 …: every step of 4/count quarters.
            var at = (offset + (int)Math.Floor(i * 4.0 / Math.Max(count, 1))) % 4;
            q[at]++;
        }

        return q;
    }

    /// <summary>The quarter (1–4) of a date.</summary>
    public static int QuarterOf(DateOnly d) => ((d.Month - 1) / 3) + 1;
}
