using System.Globalization;
using System.Net;
using System.Text;
using Zhijian.Cases.Contracts;
using Zhijian.Cases.Domain;

namespace Zhijian.Cases.Features.Documents;

/// <summary>
/// What a document is filled from. Personal data (<see cref="PartyIdNumber"/>, <see cref="PartyAddress"/>,
/// <see cref="PartyPhone"/>) comes in clear text: the documents are served to the party and carry it in full.
/// </summary>
internal sealed record DocumentModel
{
    public required DocumentKind Kind { get; init; }

    /// <summary>The issuing authority (e.g. 济南市历下区市场监督管理局).</summary>
    public required string Authority { get; init; }

    /// <summary>The 文号, or "（文号待生成）" in a draft.</summary>
    public required string Number { get; init; }

    /// <summary>The date the document is issued (落款日期).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The case; null only for a 不予立案审批表.</summary>
    public Case? Case { get; init; }

    /// <summary>The clue of a 不予立案审批表.</summary>
    public Clue? Clue { get; init; }

    /// <summary>The violation of the case's 拟处罚意见 (may be unknown yet).</summary>
    public Violation? Violation { get; init; }

    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    public string? PartyAddress { get; init; }

    public string? PartyIdNumber { get; init; }

    public string? PartyPhone { get; init; }

    /// <summary>送达回证: the documents served (name and 文号), e.g. 《行政处罚决定书》（济历市监处罚〔2026〕3号）.</summary>
    public string? ServedDocument { get; init; }
}

/// <summary>
/// The printable case documents as HTML (A4, <c>@page</c>), laid out as market-supervision enforcement documents are:
/// the authority centred, the title, the 文号 on the right, bordered tables for the 审批表 forms, body paragraphs for the
/// 告知书 and 决定书, the seal block with the date in Chinese numerals. Pure: no I/O; every value is HTML-encoded.
/// </summary>
internal static class DocumentTemplates
{
    public const string DraftNumber = "（文号待生成）";

    public static string Render(DocumentModel m) => m.Kind switch
    {
        DocumentKind.OpeningApproval => OpeningApproval(m),
        DocumentKind.Notice => Notice(m),
        DocumentKind.Decision => Decision(m),
        DocumentKind.ServiceReceipt => ServiceReceipt(m),
        DocumentKind.ClosingApproval => ClosingApproval(m),
        DocumentKind.PoliceTransfer => PoliceTransfer(m),
        DocumentKind.OnTheSpotDecision => OnTheSpotDecision(m),
        DocumentKind.DeclineApproval => DeclineApproval(m),
        _ => throw new ArgumentOutOfRangeException(nameof(m), m.Kind, "未知的文书种类"),
    };

