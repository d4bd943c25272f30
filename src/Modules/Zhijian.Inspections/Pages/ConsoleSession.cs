using Zhijian.Inspections.Data;

namespace Zhijian.Inspections.Pages;

/// <summary>
/// The console's unit of work. A Blazor circuit keeps one DI scope — so one <see cref="InspectionsDbContext"/> behind the
/// module's services — for as long as the tab is open: every load must read what the database holds now, and an action that
/// failed half-way must not leave its changes tracked for the next save. Pages call the services through this, never the
/// context itself.
/// </summary>
internal sealed class ConsoleSession(InspectionsDbContext db)
{
    /// <summary>Forgets what earlier loads and actions tracked, so the next read is fresh.</summary>
    public void Refresh() => db.ChangeTracker.Clear();

    /// <summary>Runs one console action from a clean slate and leaves one, whether it succeeded or not.</summary>
    public async Task<T> ActAsync<T>(Func<Task<T>> action)
    {
        Refresh();
        try
        {
            return await action();
        }
        finally
        {
            Refresh();
        }
    }

    /// <inheritdoc cref="ActAsync{T}(Func{Task{T}})"/>
    public Task ActAsync(Func<Task> action) => ActAsync(async () =>
    {
        await action();
        return true;
    });
}
