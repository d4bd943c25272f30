using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Events;
using Zhijian.Platform.Identity;

namespace Zhijian.Platform.Storage;

/// <summary>Declares the schema (PostgreSQL) / table prefix (SQLite) a module's context owns.</summary>
public interface IModuleSchema
{
    static abstract string SchemaName { get; }
}

/// <summary>
/// Base of every module's DbContext: own schema or table prefix, jurisdiction query filter on
/// <see cref="IDivisionScoped"/> records, and <c>db.Audit(…)</c> / <c>db.Publish(…)</c> (<see cref="SaveChain"/>) that
/// write the audit chain and the outbox in the same transaction as the module's own change.
/// </summary>
public abstract class ModuleDbContext : DbContext, IJurisdictionScoped, IZhijianContext
{
    private readonly PlatformServices? _services;

    protected ModuleDbContext(DbContextOptions options, PlatformServices? services) : base(options) => _services = services;

    protected abstract string Schema { get; }

    public Jurisdiction Scope => _services?.Actor.Current.Jurisdiction ?? Jurisdiction.Everything;

    PlatformServices? IZhijianContext.Services => _services;

    /// <summary>
    /// Whether every text property the module does not size gets <see cref="TextLengths.DefaultLength"/> (a module opts in
    /// with its migration; the save-path check of <see cref="TextLengths"/> applies to every sized column either way).
    /// </summary>
    protected virtual bool BoundedText => false;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ModuleModel.ConfigureConventions(Database, configurationBuilder);
        if (BoundedText) configurationBuilder.Properties<string>().HaveMaxLength(TextLengths.DefaultLength);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ConfigureModel(modelBuilder);
        ModuleModel.Apply(modelBuilder, Database, Schema, this, ownsPlatformTables: false);
    }

    /// <summary>The module's own mapping.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    /// <summary>Synchronous saves are for framework stores (Data Protection keys); audited changes must use the async path.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (AuditChain.HasPending(this)) throw new NotSupportedException("带审计记录的保存必须使用 SaveChangesAsync（审计链需要事务内加锁）。");
        TextLengths.Check(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        SaveChain.SaveAsync(this, _services, ct => base.SaveChangesAsync(acceptAllChangesOnSuccess, ct), cancellationToken);
}

/// <summary>What a Zhijian context needs from the platform at save time.</summary>
public interface IZhijianContext
{
    PlatformServices? Services { get; }
}

/// <summary>The platform services a context uses; one scoped bundle so module constructors stay short.</summary>
public sealed class PlatformServices(ActorContext actor, TimeProvider clock, OutboxSignal signal, Web.PublicPageEvictions? evictions = null)
{
    public ActorContext Actor { get; } = actor;

    public TimeProvider Clock { get; } = clock;

    public OutboxSignal Signal { get; } = signal;

    /// <summary>Drops cached public pages about the entities a committed save changed (null where the host serves no pages).</summary>
    public Web.PublicPageEvictions? Evictions { get; } = evictions;

    /// <summary>After a commit that wrote outbox messages: wake the dispatcher, drop the changed entities' public pages.</summary>
    internal void Committed(DbContext db)
    {
        Signal.Notify();
        Evictions?.Committed(db);
    }
}

/// <summary>The save path shared by every context: seal the audit chain, commit, then wake the dispatcher.</summary>
public static class SaveChain
{
    /// <summary>Records an audit entry (执法全过程记录) that commits with the context's next save.</summary>
    public static void Audit<TContext>(this TContext db, string action, string recordType, string recordId, object? before, object? after,
        string? divisionCode = null) where TContext : DbContext, IZhijianContext =>
        AddAudit(db, db.Services, action, recordType, recordId, before, after, divisionCode);

    /// <summary>Queues a domain event that commits with the context's next save and is dispatched after it.</summary>
    public static void Publish<TEvent>(this IZhijianContext db, TEvent domainEvent) where TEvent : IDomainEvent =>
        AddEvent((DbContext)db, db.Services, domainEvent);

