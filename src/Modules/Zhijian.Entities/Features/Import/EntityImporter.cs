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

/// <summary>
/// How an import ended: counts, or the errors — the first <see cref="MaxInline"/> inline, the first
/// <see cref="ImportLimits.MaxErrorFileErrors"/> in the report file, and how many there were in all.
/// </summary>
internal sealed record ImportOutcome(long Rows, long Inserted, long Updated, bool DryRun, string? Message,
    IReadOnlyList<ImportError> Errors, long ErrorCount, Guid? ErrorFile, bool BadFile)
{
    public const int MaxInline = ImportLimits.MaxReportedErrors;

    public bool IsSuccess => Message is null;
}

/// <summary>
/// 批量导入市场主体 (all or nothing per file), in one pass over the file inside one transaction: every row is checked —
/// parse errors, the shared <see cref="EntityRules"/>, duplicates in the file, 状态日期, jurisdiction of the row — and,
/// while no row has failed, converted (personal data encrypted, in parallel batches) and streamed into a staging table
/// (<see cref="EntityStaging"/>). Then one join finds the codes already registered (counted as updates; refused when
/// the registered entity lies outside the caller's jurisdiction). Any error, or a dry run, rolls everything back;
/// otherwise one merge upserts by USCC, with one audit entry and one event in the same transaction.
/// Duplicate codes in the file are found in the staging table (every row's code is staged, even a bad row's), so
/// memory holds one batch of rows whatever the file's size.
/// </summary>
internal sealed class EntityImporter(
    EntitiesDbContext db, PersonalData personal, DivisionTable divisions, IndustryTable industries, ActorContext actor,
    TimeProvider clock, IOptions<EntityImportOptions> options, ILogger<EntityImporter> log)
{
    private const int Batch = 1000;

    public EntityImportOptions Options => options.Value;

    public async Task<ImportOutcome> ImportAsync(ImportRequest request, IProgress<long>? rowsValidated, CancellationToken ct)
    {
        var me = actor.Current;
        if (!EntityAccess.CanWrite(me)) return Fail("只有登记注册人员可以批量导入市场主体", badFile: true);
        var size = new FileInfo(request.Path).Length;
        if (size > Options.MaxBytes) return Fail(TooLarge(Options.MaxBytes), badFile: true);
        if (!EntityImportReader.IsKnownEncoding(request.Encoding))
            return Fail($"不支持的编码“{request.Encoding}”，请选择 utf-8 或 gb18030（不选则自动识别）", badFile: true);

        var watch = Stopwatch.StartNew();
        var files = new ImportErrorFiles(Options);
        var (errorId, report) = files.Create(me.Name);
        var inline = new List<ImportError>();
        long errorCount = 0;
        long rows = 0;
        long existing = 0;
        var now = clock.GetUtcNow();
        var today = clock.Today();
        var batch = new List<(ImportRow Row, bool Valid)>(Batch);
        var converted = new MarketEntity[Batch];

        void Error(ImportError e)
        {
            errorCount++;
            if (inline.Count < ImportOutcome.MaxInline) inline.Add(e);
            if (errorCount <= ImportLimits.MaxErrorFileErrors) ImportErrorFiles.Write(report, e);
        }

        async Task StageAsync(EntityStaging stage)
        {
            var full = errorCount == 0;
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
        var keepReport = false; // the report is kept only for a refused file with errors; any other end (exception included) deletes it
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                await using var stage = await EntityStaging.StartAsync(db, ct);
                try
                {
                    foreach (var row in EntityImportReader.Read(request.Path, request.FileName, request.Encoding, Options.Limits))
                    {
                        ct.ThrowIfCancellationRequested();
                        rows++;
                        var rowOk = true;
                        foreach (var e in Check(row, request.Confirm, today, me))
                        {
                            Error(e);
                            rowOk = false;
                        }

                        if (row.Input.Uscc is { Length: > 0 and <= 18 }) batch.Add((row, rowOk)); // every code is staged: duplicates are found in the database

                        if (batch.Count == Batch) await StageAsync(stage);
                        if (rows % 1000 == 0) rowsValidated?.Report(rows);
                    }

                    await StageAsync(stage);
                    rowsValidated?.Report(rows);
                    await foreach (var (line, uscc, first) in stage.DuplicatesAsync(ct))
                        Error(new(line, EntityImportReader.Header(EntityImportReader.ColUscc), uscc, $"统一社会信用代码在文件中重复：第 {first} 行与第 {line} 行"));
                    if (errorCount == 0)
                    {
                        await foreach (var (line, uscc, registered) in stage.ExistingAsync(ct))
                        {
                            existing++;
                            if (!me.Jurisdiction.Covers(registered))
                                Error(new(line, EntityImportReader.Header(EntityImportReader.ColUscc), uscc,
                                    $"该主体已在“{divisions.FullName(registered)}”登记，不在您的管辖范围内，不能通过导入修改"));
                        }
                    }
                }
                catch (TabularFileException e)
                {
                    failure = e.Message;
                    var errors = (e as ImportFileException)?.Errors ?? [];
                    badFile = errors.Count == 0;
                    foreach (var error in errors) Error(error);
                }

                if (failure is null && rows == 0) failure = "文件中没有数据行（只有表头或为空），未导入任何数据";
                if (failure is null && errorCount > 0)
                    failure = $"共 {errorCount:N0} 处错误，涉及文件中的数据行；请改正后重新导入（未导入任何数据）"
                        + (ImportLimits.MoreErrors(errorCount, inline.Count) is { } more ? $"。此处列出前 {inline.Count:N0} 处，{more}" : "");
                staged = watch.Elapsed;
                if (failure is null && !request.DryRun)
                {
                    await stage.MergeAsync(me.Name, now, ct);
                    var scope = me.Jurisdiction.Unrestricted ? null : me.Jurisdiction.Prefixes.FirstOrDefault();
                    var summary = new { rows, inserted = rows - existing, updated = existing };
                    db.Audit("entities.imported", nameof(MarketEntity), request.FileName, null, summary, scope);
                    db.Publish(new EntitiesImported(request.FileName, (int)rows, (int)(rows - existing), (int)existing));
                    await db.SaveChangesAsync(ct);
                }
            }
            finally
            {
                if (errorCount > ImportLimits.MaxErrorFileErrors)
                    ImportErrorFiles.Write(report, new ImportError(0, "", null, $"共 {errorCount:N0} 处错误，本报告列出前 {ImportLimits.MaxErrorFileErrors:N0} 处，{ImportLimits.MoreErrors(errorCount, ImportLimits.MaxErrorFileErrors)}"));
                await report.DisposeAsync();
            }

            if (failure is not null)
            {
                await tx.RollbackAsync(ct);
                keepReport = errorCount > 0 && !badFile; // a file refused as a whole answers without a report link: keep none
                log.LogInformation("Import of {Rows} rows refused: {ErrorCount} errors", rows, errorCount);
                return new ImportOutcome(rows, 0, 0, request.DryRun, failure, inline, errorCount, keepReport ? errorId : null, badFile);
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
        finally
        {
            if (!keepReport) files.Delete(me.Name, errorId);
        }
    }

    public static string TooLarge(long max) =>
        $"文件超过导入大小上限 {max / (1024.0 * 1024 * 1024):0.##} GB（{max:N0} 字节），请拆分后分批导入";

    private static ImportOutcome Fail(string message, bool badFile) => new(0, 0, 0, false, message, [], 0, null, badFile);

    /// <summary>Every problem of one row, in Chinese, against the template's column.</summary>
    private IEnumerable<ImportError> Check(ImportRow row, bool confirm, DateOnly today, Actor me)
    {
        foreach (var e in row.Errors) yield return Mask(e);
        var input = row.Input with { Confirmed = confirm };
        var problems = EntityRules.Validate(input, today, divisions, industries);
        foreach (var p in problems)
        {
            var column = ColumnOf(p.Field);
            if (row.Errors.Any(e => e.Column == EntityImportReader.Header(column))) continue; // the parse error says it already
            var reason = p.Overridable ? p.Message + "；批量导入时如确认无误，请选择“确认无误”（confirm=true）后重新导入" : p.Message;
            yield return Mask(new ImportError(row.Line, EntityImportReader.Header(column), row.Cell(column), reason));
        }

        var division = input.DivisionCode;
        if (division is not null && problems.All(p => p.Field != "divisionCode") && !me.Jurisdiction.Covers(division))
            yield return new(row.Line, EntityImportReader.Header(EntityImportReader.ColDivision), division,
                $"属地“{divisions.FullName(division)}”不在您的管辖范围内");

        if (row.Status != EntityStatus.Active && row.StatusDate is null && row.Errors.All(e => e.Column != EntityImportReader.Header(EntityImportReader.ColStatusDate)))
            yield return new(row.Line, EntityImportReader.Header(EntityImportReader.ColStatusDate), null,
                $"登记状态为“{EntityNames.Of(row.Status)}”时，状态日期不能为空");
        if (row.StatusDate is { } on)
        {
            var cell = row.Cell(EntityImportReader.ColStatusDate);
            if (on > today) yield return new(row.Line, EntityImportReader.Header(EntityImportReader.ColStatusDate), cell, $"状态日期 {on:yyyy-MM-dd} 晚于今天（{today:yyyy-MM-dd}）");
            else if (on < EntityRules.MinDate)
                yield return new(row.Line, EntityImportReader.Header(EntityImportReader.ColStatusDate), cell, $"状态日期 {on:yyyy-MM-dd} 超出范围：不能早于 {EntityRules.MinDate:yyyy-MM-dd}");
            else if (input.EstablishedOn is { } est && on < est)
                yield return new(row.Line, EntityImportReader.Header(EntityImportReader.ColStatusDate), cell, $"状态日期 {on:yyyy-MM-dd} 早于成立日期 {est:yyyy-MM-dd}");
        }
    }

    private static int ColumnOf(string field) => field switch
    {
        "uscc" => EntityImportReader.ColUscc,
        "regNo" => EntityImportReader.ColRegNo,
        "name" => EntityImportReader.ColName,
        "type" => EntityImportReader.ColType,
        "legalRep" => EntityImportReader.ColLegalRep,
        "legalRepId" => EntityImportReader.ColLegalRepId,
        "registeredCapital" => EntityImportReader.ColCapital,
        "establishedOn" => EntityImportReader.ColEstablished,
        "termFrom" => EntityImportReader.ColTermFrom,
        "termTo" => EntityImportReader.ColTermTo,
        "registeredAddress" => EntityImportReader.ColAddress,
        "businessAddress" => EntityImportReader.ColBusinessAddress,
        "divisionCode" => EntityImportReader.ColDivision,
        "industryCode" => EntityImportReader.ColIndustry,
        "businessScope" => EntityImportReader.ColScope,
        "registrationAuthority" => EntityImportReader.ColAuthority,
        "phone" => EntityImportReader.ColPhone,
        "tags" => EntityImportReader.ColTags,
        "applicationReceivedAt" => EntityImportReader.ColReceived,
        "licenceIssuedAt" => EntityImportReader.ColIssued,
        _ => EntityImportReader.ColUscc,
    };

    /// <summary>The error report never repeats personal data in clear, nor more than the start of an over-long value.</summary>
    private static ImportError Mask(ImportError e) =>
        e.Column == EntityImportReader.Header(EntityImportReader.ColLegalRepId) ? e with { Value = Masks.IdNumber(e.Value) }
        : e.Column == EntityImportReader.Header(EntityImportReader.ColPhone) ? e with { Value = Masks.Phone(e.Value) }
        : e.Value is { Length: > MaxErrorValue } v ? e with { Value = v[..MaxErrorValue] + $"…（共 {v.Length:N0} 个字符）" }
        : e;

    private const int MaxErrorValue = 100;

    private MarketEntity ToEntity(ImportRow r, bool confirm, DateTimeOffset now)
    {
        var i = r.Input;
        var row = new EntityRow(i.Uscc!, i.RegNo, i.Name!, i.Type!.Value, i.LegalRep!, i.LegalRepId, i.RegisteredCapital,
            i.EstablishedOn!.Value, i.TermFrom, i.TermTo, i.RegisteredAddress!, i.BusinessAddress, i.DivisionCode!, i.IndustryCode!,
            i.BusinessScope, i.RegistrationAuthority!, i.Phone, r.Status, r.StatusDate,
            i.Tags ?? [], i.ApplicationReceivedAt, i.LicenceIssuedAt, i.ApplicationChannel, i.NameSelfDeclared);
        var entity = DemoEntities.ToEntity(row, personal, now);
        entity.UsccCheckOverridden = confirm && !Uscc.IsValid(entity.Uscc);
        return entity;
    }
}