    /// <summary>One A4 stylesheet for every document: 仿宋 body (三号, 16 pt), 宋体 headings, Noto CJK where those are missing.</summary>
    public const string Css = """
        @page { size: A4; margin: 25mm 20mm;
          @bottom-center { content: "第 " counter(page) " 页  共 " counter(pages) " 页"; font-size: 10.5pt; font-family: "SimSun", "宋体", "Noto Serif CJK SC", "Noto Sans CJK SC", serif; } }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; color: #000; background: #fff;
          font-family: "FangSong", "仿宋", "仿宋_GB2312", "STFangsong", "SimSun", "宋体", "Noto Serif CJK SC", "Noto Sans CJK SC", serif;
          font-size: 16pt; line-height: 1.7; }
        .sheet { width: 100%; }
        @media screen {
          body { background: #d9d9d9; padding: 8mm 0; }
          .sheet { width: 210mm; min-height: 297mm; margin: 0 auto; padding: 25mm 20mm; background: #fff; box-shadow: 0 1mm 4mm rgba(0,0,0,.35); }
        }
        .authority, .title { font-family: "SimSun", "宋体", "STSong", "Noto Serif CJK SC", "Noto Sans CJK SC", serif; text-align: center; font-weight: bold; }
        .authority { font-size: 20pt; letter-spacing: 1pt; margin: 0; }
        .title { font-size: 22pt; letter-spacing: 4pt; margin: 1mm 0 3mm; }
        .docno { text-align: right; margin: 0 0 4mm; }
        .form-doc .docno { font-size: 12pt; margin-bottom: 2mm; }
        p { margin: 0; text-indent: 2em; text-align: justify; overflow-wrap: anywhere; }
        p.flush { text-indent: 0; }
        p.to { text-indent: 0; margin-top: 2mm; }
        .party { margin: 0 0 3mm; }
        .party p { text-indent: 0; }
        ol.items { margin: 0; padding-left: 4em; }
        ol.items li { text-align: justify; overflow-wrap: anywhere; }
        .seal { margin: 10mm 0 0 auto; width: 95mm; text-align: center; break-inside: avoid; page-break-inside: avoid; }
        .seal .stamp { color: #666; font-size: 12pt; margin: 3mm 0 1mm; }
        .note { margin-top: 10mm; font-size: 12pt; text-indent: 0; border-top: 1px solid #000; padding-top: 2mm; }
        table.form { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 12pt; line-height: 1.5; }
        table.form th, table.form td { border: 1px solid #000; padding: 1.5mm 2.5mm; vertical-align: middle; overflow-wrap: anywhere; word-break: break-all; }
        table.form th { font-weight: normal; text-align: center; width: 30mm; }
        table.form td.text { text-align: justify; vertical-align: top; }
        table.form td.opinion { vertical-align: top; }
        table.form td.opinion .box { display: flex; flex-direction: column; justify-content: space-between; min-height: 18mm; }
        table.form tr { break-inside: avoid; page-break-inside: avoid; }
        table.form .sign { text-align: right; margin-top: 3mm; white-space: nowrap; }
        table.form .sign span { display: inline-block; min-width: 28mm; border-bottom: 1px solid #000; text-align: center; }
        table.receipt td, table.receipt td.text { height: 15mm; vertical-align: middle; }
        table.receipt td.opinion .box { min-height: 24mm; }
        table.receipt th { width: 45mm; }
        .blank { display: inline-block; min-width: 30mm; border-bottom: 1px solid #000; text-indent: 0; }
        .officers { margin-top: 4mm; }
        """;

    // ---------------------------------------------------------------- 立案审批表
    private static string OpeningApproval(DocumentModel m)
    {
        var c = CaseOf(m);
        var b = new StringBuilder();
        b.Append(Header(m, "立案审批表"));
        b.Append("<table class=\"form\"><colgroup><col style=\"width:30mm\"><col><col style=\"width:30mm\"><col></colgroup>");
        Row4(b, "案件来源", CaseNames.Of(c.Source), "监管领域", CaseNames.Of(c.Field));
        Row(b, "案由", c.CauseOfAction);
        PartyRows(b, m, c);
        var reasons = new StringBuilder(Paras(c.Facts, "flush"));
        if (m.Violation is { } v)
            reasons.Append(Para($"当事人的上述行为涉嫌违反{v.LegalBasis}的规定，依据{ShortBasis(v)}的规定，可以给予行政处罚。", "flush"));
        RowHtml(b, "简要案情及立案依据", reasons.ToString(), "text");
        RowHtml(b, "办案人员", OfficerList(c), "text");
        Opinion(b, "承办人意见", "经核查，当事人涉嫌违法的事实基本清楚，依法应当给予行政处罚，属本局管辖，在追责时效内，建议立案调查。", LeadName(c), Day(c.OpenedOn));
        Opinion(b, "办案机构负责人意见", "", null, null);
        Opinion(b, "部门负责人审批意见", c.OpenedApprovedBy.Length > 0 ? "同意立案。" : "", c.OpenedApprovedBy, c.OpenedOn);
        b.Append("</table>");
        return Page(m, b.ToString());
    }

