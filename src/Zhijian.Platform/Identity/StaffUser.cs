using Microsoft.AspNetCore.Identity;

namespace Zhijian.Platform.Identity;

/// <summary>A bureau staff member. Enforcement officers carry a 执法证号 and field tags.</summary>
public sealed class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public int OrgUnitId { get; set; }

    /// <summary>执法证号 (enforcement certificate number); empty for staff without one.</summary>
    public string? CertificateNo { get; set; }

    /// <summary>专业领域标签 (e.g. 食品, 特种设备, 价格) used to match inspectors to inspection items.</summary>
    public List<string> FieldTags { get; set; } = [];

    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}
