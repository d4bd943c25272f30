using Microsoft.AspNetCore.DataProtection;

namespace Zhijian.Platform.Privacy;

/// <summary>
/// 个人信息保护: encrypts personal data at rest (ID numbers, phones of complainants and legal representatives)
/// with ASP.NET Data Protection, whose keys every app node shares through the database. Reading the clear value
/// is a privileged act: callers audit it. Display goes through <see cref="Masks"/>.
/// </summary>
public sealed class PersonalData
{
    private const string Purpose = "Zhijian.PersonalData.v1";
    private readonly IDataProtector _protector;

    public PersonalData(IDataProtectionProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _protector = provider.CreateProtector(Purpose);
    }

    /// <summary>Ciphertext for storage; null stays null.</summary>
    public string? Protect(string? clear) => clear is null ? null : _protector.Protect(clear);

    /// <summary>The clear value, for a role that needs it; the caller writes the audit entry of the read.</summary>
    public string? Unprotect(string? stored) => stored is null ? null : _protector.Unprotect(stored);
}

/// <summary>How personal data is shown everywhere a role does not need it in clear (lists, exports, logs, portal).</summary>
public static class Masks
{
    /// <summary>居民身份证号: 110105********002X (first 6, last 4).</summary>
    public static string IdNumber(string? id) => Codes.ResidentId.Mask(id);

    /// <summary>手机号: 138****5678; fixed lines keep area code and last 2 digits.</summary>
    public static string Phone(string? phone)
    {
        if (string.IsNullOrEmpty(phone)) return "";
        var p = phone.Trim();
        if (p.Length == 11 && p[0] == '1') return p[..3] + "****" + p[^4..];
        return p.Length <= 4 ? new string('*', p.Length) : p[..Math.Min(4, p.Length - 2)] + new string('*', p.Length - Math.Min(4, p.Length - 2) - 2) + p[^2..];
    }

    /// <summary>姓名: 张* / 欧阳** (surname kept).</summary>
    public static string Name(string? name)
    {
        if (string.IsNullOrEmpty(name)) return "";
        var n = name.Trim();
        var surname = n.Length >= 4 ? 2 : 1;
        return n.Length <= 1 ? "*" : n[..surname] + new string('*', n.Length - surname);
    }
}
