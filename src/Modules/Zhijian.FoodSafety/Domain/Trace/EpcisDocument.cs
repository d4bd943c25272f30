using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Domain.Trace;

/// <summary>A batch and its quantity in an event (quantityList / inputQuantityList / outputQuantityList or an EPC class in an EPC list).</summary>
internal sealed record EpcisQuantity(BatchRef Batch, decimal? Quantity, string? Uom);

/// <summary>The 冷链 import documents of a receiving event (extension <c>zjcc:coldChain</c>).</summary>
internal sealed record ColdChainDocs(string? CustomsDeclarationNo, string? QuarantineCertNo, string? DisinfectionCertNo, string? NucleicAcidProofNo, string? OriginCountry)
{
    public bool Complete => !string.IsNullOrWhiteSpace(CustomsDeclarationNo) && !string.IsNullOrWhiteSpace(QuarantineCertNo)
        && !string.IsNullOrWhiteSpace(DisinfectionCertNo) && !string.IsNullOrWhiteSpace(NucleicAcidProofNo);
}

/// <summary>Lot master data of a new batch (ilmd): product name, 食品大类, origin.</summary>
internal sealed record BatchMasterData(string? ProductName, string? CategoryCode, string? Origin);

/// <summary>One EPCIS event, parsed and checked on its own (parties and batches are checked against the records by the intake).</summary>
internal sealed record EpcisEvent(
    int Index, string EventId, string ContentHash, bool Transformation, string? Action, TraceStep Step, DateTimeOffset EventTime, string TimeZoneOffset,
    string Location, string? ReadPoint, string? Source, string? Destination, IReadOnlyList<EpcisQuantity> Objects, IReadOnlyList<EpcisQuantity> Inputs,
    IReadOnlyList<EpcisQuantity> Outputs, ColdChainDocs? ColdChain, BatchMasterData? MasterData);

/// <summary>
/// Reads an EPCIS 2.0 JSON-LD <c>EPCISDocument</c> (docs/food-traceability.md): the document fields, then every event of
/// <c>epcisBody.eventList</c>. Errors are keyed by the JSON path (<c>epcisBody.eventList[3].bizStep</c>) with a Chinese
/// message; nothing is returned as valid unless the whole document is.
/// </summary>
internal static class EpcisDocument
{
    public const int MaxEvents = 1000;

    /// <summary>The namespace of the platform's extension members (ilmd product data and the cold-chain documents).</summary>
    public const string Namespace = "https://zhijian.samr.gov.cn/epcis/";

    /// <summary>How far in the future an event time may lie (clock skew of the sender).</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    private static readonly Dictionary<string, TraceStep> Steps = new(StringComparer.OrdinalIgnoreCase)
    {
        ["commissioning"] = TraceStep.Commissioning,
        ["shipping"] = TraceStep.Shipping,
        ["receiving"] = TraceStep.Receiving,
        ["retail_selling"] = TraceStep.Selling,
        ["selling"] = TraceStep.Selling,
        ["destroying"] = TraceStep.Destroying,
        ["transforming"] = TraceStep.Transforming,
        ["repackaging"] = TraceStep.Transforming,
    };

    public static IReadOnlyList<EpcisEvent> Parse(JsonElement doc, DateTimeOffset now, FieldErrors errors)
    {
        var events = new List<EpcisEvent>();
        if (doc.ValueKind != JsonValueKind.Object)
        {
            errors.Add("document", "请求体应为 EPCIS 2.0 EPCISDocument（JSON 对象）");
            return events;
        }

        var prefix = NamespacePrefix(doc);
        if (!doc.TryGetProperty("@context", out _)) errors.Add("@context", "缺少 @context（应包含 https://ref.gs1.org/standards/epcis/epcis-context.jsonld）");
        if (Str(doc, "type") != "EPCISDocument") errors.Add("type", "type 应为 EPCISDocument");
        var version = Str(doc, "schemaVersion");
        if (version is null) errors.Add("schemaVersion", "缺少 schemaVersion（应为 2.0）");
        else if (!version.StartsWith("2.", StringComparison.Ordinal)) errors.Add("schemaVersion", $"schemaVersion“{version}”不受支持（应为 2.0）");
        if (Str(doc, "creationDate") is not { } created) errors.Add("creationDate", "缺少 creationDate");
        else if (!TryTime(created, out _)) errors.Add("creationDate", $"creationDate“{created}”不是 ISO 8601 时间");
        if (!doc.TryGetProperty("epcisBody", out var body) || body.ValueKind != JsonValueKind.Object
            || !body.TryGetProperty("eventList", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            errors.Add("epcisBody.eventList", "缺少 epcisBody.eventList（事件数组）");
            return events;
        }

        var n = list.GetArrayLength();
        if (n == 0) errors.Add("epcisBody.eventList", "事件列表为空");
        if (n > MaxEvents)
        {
            errors.Add("epcisBody.eventList", $"一个文档最多 {MaxEvents} 个事件（现 {n} 个），请分批报送");
            return events;
        }

        var i = 0;
        foreach (var e in list.EnumerateArray())
        {
            var parsed = ParseEvent(e, i, $"epcisBody.eventList[{i}]", prefix, now, errors);
            if (parsed is not null) events.Add(parsed);
            i++;
        }

        return events;
    }

    private static EpcisEvent? ParseEvent(JsonElement e, int index, string at, string? prefix, DateTimeOffset now, FieldErrors errors)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            errors.Add(at, "事件应为 JSON 对象");
            return null;
        }

