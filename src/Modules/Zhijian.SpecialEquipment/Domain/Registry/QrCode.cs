using System.Globalization;
using System.Text;

namespace Zhijian.SpecialEquipment.Domain.Registry;

/// <summary>
/// A small QR Code encoder (ISO/IEC 18004) for the elevator's 使用标志: byte mode (UTF-8), error correction level M, versions 1–10
/// (up to 213 bytes — a card URL is about 60), the mask chosen by the standard's penalty score unless one is forced. Pure; renders
/// SVG. Written here because the repository has no QR package (see docs/special-equipment-registry.md).
/// </summary>
internal sealed class QrCode
{
    private static readonly int[] EccPerBlock = [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26];
    private static readonly int[] Blocks = [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5];
    public const int MaxVersion = 10;

    private readonly bool[,] _modules;
    private readonly bool[,] _function;

    private QrCode(int version)
    {
        Version = version;
        Size = version * 4 + 17;
        _modules = new bool[Size, Size];
        _function = new bool[Size, Size];
    }

    public int Version { get; }

    public int Size { get; }

    public int Mask { get; private set; }

    /// <summary>Dark module at column <paramref name="x"/>, row <paramref name="y"/>.</summary>
    public bool this[int x, int y] => _modules[y, x];

    /// <summary>Encodes <paramref name="text"/> (UTF-8 bytes) in the smallest version that holds it; <paramref name="mask"/> forces a mask (0–7).</summary>
    public static QrCode Encode(string text, int? mask = null)
    {
        var data = Encoding.UTF8.GetBytes(text);
        var version = 1;
        while (version <= MaxVersion && DataCodewords(version) < 2 + data.Length + (version >= 10 ? 1 : 0)) version++;
        if (version > MaxVersion) throw new ArgumentException($"内容过长（{data.Length} 字节），二维码最多 {DataCodewords(MaxVersion) - 3} 字节", nameof(text));
        var bits = new List<bool>();
        Append(bits, 0b0100, 4);
        Append(bits, data.Length, version >= 10 ? 16 : 8);
        foreach (var b in data) Append(bits, b, 8);
        var capacity = DataCodewords(version) * 8;
        Append(bits, 0, Math.Min(4, capacity - bits.Count));
        Append(bits, 0, (8 - bits.Count % 8) % 8);
        var codewords = new List<byte>();
        for (var i = 0; i < bits.Count; i += 8)
        {
            var v = 0;
            for (var j = 0; j < 8; j++) v = (v << 1) | (bits[i + j] ? 1 : 0);
            codewords.Add((byte)v);
        }

        for (var pad = 0xEC; codewords.Count < DataCodewords(version); pad ^= 0xEC ^ 0x11) codewords.Add((byte)pad);
        var qr = new QrCode(version);
        qr.DrawFunctionPatterns();
        qr.DrawCodewords(Interleave(version, [.. codewords]));
        if (mask is { } m) qr.Mask = m;
        else
        {
            var best = int.MaxValue;
            for (var m2 = 0; m2 < 8; m2++)
            {
                qr.ApplyMask(m2);
                qr.DrawFormatBits(m2);
                var penalty = qr.Penalty();
                if (penalty < best)
                {
                    best = penalty;
                    qr.Mask = m2;
                }

                qr.ApplyMask(m2);
            }
        }

        qr.ApplyMask(qr.Mask);
        qr.DrawFormatBits(qr.Mask);
        return qr;
    }

