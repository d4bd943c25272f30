using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Zhijian.Inspections.Features.Public;

/// <summary>
/// The draw verification method (docs/draw-verification.zh-CN.md, the Chinese page for citizens, embedded at build) as
/// simple HTML for the portal: headings, paragraphs, lists, tables, code blocks, inline code and emphasis. Every piece of
/// text is HTML-encoded; only the tags written here are emitted. <see cref="Specification"/> is the English original
/// (docs/draw-verification.md) the implementations cite.
/// </summary>
internal static partial class VerificationDoc
{
    public const string ResourceName = "Zhijian.Inspections.draw-verification.zh-CN.md";
    public const string SpecificationResourceName = "Zhijian.Inspections.draw-verification.md";

    private static readonly Lazy<string> Rendered = new(() => ToHtml(Markdown()));

    public static string Html => Rendered.Value;

    public static string Markdown() => Read(ResourceName);

    public static string Specification() => Read(SpecificationResourceName);

    private static string Read(string name)
    {
        using var stream = typeof(VerificationDoc).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"嵌入资源 {name} 不存在");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static string ToHtml(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var html = new StringBuilder();
        var paragraph = new List<string>();
        string? listTag = null;
        var item = new List<string>();

        void FlushParagraph()
        {
            if (paragraph.Count == 0) return;
            html.Append("<p>").Append(Inline(string.Join(' ', paragraph))).Append("</p>\n");
            paragraph.Clear();
        }

        void FlushItem()
        {
            if (item.Count == 0) return;
            html.Append("<li>").Append(Inline(string.Join(' ', item))).Append("</li>\n");
            item.Clear();
        }

        void CloseList()
        {
            FlushItem();
            if (listTag is null) return;
            html.Append("</").Append(listTag).Append(">\n");
            listTag = null;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0)
            {
                FlushParagraph();
                CloseList();
                continue;
            }

            if (listTag is not null && line.StartsWith("  ", StringComparison.Ordinal) && !ListItem().IsMatch(line))
            {
                item.Add(line.Trim());
                continue;
            }

            if (Heading().Match(line) is { Success: true } h)
            {
                FlushParagraph();
                CloseList();
                var level = h.Groups[1].Value.Length;
                html.Append("<h").Append(level).Append('>').Append(Inline(h.Groups[2].Value.Trim())).Append("</h").Append(level).Append(">\n");
                continue;
            }

            if (line.StartsWith("    ", StringComparison.Ordinal) && paragraph.Count == 0)
            {
                CloseList();
                var code = new List<string>();
                for (; i < lines.Length && (lines[i].StartsWith("    ", StringComparison.Ordinal) || lines[i].Trim().Length == 0); i++)
                    code.Add(lines[i].Length >= 4 ? lines[i][4..] : "");
                i--;
                while (code.Count > 0 && code[^1].Length == 0) code.RemoveAt(code.Count - 1);
                html.Append("<pre><code>").Append(WebUtility.HtmlEncode(string.Join('\n', code))).Append("</code></pre>\n");
                continue;
            }

            if (line.StartsWith('|'))
            {
                FlushParagraph();
                CloseList();
                var rows = new List<string[]>();
                for (; i < lines.Length && lines[i].StartsWith('|'); i++) rows.Add(Cells(lines[i]));
                i--;
                html.Append("<table><thead><tr>");
                foreach (var c in rows[0]) html.Append("<th>").Append(Inline(c)).Append("</th>");
                html.Append("</tr></thead><tbody>\n");
                foreach (var row in rows.Skip(1).Where(r => !r.All(c => c.Trim('-', ':', ' ').Length == 0)))
                {
                    html.Append("<tr>");
                    foreach (var c in row) html.Append("<td>").Append(Inline(c)).Append("</td>");
                    html.Append("</tr>\n");
                }

                html.Append("</tbody></table>\n");
                continue;
            }

            if (ListItem().Match(line) is { Success: true } li)
            {
                FlushParagraph();
                var tag = li.Groups[1].Value is "-" or "*" ? "ul" : "ol";
                if (listTag != tag)
                {
                    CloseList();
                    html.Append('<').Append(tag).Append(">\n");
                    listTag = tag;
                }

                FlushItem();
                item.Add(li.Groups[2].Value.Trim());
                continue;
            }

            CloseList();
            paragraph.Add(line.Trim());
        }

        FlushParagraph();
        CloseList();
        return html.ToString();
    }

    private static string[] Cells(string row) => [.. row.Trim().Trim('|').Split('|').Select(c => c.Trim())];

    /// <summary>`code`, **strong** (also around code) and *em* in one line of text; everything else encoded.</summary>
    private static string Inline(string text)
    {
        var parts = text.Split('`');
        var codes = new List<string>();
        var sb = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 1 && i < parts.Length - 1)
            {
                sb.Append('\u0001').Append(codes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\u0002');
                codes.Add(WebUtility.HtmlEncode(parts[i]));
                continue;
            }

            if (i % 2 == 1) sb.Append('`');
            sb.Append(WebUtility.HtmlEncode(parts[i]));
        }

        var html = Emphasis().Replace(Strong().Replace(sb.ToString(), "<strong>$1</strong>"), "<em>$1</em>");
        return Placeholder().Replace(html, m => "<code>" + codes[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)] + "</code>");
    }

    [GeneratedRegex("\u0001(\\d+)\u0002")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^(#{1,4})\s+(.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s{0,3}(-|\*|\d+\.)\s+(.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\w*])\*([^*\s][^*]*?)\*(?![\w*])")]
    private static partial Regex Emphasis();
}