        var before = errors.Count;
        var type = Str(e, "type");
        var transformation = type == "TransformationEvent";
        if (type is null) errors.Add(at + ".type", "缺少事件类型 type");
        else if (type != "ObjectEvent" && !transformation) errors.Add(at + ".type", $"事件类型“{type}”不受支持（应为 ObjectEvent 或 TransformationEvent）");
        var eventId = Str(e, "eventID")?.Trim();
        if (string.IsNullOrEmpty(eventId)) errors.Add(at + ".eventID", "缺少 eventID（用于去重，须唯一）");
        else if (eventId.Length > 200) errors.Add(at + ".eventID", "eventID 不能超过 200 个字符");
        else if (!Uri.TryCreate(eventId, UriKind.Absolute, out _)) errors.Add(at + ".eventID", $"eventID“{eventId}”应为 URI（如 urn:uuid:…）");

        var time = DateTimeOffset.MinValue;
        if (Str(e, "eventTime") is not { } t) errors.Add(at + ".eventTime", "缺少 eventTime");
        else if (!TryTime(t, out time)) errors.Add(at + ".eventTime", $"eventTime“{t}”不是 ISO 8601 时间（须含时区）");
        else if (time > now + FutureTolerance) errors.Add(at + ".eventTime", $"eventTime {t} 晚于当前时间（允许误差 {FutureTolerance.TotalMinutes:0} 分钟）");
        var offset = Str(e, "eventTimeZoneOffset");
        if (offset is null) errors.Add(at + ".eventTimeZoneOffset", "缺少 eventTimeZoneOffset（如 +08:00）");
        else if (!TryOffset(offset)) errors.Add(at + ".eventTimeZoneOffset", $"eventTimeZoneOffset“{offset}”应为 ±hh:mm");

        string? action = null;
        TraceStep step = TraceStep.Transforming;
        var bizStep = Str(e, "bizStep");
        if (!transformation)
        {
            action = Str(e, "action");
            if (action is null) errors.Add(at + ".action", "缺少 action（ADD、OBSERVE 或 DELETE）");
            else if (action is not ("ADD" or "OBSERVE" or "DELETE")) errors.Add(at + ".action", $"action“{action}”应为 ADD、OBSERVE 或 DELETE");
            if (bizStep is null) errors.Add(at + ".bizStep", "缺少 bizStep");
            else if (StepOf(bizStep) is not { } s || s == TraceStep.Transforming)
                errors.Add(at + ".bizStep", $"bizStep“{bizStep}”不受支持（commissioning、shipping、receiving、retail_selling、destroying，或其 https://ref.gs1.org/cbv/BizStep- 形式）");
            else
            {
                step = s;
                if (step == TraceStep.Commissioning && action is not (null or "ADD")) errors.Add(at + ".action", "commissioning（赋码）事件的 action 应为 ADD");
            }
        }
        else if (bizStep is not null && StepOf(bizStep) is null)
        {
            errors.Add(at + ".bizStep", $"bizStep“{bizStep}”不受支持");
        }

        var location = PartyRef(e, "bizLocation", at, errors, required: true);
        var readPoint = e.TryGetProperty("readPoint", out var rp) && rp.ValueKind == JsonValueKind.Object ? Str(rp, "id") : null;
        var source = SourceDest(e, "sourceList", "source", at, errors);
        var beforeDestination = errors.Count;
        var destination = SourceDest(e, "destinationList", "destination", at, errors);
        if (!transformation && step == TraceStep.Shipping && destination is null && errors.Count == beforeDestination)
            errors.Add(at + ".destinationList", "shipping（发货）事件须有 destinationList（收货方）");

