using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Zhijian.Platform.Codes;

namespace Zhijian.Cases.Features.Disclosure;

/// <summary>
/// 公示文本脱敏 (《市场监督管理行政处罚信息公示规定》第十条): the issued decision HTML as plain-text paragraphs with personal
/// data removed — resident ID numbers (18 and 15 digits), mobile and fixed-line numbers, bank card numbers, e-mail
/// addresses and each value the caller knows to be personal (a natural-person party's address, ID number and phone).
/// Everything removed becomes <see cref="Mask"/>. The party's name, the facts and the penalty stay. Pure, no I/O.
/// </summary>
internal static partial class Redaction
{
    /// <summary>What stands where personal data was.</summary>
    public const string Mask = "＊＊＊";

    /// <summary>
    /// The decision HTML (or plain text) as paragraphs separated by "\n", with personal data replaced by <see cref="Mask"/>.
    /// Known values shorter than 2 characters are ignored (a single character would mask ordinary words).
    /// </summary>
    public static string Redact(string text, IEnumerable<string?> knownPersonal)
    {
        ArgumentNullException.ThrowIfNull(knownPersonal);
        var plain = ToText(text ?? "");
        foreach (var known in knownPersonal.Select(k => k?.Trim()).Where(k => k is { Length: >= 2 }).Distinct(StringComparer.Ordinal)
                     .OrderByDescending(k => k!.Length))
            plain = plain.Replace(known!, Mask, StringComparison.OrdinalIgnoreCase);

        plain = Email().Replace(plain, Mask);
        plain = IdNumber18().Replace(plain, m => IsUsccNotId(m.Value) ? m.Value : Mask);
        plain = BankCard().Replace(plain, Mask);
        plain = IdNumber15().Replace(plain, Mask);
        plain = Mobile().Replace(plain, Mask);
        plain = Landline().Replace(plain, Mask);
        return plain;
    }

    /// <summary>The paragraphs of an HTML document as plain text, one per line: head, scripts and styles dropped, entities decoded.</summary>
    public static string ToText(string html)
    {
        var s = Invisible().Replace(html, "");
        s = Comment().Replace(s, "");
        s = BlockBreak().Replace(s, "\n");
        s = Cell().Replace(s, " ");
        s = Tag().Replace(s, "");
        s = WebUtility.HtmlDecode(s);
        var lines = new StringBuilder();
        foreach (var line in s.Split('\n'))
        {
            var clean = Spaces().Replace(line.Replace('\u00A0', ' ').Replace('\r', ' ').Replace('\t', ' '), " ").Trim();
            if (clean.Length == 0) continue;
            if (lines.Length > 0) lines.Append('\n');
            lines.Append(clean);
        }

        return lines.ToString();
    }

    /// <summary>The text's paragraphs (for a page to render one &lt;p&gt; each).</summary>
    public static IReadOnlyList<string> Paragraphs(string redacted) => redacted.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    // An 18-digit code that is a valid USCC (the party's, which is published) and not a valid resident ID stays.
    private static bool IsUsccNotId(string code) => Uscc.IsValid(code.ToUpperInvariant()) && !ResidentId.IsValid(code.ToUpperInvariant());

    [GeneratedRegex(@"<(head|script|style|template)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<br\s*/?>|</?(p|div|h[1-6]|li|tr|table|section|article|header|footer|blockquote|ul|ol|title)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockBreak();

    [GeneratedRegex(@"</t[dh]\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cell();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \u3000]{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{17}[0-9Xx](?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex IdNumber18();

    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex IdNumber15();

    /// <summary>16–19 digits, also written in groups of four with spaces or hyphens.</summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z])(?:\d{16,19}|\d{4}(?:[ \-]\d{4}){3}(?:[ \-]?\d{1,3})?)(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex BankCard();

    /// <summary>1[3-9]xxxxxxxxx, optionally +86 and written 138-1234-5678 or 138 1234 5678.</summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z])(?:\+?86[ \-]?)?1[3-9]\d(?:[ \-]?\d{4}){2}(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Mobile();

    /// <summary>0531-86123456, 053186123456, (0531)86123456, （0531）8612345.</summary>
    [GeneratedRegex(@"(?:[（(]0\d{2,3}[)）][ \-]?|(?<![0-9A-Za-z])0\d{2,3}-?)\d{7,8}(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Landline();
}
