using System.Globalization;
using Zhijian.Inspections.Domain.Draw;

namespace Zhijian.Inspections.Domain.Assign;

/// <summary>An officer as the planner sees them at the freeze.</summary>
internal sealed record OfficerInfo(long Id, string CertificateNo, string Name, string Department, IReadOnlySet<string> Tags, bool Available,
    IReadOnlySet<string> ConflictUsccs, IReadOnlySet<string> ConflictPersons);

/// <summary>A target to staff: the draw that selected it and its position there (the label's s and i).</summary>
internal sealed record SlotTarget(long TargetId, string Uscc, string EntityName, string LegalRep, int DrawSeq, int Position, IReadOnlySet<long> PreviousOfficers,
    IReadOnlySet<long>? RecusedOfficers = null);

/// <summary>A department of the task with the tags its items require and the officers it sends per target.</summary>
internal sealed record SlotDepartment(int Index, string Department, IReadOnlySet<string> RequiredTags, int Count);

/// <summary>An officer of the slot's department left out at the freeze, with the published category.</summary>
internal readonly record struct ExcludedOfficer(string Cert, string Category);

/// <summary>One slot (target × department × round) as frozen: its label, how many to pick, who is eligible and who is not and why.</summary>
internal sealed record FrozenSlot(string Label, int Count, IReadOnlyList<string> Eligible, IReadOnlyList<ExcludedOfficer> Excluded)
{
    /// <summary>(s, i, d, r) of the label officers:s:i:d:r.</summary>
    public (int DrawSeq, int Position, int Department, int Round) Key
    {
        get
        {
            var p = Label.Split(':');
            return (int.Parse(p[1], CultureInfo.InvariantCulture), int.Parse(p[2], CultureInfo.InvariantCulture),
                int.Parse(p[3], CultureInfo.InvariantCulture), int.Parse(p[4], CultureInfo.InvariantCulture));
        }
    }
}

/// <summary>An officer round's frozen list (docs/draw-verification.md §8): the load cap, the loads at the freeze, the slots in order.</summary>
internal sealed record OfficerFreeze(int Cap, IReadOnlyList<(string Cert, int Load)> Load, IReadOnlyList<FrozenSlot> Slots);

/// <summary>A slot once drawn: the officers still below the cap when its turn came (in eligible order: the list the shuffle starts from), and the picks (none when short).</summary>
internal sealed record SlotOutcome(FrozenSlot Slot, IReadOnlyList<string> Available, IReadOnlyList<string> Picked)
{
    public bool Short => Picked.Count < Slot.Count;
}

/// <summary>Published exclusion categories of an inspector round and their Chinese names.</summary>
internal static class Exclusion
{
    public const string Tags = "tags";
    public const string Leave = "leave";
    public const string Conflict = "conflict";
    public const string Recused = "recused";
    public const string Previous = "previous";
    public const string Assigned = "assigned";
    public const string Cap = "cap";

    public static readonly IReadOnlyList<string> All = [Tags, Leave, Conflict, Recused, Previous, Assigned, Cap];

    public static string Name(string category) => category switch
    {
        Tags => "专业不符",
        Leave => "请假或不在岗",
        Conflict => "利害关系回避",
        Recused => "已回避该对象",
        Previous => "上次检查过该对象",
        Assigned => "已是该对象的检查人员",
        Cap => "已达每人上限",
        _ => category,
    };

    /// <summary>"历下区市场监管局共 6 名：专业不符 1 名，请假或不在岗 2 名".</summary>
    public static string Summary(string department, int total, IEnumerable<ExcludedOfficer> excluded)
    {
        if (total == 0) return $"{department}在执法检查人员名录库中没有人员";
        var counts = excluded.GroupBy(x => x.Category).ToDictionary(g => g.Key, g => g.Count());
        var parts = All.Where(counts.ContainsKey).Select(c => $"{Name(c)} {counts[c]} 名").ToList();
        return parts.Count == 0 ? "" : $"{department}共 {total} 名：" + string.Join("，", parts);
    }
}

