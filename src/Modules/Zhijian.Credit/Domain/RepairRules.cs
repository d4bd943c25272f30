using Zhijian.Credit.Contracts;
using Zhijian.Platform.Calendar;

namespace Zhijian.Credit.Domain;

/// <summary>信用修复: who may apply when, and the working-day deadlines (pure; rule values passed in).</summary>
internal static class RepairRules
{
    /// <summary>Food, drugs and special equipment carry the longer minimum disclosure (12 months) before repair.</summary>
    public static bool IsSafetyField(CreditField field) =>
        field is CreditField.Food or CreditField.Drug or CreditField.SpecialEquipment;

    /// <summary>The first day a penalty's disclosure may be ended early: decided + 6 months (12 for safety fields).</summary>
    public static DateOnly PenaltyRepairFrom(DateOnly decidedOn, CreditField field, int months, int safetyMonths) =>
        decidedOn.AddMonths(IsSafetyField(field) ? safetyMonths : months);

    /// <summary>Why a penalty record cannot be repaired on <paramref name="today"/>, or null when it can.</summary>
    public static string? PenaltyRefusal(CreditRecordKind kind, bool severe, bool publicToday, DateOnly repairFrom, DateOnly today, int minimumMonths) =>
        kind != CreditRecordKind.Penalty ? "只有行政处罚信息可以申请提前停止公示"
        : !publicToday ? "该行政处罚信息当前未在公示，无需修复"
        : severe ? "责令停产停业、限制从业、吊销许可证或营业执照等严重处罚不予提前停止公示"
        : today < repairFrom ? $"行政处罚信息公示满 {minimumMonths} 个月（{repairFrom:yyyy-MM-dd}）后方可申请信用修复"
        : null;

    /// <summary>Why a listing cannot be the object of a repair on <paramref name="today"/>, or null when it can.</summary>
    public static string? ListingRefusal(CreditList list, ListingStatus status, DateOnly? earlyRemovalFrom, DateOnly today) =>
        status != ListingStatus.Listed ? $"该主体未处于列入状态（{CreditNames.Of(status)}），无需申请信用修复"
        : list == CreditList.Serious && (earlyRemovalFrom is null || today < earlyRemovalFrom)
            ? $"列入严重违法失信名单满 1 年（{earlyRemovalFrom:yyyy-MM-dd}）后方可申请提前移出"
        : null;

    public static DateOnly AcceptDue(IWorkingCalendar calendar, DateOnly submittedOn, Period period) => calendar.Deadline(submittedOn, period);

    public static DateOnly DecideDue(IWorkingCalendar calendar, DateOnly acceptedOn, Period period) => calendar.Deadline(acceptedOn, period);

    public static DateOnly ActDue(IWorkingCalendar calendar, DateOnly approvedOn, Period period) => calendar.Deadline(approvedOn, period);

    /// <summary>The deadline of the step the application waits for, or null when none is pending.</summary>
    public static DateOnly? PendingDue(RepairStatus status, DateOnly acceptDue, DateOnly? decideDue, DateOnly? actDue) => status switch
    {
        RepairStatus.Submitted => acceptDue,
        RepairStatus.Accepted => decideDue,
        RepairStatus.Approved => actDue,
        _ => null,
    };

    public static bool IsOverdue(RepairStatus status, DateOnly acceptDue, DateOnly? decideDue, DateOnly? actDue, DateOnly today) =>
        PendingDue(status, acceptDue, decideDue, actDue) is { } due && today > due;
}
