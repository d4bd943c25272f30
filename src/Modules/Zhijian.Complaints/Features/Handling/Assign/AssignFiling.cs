using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Domain;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

/// <summary>指定承办人: userName empty = the caller; displayName as shown on the filing.</summary>
internal sealed record AssignCommand(string? UserName, string? DisplayName);

/// <summary>指定承办人 (no public step, no status report; not on closed filings).</summary>
internal sealed class AssignFilingHandler(FilingActions actions)
{
    public Task<Result<FilingDetail>> Handle(long id, AssignCommand cmd, CancellationToken ct) =>
        actions.RunAsync(id, "assign", _ => null, f =>
        {
            var me = actions.Actor;
            var user = string.IsNullOrWhiteSpace(cmd.UserName) ? me.Name : cmd.UserName.Trim();
            f.HandlerUserName = user;
            f.HandlerName = string.IsNullOrWhiteSpace(cmd.DisplayName) ? user == me.Name ? me.ShownName : user : cmd.DisplayName.Trim();
            return new StepOutcome($"由{f.HandlerName}承办", false);
        }, ct, closedOk: false, statusReport: false);
}
