using Zhijian.SpecialEquipment.Domain.Registry;

namespace Zhijian.Tests.SpecialEquipment.Registry;

/// <summary>设备代码 (E16) and the legacy 注册代码 (E17), the 使用登记 deadline and number, the QR encoder — pure.</summary>
[Trait("Database", "none")]
public sealed class EquipmentCodeTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("311037001202500001", "3110", false)]
    [InlineData("3110 10123 2024 A0001", null, false)]
    [InlineData("4D0037001202099999", "4D00", false)]
    [InlineData("231037050201912B45", "2310", false)]
    [InlineData("31103701022010050001", "3110", true)]
    [InlineData("  311037001202500001 ", "3110", false)]
    public void Valid_codes_give_their_variety(string code, string? variety, bool legacy)
    {
        var info = EquipmentCode.Parse(code, Today, out var error);
        if (variety is null)
        {
            Assert.Null(info); // inner spaces are not allowed
            Assert.Contains("18 位", error);
            return;
        }

        Assert.NotNull(info);
        Assert.Null(error);
        Assert.Equal(variety, info.Variety.Code);
        Assert.Equal(legacy, info.Legacy);
    }

    [Theory]
    [InlineData("", "不能为空")]
    [InlineData("31103700120250001", "应为 18 位")]
    [InlineData("3110370012025000011", "现为 19 位")]
    [InlineData("9999370012025000A1", "前 4 位“9999”不是《特种设备目录》")]
    [InlineData("3000370012025000A1", "前 4 位“3000”不是《特种设备目录》")]
    [InlineData("31103X001202500001", "制造单位代码“3X001”")]
    [InlineData("311099001202500001", "许可地区“99”")]
    [InlineData("311037001194900001", "制造年份 1949 不合理")]
    [InlineData("311037001202800001", "制造年份 2028 不合理")]
    [InlineData("31103700120A500001", "制造年份“20A5”")]
    [InlineData("311037001202500000", "顺序号）不能为 00000")]
    [InlineData("3110370012025-0001", "只能由数字和大写字母组成")]
    [InlineData("99993701022010050001", "旧注册代码前 4 位")]
    [InlineData("31109999992010050001", "地区“999999”")]
    [InlineData("31103700002010050001", "地区“370000”")]
    [InlineData("31103701022010130001", "注册年月“201013”")]
    [InlineData("31103701022027010001", "注册年月“202701”")]
    [InlineData("31103701022010050000", "顺序号）不能为 0000")]
    public void Each_failure_has_its_precise_reason(string code, string reason)
    {
        Assert.Null(EquipmentCode.Parse(code, Today, out var error));
        Assert.Contains(reason, error);
    }

    [Fact]
    public void Registration_deadline_counts_calendar_days_across_the_National_Day_holiday()
    {
        // First use on 2026-09-20: 30 日 → 2026-10-20, the 国庆 week (10-01..10-07) is not added: E1 counts calendar days.
        Assert.Equal(new DateOnly(2026, 10, 20), RegistryRules.RegistrationDue(new DateOnly(2026, 9, 20), 30));
        Assert.Equal(new DateOnly(2026, 10, 31), RegistryRules.RegistrationDue(new DateOnly(2026, 10, 1), 30));
    }

    [Fact]
    public void Registration_number_carries_category_county_city_serial_and_year()
    {
        var prefix = RegistryRules.RegistrationPrefix("3110", "370102");
        Assert.Equal("梯02鲁A", prefix);
        var number = RegistryRules.RegistrationNo(prefix, 7, 5, new DateOnly(2026, 11, 23));
        Assert.Equal("梯02鲁A00007(26)", number);
        Assert.Equal(7, RegistryRules.SerialOf(number, prefix));
        Assert.Equal("瓶12鲁A", RegistryRules.RegistrationPrefix("2310", "370112"));
        Assert.Equal("容02鲁B", RegistryRules.RegistrationPrefix("2150", "370202"));
        Assert.Equal("lpg", RegistryRules.GasKindOf("2320", "液化石油气"));
        Assert.Equal("inert", RegistryRules.GasKindOf("2310", "氮气"));
        Assert.Equal("corrosive", RegistryRules.GasKindOf("2310", "液氯"));
        Assert.Equal("general", RegistryRules.GasKindOf("2310", "氧气"));
        Assert.Null(RegistryRules.GasKindOf("3110", "氧气"));
    }

    [Fact]
    public void Qr_format_bits_and_reed_solomon_match_the_standard()
    {
        // ISO/IEC 18004 table of format information, level M, masks 0–7.
        int[] m = [0b101010000010010, 0b101000100100101, 0b101111001111100, 0b101101101001011, 0b100010111111001, 0b100000011001110, 0b100111110010111, 0b100101010100000];
        for (var mask = 0; mask < 8; mask++) Assert.Equal(m[mask], QrCode.FormatBits(mask));

        // ISO/IEC 18004 Annex I example: "01234567", 1-M — its 16 data codewords and their 10 error correction codewords.
        byte[] data = [0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11];
        byte[] ecc = [0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55];
        Assert.Equal(ecc, QrCode.RsRemainder(data, QrCode.RsDivisor(10)));
        Assert.Equal(16, QrCode.DataCodewords(1));
        Assert.Equal(64, QrCode.DataCodewords(4));
        Assert.Equal(216, QrCode.DataCodewords(10));
    }

    [Theory]
    [InlineData("https://zhijian.jinan.gov.cn/gs/sequip/elevator/311037001202500001", 5)]
    [InlineData("HELLO", 1)]
    [InlineData("https://zj.example/gs/sequip/elevator/31103701022010050001?x=电梯公示卡和使用标志二维码测试内容", 7)]
    public void Qr_code_decodes_back_to_its_text(string text, int version)
    {
        var qr = QrCode.Encode(text);
        Assert.Equal(version, qr.Version);
        Assert.Equal(text, QrDecoder.Decode(qr));
        var svg = qr.ToSvg();
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
    }
}