/// <summary>
/// 随机抽取执法检查人员 (docs/draw-verification.md §8), in two steps like the target draw. <see cref="Freeze"/> fixes, for
/// every slot, the eligible officers (sorted by certificate number) and the excluded ones with their category; the text
/// of the freeze is hashed into the round's published record before any public value exists. <see cref="Run"/> then
/// applies the one rule that depends on earlier picks (the load cap) and a partial Fisher–Yates per slot with the
/// stream "officers:s:i:d:r" of the round's own seed.
/// </summary>
internal static class AssignmentPlanner
{
    public static (OfficerFreeze Freeze, IReadOnlyList<string> Shortages) Freeze(IReadOnlyList<SlotTarget> targets, IReadOnlyList<SlotDepartment> departments,
        IReadOnlyList<OfficerInfo> officers, IReadOnlyDictionary<long, int> load, int cap,
        IReadOnlyDictionary<(long TargetId, int Department), IReadOnlySet<long>>? alreadyOnTarget = null,
        IReadOnlyDictionary<(long TargetId, int Department), int>? rounds = null)
    {
        var slots = new List<FrozenSlot>();
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
                var (eligible, excluded, total) = Classify(t, d, officers, load, cap, onTarget);
                if (eligible.Count < count)
                {
                    var why = Exclusion.Summary(d.Department, total, excluded);
                    shortages.Add($"“{t.EntityName}”（{d.Department}）需要 {count} 名执法检查人员，符合条件的仅 {eligible.Count} 名" + (why.Length > 0 ? $"（{why}）" : ""));
                }

                slots.Add(new FrozenSlot(DrawAlgorithm.OfficersLabel(t.DrawSeq, t.Position, d.Index, round), count, eligible, excluded));
            }
        }

        var loads = load.Where(x => x.Value > 0).Select(x => (Cert: officers.FirstOrDefault(o => o.Id == x.Key)?.CertificateNo, x.Value))
            .Where(x => x.Cert is not null).Select(x => (x.Cert!, x.Value)).OrderBy(x => x.Item1, StringComparer.Ordinal).ToList();
        return (new OfficerFreeze(cap, loads, slots), shortages);
    }

    /// <summary>Who may inspect target t for department d at the freeze (sorted ordinally), and who may not with the first category that applies.</summary>
    public static (List<string> Eligible, List<ExcludedOfficer> Excluded, int Total) Classify(SlotTarget t, SlotDepartment d, IReadOnlyList<OfficerInfo> officers,
        IReadOnlyDictionary<long, int> load, int cap, IReadOnlySet<long> onTarget)
    {
        var eligible = new List<string>();
        var excluded = new List<ExcludedOfficer>();
        var total = 0;
        foreach (var o in officers)
        {
            if (o.Department != d.Department) continue;
            total++;
            string? category = null;
            if (!d.RequiredTags.IsSubsetOf(o.Tags)) category = Exclusion.Tags;
            else if (!o.Available) category = Exclusion.Leave;
            else if (o.ConflictUsccs.Contains(t.Uscc) || (t.LegalRep.Length > 0 && o.ConflictPersons.Contains(t.LegalRep))) category = Exclusion.Conflict;
            else if (t.RecusedOfficers?.Contains(o.Id) == true) category = Exclusion.Recused;
            else if (t.PreviousOfficers.Contains(o.Id)) category = Exclusion.Previous;
            else if (onTarget.Contains(o.Id)) category = Exclusion.Assigned;
            else if (load.TryGetValue(o.Id, out var n) && n >= cap) category = Exclusion.Cap;
            if (category is null) eligible.Add(o.CertificateNo);
            else excluded.Add(new ExcludedOfficer(o.CertificateNo, category));
        }

        eligible.Sort(StringComparer.Ordinal);
        excluded.Sort((a, b) => string.CompareOrdinal(a.Cert, b.Cert));
        return (eligible, excluded, total);
    }

    /// <summary>The draw: slots in frozen order; a slot takes its eligible officers still below the cap, and picks from them or is short.</summary>
    public static IReadOnlyList<SlotOutcome> Run(OfficerFreeze freeze, byte[] seed)
    {
        var load = freeze.Load.ToDictionary(x => x.Cert, x => x.Load, StringComparer.Ordinal);
        var outcomes = new List<SlotOutcome>(freeze.Slots.Count);
        foreach (var slot in freeze.Slots)
        {
            var available = slot.Eligible.Where(c => load.GetValueOrDefault(c) < freeze.Cap).ToList();
            if (available.Count < slot.Count)
            {
                outcomes.Add(new SlotOutcome(slot, available, []));
                continue;
            }

            var picked = DrawAlgorithm.PartialShuffle([.. available], slot.Count, new DrawStream(seed, slot.Label));
            foreach (var c in picked) load[c] = load.GetValueOrDefault(c) + 1;
            outcomes.Add(new SlotOutcome(slot, available, picked));
        }

        return outcomes;
    }

    /// <summary>The hashed text of an officer round (kept: the round stores it, deflated, and the public record is read from it).</summary>
    public static (string Text, string Hash) Text(DrawDeclaration declaration, OfficerFreeze freeze)
    {
        using var t = new FrozenText(keepText: true);
        t.Line(FrozenText.OfficersHeader).Declaration(declaration);
        t.Field("cap", freeze.Cap.ToString(CultureInfo.InvariantCulture));
        foreach (var (cert, n) in freeze.Load) t.Field("load", $"{cert},{n.ToString(CultureInfo.InvariantCulture)}");
        foreach (var s in freeze.Slots)
        {
            t.Field("slot", $"{s.Label},{s.Count.ToString(CultureInfo.InvariantCulture)}");
            foreach (var c in s.Eligible) t.Field("eligible", c);
            foreach (var x in s.Excluded) t.Field("excluded", $"{x.Cert},{x.Category}");
        }

        var hash = t.Hash();
        return (t.Text(), hash);
    }

    /// <summary>The freeze read back from its text (declaration lines are skipped: the round keeps them as fields).</summary>
    public static OfficerFreeze Parse(string text)
    {
        var cap = 0;
        var loads = new List<(string, int)>();
        var slots = new List<FrozenSlot>();
        string? label = null;
        var count = 0;
        List<string> eligible = [];
        List<ExcludedOfficer> excluded = [];
        void Flush()
        {
            if (label is not null) slots.Add(new FrozenSlot(label, count, eligible, excluded));
        }

        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0) continue;
            var key = line[..eq];
            var value = line[(eq + 1)..];
            var comma = value.LastIndexOf(',');
            switch (key)
            {
                case "cap":
                    cap = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "load":
                    loads.Add((value[..comma], int.Parse(value[(comma + 1)..], CultureInfo.InvariantCulture)));
                    break;
                case "slot":
                    Flush();
                    label = value[..comma];
                    count = int.Parse(value[(comma + 1)..], CultureInfo.InvariantCulture);
                    eligible = [];
                    excluded = [];
                    break;
                case "eligible":
                    eligible.Add(value);
                    break;
                case "excluded":
                    excluded.Add(new ExcludedOfficer(value[..comma], value[(comma + 1)..]));
                    break;
            }
        }

        Flush();
        return new OfficerFreeze(cap, loads, slots);
    }
}
