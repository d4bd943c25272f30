using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zhijian.Entities.Contracts;
using Zhijian.Entities.Data;
using Zhijian.Entities.Dataset;
using Zhijian.Entities.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Import;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Storage;

namespace Zhijian.Entities.Features.Import;

/// <summary>An import request: the saved upload, its original name, encoding choice, dry run, 确认无误 of early USCCs.</summary>
internal sealed record ImportRequest(string Path, string FileName, string? Encoding, bool DryRun, bool Confirm);

/// <summary>The registry import's own settings (<c>Zhijian:Import</c>; size and folder are the kit's <see cref="ImportOptions"/>).</summary>
internal sealed class EntityImportOptions
{
    public const long DefaultMaxRows = 1_000_000;

    /// <summary>Largest number of data rows in one file (default 1,000,000); a file with more is refused while reading.</summary>
    public long MaxRows { get; set; } = DefaultMaxRows;

    /// <summary>The entity template read under this row limit.</summary>
    public ImportTemplate Template => EntityColumns.Template.With(ImportLimits.Default with { MaxRows = MaxRows });
}

/// <summary>
/// How an import ended: counts, or the reason — with the first <see cref="ImportLimits.MaxReportedErrors"/> errors, how many
/// there were in all and the error report kept for the console (an HTTP answer links its own).
/// </summary>
internal sealed record ImportOutcome(long Rows, long Inserted, long Updated, bool DryRun, string? Message,
    IReadOnlyList<ImportRowError> Errors, long ErrorCount, Guid? ErrorFile, bool BadFile)
{
    public bool IsSuccess => Message is null;
}

