using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.CollectEvidence;

internal static class CollectEvidenceEndpoints
{
    public static RouteGroupBuilder MapCollectEvidence(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{id:long}/evidence", AddEvidence).WithSummary("收集证据（取证人不少于 2 名本案执法人员）");
        cases.MapPost("/{id:long}/files", AttachFile).DisableAntiforgery().WithSummary("上传附件（JPG、PNG、PDF、MP3、MP4，按内容判断，SHA-256）");
        return cases;
    }

    private static Task<Results<Ok<long>, ProblemHttpResult>> AddEvidence(long id, EvidenceInput cmd, AddEvidenceHandler h, CancellationToken ct) =>
        h.Handle(id, cmd, ct).ToOk();

    private static async Task<Results<Ok<long>, ProblemHttpResult>> AttachFile(long id, long? evidenceId, IFormFile file, AttachFileHandler h, ActorContext actor,
        CancellationToken ct)
    {
        // Who may attach is decided before the upload is read (up to 50 MB into memory), not after.
        if (!CaseAccess.CanHandle(actor.Current)) return Problems.Forbidden("只有本案执法人员和科室负责人可以上传附件");
        using var ms = new MemoryStream();
        await file.CopyToAsync(ms, ct);
        return await h.Handle(id, evidenceId, file.FileName, ms.ToArray(), ct).ToOk();
    }
}
