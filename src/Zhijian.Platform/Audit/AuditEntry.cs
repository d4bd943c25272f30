using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Zhijian.Platform.Audit;

/// <summary>
/// 执法全过程记录: one append-only audit entry. <see cref="Hash"/> is the SHA-256 of this entry's fields and
/// the previous entry's hash, so editing or deleting any entry breaks the chain from there on.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Position in the chain, 1, 2, 3 … without gaps.</summary>
    public long Seq { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>User name or <c>api:ClientName</c> or <c>system</c>.</summary>
    public string Actor { get; set; } = "";

    public int? OrgUnitId { get; set; }

    /// <summary>属地 of the record (or of the actor's unit), for scoped audit views.</summary>
    public string? DivisionCode { get; set; }

    /// <summary>What happened, e.g. <c>orgunit.created</c>, <c>rule.changed</c>.</summary>
    public string Action { get; set; } = "";

    public string RecordType { get; set; } = "";

    public string RecordId { get; set; } = "";

    /// <summary>JSON snapshot before the change (personal data already masked); null for creation.</summary>
    public string? Before { get; set; }

    /// <summary>JSON snapshot after the change; null for deletion.</summary>
    public string? After { get; set; }

    public string PrevHash { get; set; } = "";

    public string Hash { get; set; } = "";

    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The chain hash of this entry given the previous entry's hash.</summary>
    public string ComputeHash(string prevHash)
    {
        var canonical = string.Join('\u001f',
            Seq.ToString(CultureInfo.InvariantCulture),
            At.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            Actor, OrgUnitId?.ToString(CultureInfo.InvariantCulture) ?? "", DivisionCode ?? "",
            Action, RecordType, RecordId, Before ?? "\u0000", After ?? "\u0000", prevHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
