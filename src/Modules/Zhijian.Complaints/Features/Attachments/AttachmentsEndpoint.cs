using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Complaints.Features.Handling;
using Zhijian.Complaints.Features.Public;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Attachments;

/// <summary>证据材料: staff upload and download (/api/v1/complaints/…), the complainant's upload (/api/v1/public/complaints/…).</summary>
internal static class AttachmentsEndpoint
{
    private const string FileMissing = "请上传附件（表单字段 file）";

    public static void MapAttachments(this RouteGroupBuilder complaints)
    {
        complaints.MapPost("/{id:long}/attachments", Upload)
            .RequireAuthorization(ComplaintAccess.IntakePolicy).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithSummary("上传证据材料（JPG、PNG、PDF、MP3、MP4，每个 ≤20 MB）");
        complaints.MapGet("/attachments/{id:long}", Download)
            .Produces<byte[]>(StatusCodes.Status200OK, "application/octet-stream", "image/jpeg", "image/png", "application/pdf", "audio/mpeg", "video/mp4")
            .WithSummary("下载附件");
    }

    public static void MapPublicAttachments(this RouteGroupBuilder publicComplaints) =>
        publicComplaints.MapPost("/{number}/attachments", UploadPublic)
            .DisableAntiforgery().Accepts<IFormFile>("multipart/form-data").WithSummary("补充证据材料（凭编号和查询码）");

    private static async Task<Results<Ok<AttachmentView>, ProblemHttpResult>> Upload(long id, IFormFile? file, FilingQueries q, FilingAttachments files,
        ActorContext actor, CancellationToken ct)
    {
        if (file is null) return Problems.Validation("file", FileMissing);
        var f = await q.EntityAsync(id, ct);
        if (f is null) return Problems.NotFound("未找到", FilingActions.NotFound(id));
        await using var s = file.OpenReadStream();
        return await files.AddAsync(f, file.FileName, s, file.Length, actor.Current.Name, ct).ToOk();
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(long id, FilingAttachments files, CancellationToken ct) =>
        await files.GetAsync(id, ct) is { } a
            ? TypedResults.File(a.Content, a.ContentType, a.FileName)
            : Problems.NotFound("未找到", $"附件 {id} 不存在或不在您的管辖范围内");

    private static async Task<Results<Ok<AttachmentView>, ProblemHttpResult>> UploadPublic(string number, string? code, IFormFile? file, PublicFollow follow,
        FilingAttachments files, CancellationToken ct)
    {
        if (file is null) return Problems.Validation("file", FileMissing);
        var filing = await follow.LoadAsync(number, code, ct);
        if (filing is null) return Problems.NotFound("未找到", "编号或查询码不正确");
        if (filing.IsClosed) return Problems.Unprocessable("无法处理", "已办结的诉求不能再补充材料");
        await using var s = file.OpenReadStream();
        return await files.AddAsync(filing, file.FileName, s, file.Length, "投诉人", ct).ToOk();
    }
}
