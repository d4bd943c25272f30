using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Storage;

namespace Zhijian.Platform.Privacy;

/// <summary>
/// 个人信息保护: encrypts personal data at rest (ID numbers, phones of complainants and legal representatives).
/// Envelope encryption: values are sealed with AES-256-GCM under a data key (random 96-bit nonce, 128-bit tag); the
/// data key itself is stored in <c>personal_data_keys</c> only as ASP.NET Data Protection ciphertext, whose key ring
/// every app node shares through the database. Stored form: <c>pd1:{keyId}:{base64(nonce ‖ tag ‖ ciphertext)}</c>.
/// Why not Data Protection per value: it derives a fresh subkey for every call (≈10–18 µs), which made encryption
/// two thirds of a bulk import; the envelope costs ≈1–2 µs and keeps the same key custody. Values written by
/// Data Protection directly (before this scheme) are still read. Reading the clear value is a privileged act:
/// callers audit it. Display goes through <see cref="Masks"/>.
/// </summary>
public sealed class PersonalData
{
    private const string Purpose = "Zhijian.PersonalData.v1";
    private const string Prefix = "pd1:";
    private const int NonceBytes = 12, TagBytes = 16;
    private readonly IDataProtector _protector;
    private readonly IServiceScopeFactory _scopes;
    private readonly ConcurrentDictionary<int, DataKey> _keys = new();
    private readonly Lock _gate = new();
    private DataKey? _current;
    private byte[]? _fingerprintKey;

    public PersonalData(IDataProtectionProvider provider, IServiceScopeFactory scopes)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _protector = provider.CreateProtector(Purpose);
        _scopes = scopes;
    }

    /// <summary>Ciphertext for storage; null stays null.</summary>
    public string? Protect(string? clear)
    {
        if (clear is null) return null;
        var key = _current ?? Current();
        var plain = Encoding.UTF8.GetBytes(clear);
        var sealedBytes = new byte[NonceBytes + TagBytes + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        key.Aes.Value!.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes));
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix}{key.Id}:{Convert.ToBase64String(sealedBytes)}");
    }

    /// <summary>The clear value, for a role that needs it; the caller writes the audit entry of the read.</summary>
    public string? Unprotect(string? stored)
    {
        if (stored is null) return null;
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal)) return _protector.Unprotect(stored); // written before the envelope
        var colon = stored.IndexOf(':', Prefix.Length);
        var id = int.Parse(stored.AsSpan(Prefix.Length, colon - Prefix.Length), CultureInfo.InvariantCulture);
        var sealedBytes = Convert.FromBase64String(stored[(colon + 1)..]);
        var plain = new byte[sealedBytes.Length - NonceBytes - TagBytes];
        Key(id).Aes.Value!.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes + TagBytes),
            sealedBytes.AsSpan(NonceBytes, TagBytes), plain);
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>
    /// A keyed, irreversible fingerprint (HMAC-SHA256, hex, 32 chars) of a personal value, for finding equal values without
    /// decrypting them (one phone used by many complainants). Keyed by the oldest data key, so fingerprints stay stable
    /// across key rotation; <paramref name="purpose"/> separates kinds of value.
    /// </summary>
    public string Fingerprint(string purpose, string clear)
    {
        var key = _fingerprintKey ??= FingerprintKey();
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(purpose + "\n" + clear));
        return Convert.ToHexStringLower(mac, 0, 16);
    }

    private byte[] FingerprintKey()
    {
        Current();
        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var oldest = db.PersonalDataKeys.AsNoTracking().OrderBy(k => k.Id).First();
        return HKDF.DeriveKey(HashAlgorithmName.SHA256, Convert.FromBase64String(_protector.Unprotect(oldest.ProtectedKey)), 32,
            info: Encoding.UTF8.GetBytes("Zhijian.PersonalData.Fingerprint.v1"));
    }

    /// <summary>Makes sure a data key exists (start-up, before any request can hold a write transaction).</summary>
    public void EnsureKey() => Current();

    private DataKey Current()
    {
        lock (_gate)
        {
            if (_current is not null) return _current;
            using var scope = _scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var row = db.PersonalDataKeys.AsNoTracking().OrderByDescending(k => k.Id).FirstOrDefault();
            if (row is null)
            {
                row = new PersonalDataKey { ProtectedKey = _protector.Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))), CreatedAt = DateTimeOffset.UtcNow };
                db.PersonalDataKeys.Add(row);
                db.SaveChanges();
            }

            return _current = _keys.GetOrAdd(row.Id, _ => Open(row));
        }
    }

    private DataKey Key(int id)
    {
        if (_keys.TryGetValue(id, out var key)) return key;
        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var row = db.PersonalDataKeys.AsNoTracking().FirstOrDefault(k => k.Id == id)
            ?? throw new CryptographicException($"personal data key {id} not found");
        return _keys.GetOrAdd(id, _ => Open(row));
    }

    private DataKey Open(PersonalDataKey row) => new(row.Id, Convert.FromBase64String(_protector.Unprotect(row.ProtectedKey)));

    /// <summary>An AES-GCM instance per thread (instances are not thread-safe), all on the same key bytes.</summary>
    private sealed class DataKey(int id, byte[] key)
    {
        public int Id { get; } = id;

        public ThreadLocal<AesGcm> Aes { get; } = new(() => new AesGcm(key, TagBytes));
    }
}

/// <summary>A data key for personal data, stored only as Data Protection ciphertext.</summary>
public sealed class PersonalDataKey
{
    public int Id { get; set; }

    public required string ProtectedKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
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
