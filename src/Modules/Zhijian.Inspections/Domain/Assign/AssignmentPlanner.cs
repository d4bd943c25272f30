using Zhijian.Inspections.Domain.Draw;

namespace Zhijian.Inspections.Domain.Assign;

/// <summary>An officer as the planner sees them at the assignment.</summary>
internal sealed record OfficerInfo(long Id, string CertificateNo, string Name, string Department, IReadOnlySet<string> Tags, bool Available,
    IReadOnlySet<string> ConflictUsccs, IReadOnlySet<string> ConflictPersons);

/// <summary>A target to staff: which draw selected it (seed), at which position.</summary>
internal sealed record SlotTarget(long TargetId, string Uscc, string EntityName, string LegalRep, int Position, byte[] Seed,
    IReadOnlySet<long> PreviousOfficers);

/// <summary>A department of the task with the tags its items require and the officers it sends per target.</summary>
internal sealed record SlotDepartment(int Index, string Department, IReadOnlySet<string> RequiredTags, int Count);

internal sealed record PlannedRound(long TargetId, int DepartmentIndex, int Round, string Label, IReadOnlyList<string> Eligible, int Count,
    IReadOnlyList<string> Picked, string Excluded);

internal sealed record PlanOutcome(IReadOnlyList<PlannedRound> Rounds, IReadOnlyList<string> Shortages);

/// <summary>
/// 随机抽取执法检查人员 (docs/draw-verification.md §8): per target and department, the eligible officers sorted by
/// certificate number, a partial Fisher–Yates with the stream "officers:{i}:{d}:{r}". Load is counted as it goes,
/// so the order (targets in draw order, departments in task order) is part of the rule.
/// </summary>
internal static class AssignmentPlanner
{
    public static PlanOutcome Plan(IReadOnlyList<SlotTarget> targets, IReadOnlyList<SlotDepartment> departments, IReadOnlyList<OfficerInfo> officers,
        IDictionary<long, int> load, int maxLoad, IReadOnlyDictionary<(long TargetId, int Department), IReadOnlySet<long>>? alreadyOnTarget = null,
        IReadOnlyDictionary<(long TargetId, int Department), int>? rounds = null)
    {
        var planned = new List<PlannedRound>();
        var shortages = new List<string>();
        foreach (var t in targets)
        {
            var onTarget = new HashSet<long>();
            foreach (var d in departments)
                if (alreadyOnTarget?.TryGetValue((t.TargetId, d.Index), out var s) == true) onTarget.UnionWith(s);
            foreach (var d in departments)
            {
                var already = alreadyOnTarget?.TryGetValue((t.TargetId, d.Index), out var a) == true ? a.Count : 0;
                var count = d.Count - already;
                if (count <= 0) continue;
                var round = rounds is not null && rounds.TryGetValue((t.TargetId, d.Index), out var r0) ? r0 : 0;
                var (eligible, excluded) = Eligible(t, d, officers, load, maxLoad, onTarget);
                if (eligible.Count < count)
                {
                    shortages.Add($"“{t.EntityName}”（{d.Department}）需要 {count} 名执法检查人员，符合条件的仅 {eligible.Count} 名" +
                        (excluded.Length > 0 ? $"（{excluded}）" : ""));
                    continue;
                }

                var certs = eligible.Select(o => o.CertificateNo).ToList();
                var label = DrawAlgorithm.OfficersLabel(t.Position, d.Index, round);
                var picked = DrawAlgorithm.PartialShuffle([.. certs], count, new DrawStream(t.Seed, label));
                foreach (var cert in picked)
                {
                    var o = eligible.First(x => x.CertificateNo == cert);
                    load[o.Id] = (load.TryGetValue(o.Id, out var l) ? l : 0) + 1;
                    onTarget.Add(o.Id);
                }

                planned.Add(new PlannedRound(t.TargetId, d.Index, round, label, certs, count, picked, excluded));
            }
        }

        return new PlanOutcome(planned, shortages);
    }

    /// <summary>Who may inspect target t for department d now, sorted ordinally by certificate number; and why the others may not.</summary>
    public static (List<OfficerInfo> Eligible, string Excluded) Eligible(SlotTarget t, SlotDepartment d, IReadOnlyList<OfficerInfo> officers,
        IDictionary<long, int> load, int maxLoad, IReadOnlySet<long> onTarget)
    {
        int tags = 0, away = 0, conflict = 0, full = 0, previous = 0, total = 0;
        var eligible = new List<OfficerInfo>();
        foreach (var o in officers)
        {
            if (o.Department != d.Department || onTarget.Contains(o.Id)) continue;
            total++;
            if (!d.RequiredTags.IsSubsetOf(o.Tags)) tags++;
            else if (!o.Available) away++;
            else if (o.ConflictUsccs.Contains(t.Uscc) || (t.LegalRep.Length > 0 && o.ConflictPersons.Contains(t.LegalRep))) conflict++;
            else if (load.TryGetValue(o.Id, out var n) && n >= maxLoad) full++;
            else if (t.PreviousOfficers.Contains(o.Id)) previous++;
            else eligible.Add(o);
        }

        eligible.Sort((a, b) => string.CompareOrdinal(a.CertificateNo, b.CertificateNo));
        var reasons = new List<string>();
        if (tags > 0) reasons.Add($"专业不符 {tags} 名");
        if (away > 0) reasons.Add($"请假或不在岗 {away} 名");
        if (conflict > 0) reasons.Add($"利害关系回避 {conflict} 名");
        if (full > 0) reasons.Add($"已达每人上限 {full} 名");
        if (previous > 0) reasons.Add($"上次检查过该对象 {previous} 名");
        var excluded = total == 0 ? $"{d.Department}在执法检查人员名录库中没有人员" : reasons.Count == 0 ? "" : $"{d.Department}共 {total} 名：" + string.Join("，", reasons);
        return (eligible, excluded);
    }
}
