namespace Zhijian.Platform.Storage;

/// <summary>A recognised upload type: its Chinese name, MIME type and the extensions a file of it may carry.</summary>
public sealed record FileType(string Name, string Mime, IReadOnlyList<string> Extensions);

/// <summary>Evidence uploads are checked by content (magic bytes), not by the name the browser sends.</summary>
public static class FileTypes
{
    public const string Allowed = "JPG、PNG、PDF、MP3、MP4";

    public static FileType? Sniff(ReadOnlySpan<byte> b)
    {
        static bool Starts(ReadOnlySpan<byte> b, ReadOnlySpan<byte> sig) => b.Length >= sig.Length && b[..sig.Length].SequenceEqual(sig);
        if (Starts(b, [0xFF, 0xD8, 0xFF])) return new("JPG 图片", "image/jpeg", [".jpg", ".jpeg"]);
        if (Starts(b, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return new("PNG 图片", "image/png", [".png"]);
        if (Starts(b, [0x25, 0x50, 0x44, 0x46])) return new("PDF 文档", "application/pdf", [".pdf"]);
        if (Starts(b, [0x49, 0x44, 0x33]) || Starts(b, [0xFF, 0xFB]) || Starts(b, [0xFF, 0xF3])) return new("MP3 录音", "audio/mpeg", [".mp3"]);
        if (b.Length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') return new("MP4 视频", "video/mp4", [".mp4", ".m4a", ".mov"]);
        return null;
    }

    /// <summary>The Chinese problem with an upload (type by content, extension matching it), or null.</summary>
    public static string? Problem(string fileName, ReadOnlySpan<byte> content, out FileType? type)
    {
        type = Sniff(content);
        if (type is null) return $"附件“{fileName}”的类型不支持（只接受 {Allowed}，按文件内容判断）";
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        return ext.Length > 0 && !type.Extensions.Contains(ext) ? $"附件“{fileName}”的扩展名与内容不符（内容是 {type.Name}）" : null;
    }
}