        var objects = new List<EpcisQuantity>();
        var inputs = new List<EpcisQuantity>();
        var outputs = new List<EpcisQuantity>();
        if (transformation)
        {
            Quantities(e, "inputEPCList", "inputQuantityList", at, errors, inputs);
            Quantities(e, "outputEPCList", "outputQuantityList", at, errors, outputs);
            if (inputs.Count == 0) errors.Add(at + ".inputQuantityList", "TransformationEvent 须有投入批次（inputQuantityList 或 inputEPCList）");
            if (outputs.Count == 0) errors.Add(at + ".outputQuantityList", "TransformationEvent 须有产出批次（outputQuantityList 或 outputEPCList）");
        }
        else
        {
            Quantities(e, "epcList", "quantityList", at, errors, objects);
            if (objects.Count == 0) errors.Add(at + ".quantityList", "事件须有批次（quantityList 的 epcClass 或 epcList）");
        }

        var cold = ColdChain(e, prefix);
        if (cold is not null && step != TraceStep.Receiving) errors.Add(at + $".{prefix}:coldChain", "冷链进口单证只能随 receiving（收货）事件报送");
        var master = MasterData(e, prefix);
        if (master?.CategoryCode is { } cat && FoodCategories.Find(cat) is null) errors.Add(at + ".ilmd", $"食品大类代码“{cat}”不存在");