internal sealed class EntityImporter(
    EntitiesDbContext db, PersonalData personal, DivisionTable divisions, IndustryTable industries, ActorContext actor,
    TimeProvider clock, IOptions<EntityImportOptions> options, ImportKit kit, ILogger<EntityImporter> log)
{
    private const int Batch = 1000;

    /// <summary>The template under the configured row limit.</summary>
    public ImportTemplate Template => options.Value.Template;

    /// <summary>The largest file accepted.</summary>
    public long MaxBytes => kit.MaxBytes(Template);

    /// <summary>The console's import: the error report of a refused file is kept and its id returned in the outcome.</summary>
    public async Task<ImportOutcome> ImportAsync(ImportRequest request, IProgress<long>? rowsValidated, CancellationToken ct)
    {
        using var errors = kit.Errors(Template);
        var outcome = await ImportAsync(request, errors, rowsValidated, ct);
        return outcome.IsSuccess || errors.Count == 0 ? outcome : outcome with { ErrorFile = errors.Keep() }; // none kept for a file refused whole
    }

    /// <summary>The import itself, its errors into <paramref name="errors"/> (whose report the caller keeps or drops).</summary>
    public async Task<ImportOutcome> ImportAsync(ImportRequest request, ImportErrors errors, IProgress<long>? rowsValidated, CancellationToken ct)
    {
        var me = actor.Current;
        if (!EntityAccess.CanWrite(me)) return Fail("只有登记注册人员可以批量导入市场主体", badFile: true);
        var size = new FileInfo(request.Path).Length;
        if (size > MaxBytes) return Fail(ImportKit.TooLarge(MaxBytes), badFile: true);
        if (!TabularFile.IsKnownEncoding(request.Encoding)) return Fail(ImportKit.UnknownEncoding(request.Encoding), badFile: true);

        var watch = Stopwatch.StartNew();
        long rows = 0;
        long existing = 0;
        var now = clock.GetUtcNow();
        var today = clock.Today();
        var batch = new List<(ImportRow Row, bool Valid)>(Batch);
        var converted = new MarketEntity[Batch];

        async Task StageAsync(EntityStaging stage)
        {
            var full = errors.Count == 0;
            if (full) Parallel.For(0, batch.Count, i => converted[i] = batch[i].Valid ? ToEntity(batch[i].Row, request.Confirm, now) : null!); // encryption is the cost
            for (var i = 0; i < batch.Count; i++)
            {
                var (row, valid) = batch[i];
                if (full && valid) await stage.AddAsync(converted[i], row.Line, ct);
                else await stage.AddKeyAsync(row.Input.Uscc!, row.Line, ct);
            }

            batch.Clear();
        }

        string? failure = null;
        var badFile = false;
        var staged = TimeSpan.Zero;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await using (var stage = await EntityStaging.StartAsync(db, ct))
        {
            try
            {
                foreach (var row in EntityImportReader.Read(request.Path, request.Encoding, Template))
                {
                    ct.ThrowIfCancellationRequested();
                    rows++;
                    var rowOk = true;
                    foreach (var e in Check(row, request.Confirm, today, me))
                    {
                        errors.Add(e);
                        rowOk = false;
                    }

                    if (row.Input.Uscc is { Length: > 0 and <= 18 }) batch.Add((row, rowOk)); // every code is staged: duplicates are found in the database
                    if (batch.Count == Batch) await StageAsync(stage);
                    if (rows % 1000 == 0) rowsValidated?.Report(rows);
                }

                await StageAsync(stage);
                rowsValidated?.Report(rows);
                await foreach (var (line, uscc, first) in stage.DuplicatesAsync(ct))
                    errors.Add(line, EntityColumns.Uscc, uscc, $"统一社会信用代码在文件中重复：第 {first} 行与第 {line} 行");
                if (errors.Count == 0)
                {
                    await foreach (var (line, uscc, registered) in stage.ExistingAsync(ct))
                    {
                        existing++;
                        if (!me.Jurisdiction.Covers(registered))
                            errors.Add(line, EntityColumns.Uscc, uscc, $"该主体已在“{divisions.FullName(registered)}”登记，不在您的管辖范围内，不能通过导入修改");
                    }
                }
            }
            catch (TabularFileException e)
            {
                failure = e.Message;
                badFile = e is not ImportFileException;
                if (e is ImportFileException { Errors: var header }) errors.AddRange(header);
            }

            if (failure is null && errors.Count > 0) failure = errors.Detail;
            staged = watch.Elapsed;
            if (failure is null && !request.DryRun)
            {
                await stage.MergeAsync(me.ShownName, now, ct);
                var scope = me.Jurisdiction.Unrestricted ? null : me.Jurisdiction.Prefixes.FirstOrDefault();
                var summary = new { rows, inserted = rows - existing, updated = existing };
                db.Audit("entities.imported", nameof(MarketEntity), request.FileName, null, summary, scope);
                db.Publish(new EntitiesImported(request.FileName, (int)rows, (int)(rows - existing), (int)existing));
                await db.SaveChangesAsync(ct);
            }
        }

        if (failure is not null)
        {
            await tx.RollbackAsync(ct);
            errors.Message = failure;
            errors.WholeFileRefused = badFile; // a file refused as a whole answers its reason, without the rows' errors or a report
            log.LogInformation("Import of {Rows} rows refused: {ErrorCount} errors", rows, errors.Count);
            return new ImportOutcome(rows, 0, 0, request.DryRun, failure, errors.Listed, errors.Count, null, badFile);
        }

        if (request.DryRun)
        {
            await tx.RollbackAsync(ct);
            return new ImportOutcome(rows, rows - existing, existing, true, null, [], 0, null, false);
        }

        await tx.CommitAsync(ct);
        log.LogInformation("Imported {Rows} entities ({Inserted} new, {Updated} existing) in {Seconds:0.0} s (read, checked and staged in {Staged:0.0} s)",
            rows, rows - existing, existing, watch.Elapsed.TotalSeconds, staged.TotalSeconds);
        return new ImportOutcome(rows, rows - existing, existing, false, null, [], 0, null, false);
    }

    private static ImportOutcome Fail(string message, bool badFile) => new(0, 0, 0, false, message, [], 0, null, badFile);

    /// <summary>Every problem of one row, in Chinese, against the template's column (values are shown masked by the template).</summary>
    private IEnumerable<ImportRowError> Check(ImportRow row, bool confirm, DateOnly today, Actor me)
    {
        foreach (var e in row.Errors) yield return e;
        var r = row.Record;
        var input = row.Input with { Confirmed = confirm };
        var problems = EntityRules.Validate(input, today, divisions, industries);
        foreach (var p in problems)
        {
            var column = Template.ColumnOf(p.Field, EntityColumns.Uscc);
            if (r.HasErrorIn(column)) continue; // the parse error says it already
            var reason = p.Overridable ? p.Message + "；批量导入时如确认无误，请选择“确认无误”（confirm=true）后重新导入" : p.Message;
            yield return new(row.Line, EntityColumns.Header(column), r.RawText(column), reason);
        }

        var division = input.DivisionCode;
        if (division is not null && problems.All(p => p.Field != "divisionCode") && !me.Jurisdiction.Covers(division))
            yield return new(row.Line, EntityColumns.Header(EntityColumns.Division), division, $"属地“{divisions.FullName(division)}”不在您的管辖范围内");

        var statusDate = EntityColumns.Header(EntityColumns.StatusDate);
        if (row.Status != EntityStatus.Active && row.StatusDate is null && !r.HasErrorIn(EntityColumns.StatusDate))
            yield return new(row.Line, statusDate, null, $"登记状态为“{EntityNames.Of(row.Status)}”时，状态日期不能为空");
        if (row.StatusDate is { } on)
        {
            var cell = r.RawText(EntityColumns.StatusDate);
            if (on > today) yield return new(row.Line, statusDate, cell, $"状态日期 {on:yyyy-MM-dd} 晚于今天（{today:yyyy-MM-dd}）");
            else if (on < EntityRules.MinDate) yield return new(row.Line, statusDate, cell, $"状态日期 {on:yyyy-MM-dd} 超出范围：不能早于 {EntityRules.MinDate:yyyy-MM-dd}");
            else if (input.EstablishedOn is { } est && on < est) yield return new(row.Line, statusDate, cell, $"状态日期 {on:yyyy-MM-dd} 早于成立日期 {est:yyyy-MM-dd}");
        }
    }

    private MarketEntity ToEntity(ImportRow r, bool confirm, DateTimeOffset now)
    {
        var i = r.Input;
        var row = new EntityRow(i.Uscc!, i.RegNo, i.Name!, i.Type!.Value, i.LegalRep!, i.LegalRepId, i.RegisteredCapital,
            i.EstablishedOn!.Value, i.TermFrom, i.TermTo, i.RegisteredAddress!, i.BusinessAddress, i.DivisionCode!, i.IndustryCode!,
            i.BusinessScope, i.RegistrationAuthority!, i.Phone, r.Status, r.StatusDate,
            i.Tags ?? [], i.ApplicationReceivedAt, i.LicenceIssuedAt, i.ApplicationChannel, i.NameSelfDeclared);
        var entity = ToEntity(row, personal, now);
        entity.UsccCheckOverridden = confirm && !Uscc.IsValid(entity.Uscc);
        return entity;
    }

    /// <summary>A registry record from a row of the file (personal data encrypted, masks set); the demo seeding writes its rows through it too.</summary>
    internal static MarketEntity ToEntity(EntityRow r, PersonalData personal, DateTimeOffset now) => new()
    {
        Uscc = r.Uscc,
        RegNo = r.RegNo,
        Name = r.Name,
        Type = r.Type,
        LegalRep = r.LegalRep,
        LegalRepIdCipher = personal.Protect(r.LegalRepId),
        LegalRepIdMasked = r.LegalRepId is null ? null : Masks.IdNumber(r.LegalRepId),
        RegisteredCapital = r.RegisteredCapital,
        EstablishedOn = r.EstablishedOn,
        TermFrom = r.TermFrom,
        TermTo = r.TermTo,
        RegisteredAddress = r.RegisteredAddress,
        BusinessAddress = r.BusinessAddress,
        DivisionCode = r.DivisionCode,
        IndustryCode = r.IndustryCode,
        BusinessScope = r.BusinessScope,
        RegistrationAuthority = r.RegistrationAuthority,
        PhoneCipher = personal.Protect(r.Phone),
        PhoneMasked = r.Phone is null ? null : Masks.Phone(r.Phone),
        Status = r.Status,
        StatusDate = r.StatusDate,
        Tags = [.. r.Tags],
        ApplicationReceivedAt = r.ApplicationReceivedAt,
        LicenceIssuedAt = r.LicenceIssuedAt,
        ApplicationChannel = r.ApplicationChannel,
        NameSelfDeclared = r.NameSelfDeclared,
        CreatedAt = now,
        UpdatedAt = now,
    };
}
