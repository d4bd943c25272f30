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
    public const string Allowed = FileTypes.Allowed;

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
        if (FileTypes.Problem(fileName, bytes, out var type) is { } problem) return Result<AttachmentView>.Invalid("file", problem);
        var a = new FilingAttachment
        {
            FilingId = filing.Id,
            FileName = Path.GetFileName(fileName).Length > 200 ? Path.GetFileName(fileName)[..200] : Path.GetFileName(fileName),
            ContentType = type!.Mime,
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
}
