using Zhijian.Platform.Privacy;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Platform.Privacy;

public sealed class PersonalDataTests
{
    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("0531-88886666", "0531*******66")]
    [InlineData("", "")]
    public void Phones_are_masked(string phone, string masked) => Assert.Equal(masked, Masks.Phone(phone));

    [Theory]
    [InlineData("张伟", "张*")]
    [InlineData("孙立新", "孙**")]
    [InlineData("欧阳娜娜", "欧阳**")]
    public void Names_keep_only_the_surname(string name, string masked) => Assert.Equal(masked, Masks.Name(name));

    [Fact]
    public void Id_numbers_show_the_first_six_and_last_four() =>
        Assert.Equal("110105********002X", Masks.IdNumber("11010519491231002X"));

    [Fact]
    public async Task Personal_data_is_stored_as_ciphertext_that_another_app_node_on_the_same_database_can_read()
    {
        await using var db = await TestDatabase.CreateAsync();
        string stored;
        await using (var node1 = await ZhijianApp.StartAsync(reuse: db))
        {
            stored = node1.Services.GetRequiredService<PersonalData>().Protect("11010519491231002X")!;
        }

        await using var node2 = await ZhijianApp.StartAsync(reuse: db);
        var clear = node2.Services.GetRequiredService<PersonalData>().Unprotect(stored);

        Assert.DoesNotContain("11010519491231002X", stored);
        Assert.DoesNotContain("19491231", stored);
        Assert.Equal("11010519491231002X", clear);
    }

    [Fact]
    public async Task Values_are_sealed_per_value_and_tampering_is_detected_while_older_payloads_stay_readable()
    {
        await using var app = await ZhijianApp.StartAsync();
        var personal = app.Services.GetRequiredService<PersonalData>();
        var a = personal.Protect("13812345678")!;
        var b = personal.Protect("13812345678")!;

        Assert.StartsWith("pd1:", a, StringComparison.Ordinal);
        Assert.NotEqual(a, b); // a fresh nonce each time: equal values do not show as equal ciphertexts
        Assert.Equal("13812345678", personal.Unprotect(b));

        var bytes = Convert.FromBase64String(a[(a.LastIndexOf(':') + 1)..]);
        bytes[^1] ^= 1;
        var tampered = a[..(a.LastIndexOf(':') + 1)] + Convert.ToBase64String(bytes);
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => personal.Unprotect(tampered));

        // written by Data Protection directly, as the platform did before the envelope scheme
        var legacy = app.Services.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>()
            .CreateProtector("Zhijian.PersonalData.v1");
        Assert.Equal("11010519491231002X", personal.Unprotect(Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions.Protect(legacy, "11010519491231002X")));
    }
}
