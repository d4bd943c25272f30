using System.Globalization;
using Zhijian.Complaints.Contracts;
using Zhijian.Platform.Calendar;

namespace Zhijian.Complaints.Domain;

/// <summary>Pure helpers over one filing's clock: its next deadline, whether it closed on time, its number.</summary>
internal static class FilingClock
{
    /// <summary>The deadline the filing is working towards now; null when closed or while a pause is open.</summary>
    public static DateOnly? NextDue(Filing f)
    {
        if (f.IsClosed || f.Pauses.IsPaused()) return null;
        return f.Status switch
        {
            FilingStatus.Received => f.AcceptBy,
            FilingStatus.Odr => f.OdrBy,
            FilingStatus.Mediating => f.MediationBy,
            FilingStatus.Verifying => f.VerifyBy,
            _ => null,
        };
    }

    /// <summary>Whether closing on <paramref name="on"/> meets the limit of the current stage.</summary>
    public static bool OnTime(Filing f, DateOnly on) => NextDue(f) is not { } due || on <= due;

    /// <summary>编号: TS (投诉) / JB (举报) / ZX (咨询) / JY (建议) + received date + id — "TS2026111200012345".</summary>
    public static string Number(FilingKind kind, DateOnly receivedOn, long id) =>
        Prefix(kind) + receivedOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + id.ToString("D8", CultureInfo.InvariantCulture);

    public static string Number(Filing f) => Number(f.Kind, f.ReceivedOn, f.Id);

    /// <summary>The id inside a number (or a bare id); null when it is neither.</summary>
    public static long? ParseNumber(string? number)
    {
        if (string.IsNullOrWhiteSpace(number)) return null;
        var s = number.Trim();
        if (s.Length >= 18 && char.IsAsciiLetter(s[0]) && char.IsAsciiLetter(s[1])) s = s[10..];
        return long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
    }

    public static string Prefix(FilingKind kind) => kind switch
    {
        FilingKind.Complaint => "TS",
        FilingKind.Report => "JB",
        FilingKind.Inquiry => "ZX",
        _ => "JY",
    };

    public static string KindName(FilingKind kind) => kind switch
    {
        FilingKind.Complaint => "投诉",
        FilingKind.Report => "举报",
        FilingKind.Inquiry => "咨询",
        _ => "建议",
    };

    public static string StatusName(FilingStatus s) => s switch
    {
        FilingStatus.Received => "待受理",
        FilingStatus.Odr => "ODR 协商中",
        FilingStatus.Mediating => "调解中",
        FilingStatus.Verifying => "核查中",
        FilingStatus.Answered => "已答复",
        FilingStatus.Settled => "调解成功",
        FilingStatus.Terminated => "终止调解",
        FilingStatus.Refused => "不予受理",
        FilingStatus.CaseOpened => "已立案",
        FilingStatus.NotOpened => "不予立案",
        FilingStatus.Duplicate => "重复举报",
        FilingStatus.OdrSettled => "ODR 和解",
        _ => s.ToString(),
    };

    public static string ChannelName(FilingChannel c) => c switch
    {
        FilingChannel.Portal => "网上投诉",
        FilingChannel.Hotline12315 => "12315 热线",
        FilingChannel.Hotline12345 => "12345 转办",
        FilingChannel.Walkin => "来访",
        FilingChannel.Letter => "来信",
        _ => "平台接口",
    };

    public static string BusinessChannelName(BusinessChannel c) => c switch
    {
        BusinessChannel.Platform => "电子商务平台经营者",
        BusinessChannel.OwnWebsite => "自建网站经营者",
        BusinessChannel.PlatformSeller => "平台内经营者",
        _ => "线下经营",
    };
}

/// <summary>The domain events a filing raises.</summary>
internal static class FilingEvents
{
    /// <summary>What the originating platform (12345) is told about the filing now.</summary>
    public static FilingStatusChanged StatusChanged(Filing f, string note, DateTimeOffset at) =>
        new(f.Id, FilingClock.Number(f), f.Status, FilingClock.StatusName(f.Status), note, at, f.SourceSystem, f.SourceTicketId, f.OrgUnitName);
}

/// <summary>Every deadline of a filing from its base facts: the one place the clock is computed.</summary>
internal static class FilingDeadlines
{
    /// <summary>
    /// Accept (7 WD) and verification (15 WD, +15 if extended) from <see cref="Filing.ClockStartOn"/> (received, or the day
    /// a transfer or a failed ODR brought it to the unit); mediation from acceptance; ODR 10 WD from receipt; pauses
    /// excluded; rule settings as in force on the date received.
    /// </summary>
    public static void Apply(Filing f, Zhijian.Platform.Rules.IRuleBook rules, IWorkingCalendar calendar)
    {
        var d = ComplaintRules.Deadlines(rules, calendar, f.Kind, f.ReceivedOn, f.AcceptedOn, f.Pauses, f.ClockStartOn);
        f.AcceptBy = d.AcceptBy;
        f.MediationBy = d.MediationBy;
        f.VerifyBy = f.VerifyExtended ? d.VerifyExtendedBy : d.VerifyBy;
        f.OdrBy = f.ViaOdr ? calendar.Deadline(f.ReceivedOn, rules.GetPeriod("complaint.odr-negotiation", f.ReceivedOn)) : null;
        f.DueOn = FilingClock.NextDue(f);
        f.ProvisionalDue = !f.IsClosed && (calendar.IsProvisional(f.DueOn) || calendar.IsProvisional(f.MediationBy) || calendar.IsProvisional(f.VerifyBy));
    }
}