    // ---------------------------------------------------------------- 行政处罚告知书
    private static string Notice(DocumentModel m)
    {
        var c = CaseOf(m);
        var you = You(c);
        var b = new StringBuilder();
        b.Append(Header(m, "行政处罚告知书"));
        b.Append(Para($"{c.PartyName}：", "to"));
        b.Append(Paras($"经查，{Trimmed(c.Facts)}。"));
        if (m.Evidence.Count > 0)
        {
            b.Append(Para("以上事实，有下列证据证明："));
            b.Append(EvidenceList(m.Evidence));
        }

        var v = m.Violation;
        b.Append(Para(v is null
            ? $"{you}的上述行为构成{c.CauseOfAction}的违法行为。"
            : $"{you}的上述行为违反了{v.LegalBasis}的规定，构成{v.Name}的行为。"));
        b.Append(DiscretionPara(c, v, proposed: true));
        b.Append(Para(v is null ? $"本局拟对{you}作出如下行政处罚：" : $"依据{ShortBasis(v)}的规定，本局拟对{you}作出如下行政处罚："));
        b.Append(PenaltyList(c));
        b.Append(Para($"根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，{you}有权进行陈述和申辩。"));
        if (c.HearingRight)
            b.Append(Para($"根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，{you}有权要求举行听证。"));
        var what = c.HearingRight ? "陈述、申辩或者听证要求" : "陈述、申辩";
        var by = c.StatementBy is { } d ? $"（即{DateNum(d)}前）" : "";
        b.Append(Para($"{you}应当在收到本告知书之日起五个工作日内{by}向本局提出{what}；逾期未提出的，视为放弃上述权利。"));
        b.Append(Para($"联系人：{OfficerNames(c)}"));
        b.Append(Seal(m));
        b.Append(Note("本文书一式两份，一份送达当事人，一份归档。"));
        return Page(m, b.ToString());
    }

    // ---------------------------------------------------------------- 行政处罚决定书
    private static string Decision(DocumentModel m)
    {
        var c = CaseOf(m);
        var b = new StringBuilder();
        b.Append(Header(m, "行政处罚决定书"));
        b.Append(PartyBlock(m, c));
        var opened = c.OpenedOn == default ? "" : $"本局于{DateNum(c.OpenedOn)}立案，";
        b.Append(Para($"当事人{c.CauseOfAction}一案，{opened}依法进行了调查。现已调查终结。"));
        b.Append(Paras($"经查，{Trimmed(c.Facts)}。"));
        if (m.Evidence.Count > 0)
        {
            b.Append(Para("上述事实，主要有以下证据证明："));
            b.Append(EvidenceList(m.Evidence));
        }

        if (c.NoticeNo is { Length: > 0 } notice)
        {
            var served = c.NoticeServedOn is { } s ? $"于{DateNum(s)}" : "";
            var rights = c.HearingRight ? "陈述、申辩和要求听证" : "陈述、申辩";
            b.Append(Para($"本局{served}向当事人送达了《行政处罚告知书》（{notice}），告知当事人拟作出行政处罚的内容及事实、理由、依据，并告知其依法享有{rights}的权利。"));
            if (c.Statement == CaseNames.StatementWaived)
                b.Append(Para(c.HearingRight ? "当事人明确表示放弃陈述、申辩和要求听证的权利。" : "当事人明确表示放弃陈述、申辩的权利。"));
            else if (c.Statement is { Length: > 0 } st)
                b.Append(Para($"当事人在法定期限内提出了陈述、申辩意见：{Trimmed(st)}。本局对当事人提出的事实、理由和证据进行了复核。"));
            else if (!c.HearingRequested)
                b.Append(Para(c.HearingRight ? "当事人在法定期限内未提出陈述、申辩意见，也未要求听证。" : "当事人在法定期限内未提出陈述、申辩意见。"));
            if (c.HearingOn is { } h) b.Append(Para($"应当事人要求，本局于{DateNum(h)}依法举行了听证。"));
        }

        var v = m.Violation;
        b.Append(Para(v is null
            ? $"本局认为，当事人的上述行为构成{c.CauseOfAction}的违法行为。"
            : $"本局认为，当事人的上述行为违反了{v.LegalBasis}的规定，构成{v.Name}的行为。"));
        b.Append(DiscretionPara(c, v, proposed: false));
        b.Append(Para(v is null ? "综上，本局决定对当事人作出如下行政处罚：" : $"综上，依据{ShortBasis(v)}的规定，本局决定对当事人作出如下行政处罚："));
        b.Append(PenaltyList(c));
        if (c.Responsible.Count > 0)
        {
            b.Append(Para("对有关责任人员作出如下行政处罚："));
            b.Append(Items(c.Responsible.Select(r => $"{r.Position}{r.Name}：{r.Penalty}")));
        }

        if (c.FineTotal + c.ConfiscatedTotal > 0)
        {
            b.Append(Para($"当事人应当自收到本决定书之日起十五日内，将罚没款共计{DiscretionRules.Yuan(c.FineTotal + c.ConfiscatedTotal)}元缴至本局指定的代收银行或者通过电子缴款渠道缴纳。" +
                "到期不缴纳罚款的，本局可以依据《中华人民共和国行政处罚法》第七十二条第一款第一项的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。"));
        }

        b.Append(Remedies(m.Authority, "当事人"));
        b.Append(Para("根据《市场监督管理行政处罚信息公示规定》，本行政处罚决定将通过国家企业信用信息公示系统向社会公示。"));
        b.Append(Seal(m));
        b.Append(Note("本文书一式两份，一份送达当事人，一份归档。"));
        return Page(m, b.ToString());
    }

