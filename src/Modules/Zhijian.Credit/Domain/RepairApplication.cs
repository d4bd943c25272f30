using Zhijian.Credit.Contracts;

namespace Zhijian.Credit.Domain;

/// <summary>信用修复申请: removal from a list or early end of a penalty's disclosure.</summary>
internal sealed class RepairApplication : Zhijian.Platform.Storage.IDivisionScoped
{
    public long Id { get; set; }

    public string Uscc { get; set; } = "";

    public string EntityName { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    /// <summary>The listing to remove, or …</summary>
    public long? ListingId { get; set; }

    /// <summary>… the penalty record whose disclosure ends early.</summary>
    public long? RecordId { get; set; }

    /// <summary>申请人 (entity contact or the staff member acting on its behalf).</summary>
    public string Applicant { get; set; } = "";

    public bool ByStaff { get; set; }

    public string Reasons { get; set; } = "";

    public DateOnly SubmittedOn { get; set; }

    public DateOnly AcceptDue { get; set; }

    public DateOnly? AcceptedOn { get; set; }

    public DateOnly? DecideDue { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public DateOnly? ActDue { get; set; }

    public DateOnly? DoneOn { get; set; }

    public RepairStatus Status { get; set; }

    public string? Decision { get; set; }

    public string? HandledBy { get; set; }
}