        if (errors.Count != before) return null;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(e))));
        return new EpcisEvent(index, eventId!, hash, transformation, action, step, time.ToUniversalTime(), offset!, location!, readPoint, source, destination,
            objects, inputs, outputs, cold, master);
    }

    /// <summary>The business step of a CBV short name, a <c>https://ref.gs1.org/cbv/BizStep-…</c> URI or an EPCIS 1.x <c>urn:epcglobal:cbv:bizstep:…</c>.</summary>
    public static TraceStep? StepOf(string bizStep)
    {
        var s = bizStep.Trim();
        foreach (var p in (string[])["https://ref.gs1.org/cbv/BizStep-", "http://ref.gs1.org/cbv/BizStep-", "urn:epcglobal:cbv:bizstep:", "cbv:BizStep-"])
        {
            if (s.StartsWith(p, StringComparison.OrdinalIgnoreCase)) s = s[p.Length..];
        }

        return Steps.TryGetValue(s, out var step) ? step : null;
    }

    private static string? PartyRef(JsonElement e, string name, string at, FieldErrors errors, bool required)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Object || Str(v, "id") is not { } id)
        {
            if (required) errors.Add($"{at}.{name}", $"缺少 {name}.id（业务发生地：参与方标识）");
            return null;
        }

        var party = TraceIds.ParseParty(id, out _, out var error);
        if (party is null) errors.Add($"{at}.{name}.id", error!);
        return party;
    }

    private static string? SourceDest(JsonElement e, string list, string member, string at, FieldErrors errors)
    {
        if (!e.TryGetProperty(list, out var arr) || arr.ValueKind == JsonValueKind.Null) return null; // null = absent (many JSON writers emit it)
        if (arr.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"{at}.{list}", $"{list} 应为数组");
            return null;
        }

        // possessing_party first (who holds the goods), then owning_party, then location.
        string? best = null;
        var rank = int.MaxValue;
        var i = 0;
        foreach (var item in arr.EnumerateArray())
        {
            var type = item.ValueKind == JsonValueKind.Object ? Str(item, "type") : null;
            var id = item.ValueKind == JsonValueKind.Object ? Str(item, member) : null;
            var kind = type is null ? null : type[(Math.Max(type.LastIndexOf(':'), Math.Max(type.LastIndexOf('-'), type.LastIndexOf('/'))) + 1)..];
            var r = kind switch { "possessing_party" => 0, "owning_party" => 1, "location" => 2, _ => -1 };
            if (r < 0 || id is null)
            {
                errors.Add($"{at}.{list}[{i}]", $"{list}[{i}] 应含 type（owning_party、possessing_party 或 location）与 {member}");
            }
            else
            {
                var party = TraceIds.ParseParty(id, out _, out var error);
                if (party is null) errors.Add($"{at}.{list}[{i}].{member}", error!);
                else if (r < rank) (best, rank) = (party, r);
            }

            i++;
        }

        return best;
    }

    private static void Quantities(JsonElement e, string epcList, string quantityList, string at, FieldErrors errors, List<EpcisQuantity> into)
    {
        if (e.TryGetProperty(quantityList, out var q) && q.ValueKind != JsonValueKind.Null)
        {
            if (q.ValueKind != JsonValueKind.Array) errors.Add($"{at}.{quantityList}", $"{quantityList} 应为数组");
            else
            {
                var i = 0;
                foreach (var item in q.EnumerateArray())
                {
                    var path = $"{at}.{quantityList}[{i++}]";
                    var cls = item.ValueKind == JsonValueKind.Object ? Str(item, "epcClass") : null;
                    if (cls is null)
                    {
                        errors.Add(path + ".epcClass", "缺少 epcClass（批次标识）");
                        continue;
                    }

                    var batch = TraceIds.ParseBatch(cls, out var error);
                    if (batch is null) errors.Add(path + ".epcClass", error!);
                    decimal? qty = null;
                    if (item.TryGetProperty("quantity", out var qv))
                    {
                        if (qv.ValueKind != JsonValueKind.Number || !qv.TryGetDecimal(out var d) || d <= 0 || d > 1_000_000_000m)
                            errors.Add(path + ".quantity", "数量应为大于 0 的数（不超过 10 亿）");
                        else qty = d;
                    }

                    var uom = Str(item, "uom");
                    if (uom is { Length: > 10 }) errors.Add(path + ".uom", "计量单位（UN/CEFACT 代码，如 KGM）不能超过 10 个字符");
                    if (batch is not null) into.Add(new EpcisQuantity(batch, qty, uom));
                }
            }
        }

        if (e.TryGetProperty(epcList, out var l) && l.ValueKind != JsonValueKind.Null)
        {
            if (l.ValueKind != JsonValueKind.Array) errors.Add($"{at}.{epcList}", $"{epcList} 应为数组");
            else
            {
                var i = 0;
                foreach (var item in l.EnumerateArray())
                {
                    var path = $"{at}.{epcList}[{i++}]";
                    var batch = item.ValueKind == JsonValueKind.String ? TraceIds.ParseBatch(item.GetString(), out var error) : null;
                    if (batch is null) errors.Add(path, item.ValueKind == JsonValueKind.String ? $"{path}：批次标识无法识别（实例级 SGTIN 请改用 quantityList 的批次级 epcClass）" : "应为字符串");
                    else into.Add(new EpcisQuantity(batch, null, null));
                }
            }
        }
    }

    /// <summary>The prefix the document's @context declares for <see cref="Namespace"/> ("zj" when none is declared).</summary>
    public static string? NamespacePrefix(JsonElement doc)
    {
        if (!doc.TryGetProperty("@context", out var ctx)) return null;
        IEnumerable<JsonElement> items = ctx.ValueKind == JsonValueKind.Array ? ctx.EnumerateArray() : [ctx];
        foreach (var item in items)
        {
            if (item.ValueKind != JsonValueKind.Object) continue;
            foreach (var p in item.EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() == Namespace) return p.Name;
            }
        }

        return null;
    }

    private static JsonElement? Member(JsonElement e, string? prefix, string name)
    {
        if (prefix is not null && e.TryGetProperty($"{prefix}:{name}", out var v)) return v;
        return e.TryGetProperty(Namespace + name, out v) ? v : null;
    }

    private static ColdChainDocs? ColdChain(JsonElement e, string? prefix)
    {
        if (Member(e, prefix, "coldChain") is not { ValueKind: JsonValueKind.Object } c) return null;
        return new ColdChainDocs(Text(c, "customsDeclarationNo"), Text(c, "quarantineCertNo"), Text(c, "disinfectionCertNo"), Text(c, "nucleicAcidProofNo"),
            Text(c, "originCountry"));
    }

    private static BatchMasterData? MasterData(JsonElement e, string? prefix)
    {
        if (!e.TryGetProperty("ilmd", out var ilmd) || ilmd.ValueKind != JsonValueKind.Object) return null;
        var name = Member(ilmd, prefix, "productName") is { ValueKind: JsonValueKind.String } n ? n.GetString() : null;
        var cat = Member(ilmd, prefix, "foodCategory") is { ValueKind: JsonValueKind.String } c ? c.GetString() : null;
        var origin = Member(ilmd, prefix, "origin") is { ValueKind: JsonValueKind.String } o ? o.GetString()
            : ilmd.TryGetProperty("cbvmda:countryOfOrigin", out var co) && co.ValueKind == JsonValueKind.String ? co.GetString() : null;
        return new BatchMasterData(Trim(name, 100), Trim(cat, 4), Trim(origin, 12));
    }

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? Trim(v.GetString(), 60) : null;

    private static string? Trim(string? s, int max) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().Length > max ? s.Trim()[..max] : s.Trim();

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool TryTime(string s, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
        && (s.EndsWith('Z') || s.Length > 6 && (s[^6] == '+' || s[^6] == '-'));

    private static bool TryOffset(string s) =>
        s.Length == 6 && (s[0] == '+' || s[0] == '-') && char.IsAsciiDigit(s[1]) && char.IsAsciiDigit(s[2]) && s[3] == ':' && char.IsAsciiDigit(s[4]) && char.IsAsciiDigit(s[5])
        && int.Parse(s.AsSpan(1, 2), CultureInfo.InvariantCulture) <= 14;
}
