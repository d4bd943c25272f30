using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Domain;
using Zhijian.Complaints.Features.Handling;
using Zhijian.Complaints.Features.Intake;
using Zhijian.Platform.Calendar;

namespace Zhijian.Tests.Complaints;

/// <summary>The slices' validations are pure: a filing's state and a request in, the field and its Chinese message out.</summary>
public sealed class HandlingRulesTests
{
    private static Filing Filing(FilingKind kind, FilingStatus status) => new() { Kind = kind, Status = status };

    [Fact]
    public void Only_a_received_complaint_can_be_accepted()
    {
        Assert.Null(AcceptFilingRules.Validate(Filing(FilingKind.Complaint, FilingStatus.Received)));
        Assert.Equal("kind", AcceptFilingRules.Validate(Filing(FilingKind.Report, FilingStatus.Verifying))?.Field);
        Assert.Equal(new FieldError("status", "当前状态为“调解中”，不能受理"), AcceptFilingRules.Validate(Filing(FilingKind.Complaint, FilingStatus.Mediating)));
    }

    [Fact]
    public void A_refusal_names_a_statutory_ground_and_the_reason()
    {
        var received = Filing(FilingKind.Complaint, FilingStatus.Received);
        Assert.Equal("ground", RefuseFilingRules.Validate(new RefuseCommand(7, "理由"), received)?.Field);
        Assert.Equal("reason", RefuseFilingRules.Validate(new RefuseCommand(3, " "), received)?.Field);
        Assert.Null(RefuseFilingRules.Validate(new RefuseCommand(3, "非生活消费"), received));
    }

    [Fact]
    public void The_clock_pauses_once_and_resumes_only_when_paused()
    {
        var mediating = Filing(FilingKind.Complaint, FilingStatus.Mediating);
        Assert.Null(PauseResumeRules.ValidatePause(new PauseCommand("送检"), mediating));
        Assert.Equal("计时未中止", PauseResumeRules.ValidateResume(mediating)?.Message);
        mediating.Pauses = [new DeadlinePause(new DateOnly(2026, 11, 23), null, "送检")];
        Assert.Equal("计时已中止，请先恢复", PauseResumeRules.ValidatePause(new PauseCommand("再次送检"), mediating)?.Message);
        Assert.Null(PauseResumeRules.ValidateResume(mediating));
    }

    [Fact]
    public void Intake_validation_needs_no_database()
    {
        var checks = SubmitFilingRules.Validate(new SubmitFiling("complaint", new PersonInput("王小明", "123", null, null), null, Facts: "太短"),
            FilingChannel.Hotline12345, new DateOnly(2026, 11, 23), []);

        var errors = checks.Errors.ToDictionary();
        Assert.Equal(["person.address", "person.phone", "facts", "demand", "ticketId", "category"],
            errors.Keys.Where(k => k is "person.address" or "person.phone" or "facts" or "demand" or "ticketId" or "category"));
        Assert.Contains("格式不正确", errors["person.phone"][0], StringComparison.Ordinal);
        Assert.Equal([FilingKind.Complaint], checks.Kinds);
    }
}