    // ---------------------------------------------------------------- 送达回证
    private static string ServiceReceipt(DocumentModel m)
    {
        var c = CaseOf(m);
        var b = new StringBuilder();
        b.Append(Header(m, "送达回证"));
        b.Append("<table class=\"form receipt\">");
        Row(b, "送达文书名称及文号", m.ServedDocument ?? "");
        Row(b, "受送达人", c.PartyName);
        Row(b, "送达时间", c.ServedOn is { } s ? DateNum(s) : "　　　　年　　月　　日　　时　　分");
        Row(b, "送达地点", m.PartyAddress ?? "");
        Row(b, "送达方式", c.ServiceMethod ?? "");
        Opinion(b, "收件人签名或者盖章", c.ServiceSignedBy ?? "", null, null);
        RowHtml(b, "送达人", H(OfficerNames(c)), "");
        Row(b, "见证人", "");
        Row(b, "备注", "");
        b.Append("</table>");
        b.Append(Seal(m));
        return Page(m, b.ToString());
    }

    // ---------------------------------------------------------------- 结案审批表
    private static string ClosingApproval(DocumentModel m)
    {
        var c = CaseOf(m);
        var b = new StringBuilder();
        b.Append(Header(m, "结案审批表"));
        b.Append("<table class=\"form\"><colgroup><col style=\"width:30mm\"><col><col style=\"width:30mm\"><col></colgroup>");
        Row(b, "案由", c.CauseOfAction);
        Row4(b, "立案编号", c.Number, "立案日期", c.OpenedOn == default ? "" : DateNum(c.OpenedOn));
        PartyRows(b, m, c);
        Row4(b, "处罚决定书文号", c.DecisionNo ?? "", "决定日期", c.DecidedOn is { } d ? DateNum(d) : "");
        Row(b, "处理结果", c.Penalties.Count > 0 ? CaseNames.Penalties(c.Penalties) : c.Ending is { } e0 ? CaseNames.Of(e0) : "");
        Row(b, "执行情况", Execution(c));
        var ending = c.Ending is { } e ? CaseNames.Of(e) + "，" : "";
        RowHtml(b, "结案理由", Para((ending + (c.ClosingNote ?? "")).TrimEnd('，'), "flush"), "text");
        RowHtml(b, "办案人员", OfficerList(c), "text");
        Opinion(b, "承办人意见", c.Ending switch
        {
            CaseEnding.Penalised => "本案行政处罚决定已执行完毕，建议结案。",
            { } e1 => $"本案已{CaseNames.Of(e1)}，建议结案。",
            null => "建议结案。",
        }, LeadName(c), c.ClosedOn);
        Opinion(b, "办案机构负责人意见", "", null, null);
        Opinion(b, "部门负责人审批意见", c.ClosedApprovedBy is { Length: > 0 } ? "同意结案。" : "", c.ClosedApprovedBy, c.ClosedOn);
        b.Append("</table>");
        return Page(m, b.ToString());
    }

