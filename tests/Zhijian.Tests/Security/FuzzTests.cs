using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Security;

/// <summary>
/// Sends a fixed, deterministic set of malformed requests to every operation of the OpenAPI document, as a city and
/// as a county API client with every scope: garbage path and query values, broken and hostile JSON bodies, junk
/// uploads. No answer may be a 5xx, and every refusal under /api must be a problem-details body. Some fuzzed
/// requests are valid enough to succeed and write data; that is expected.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    /// <summary>Operations left out, each with its reason. The test fails when an entry no longer exists.</summary>
    private static readonly Dictionary<string, string> Excluded = new(StringComparer.Ordinal)
    {
    };

    private const int Seed = 20261205;
    private static readonly string Huge = new('x', 100_000);
    private static readonly string Long = new('x', 5_000);
    private const string Unicode = "中文\u202E🙂\uFEFFé\u0301";

    private string _uscc = "";

    [Fact]
    public async Task Malformed_requests_to_every_operation_get_no_5xx_and_every_refusal_is_a_problem()
    {
        var errors = new ErrorLog();
        await using var app = await ZhijianApp.StartAsync(services: s => s.AddSingleton<ILoggerProvider>(errors));
        var city = await app.ApiClientAsync("370100", "*");
        var county = await app.ApiClientAsync("370102", "*");
        city.Timeout = county.Timeout = TimeSpan.FromSeconds(60);

        var entity = SampleEntities.Company("济南模糊测试商贸有限公司");
        var registered = await city.PostAsync("/api/v1/entities", JsonBody(JsonSerializer.Serialize(entity)));
        Assert.True(registered.StatusCode == HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        _uscc = (string)entity["uscc"]!;

        var doc = JsonDocument.Parse(await city.GetStringAsync("/openapi/v1.json")).RootElement.Clone();
        var operations = Operations(doc);
        var present = operations.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        var stale = Excluded.Keys.Where(k => !present.Contains(k)).ToList();
        Assert.True(stale.Count == 0, "excluded operations that no longer exist: " + string.Join(", ", stale));
        var fuzzed = operations.Where(o => !Excluded.ContainsKey(o.Key))
            // Administration (areas, rules, calendars) last, so its successful writes do not narrow the later passes.
            .OrderBy(o => IsAdministration(o.Path) ? 1 : 0).ThenBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal)
            .ToList();

        var failures = new List<string>();
        var requests = 0;
        var slowest = new List<(TimeSpan Time, string Op)>();
        var watch = Stopwatch.StartNew();
        foreach (var (caller, client) in new[] { ("county", county), ("city", city) })
        {
            foreach (var op in fuzzed)
            {
                var started = watch.Elapsed;
                foreach (var fuzz in Cases(op, doc))
                {
                    requests++;
                    errors.Clear();
                    var (status, body, exception) = await SendAsync(client, op, fuzz);
                    var logged = errors.Drain();
                    var problem = exception ?? Check(op, status, body);
                    if (problem is null) continue;
                    failures.Add($"{op.Key} {Cut(fuzz.Url, 200)} [{caller}, {fuzz.Name}] → {problem}: {Cut(body, 300)}{(logged.Length > 0 ? " | " + logged : "")}");
                }

                slowest.Add((watch.Elapsed - started, $"{op.Key} ({caller})"));
            }
        }

        watch.Stop();
        output.WriteLine($"{TestDatabase.CurrentKind}: {operations.Count} operations ({fuzzed.Count} fuzzed), {requests} requests, {watch.Elapsed.TotalSeconds:F1} s");
        output.WriteLine("slowest: " + string.Join(", ", slowest.OrderByDescending(s => s.Time).Take(8).Select(s => $"{s.Op} {s.Time.TotalSeconds:F1} s")));
        foreach (var f in failures) output.WriteLine(f);
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} fuzzed requests failed:\n{string.Join("\n", failures)}");
    }

    private static bool IsAdministration(string path) =>
        path.StartsWith("/api/v1/org-units", StringComparison.Ordinal) || path.StartsWith("/api/v1/rules", StringComparison.Ordinal)
        || path.StartsWith("/api/v1/calendar", StringComparison.Ordinal);

    private static string? Check(Operation op, int status, string body)
    {
        if (status >= 500) return $"HTTP {status}";
        if (status is >= 200 and < 300 || !op.Path.StartsWith("/api", StringComparison.Ordinal)) return null;
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("title", out _) && json.RootElement.TryGetProperty("status", out _)
                ? null : $"HTTP {status} without problem details";
        }
        catch (JsonException)
        {
            return $"HTTP {status} without problem details";
        }
    }

    private static async Task<(int Status, string Body, string? Exception)> SendAsync(HttpClient client, Operation op, FuzzCase fuzz)
    {
        using var request = new HttpRequestMessage(new HttpMethod(op.Method.ToUpperInvariant()), fuzz.Url) { Content = fuzz.Content() };
        try
        {
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return ((int)response.StatusCode, body, null);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException or InvalidOperationException)
        {
            return (0, "", $"request failed: {e.GetType().Name}: {Cut(e.Message, 200)}");
        }
    }

    private static string Cut(string s, int n) => s.Length <= n ? s : s[..n] + "…";

    // ---------- the cases ----------

    private sealed record FuzzCase(string Name, string Url, Func<HttpContent?> Content);

    private IEnumerable<FuzzCase> Cases(Operation op, JsonElement doc)
    {
        var body = op.Body is { } b ? Resolve(b.Schema, doc) : (JsonElement?)null;
        Func<HttpContent?> typical = op.Body switch
        {
            null => () => null,
            { Multipart: true } => () => Multipart(op, doc, "data.csv", Encoding.UTF8.GetBytes("a,b\n1,2\n"), fieldValue: null),
            _ => () => JsonBody(Make(body!.Value, Mode.Typical, "", 0, doc)?.ToJsonString() ?? "null"),
        };

        // Path parameters: each replaced in turn with garbage, the others plausible.
        foreach (var p in op.Parameters.Where(p => p.In == "path"))
        {
            foreach (var (name, raw) in PathGarbage)
                yield return new FuzzCase($"path.{p.Name}={name}", Url(op, p.Name, raw, query: null), typical);
        }

        // Query parameters: each given each garbage value of its kind in turn; then all at their extremes at once.
        var query = op.Parameters.Where(p => p.In == "query").ToList();
        foreach (var p in query)
        {
            foreach (var value in QueryGarbage(Resolve(p.Schema, doc)))
                yield return new FuzzCase($"query.{p.Name}={Cut(value, 20)}", Url(op, null, null, $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(value)}"), typical);
        }

        if (query.Count > 1)
        {
            foreach (var (label, mode) in new[] { ("max", Mode.Max), ("min", Mode.Min), ("typical", Mode.Typical) })
            {
                var qs = string.Join("&", query.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(Scalar(Make(Resolve(p.Schema, doc), mode, p.Name, 0, doc)))}"));
                yield return new FuzzCase($"query.all={label}", Url(op, null, null, qs), typical);
            }
        }

        var url = Url(op, null, null, null);
        if (op.Body is null)
        {
            if (op.Parameters.Count == 0) yield return new FuzzCase("plain", url, () => null);
            if (op.Method is "get" or "delete") yield break;

            // A write that declares no body may still read one itself: send it junk of each kind.
            yield return new FuzzCase("undeclared.not-json", url, () => JsonBody("{\"a\":"));
            yield return new FuzzCase("undeclared.wrong-types", url, () => JsonBody("{\"planIndicatorId\":\"x\",\"value\":[],\"reason\":{}}"));
            yield return new FuzzCase("undeclared.broken-multipart", url, () => BrokenMultipart());
            yield return new FuzzCase("undeclared.text-plain", url, () => new StringContent("x", Encoding.UTF8, "text/plain"));
            yield break;
        }

        if (op.Body.Multipart)
        {
            yield return new FuzzCase("file.empty", url, () => Multipart(op, doc, "empty.csv", [], null));
            yield return new FuzzCase("file.binary", url, () => Multipart(op, doc, "data.csv", Binary(4096), null));
            yield return new FuzzCase("file.truncated-xlsx", url, () => Multipart(op, doc, "data.xlsx", TruncatedXlsx(), null));
            yield return new FuzzCase("file.csv-garbage-fields", url, () => Multipart(op, doc, "data.csv", Encoding.UTF8.GetBytes("a,b,c\n\"1,2\n"), Long));
            yield return new FuzzCase("file.none", url, () => Multipart(op, doc, null, null, null));
            yield return new FuzzCase("file.json-instead", url, () => JsonBody("{}"));
            yield return new FuzzCase("file.empty-body", url, () => null);
            yield break;
        }

        var schema = body!.Value;
        foreach (var (name, text) in new (string, string)[]
        {
            ("body.not-json", "这不是 JSON <xml/>"),
            ("body.truncated", "{\"a\":[1,2,"),
            ("body.empty", ""),
            ("body.null", "null"),
            ("body.array", "[]"),
            ("body.string", "\"x\""),
            ("body.number", "1e309"),
            ("body.object-empty", "{}"),
            ("body.unknown-fields", "{\"zz\":1,\"__proto__\":{\"a\":1}}"),
            ("body.deep-arrays", new string('[', 5000) + new string(']', 5000)),
            ("body.deep-objects", string.Concat(Enumerable.Repeat("{\"a\":", 5000)) + "1" + new string('}', 5000)),
        })
        {
            yield return new FuzzCase(name, url, () => JsonBody(text));
        }

        yield return new FuzzCase("body.no-content-type", url, () => new ByteArrayContent("{}"u8.ToArray()));
        yield return new FuzzCase("body.text-plain", url, () => new StringContent("{}", Encoding.UTF8, "text/plain"));
        foreach (var mode in Enum.GetValues<Mode>())
        {
            var node = Make(schema, mode, "", 0, doc);
            var text = node?.ToJsonString() ?? "null";
            yield return new FuzzCase("body." + mode.ToString().ToLowerInvariant(), url, () => JsonBody(text));
        }
    }

    private static readonly (string Name, string Raw)[] PathGarbage =
    [
        ("empty", ""),
        ("long", Long),
        ("negative", "-1"),
        ("zero", "0"),
        ("int-overflow", "2147483648"),
        ("long-overflow", "9223372036854775808"),
        ("long-underflow", "-9223372036854775809"),
        ("1e309", "1e309"),
        ("unicode", Uri.EscapeDataString(Unicode)),
        ("dot-dot", "..%2F..%2Fappsettings.json"),
        ("sql", Uri.EscapeDataString("1' OR '1'='1")),
        ("percent", "%25%"),
        // No %00: the test host refuses a path with a NUL before the app sees it, as Kestrel does (400).
    ];

    private static IEnumerable<string> QueryGarbage(JsonElement schema)
    {
        var kind = KindOf(schema);
        var format = Format(schema);
        if (kind == Kind.Array && schema.TryGetProperty("items", out var items)) kind = KindOf(items);
        return kind switch
        {
            Kind.Integer => ["-1", "0", "2147483647", "2147483648", "-2147483649", "9223372036854775808", "1e309", "abc", ""],
            Kind.Number => ["-1", "1e309", "NaN", "-Infinity", "9223372036854775808", "abc"],
            Kind.Boolean => ["abc", ""],
            Kind.String when format is "date" or "date-time" => ["1800-01-01", "0001-01-01", "9999-12-31", "2026-02-30", "abc", "9999-12-31T23:59:59Z", ""],
            _ => ["", Long, Unicode, "-1", "1800-01-01", "9999-12-31", "%00", "' OR 1=1--"],
        };
    }

    private static string Url(Operation op, string? garbageParam, string? garbage, string? query)
    {
        var path = op.Path;
        foreach (var p in op.Parameters.Where(p => p.In == "path"))
        {
            var value = p.Name == garbageParam && garbage is not null ? garbage : Uri.EscapeDataString(p.Default);
            path = path.Replace("{" + p.Name + "}", value, StringComparison.Ordinal);
        }

        return query is null ? path : path + "?" + query;
    }

    private static StringContent JsonBody(string text) => new(text, Encoding.UTF8, "application/json");

    private MultipartFormDataContent Multipart(Operation op, JsonElement doc, string? fileName, byte[]? file, string? fieldValue)
    {
        var content = new MultipartFormDataContent();
        var schema = Resolve(op.Body!.Schema, doc);
        var fields = Format(schema) == "binary" ? [("file", schema)] : Properties(schema, doc).Select(p => (p.Name, Resolve(p.Schema, doc))).ToList();
        foreach (var (name, prop) in fields)
        {
            if (Format(prop) == "binary" || (KindOf(prop) == Kind.Array && prop.TryGetProperty("items", out var i) && Format(Resolve(i, doc)) == "binary"))
            {
                if (fileName is null) continue;
                var part = new ByteArrayContent(file!);
                part.Headers.ContentType = MediaTypeHeaderValue.Parse(fileName.EndsWith(".xlsx", StringComparison.Ordinal)
                    ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
                content.Add(part, name, fileName);
            }
            else
            {
                content.Add(new StringContent(fieldValue ?? Scalar(Make(prop, Mode.Typical, name, 0, doc))), name);
            }
        }

        return content;
    }

    /// <summary>A multipart body cut off inside its first part.</summary>
    private static ByteArrayContent BrokenMultipart()
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes("--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc"));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=zz");
        return content;
    }

    private static byte[] Binary(int length)
    {
        var bytes = new byte[length];
        new Random(Seed).NextBytes(bytes);
        return bytes;
    }

    private static byte[] TruncatedXlsx()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in new[]
            {
                ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
                ("xl/workbook.xml", "<workbook><sheets><sheet name=\"Sheet1\" sheetId=\"1\"/></sheets></workbook>"),
                ("xl/worksheets/sheet1.xml", "<worksheet><sheetData>" + string.Concat(Enumerable.Repeat("<row><c t=\"inlineStr\"><is><t>abc</t></is></c></row>", 200)) + "</sheetData></worksheet>"),
            })
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open());
                w.Write(text);
            }
        }

        var all = stream.ToArray();
        return all[..(all.Length * 6 / 10)];
    }

    // ---------- values from the schema ----------

    private enum Mode
    {
        Typical,
        Min,
        Max,
        Huge,
        Negative,
        Overflow,
        OldDates,
        Nulls,
        WrongTypes,
    }

    private enum Kind
    {
        Object,
        Array,
        String,
        Integer,
        Number,
        Boolean,
        Enum,
        Any,
    }

    private JsonNode? Make(JsonElement schema, Mode mode, string name, int depth, JsonElement doc)
    {
        schema = Resolve(schema, doc);
        var kind = KindOf(schema);
        if (mode == Mode.Nulls && depth > 0) return null;
        if (mode == Mode.WrongTypes && depth > 0)
        {
            return kind switch
            {
                Kind.String or Kind.Enum => JsonValue.Create(12345),
                Kind.Integer or Kind.Number => JsonValue.Create("abc"),
                Kind.Boolean => JsonValue.Create("yes"),
                Kind.Array => new JsonObject { ["x"] = 1 },
                Kind.Object => JsonValue.Create("x"),
                _ => new JsonArray(),
            };
        }

        switch (kind)
        {
            case Kind.Object:
                var obj = new JsonObject();
                if (depth > 5) return obj;
                foreach (var (prop, propSchema) in Properties(schema, doc))
                    obj[prop] = Make(propSchema, mode, prop, depth + 1, doc);
                return obj;
            case Kind.Array:
                var items = schema.TryGetProperty("items", out var i) ? i : default;
                var array = new JsonArray();
                if (items.ValueKind == JsonValueKind.Object && depth <= 5 && mode != Mode.Min)
                    array.Add(Make(items, mode, name, depth + 1, doc));
                return array;
            case Kind.Enum:
                var values = schema.GetProperty("enum").EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Null).ToList();
                if (mode == Mode.Huge) return JsonValue.Create(Huge);
                return values.Count == 0 ? null : JsonNode.Parse((mode == Mode.Max ? values[^1] : values[0]).GetRawText());
            case Kind.Boolean:
                return JsonValue.Create(mode != Mode.Min);
            case Kind.Integer:
                var int64 = Format(schema) == "int64";
                return mode switch
                {
                    Mode.Min => JsonValue.Create(0),
                    Mode.Max => int64 ? JsonValue.Create(long.MaxValue) : JsonValue.Create(int.MaxValue),
                    Mode.Negative => int64 ? JsonValue.Create(long.MinValue) : JsonValue.Create(int.MinValue),
                    Mode.Overflow => JsonNode.Parse("9223372036854775808"),
                    _ => JsonValue.Create(1),
                };
            case Kind.Number:
                return mode switch
                {
                    Mode.Min => JsonValue.Create(0),
                    Mode.Max => JsonNode.Parse("79228162514264337593543950335"),
                    Mode.Negative => JsonValue.Create(-1.5m),
                    Mode.Overflow => JsonNode.Parse("1e309"),
                    _ => JsonValue.Create(100m),
                };
            case Kind.String:
                return JsonValue.Create(StringValue(Format(schema), mode, name));
            default:
                return mode == Mode.Huge ? JsonValue.Create(Huge) : JsonValue.Create("x");
        }
    }

    private string StringValue(string? format, Mode mode, string name) => format switch
    {
        "date" => mode switch
        {
            Mode.Min => "0001-01-01",
            Mode.Max or Mode.Overflow => "9999-12-31",
            Mode.OldDates or Mode.Negative => "1800-01-01",
            Mode.Huge => Huge,
            _ => "2026-11-20",
        },
        "date-time" => mode switch
        {
            Mode.Min => "0001-01-01T00:00:00+00:00",
            Mode.Max or Mode.Overflow => "9999-12-31T23:59:59+00:00",
            Mode.OldDates or Mode.Negative => "1800-01-01T00:00:00+08:00",
            Mode.Huge => Huge,
            _ => "2026-11-20T10:00:00+08:00",
        },
        "time" => mode == Mode.Huge ? Huge : mode == Mode.Max ? "23:59:59.9999999" : "10:00:00",
        "uuid" => mode == Mode.Huge ? Huge : "00000000-0000-0000-0000-000000000001",
        "binary" or "byte" => mode == Mode.Huge ? Convert.ToBase64String(new byte[75_000]) : "AA==",
        _ => mode switch
        {
            Mode.Min => "",
            Mode.Max => new string('长', 1000),
            Mode.Huge => Huge,
            Mode.Negative => "-1",
            Mode.Overflow => "9223372036854775808",
            Mode.OldDates => "1800-01-01",
            _ => Hint(name),
        },
    };

    /// <summary>A plausible value for a field, so typical bodies get past the first checks into the handler.</summary>
    private string Hint(string name) => name.ToLowerInvariant() switch
    {
        var n when n.Contains("uscc", StringComparison.Ordinal) => _uscc,
        var n when n.Contains("division", StringComparison.Ordinal) || n == "county" || n == "org" || n.Contains("orgcode", StringComparison.Ordinal) => "370102",
        var n when n.Contains("industry", StringComparison.Ordinal) => "5221",
        var n when n.Contains("phone", StringComparison.Ordinal) => "13812345678",
        var n when n.Contains("idnumber", StringComparison.Ordinal) || n.EndsWith("id", StringComparison.Ordinal) && n.Contains("rep", StringComparison.Ordinal) => "11010519491231002X",
        _ => "测试",
    };

    private static string Scalar(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonArray { Count: > 0 } a => Scalar(a[0]),
        JsonArray => "",
        _ => node.ToJsonString(),
    };

    // ---------- reading the OpenAPI document ----------

    private sealed record Parameter(string Name, string In, JsonElement Schema, string Default);

    private sealed record RequestBody(JsonElement Schema, bool Multipart);

    private sealed record Operation(string Method, string Path, List<Parameter> Parameters, RequestBody? Body)
    {
        public string Key => $"{Method.ToUpperInvariant()} {Path}";
    }

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private List<Operation> Operations(JsonElement doc)
    {
        var list = new List<Operation>();
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject().Where(m => Methods.Contains(m.Name)))
            {
                var op = method.Value;
                var parameters = new List<Parameter>();
                var declared = (path.Value.TryGetProperty("parameters", out var common) ? common.EnumerateArray().ToList() : [])
                    .Concat(op.TryGetProperty("parameters", out var own) ? own.EnumerateArray().ToList() : []);
                foreach (var raw in declared)
                {
                    var p = Resolve(raw, doc);
                    var name = p.GetProperty("name").GetString()!;
                    var schema = p.TryGetProperty("schema", out var s) ? s : default;
                    parameters.Add(new Parameter(name, p.GetProperty("in").GetString()!, schema, PathDefault(name)));
                }

                RequestBody? body = null;
                if (op.TryGetProperty("requestBody", out var rb) && Resolve(rb, doc).TryGetProperty("content", out var content))
                {
                    var media = content.EnumerateObject().ToList();
                    var form = media.FirstOrDefault(m => m.Name.StartsWith("multipart/", StringComparison.Ordinal) || m.Name == "application/x-www-form-urlencoded");
                    var chosen = form.Value.ValueKind != JsonValueKind.Undefined ? form : media.First();
                    body = new RequestBody(chosen.Value.TryGetProperty("schema", out var bs) ? bs : JsonDocument.Parse("{}").RootElement,
                        form.Value.ValueKind != JsonValueKind.Undefined);
                }

                list.Add(new Operation(method.Name, path.Name, parameters, body));
            }
        }

        return list;
    }

    /// <summary>A plausible path value, so body and query cases reach the handler: existing ids and codes.</summary>
    private string PathDefault(string name) => name switch
    {
        "uscc" => _uscc,
        "year" => "2026",
        "date" => "2026-11-23",
        "code" => "370102",
        "key" => "complaint.flag-frequent",
        "source" => "12345",
        _ => "1",
    };

    private static JsonElement Resolve(JsonElement schema, JsonElement doc)
    {
        for (var i = 0; i < 10 && schema.ValueKind == JsonValueKind.Object; i++)
        {
            if (schema.TryGetProperty("$ref", out var r))
            {
                var target = doc;
                foreach (var part in r.GetString()!.TrimStart('#', '/').Split('/'))
                    target = target.GetProperty(part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
                schema = target;
                continue;
            }

            var union = new[] { "oneOf", "anyOf", "allOf" }.Select(k => schema.TryGetProperty(k, out var u) ? u : default)
                .FirstOrDefault(u => u.ValueKind == JsonValueKind.Array);
            if (union.ValueKind != JsonValueKind.Array || schema.TryGetProperty("properties", out _)) break;
            var members = union.EnumerateArray().ToList();
            schema = members.FirstOrDefault(m => !(m.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null"),
                members.FirstOrDefault());
        }

        return schema;
    }

    private static IEnumerable<(string Name, JsonElement Schema)> Properties(JsonElement schema, JsonElement doc)
    {
        schema = Resolve(schema, doc);
        if (schema.ValueKind != JsonValueKind.Object) yield break;
        if (schema.TryGetProperty("allOf", out var all))
        {
            foreach (var part in all.EnumerateArray())
            {
                foreach (var p in Properties(part, doc)) yield return p;
            }
        }

        if (schema.TryGetProperty("properties", out var props))
        {
            foreach (var p in props.EnumerateObject()) yield return (p.Name, p.Value);
        }
    }

    private static string? Format(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out var f) ? f.GetString() : null;

    private static Kind KindOf(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object) return Kind.Any;
        if (schema.TryGetProperty("enum", out _)) return Kind.Enum;
        var types = new HashSet<string>(StringComparer.Ordinal);
        if (schema.TryGetProperty("type", out var t))
        {
            if (t.ValueKind == JsonValueKind.String) types.Add(t.GetString()!);
            else if (t.ValueKind == JsonValueKind.Array) types.UnionWith(t.EnumerateArray().Select(x => x.GetString()!));
        }

        if (types.Contains("object") || schema.TryGetProperty("properties", out _)) return Kind.Object;
        if (types.Contains("array")) return Kind.Array;
        if (types.Contains("integer")) return Kind.Integer;
        if (types.Contains("number")) return Kind.Number;
        if (types.Contains("boolean")) return Kind.Boolean;
        if (types.Contains("string")) return Kind.String;
        return Kind.Any;
    }

    /// <summary>The server's logged exceptions, read after each request to explain a 5xx.</summary>
    private sealed class ErrorLog : ILoggerProvider, ILogger
    {
        private readonly ConcurrentQueue<string> _entries = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is null || !IsEnabled(logLevel)) return;
            var inner = exception;
            while (inner.InnerException is not null && inner is not JsonException) inner = inner.InnerException;
            var frame = (exception.StackTrace ?? "").Split('\n').FirstOrDefault(l => l.Contains(" Zhijian.", StringComparison.Ordinal))?.Trim() ?? "";
            _entries.Enqueue($"{exception.GetType().Name}: {Cut(exception.Message, 200)}{(inner != exception ? $" ← {inner.GetType().Name}: {Cut(inner.Message, 200)}" : "")} {Cut(frame, 200)}");
        }

        public void Clear() => _entries.Clear();

        public string Drain()
        {
            var all = new List<string>();
            while (_entries.TryDequeue(out var e)) all.Add(e);
            return string.Join(" || ", all);
        }

        public void Dispose()
        {
        }
    }
}