    /// <summary>The code as SVG (black on white, 4-module quiet zone), scalable; <paramref name="title"/> for screen readers.</summary>
    public string ToSvg(string? title = null)
    {
        const int Border = 4;
        var n = Size + Border * 2;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {n} {n}\" shape-rendering=\"crispEdges\" role=\"img\">");
        if (title is not null) sb.Append("<title>").Append(System.Net.WebUtility.HtmlEncode(title)).Append("</title>");
        sb.Append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                if (_modules[y, x]) sb.Append(CultureInfo.InvariantCulture, $"M{x + Border},{y + Border}h1v1h-1z");
            }
        }

        return sb.Append("\"/></svg>").ToString();
    }

    /// <summary>The SVG of <paramref name="text"/>.</summary>
    public static string Svg(string text) => Encode(text).ToSvg(text);

    /// <summary>The rows as strings of '1' (dark) and '0' (light), for tests and comparisons.</summary>
    public IEnumerable<string> Rows()
    {
        for (var y = 0; y < Size; y++)
        {
            var sb = new StringBuilder(Size);
            for (var x = 0; x < Size; x++) sb.Append(_modules[y, x] ? '1' : '0');
            yield return sb.ToString();
        }
    }

    internal static int RawDataModules(int version)
    {
        var result = (16 * version + 128) * version + 64;
        if (version >= 2)
        {
            var align = version / 7 + 2;
            result -= (25 * align - 10) * align - 55;
            if (version >= 7) result -= 36;
        }

        return result;
    }

    internal static int DataCodewords(int version) => RawDataModules(version) / 8 - EccPerBlock[version] * Blocks[version];

    private static void Append(List<bool> bits, int value, int length)
    {
        for (var i = length - 1; i >= 0; i--) bits.Add(((value >> i) & 1) != 0);
    }

    internal static byte[] Interleave(int version, byte[] data)
    {
        int blocks = Blocks[version], ecc = EccPerBlock[version], raw = RawDataModules(version) / 8;
        var shortBlocks = blocks - raw % blocks;
        var shortLength = raw / blocks;
        var divisor = RsDivisor(ecc);
        var all = new List<byte[]>();
        for (int i = 0, k = 0; i < blocks; i++)
        {
            var length = shortLength - ecc + (i < shortBlocks ? 0 : 1);
            var dat = data[k..(k + length)];
            k += length;
            var block = new byte[shortLength + 1];
            dat.CopyTo(block, 0);
            RsRemainder(dat, divisor).CopyTo(block, shortLength + 1 - ecc);
            all.Add(block);
        }

        var result = new List<byte>(raw);
        for (var i = 0; i < shortLength + 1; i++)
        {
            for (var j = 0; j < all.Count; j++)
            {
                if (i != shortLength - ecc || j >= shortBlocks) result.Add(all[j][i]);
            }
        }

        return [.. result];
    }

    internal static byte[] RsDivisor(int degree)
    {
        var result = new byte[degree];
        result[degree - 1] = 1;
        var root = 1;
        for (var i = 0; i < degree; i++)
        {
            for (var j = 0; j < degree; j++)
            {
                result[j] = Multiply(result[j], root);
                if (j + 1 < degree) result[j] ^= result[j + 1];
            }

            root = Multiply(root, 0x02);
        }

        return result;
    }

    internal static byte[] RsRemainder(byte[] data, byte[] divisor)
    {
        var result = new byte[divisor.Length];
        foreach (var b in data)
        {
            var factor = b ^ result[0];
            Array.Copy(result, 1, result, 0, result.Length - 1);
            result[^1] = 0;
            for (var i = 0; i < result.Length; i++) result[i] ^= Multiply(divisor[i], factor);
        }

        return result;
    }

    private static byte Multiply(int x, int y)
    {
        var z = 0;
        for (var i = 7; i >= 0; i--)
        {
            z = (z << 1) ^ ((z >> 7) * 0x11D);
            z ^= ((y >> i) & 1) * x;
        }

        return (byte)z;
    }

    private void Set(int x, int y, bool dark)
    {
        _modules[y, x] = dark;
        _function[y, x] = true;
    }

    private void DrawFunctionPatterns()
    {
        for (var i = 0; i < Size; i++)
        {
            Set(6, i, i % 2 == 0);
            Set(i, 6, i % 2 == 0);
        }

        Finder(3, 3);
        Finder(Size - 4, 3);
        Finder(3, Size - 4);
        var positions = AlignmentPositions();
        var n = positions.Length;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (!((i == 0 && j == 0) || (i == 0 && j == n - 1) || (i == n - 1 && j == 0))) Alignment(positions[i], positions[j]);
            }
        }

        DrawFormatBits(0);
        if (Version >= 7)
        {
            var rem = Version;
            for (var i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >> 11) * 0x1F25);
            var bits = (Version << 12) | rem;
            for (var i = 0; i < 18; i++)
            {
                var bit = ((bits >> i) & 1) != 0;
                int a = Size - 11 + i % 3, b = i / 3;
                Set(a, b, bit);
                Set(b, a, bit);
            }
        }
    }

    private int[] AlignmentPositions()
    {
        if (Version == 1) return [];
        var n = Version / 7 + 2;
        var step = (Version * 8 + n * 3 + 5) / (n * 4 - 4) * 2;
        var result = new int[n];
        result[0] = 6;
        for (int i = n - 1, pos = Size - 7; i >= 1; i--, pos -= step) result[i] = pos;
        return result;
    }

    private void Finder(int x, int y)
    {
        for (var dy = -4; dy <= 4; dy++)
        {
            for (var dx = -4; dx <= 4; dx++)
            {
                var dist = Math.Max(Math.Abs(dx), Math.Abs(dy));
                int xx = x + dx, yy = y + dy;
                if (xx >= 0 && xx < Size && yy >= 0 && yy < Size) Set(xx, yy, dist != 2 && dist != 4);
            }
        }
    }

    private void Alignment(int x, int y)
    {
        for (var dy = -2; dy <= 2; dy++)
        {
            for (var dx = -2; dx <= 2; dx++) Set(x + dx, y + dy, Math.Max(Math.Abs(dx), Math.Abs(dy)) != 1);
        }
    }

    /// <summary>The 15 format bits (level M = 00, the mask, BCH, XOR 0x5412), both copies, and the dark module.</summary>
    internal static int FormatBits(int mask)
    {
        var data = mask; // level M's two bits are 00
        var rem = data;
        for (var i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >> 9) * 0x537);
        return ((data << 10) | rem) ^ 0x5412;
    }

    private void DrawFormatBits(int mask)
    {
        var bits = FormatBits(mask);
        bool Bit(int i) => ((bits >> i) & 1) != 0;
        for (var i = 0; i <= 5; i++) Set(8, i, Bit(i));
        Set(8, 7, Bit(6));
        Set(8, 8, Bit(7));
        Set(7, 8, Bit(8));
        for (var i = 9; i < 15; i++) Set(14 - i, 8, Bit(i));
        for (var i = 0; i < 8; i++) Set(Size - 1 - i, 8, Bit(i));
        for (var i = 8; i < 15; i++) Set(8, Size - 15 + i, Bit(i));
        Set(8, Size - 8, true);
    }

    private void DrawCodewords(byte[] data)
    {
        var i = 0;
        for (var right = Size - 1; right >= 1; right -= 2)
        {
            if (right == 6) right = 5;
            for (var vert = 0; vert < Size; vert++)
            {
                for (var j = 0; j < 2; j++)
                {
                    var x = right - j;
                    var upward = ((right + 1) & 2) == 0;
                    var y = upward ? Size - 1 - vert : vert;
                    if (!_function[y, x] && i < data.Length * 8)
                    {
                        _modules[y, x] = ((data[i >> 3] >> (7 - (i & 7))) & 1) != 0;
                        i++;
                    }
                }
            }
        }
    }

    private void ApplyMask(int mask)
    {
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
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
                if (invert && !_function[y, x]) _modules[y, x] = !_modules[y, x];
            }
        }
    }

    /// <summary>The standard's four penalty rules: runs of 5+, 2×2 blocks, finder-like 1:1:3:1:1 patterns with 4 light, dark balance.</summary>
    private int Penalty()
    {
        var result = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            for (var a = 0; a < Size; a++)
            {
                var run = 1;
                var line = new bool[Size];
                for (var b = 0; b < Size; b++) line[b] = pass == 0 ? _modules[a, b] : _modules[b, a];
                for (var b = 1; b < Size; b++)
                {
                    if (line[b] == line[b - 1])
                    {
                        run++;
                        if (run == 5) result += 3;
                        else if (run > 5) result++;
                    }
                    else run = 1;
                }

                for (var b = 0; b + 11 <= Size; b++)
                {
                    if (Matches(line, b, "10111010000") || Matches(line, b, "00001011101")) result += 40;
                }
            }
        }

        var dark = 0;
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                if (_modules[y, x]) dark++;
                if (x + 1 < Size && y + 1 < Size && _modules[y, x] == _modules[y, x + 1] && _modules[y, x] == _modules[y + 1, x] && _modules[y, x] == _modules[y + 1, x + 1])
                    result += 3;
            }
        }

        var total = Size * Size;
        var k = (Math.Abs(dark * 20 - total * 10) + total - 1) / total - 1;
        return result + k * 10;
    }

    private static bool Matches(bool[] line, int at, string pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            if (line[at + i] != (pattern[i] == '1')) return false;
        }

        return true;
    }
}