    // ---------------------------------------------------------------- 涉嫌犯罪案件移送书
    private static string PoliceTransfer(DocumentModel m)
    {
        var c = CaseOf(m);
        var b = new StringBuilder();
        b.Append(Header(m, "涉嫌犯罪案件移送书"));
        b.Append(Para($"{(c.PoliceOrgan is { Length: > 0 } p ? p : "公安机关")}：", "to"));
        var opened = c.OpenedOn == default ? "" : $"（本局于{DateNum(c.OpenedOn)}立案）";
        b.Append(Para($"本局在查处{c.PartyName}{c.CauseOfAction}一案{opened}中，发现当事人涉嫌犯罪。"));
        b.Append(Paras($"经查，{Trimmed(c.Facts)}。"));
        if (c.TransferReason is { Length: > 0 } reason) b.Append(Paras($"移送理由：{Trimmed(reason)}。"));
        b.Append(Para("根据《中华人民共和国行政处罚法》第二十七条和《行政执法机关移送涉嫌犯罪案件的规定》第三条、第六条的规定，现将该案移送你单位，请依法审查，并自受理之日起三日内将是否立案的决定书面告知本局。"));
        b.Append(Para("附件：", "flush"));
        var attachments = new List<string> { "涉嫌犯罪案件情况的调查报告", "涉案物品清单" };
        attachments.AddRange(m.Evidence.Select(e => $"{CaseNames.Of(e.Type)}：{e.Title}"));
        b.Append(Items(attachments));
        b.Append(Seal(m));
        b.Append(Note("抄送：同级人民检察院。本文书一式三份，一份送达公安机关，一份抄送同级人民检察院，一份归档。"));
        return Page(m, b.ToString());
    }

    // ---------------------------------------------------------------- 当场行政处罚决定书
    private static string OnTheSpotDecision(DocumentModel m)
    {
        var c = CaseOf(m);
        var b = new StringBuilder();
        b.Append(Header(m, "当场行政处罚决定书"));
        b.Append(PartyBlock(m, c));
        b.Append(Paras($"违法事实：{Trimmed(c.Facts)}。"));
        var v = m.Violation;
        b.Append(Para(v is null
            ? $"当事人的上述行为构成{c.CauseOfAction}的违法行为。"
            : $"当事人的上述行为违反了{v.LegalBasis}的规定，依据{ShortBasis(v)}和《中华人民共和国行政处罚法》第五十一条的规定，本局决定给予当事人如下行政处罚："));
        if (v is null) b.Append(Para("依据《中华人民共和国行政处罚法》第五十一条的规定，本局决定给予当事人如下行政处罚："));
        b.Append(PenaltyList(c));
        if (c.FineTotal > 0)
        {
            b.Append(Para($"罚款的履行方式：□当场缴纳（依据《中华人民共和国行政处罚法》第六十八条）；□自收到本决定书之日起十五日内，将罚款{DiscretionRules.Yuan(c.FineTotal)}元缴至本局指定的代收银行或者通过电子缴款渠道缴纳。" +
                "到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。"));
        }

        b.Append(Remedies(m.Authority, "当事人"));
        b.Append(Para("执法人员（签名）及执法证件号码：", "flush officers"));
        b.Append(Items(c.Officers.Select(o => $"{o.Name}　执法证号：{o.CertificateNo}　签名：________")));
        b.Append(Para("当事人对上述违法事实、处罚依据和处罚内容已知悉，当事人（签名或者盖章）：________　　　年　　月　　日", "flush officers"));
        b.Append(Seal(m));
        b.Append(Note("本决定书当场交付当事人。执法人员应当在作出当场行政处罚决定之日起二个工作日内报所属市场监督管理部门备案。"));
        return Page(m, b.ToString());
    }