    public static void AddAudit(DbContext db, PlatformServices? services, string action, string recordType, string recordId,
        object? before, object? after, string? divisionCode)
    {
        var actor = services?.Actor.Current ?? Actor.System;
        var now = (services?.Clock ?? TimeProvider.System).GetUtcNow();
        // A temporary, unique negative key until the chain seals the entry at save time: several audit entries may
        // go into one save (e.g. a repair that removes a listing and closes the application).
        var pending = db.ChangeTracker.Entries<AuditEntry>().Count(e => e.State == EntityState.Added);
        db.Set<AuditEntry>().Add(new AuditEntry
        {
            Seq = -(pending + 1),
            At = DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds()),
            Actor = actor.Name,
            OrgUnitId = actor.OrgUnitId,
            DivisionCode = divisionCode,
            Action = action,
            RecordType = recordType,
            RecordId = recordId,
            Before = before is null ? null : before as string ?? ZhijianJson.Serialize(before),
            After = after is null ? null : after as string ?? ZhijianJson.Serialize(after),
        });
    }

    public static void AddEvent<TEvent>(DbContext db, PlatformServices? services, TEvent domainEvent) where TEvent : IDomainEvent
    {
        var now = (services?.Clock ?? TimeProvider.System).GetUtcNow();
        if (domainEvent is IEntityPublicChange { Uscc: { Length: > 0 } uscc }) Web.PublicPageEvictions.Pending(db, uscc);
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(now),
            OccurredAt = now,
            Type = EventRegistry.NameOf(typeof(TEvent)),
            Payload = ZhijianJson.Serialize(domainEvent),
        });
    }

    public static async Task<int> SaveAsync(DbContext db, PlatformServices? services, Func<CancellationToken, Task<int>> save, CancellationToken ct)
    {
        TextLengths.Check(db);
        var hasEvents = db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
        int written;
        if (!AuditChain.HasPending(db))
        {
            written = await save(ct);
        }
        else if (db.Database.CurrentTransaction is not null)
        {
            await AuditChain.SealPendingAsync(db, ct);
            written = await save(ct);
        }
        else
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await AuditChain.SealPendingAsync(db, ct);
            written = await save(ct);
            await tx.CommitAsync(ct);
        }

        if (hasEvents)
        {
            // Committed now, or by the caller's transaction later: OutboxCommitInterceptor wakes the dispatcher then.
            if (db.Database.CurrentTransaction is null) services?.Committed(db);
            else OutboxCommitInterceptor.MarkPending(db);
        }

        return written;
    }
}

/// <summary>
/// Wakes the outbox dispatcher after the commit of an explicit transaction in which a context saved outbox messages
/// (the save path marks the context; a rollback clears the mark). Added to every context by <see cref="StorageSetup"/>,
/// so no module signals by hand.
/// </summary>
public sealed class OutboxCommitInterceptor : Microsoft.EntityFrameworkCore.Diagnostics.DbTransactionInterceptor
{
    public static readonly OutboxCommitInterceptor Instance = new();

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> Pending = [];

    private OutboxCommitInterceptor()
    {
    }

    internal static void MarkPending(DbContext db) => Pending.AddOrUpdate(db, Instance);

    public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, Microsoft.EntityFrameworkCore.Diagnostics.TransactionEndEventData eventData) =>
        Signal(eventData.Context);

    public override Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, Microsoft.EntityFrameworkCore.Diagnostics.TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Signal(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(System.Data.Common.DbTransaction transaction, Microsoft.EntityFrameworkCore.Diagnostics.TransactionEndEventData eventData)
    {
        if (eventData.Context is { } db) Forget(db);
    }

    public override Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, Microsoft.EntityFrameworkCore.Diagnostics.TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db) Forget(db);
        return Task.CompletedTask;
    }

    private static void Signal(DbContext? db)
    {
        if (db is not null && Pending.Remove(db)) (db as IZhijianContext)?.Services?.Committed(db);
    }

    private static void Forget(DbContext db)
    {
        Pending.Remove(db);
        Web.PublicPageEvictions.Forget(db);
    }
}
