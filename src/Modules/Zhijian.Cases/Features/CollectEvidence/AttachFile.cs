using Microsoft.EntityFrameworkCore;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.CollectEvidence;

internal static class AttachFileRules
{
    public const long MaxBytes = 50 * 1024 * 1024;

    /// <summary>The file itself: not empty, at most 50 MB, one of the accepted types by its content.</summary>
    public static FieldErrors Validate(string fileName, byte[] content, out FileType? type)
    {
        var e = new FieldErrors();
        type = null;
        if (content.Length == 0) return e.Add("file", "附件是空文件");
        if (content.Length > MaxBytes) return e.Add("file", $"附件“{fileName}”超过 50 MB 的上限");
        if (FileTypes.Problem(fileName, content, out type) is { } problem) e.Add("file", problem);
        return e;
    }
}

/// <summary>Attaches a file (scan, photo, recording) to the case or one of its evidence items, checked by content, with SHA-256.</summary>
internal sealed class AttachFileHandler(CaseActions actions, CasesDbContext db, ActorContext actor, TimeProvider clock)
{
    public async Task<Result<long>> Handle(long id, long? evidenceId, string fileName, byte[] content, CancellationToken ct)
    {
        if (AttachFileRules.Validate(fileName, content, out var type) is { Count: > 0 } errors) return Result<long>.Invalid(errors.ToDictionary());
        CaseFile? file = null;
        var r = await actions.RunAsync(id, "file.added", CaseActor.Handler, async c =>
        {
            if (evidenceId is { } eid && !await db.Evidence.AnyAsync(x => x.Id == eid && x.CaseId == c.Id, ct))
                return StepOutcome.Fail("evidenceId", $"证据 {eid} 不属于本案");
            var name = Path.GetFileName(fileName);
            file = new CaseFile
            {
                CaseId = c.Id,
                EvidenceId = evidenceId,
                FileName = name.Length > 200 ? name[..200] : name,
                ContentType = type!.Mime,
                Size = content.Length,
                Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)),
                Content = content,
                UploadedAt = clock.GetUtcNow(),
                UploadedBy = actor.Current.ShownName,
                DivisionCode = c.DivisionCode,
            };
            db.Files.Add(file);
            return StepOutcome.Ok($"上传附件“{file.FileName}”（{type.Name}，{content.Length / 1024.0:0.#} KB，SHA-256 {file.Sha256}）");
        }, ct, closedOk: false);
        return r.IsSuccess ? file!.Id : r;
    }
}