    // ---------------------------------------------------------------- 不予立案审批表
    private static string DeclineApproval(DocumentModel m)
    {
        var clue = m.Clue ?? throw new ArgumentException("不予立案审批表需要线索", nameof(m));
        var b = new StringBuilder();
        b.Append(Header(m, "不予立案审批表"));
        b.Append("<table class=\"form\"><colgroup><col style=\"width:30mm\"><col><col style=\"width:30mm\"><col></colgroup>");
        Row4(b, "线索编号", clue.Number, "登记日期", clue.ReceivedOn == default ? "" : DateNum(clue.ReceivedOn));
        Row4(b, "线索来源", CaseNames.Of(clue.Source) + (clue.SourceNumber is { Length: > 0 } sn ? $"（{sn}）" : ""), "登记人", clue.ReceivedBy);
        Row(b, "当事人", clue.PartyName);
        Row(b, "统一社会信用代码", clue.Uscc ?? "");
        RowHtml(b, "线索内容", Paras(clue.Facts, "flush"), "text");
        var ground = clue.DeclineGround is { } g ? CaseNames.Of(g) : "";
        RowHtml(b, "核查情况及不予立案理由", Para(ground + (ground.Length > 0 && clue.DeclineReason is { Length: > 0 } ? "。" : "") + (clue.DeclineReason ?? ""), "flush"), "text");
        Opinion(b, "承办人意见", "经核查，建议不予立案。", null, null);
        Opinion(b, "办案机构负责人意见", "", null, null);
        Opinion(b, "部门负责人审批意见", clue.DecidedBy is { Length: > 0 } ? "同意不予立案。" : "", clue.DecidedBy, clue.DecidedOn);
        b.Append("</table>");
        return Page(m, b.ToString());
    }

    // ---------------------------------------------------------------- parts
    private static Case CaseOf(DocumentModel m) => m.Case ?? throw new ArgumentException($"{CaseNames.Of(m.Kind)}需要案件", nameof(m));

    private static string Page(DocumentModel m, string body) =>
        $"<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{H(CaseNames.Of(m.Kind))} {H(m.Number)}</title>" +
        $"<style>{Css}</style></head><body><div class=\"sheet{(IsForm(m.Kind) ? " form-doc" : "")}\">{body}</div></body></html>\n";

    private static bool IsForm(DocumentKind kind) =>
        kind is DocumentKind.OpeningApproval or DocumentKind.ClosingApproval or DocumentKind.DeclineApproval or DocumentKind.ServiceReceipt;

    private static string Header(DocumentModel m, string title) =>
        $"<div class=\"authority\">{H(m.Authority)}</div><div class=\"title\">{H(title)}</div><div class=\"docno\">{H(m.Number)}</div>";

    private static string Seal(DocumentModel m) =>
        $"<div class=\"seal\"><div>{H(m.Authority)}</div><div class=\"stamp\">（印章）</div><div>{H(DateCn(m.Date))}</div></div>";

    private static string Note(string text) => $"<p class=\"note\">{H(text)}</p>";

    private static string Para(string text, string? cls = null) =>
        cls is null ? $"<p>{H(text)}</p>" : $"<p class=\"{cls}\">{H(text)}</p>";

