namespace Zhijian.FoodSafety.Domain.Grading;

/// <summary>风险等级记录: one row each time a business's grade or score changes (its history), with the explanation.</summary>
internal sealed class FoodGradeRecord
{
    public long Id { get; set; }

    public long BusinessId { get; set; }

    public string DivisionCode { get; set; } = "";

    public string Grade { get; set; } = "";

    public string? PreviousGrade { get; set; }

    public decimal Score { get; set; }

    public string ModelVersion { get; set; } = "";

    /// <summary>The explanation: <see cref="FoodRiskLine"/>s as JSON.</summary>
    public string Factors { get; set; } = "[]";

    public DateOnly GradedOn { get; set; }

    public DateTimeOffset GradedAt { get; set; }
}

/// <summary>A stored version of the grading model (the built-in default is not stored).</summary>
internal sealed class FoodRiskModelVersion
{
    public long Id { get; set; }

    public string Version { get; set; } = "";

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>The model (<see cref="FoodRiskModel.ToJson"/>).</summary>
    public string Json { get; set; } = "";

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
