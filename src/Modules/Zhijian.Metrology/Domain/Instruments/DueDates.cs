namespace Zhijian.Metrology.Domain.Instruments;

/// <summary>The instrument's due state as the lists show it.</summary>
internal enum DueState
{
    /// <summary>在有效期内</summary>
    Valid = 0,

    /// <summary>即将到期</summary>
    DueSoon = 1,

    /// <summary>已超期</summary>
    Overdue = 2,

    /// <summary>检定不合格，不得使用</summary>
    Failed = 3,

    /// <summary>未经首次检定</summary>
    Unverified = 4,

    /// <summary>失准报废类，无到期日</summary>
    NoDueDate = 5,
}

/// <summary>The mode and the rule key that apply to one instrument (a water meter's depend on its DN).</summary>
internal sealed record DueRule(VerificationMode Mode, string? RuleKey);

/// <summary>
/// Due dates of 强检 instruments — pure. Periodic verification: next due = date of the last passed verification + the period;
/// fixed life (限期使用、到期轮换): replace by = first verification + the life; 失准报废: no due date, used until it fails. A failed
/// verification means the instrument must not be used. Months are calendar months: a day the target month lacks falls on its
/// last day (2026-08-31 + 6 months = 2027-02-28; first verified 2028-02-29 + 10 years = 2038-02-28).
/// </summary>
internal static class DueDates
{
    /// <summary>The rule for a kind and size; null with an error message when the kind needs a size that is missing or not positive.</summary>
    public static DueRule? RuleFor(InstrumentKind kind, int? size, out string? error)
    {
        error = null;
        if (kind.SizeBands is not { } bands) return new DueRule(kind.Mode, kind.RuleKey);
        if (size is not { } dn || dn <= 0)
        {
            error = $"{kind.Name}须填写{kind.SizeLabel}（正整数）";
            return null;
        }

        var band = bands.FirstOrDefault(b => b.MaxSize is null || dn <= b.MaxSize)!;
        return new DueRule(band.Mode, band.RuleKey);
    }

    /// <summary>
    /// The due date: for <see cref="VerificationMode.Periodic"/> the last passed verification + <paramref name="months"/>, for
    /// <see cref="VerificationMode.FixedLife"/> the first verification + <paramref name="months"/>; null when not verified yet or
    /// for <see cref="VerificationMode.ScrapOnFailure"/>.
    /// </summary>
    public static DateOnly? Due(VerificationMode mode, int months, DateOnly? firstVerifiedOn, DateOnly? lastPassedOn) => mode switch
    {
        VerificationMode.FixedLife => firstVerifiedOn?.AddMonths(months),
        VerificationMode.Periodic => (lastPassedOn ?? firstVerifiedOn)?.AddMonths(months),
        _ => null,
    };

    /// <summary>The state on <paramref name="today"/> with a warning window of <paramref name="warnDays"/> days (due on the last day of the window is due soon; the day after the due date is overdue).</summary>
    public static DueState State(DateOnly? dueOn, bool verified, bool? lastPassed, VerificationMode mode, DateOnly today, int warnDays)
    {
        if (lastPassed == false) return DueState.Failed;
        if (!verified) return DueState.Unverified;
        if (dueOn is not { } due) return mode == VerificationMode.ScrapOnFailure ? DueState.NoDueDate : DueState.Valid;
        if (due < today) return DueState.Overdue;
        return due <= today.AddDays(warnDays) ? DueState.DueSoon : DueState.Valid;
    }

    public static string NameOf(DueState s) => s switch
    {
        DueState.Valid => "有效期内",
        DueState.DueSoon => "即将到期",
        DueState.Overdue => "已超期",
        DueState.Failed => "检定不合格",
        DueState.Unverified => "未检定",
        DueState.NoDueDate => "失准报废",
        _ => "",
    };
}