    /// <summary>Free text as paragraphs, one per line the handler wrote.</summary>
    private static string Paras(string text, string? cls = null) =>
        string.Concat(text.Replace("\r", "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => Para(line, cls)));

    private static string Items(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "" : "<ol class=\"items\">" + string.Concat(list.Select(i => $"<li>{H(i)}</li>")) + "</ol>";
    }

    private static string PenaltyList(Case c) =>
        c.Penalties.Count == 0
            ? Para("不予行政处罚。")
            : Items(c.Penalties.Select(p => p.Amount is { } a ? $"{CaseNames.Of(p.Kind)}{DiscretionRules.Yuan(a)}元" : CaseNames.Of(p.Kind)));

    private static string EvidenceList(IReadOnlyList<Evidence> evidence) =>
        Items(evidence.Select(e =>
        {
            var what = $"{CaseNames.Of(e.Type)}：{e.Title}";
            var from = string.IsNullOrWhiteSpace(e.Source) ? "" : $"（来源：{e.Source}；{DateNum(e.CollectedOn)}取得）";
            var proves = string.IsNullOrWhiteSpace(e.Description) ? "" : $"，证明{Trimmed(e.Description)}";
            return what + from + proves + "。";
        }));

    private static string DiscretionPara(Case c, Violation? v, bool proposed)
    {
        if (c.Discretion is not { } level) return "";
        var sb = new StringBuilder();
        if (v?.BaseName is { } baseName && c.BaseAmount is { } amount) sb.Append(CultureInfo.InvariantCulture, $"经查明，当事人违法行为的{baseName}为{DiscretionRules.Yuan(amount)}元。");
        sb.Append(CultureInfo.InvariantCulture, $"本局根据行政处罚裁量基准，综合考虑当事人违法行为的事实、性质、情节以及社会危害程度，{(proposed ? "拟" : "决定")}对{(proposed ? You(c) : "当事人")}予以{DiscretionRules.LevelName(level)}。");
        if (c.DiscretionReason is { Length: > 0 } reason) sb.Append(CultureInfo.InvariantCulture, $"裁量理由：{Trimmed(reason)}。");
        return Para(sb.ToString());
    }

    private static string Remedies(string authority, string who) =>
        Para($"{who}如不服本行政处罚决定，可以在收到本决定书之日起六十日内向{ReviewBody(authority)}申请行政复议；也可以在收到本决定书之日起六个月内依法向人民法院提起行政诉讼。" +
            "申请行政复议或者提起行政诉讼期间，行政处罚不停止执行，法律另有规定的除外。");

    /// <summary>行政复议机关: the people's government at the bureau's level (行政复议法 2023 第二十四条).</summary>
    private static string ReviewBody(string authority)
    {
        foreach (var suffix in (string[])["市场监督管理局", "市场监管局"])
            if (authority.EndsWith(suffix, StringComparison.Ordinal) && authority.Length > suffix.Length) return authority[..^suffix.Length] + "人民政府";
        return "本级人民政府";
    }

    /// <summary>The party block of a decision: an organisation's name, USCC, address and legal representative; a person's name, ID number and address.</summary>
    private static string PartyBlock(DocumentModel m, Case c)
    {
        var lines = new List<(string Label, string Value)>();
        if (c.PartyKind == PartyKind.NaturalPerson)
        {
            lines.Add(("当事人", c.PartyName));
            lines.Add(("身份证件号码", m.PartyIdNumber ?? ""));
            lines.Add(("住址", m.PartyAddress ?? ""));
        }
        else
        {
            lines.Add(("当事人", c.PartyName));
            lines.Add(("主体资格证照名称", "营业执照"));
            lines.Add(("统一社会信用代码", c.Uscc ?? ""));
            lines.Add(("住所（主要经营场所）", m.PartyAddress ?? ""));
            lines.Add(("法定代表人（负责人、经营者）", c.Representative ?? ""));
        }

        return "<div class=\"party\">" + string.Concat(lines.Select(l => $"<p>{H(l.Label)}：{H(l.Value)}</p>")) + "</div>";
    }

    private static void PartyRows(StringBuilder b, DocumentModel m, Case c)
    {
        if (c.PartyKind == PartyKind.NaturalPerson)
        {
            Row(b, "当事人姓名", c.PartyName);
            Row4(b, "身份证件号码", m.PartyIdNumber ?? "", "联系电话", m.PartyPhone ?? "");
            Row(b, "住址", m.PartyAddress ?? "");
        }
        else
        {
            Row(b, "当事人名称", c.PartyName);
            Row4(b, "统一社会信用代码", c.Uscc ?? "", "法定代表人", c.Representative ?? "");
            Row4(b, "住所", m.PartyAddress ?? "", "联系电话", m.PartyPhone ?? "");
        }
    }

    private static void Row(StringBuilder b, string label, string value) =>
        b.Append(CultureInfo.InvariantCulture, $"<tr><th>{H(label)}</th><td class=\"text\" colspan=\"3\">{H(value)}</td></tr>");

    private static void RowHtml(StringBuilder b, string label, string html, string cls) =>
        b.Append(CultureInfo.InvariantCulture, $"<tr><th>{H(label)}</th><td class=\"{cls}\" colspan=\"3\">{html}</td></tr>");

    private static void Row4(StringBuilder b, string l1, string v1, string l2, string v2) =>
        b.Append(CultureInfo.InvariantCulture, $"<tr><th>{H(l1)}</th><td>{H(v1)}</td><th>{H(l2)}</th><td>{H(v2)}</td></tr>");

    /// <summary>An opinion box: the opinion on top, the signature line and date at the bottom.</summary>
    private static void Opinion(StringBuilder b, string label, string text, string? name, DateOnly? on) =>
        b.Append(CultureInfo.InvariantCulture, $"<tr><th>{H(label)}</th><td class=\"opinion\" colspan=\"3\"><div class=\"box\"><div>{H(text)}</div>{Sign(name, on)}</div></td></tr>");

    /// <summary>The signature line of an opinion box: the name (or a line to sign on) and the date (or 年 月 日 to fill in).</summary>
    private static string Sign(string? name, DateOnly? on) =>
        $"<div class=\"sign\">签名：<span>{H(name)}</span>　{(on is { } d ? H(DateNum(d)) : "　　年　　月　　日")}</div>";

    private static string OfficerList(Case c) =>
        c.Officers.Count == 0 ? "" : string.Concat(c.Officers.Select(o => Para($"{o.Name}（执法证号：{o.CertificateNo}）", "flush")));

    private static string OfficerNames(Case c) => string.Join("、", c.Officers.Select(o => o.Name));

    /// <summary>承办人: the case's lead officer (主办人), who signs the handler's opinion of the approval forms.</summary>
    private static string? LeadName(Case c) => c.Officers.FirstOrDefault(o => o.UserName == c.LeadOfficer)?.Name;

    private static DateOnly? Day(DateOnly d) => d == default ? null : d;

    private static string You(Case c) => c.PartyKind == PartyKind.NaturalPerson ? "你" : "你单位";

    private static string ShortBasis(Violation v) => v.PenaltyBasis.Split('：')[0];

    private static string Execution(Case c)
    {
        var parts = new List<string>();
        if (c.PaidOn is { } paid) parts.Add($"当事人已于{DateNum(paid)}缴清罚没款");
        if (c.EnforcementAppliedOn is { } enf) parts.Add($"本局已于{DateNum(enf)}申请人民法院强制执行");
        if (c.TransferredOn is { } t) parts.Add($"已于{DateNum(t)}移送{c.PoliceOrgan}");
        if (c.PoliceOutcome is { } po) parts.Add(po == PoliceOutcome.Accepted ? "公安机关已立案侦查" : "公安机关不予立案");
        return string.Join("；", parts);
    }

    private static string Trimmed(string text) => text.Trim().TrimEnd('。', '；', '，', '.');

    public static string H(string? value) => value is null ? "" : WebUtility.HtmlEncode(value);

    /// <summary>2026年12月4日.</summary>
    public static string DateNum(DateOnly d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year}年{d.Month}月{d.Day}日");

    /// <summary>二〇二六年十二月四日 (落款).</summary>
    public static string DateCn(DateOnly d)
    {
        const string digits = "〇一二三四五六七八九";
        var year = string.Concat(d.Year.ToString(CultureInfo.InvariantCulture).Select(ch => digits[ch - '0']));
        return $"{year}年{Number(d.Month)}月{Number(d.Day)}日";

        static string Number(int n) => n switch
        {
            < 10 => digits[n].ToString(),
            10 => "十",
            < 20 => "十" + digits[n - 10],
            _ => digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString()),
        };
    }
}