/// <summary>
/// A minimal reader of the encoder's output for the round-trip test: reads the format bits from the matrix (checking the BCH
/// code against all 32 format words), removes the mask, reads the codewords in the zig-zag order, checks every block's
/// Reed–Solomon codewords and parses the byte-mode segment.
/// </summary>
internal static class QrDecoder
{
    public static string Decode(QrCode qr)
    {
        var n = qr.Size;
        var format = 0;
        for (var i = 0; i <= 5; i++) format |= (qr[8, i] ? 1 : 0) << i;
        format |= (qr[8, 7] ? 1 : 0) << 6;
        format |= (qr[8, 8] ? 1 : 0) << 7;
        format |= (qr[7, 8] ? 1 : 0) << 8;
        for (var i = 9; i < 15; i++) format |= (qr[14 - i, 8] ? 1 : 0) << i;
        var mask = Enumerable.Range(0, 8).Single(m => QrCode.FormatBits(m) == format);
        var function = FunctionMap(qr.Version, n);
        var bits = new List<bool>();
        for (var right = n - 1; right >= 1; right -= 2)
        {
            if (right == 6) right = 5;
            for (var vert = 0; vert < n; vert++)
            {
                for (var j = 0; j < 2; j++)
                {
                    var x = right - j;
                    var y = ((right + 1) & 2) == 0 ? n - 1 - vert : vert;
                    if (function[y, x]) continue;
                    var invert = mask switch
                    {
                        0 => (x + y) % 2 == 0,
                        1 => y % 2 == 0,
                        2 => x % 3 == 0,
                        3 => (x + y) % 3 == 0,
                        4 => (x / 3 + y / 2) % 2 == 0,
                        5 => x * y % 2 + x * y % 3 == 0,
                        6 => (x * y % 2 + x * y % 3) % 2 == 0,
                        _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
                    };
                    bits.Add(qr[x, y] ^ invert);
                }
            }
        }

        var raw = QrCode.RawDataModules(qr.Version) / 8;
        var codewords = new byte[raw];
        for (var i = 0; i < raw * 8; i++) if (bits[i]) codewords[i >> 3] |= (byte)(0x80 >> (i & 7));
        var dataLength = QrCode.DataCodewords(qr.Version);
        var data = Deinterleave(qr.Version, codewords, dataLength);
        var p = 0;
        int Read(int count)
        {
            var v = 0;
            for (var i = 0; i < count; i++, p++) v = (v << 1) | ((data[p >> 3] >> (7 - (p & 7))) & 1);
            return v;
        }

        Assert.Equal(0b0100, Read(4));
        var length = Read(qr.Version >= 10 ? 16 : 8);
        var bytes = new byte[length];
        for (var i = 0; i < length; i++) bytes[i] = (byte)Read(8);
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    private static byte[] Deinterleave(int version, byte[] codewords, int dataLength)
    {
        // The encoder's interleave of the data alone gives the positions: interleave the indices 0..dataLength-1 the same way.
        int[] blocks = [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5], eccs = [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26];
        int b = blocks[version], ecc = eccs[version], raw = codewords.Length;
        var shortBlocks = b - raw % b;
        var shortLength = raw / b;
        var lists = new List<List<int>>();
        for (int i = 0, k = 0; i < b; i++)
        {
            var len = shortLength - ecc + (i < shortBlocks ? 0 : 1);
            lists.Add([.. Enumerable.Range(k, len)]);
            k += len;
        }

        var data = new byte[dataLength];
        var perBlock = lists.Select(l => new List<byte>()).ToList();
        var pos = 0;
        for (var i = 0; i < shortLength + 1; i++)
        {
            for (var j = 0; j < b; j++)
            {
                if (i == shortLength - ecc && j < shortBlocks) continue;
                var dataLen = lists[j].Count;
                if (i < dataLen) data[lists[j][i]] = codewords[pos];
                perBlock[j].Add(codewords[pos]);
                pos++;
            }
        }

        foreach (var (block, j) in perBlock.Select((x, j) => (x, j)))
        {
            var dat = block.Take(lists[j].Count).ToArray();
            Assert.Equal(block.Skip(lists[j].Count).ToArray(), QrCode.RsRemainder(dat, QrCode.RsDivisor(ecc)));
        }

        return data;
    }

    private static bool[,] FunctionMap(int version, int n)
    {
        var f = new bool[n, n];
        void Mark(int x, int y)
        {
            if (x >= 0 && x < n && y >= 0 && y < n) f[y, x] = true;
        }

        for (var i = 0; i < n; i++)
        {
            Mark(6, i);
            Mark(i, 6);
        }

        foreach (var (cx, cy) in new[] { (3, 3), (n - 4, 3), (3, n - 4) })
            for (var dy = -4; dy <= 4; dy++) for (var dx = -4; dx <= 4; dx++) Mark(cx + dx, cy + dy);
        if (version > 1)
        {
            var count = version / 7 + 2;
            var step = (version * 8 + count * 3 + 5) / (count * 4 - 4) * 2;
            var pos = new int[count];
            pos[0] = 6;
            for (int i = count - 1, p = n - 7; i >= 1; i--, p -= step) pos[i] = p;
            for (var i = 0; i < count; i++)
                for (var j = 0; j < count; j++)
                    if (!((i == 0 && j == 0) || (i == 0 && j == count - 1) || (i == count - 1 && j == 0)))
                        for (var dy = -2; dy <= 2; dy++) for (var dx = -2; dx <= 2; dx++) Mark(pos[i] + dx, pos[j] + dy);
        }

        for (var i = 0; i < 9; i++)
        {
            Mark(8, i);
            Mark(i, 8);
        }

        for (var i = 0; i < 8; i++)
        {
            Mark(n - 1 - i, 8);
            Mark(8, n - 1 - i);
        }

        if (version >= 7)
            for (var i = 0; i < 18; i++)
            {
                Mark(n - 11 + i % 3, i / 3);
                Mark(i / 3, n - 11 + i % 3);
            }

        return f;
    }
}
