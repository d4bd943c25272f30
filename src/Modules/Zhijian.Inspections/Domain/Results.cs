using Zhijian.Inspections.Contracts;
using Zhijian.Platform.Storage;

namespace Zhijian.Inspections.Domain;

/// <summary>抽查检查结果 of one target. Published results change only by a recorded correction (Version + 1).</summary>
internal sealed class InspectionResult : IDivisionScoped
{
    public long Id { get; set; }

    public long TaskId { get; set; }

    public long TargetId { get; set; }

    public string Uscc { get; set; } = "";

    public string EntityName { get; set; } = "";

    public ResultCategory Category { get; set; }

    /// <summary>检查情况 (what was checked and found).</summary>
    public string Notes { get; set; } = "";

    public DateOnly InspectedOn { get; set; }

    public string EnteredBy { get; set; } = "";

    public DateTimeOffset EnteredAt { get; set; }

    /// <summary>Certificate numbers of the assigned officers who confirmed the result.</summary>
    public List<string> ConfirmedBy { get; set; } = [];

    public DateTimeOffset? ConfirmedAt { get; set; }

    /// <summary>公示期限: inspected on + the publication period in working days.</summary>
    public DateOnly PublishBy { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public int Version { get; set; } = 1;

    /// <summary>更正说明 of the latest correction.</summary>
    public string? CorrectionReason { get; set; }

    public string DivisionCode { get; set; } = "";

    public bool Confirmed => ConfirmedAt is not null;
}

/// <summary>现场照片、检查记录等附件: stored with its SHA-256.</summary>
internal sealed class ResultAttachment : IDivisionScoped
{
    public long Id { get; set; }

    public long ResultId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public string UploadedBy { get; set; } = "";

    public DateTimeOffset UploadedAt { get; set; }

    public string DivisionCode { get; set; } = "";
}
