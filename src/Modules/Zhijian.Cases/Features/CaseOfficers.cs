using Zhijian.Cases.Domain;
using Zhijian.Platform.Identity;

namespace Zhijian.Cases.Features;

/// <summary>The case's enforcement officers, checked against the staff directory: each must exist, be active and hold a certificate.</summary>
internal sealed class CaseOfficers(StaffService staff)
{
    public async Task<(IReadOnlyList<CaseOfficer> Officers, string? Error)> ResolveAsync(IReadOnlyList<string>? userNames, CancellationToken ct)
    {
        var names = (userNames ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct().ToList();
        if (names.Count == 0) return ([], "请选择本案执法人员（不少于 2 名持有执法证件的人员）");
        var all = await staff.ListAsync(null, ct);
        var found = new List<CaseOfficer>();
        var problems = new List<string>();
        foreach (var n in names)
        {
            var s = all.FirstOrDefault(x => x.UserName == n);
            if (s is null || !s.Active) problems.Add($"“{n}”不是本辖区在职工作人员");
            else if (string.IsNullOrWhiteSpace(s.CertificateNo)) problems.Add($"{s.DisplayName}（{n}）没有执法证件，不能作为执法人员");
            else found.Add(new CaseOfficer(s.UserName, s.DisplayName, s.CertificateNo));
        }

        return problems.Count > 0 ? (found, string.Join("；", problems)) : (found, null);
    }

    /// <summary>Staff who may be chosen (active, with a certificate), for the forms.</summary>
    public async Task<IReadOnlyList<CaseOfficer>> CandidatesAsync(CancellationToken ct) =>
        [.. (await staff.ListAsync(null, ct)).Where(s => s.Active && !string.IsNullOrWhiteSpace(s.CertificateNo))
            .Select(s => new CaseOfficer(s.UserName, s.DisplayName, s.CertificateNo!))];
}
