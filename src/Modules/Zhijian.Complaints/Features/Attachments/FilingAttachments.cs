using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Zhijian.Complaints.Data;
using Zhijian.Complaints.Domain;
using Zhijian.Complaints.Features.Handling;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Attachments;

/// <summary>
/// 证据材料: photos, PDFs, audio and video recordings, checked by content (magic bytes), not by the name the browser
/// sends; 20 MB each, 10 per filing; stored with SHA-256.
/// </summary>
internal sealed class FilingAttachments(ComplaintsDbContext db, TimeProvider clock)
{
    public const long MaxBytes = 20 * 1024 * 1024;
    public const int MaxFiles = 10;
    public const string Allowed = "JPG、PNG、PDF、MP3、MP4";

    public async Task<Result<AttachmentView>> AddAsync(Filing filing, string fileName, Stream content, long length, string uploadedBy, CancellationToken ct)
    {
        if (length <= 0) return Result<AttachmentView>.Invalid("file", "附件是空文件");
        if (length > MaxBytes) return Result<AttachmentView>.Invalid("file", $"附件“{fileName}”大小为 {length / 1024.0 / 1024.0:0.0} MB，超过 20 MB 的上限");
        if (await db.Attachments.IgnoreQueryFilters().CountAsync(a => a.FilingId == filing.Id, ct) >= MaxFiles)
            return Result<AttachmentView>.Invalid("file", $"每件诉求最多上传 {MaxFiles} 个附件");
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (bytes.Length > MaxBytes) return Result<AttachmentView>.Invalid("file", $"附件“{fileName}”超过 20 MB 的上限");
        var type = Sniff(bytes);
        if (type is null) return Result<AttachmentView>.Invalid("file", $"附件“{fileName}”的类型不支持（只接受 {Allowed}，按文件内容判断）");
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        if (ext.Length > 0 && !type.Value.Extensions.Contains(ext))
            return Result<AttachmentView>.Invalid("file", $"附件“{fileName}”的扩展名与内容不符（内容是 {type.Value.Name}）");
        var a = new FilingAttachment
        {
            FilingId = filing.Id,
            FileName = Path.GetFileName(fileName).Length > 200 ? Path.GetFileName(fileName)[..200] : Path.GetFileName(fileName),
            ContentType = type.Value.Mime,
            Size = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Content = bytes,
            UploadedAt = clock.GetUtcNow(),
            UploadedBy = uploadedBy,
            DivisionCode = filing.DivisionCode,
        };
        db.Attachments.Add(a);
        await db.SaveChangesAsync(ct);
        return new AttachmentView(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedAt);
    }

    public Task<FilingAttachment?> GetAsync(long id, CancellationToken ct) => db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);

    private static (string Name, string Mime, string[] Extensions)? Sniff(byte[] b)
    {
        bool Starts(params byte[] sig) => b.Length >= sig.Length && b.AsSpan(0, sig.Length).SequenceEqual(sig);
        if (Starts(0xFF, 0xD8, 0xFF)) return ("JPG 图片", "image/jpeg", [".jpg", ".jpeg"]);
        if (Starts(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) return ("PNG 图片", "image/png", [".png"]);
        if (Starts(0x25, 0x50, 0x44, 0x46)) return ("PDF 文档", "application/pdf", [".pdf"]);
        if (Starts(0x49, 0x44, 0x33) || Starts(0xFF, 0xFB) || Starts(0xFF, 0xF3)) return ("MP3 录音", "audio/mpeg", [".mp3"]);
        if (b.Length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') return ("MP4 视频", "video/mp4", [".mp4", ".m4a", ".mov"]);
        return null;
    }
}
