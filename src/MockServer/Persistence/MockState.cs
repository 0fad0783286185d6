using System.Globalization;
using AvatarIV.MockServer.Hosting;

namespace AvatarIV.MockServer.Persistence;

/// <summary>
/// Where the mock's state is kept between runs (<c>--state-dir</c>). Without the flag it is <see cref="InMemory"/>:
/// every write is dropped and nothing is loaded, which is the mock as it always was. Stores call it from their own
/// code paths; writes made inside <see cref="BeginBatch"/> on the same thread commit together, so one request's
/// change (a job and its credit reservation) is stored whole before the answer leaves.
/// </summary>
public sealed class MockState : IMockResettable, IDisposable
{
    public const string DatabaseFileName = "mock.db";
    private const string StartsMetaName = "starts";

    [ThreadStatic]
    private static List<StateWrite>? t_batch;

    // The list a finished batch leaves behind, reused by the thread's next batch (every status read opens one).
    [ThreadStatic]
    private static List<StateWrite>? t_spareBatch;

    private readonly StateDatabase? _database;
    private readonly StateDirectoryLock? _lock;

    private MockState(string? directory, StateDatabase? database, StateDirectoryLock? directoryLock, StateFiles? files)
    {
        Directory = directory;
        _database = database;
        _lock = directoryLock;
        Files = files;
    }

    /// <summary>Today's behaviour: nothing stored, nothing loaded.</summary>
    public static MockState InMemory { get; } = new(null, null, null, null);

    /// <summary>The state directory's full path; null in memory.</summary>
    public string? Directory { get; }

    public bool IsPersistent => _database is not null;

    internal StateFiles? Files { get; }

    /// <summary>How many mocks opened this directory before this one (0 = a fresh directory, and in memory).</summary>
    public int EarlierStarts { get; private init; }

    /// <summary>Opens (or creates) the store in <paramref name="directory"/>, refusing one another mock holds.</summary>
    public static MockState Open(string directory)
    {
        string full;
        try
        {
            full = System.IO.Directory.CreateDirectory(directory).FullName;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new MockOptionsException($"--state-dir '{directory}' cannot be used as a directory ({ex.Message}).");
        }

        var directoryLock = StateDirectoryLock.Acquire(full);
        try
        {
            var database = new StateDatabase(Path.Combine(full, DatabaseFileName));
            var state = new MockState(full, database, directoryLock, new StateFiles(full));
            var earlier = int.TryParse(state.Meta(StartsMetaName), NumberStyles.Integer, CultureInfo.InvariantCulture, out var starts) ? starts : 0;
            state.SetMeta(StartsMetaName, earlier + 1);
            return new MockState(full, database, directoryLock, state.Files) { EarlierStarts = earlier };
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            directoryLock.Dispose();
            throw new MockOptionsException($"--state-dir: '{Path.Combine(full, DatabaseFileName)}' cannot be opened as the mock's store ({ex.Message}). The directory is disposable: delete it or use another.");
        }
        catch
        {
            directoryLock.Dispose();
            throw;
        }
    }

    /// <summary>Groups this thread's writes until the batch is disposed; nested batches join the outer one.</summary>
    public StateBatch BeginBatch()
    {
        if (!IsPersistent || t_batch is not null)
        {
            return default;
        }

        t_batch = t_spareBatch ?? [];
        t_spareBatch = null;
        return new StateBatch(this);
    }

    internal void Write(StateWrite write)
    {
        if (_database is null)
        {
            return;
        }

        if (t_batch is { } batch)
        {
            batch.Add(write);
        }
        else
        {
            _database.Commit([write]);
        }
    }

    internal List<T> Query<T>(string sql, Func<Microsoft.Data.Sqlite.SqliteDataReader, T> read, params (string Name, object? Value)[] parameters) =>
        _database?.Query(sql, read, parameters) ?? [];

    public string? Meta(string name) =>
        Query("SELECT value FROM meta WHERE name = $name", r => r.GetString(0), ("$name", name)).FirstOrDefault();

    public void SetMeta(string name, string value) =>
        Write(new("INSERT INTO meta(name, value) VALUES($name, $value) ON CONFLICT(name) DO UPDATE SET value = excluded.value", ("$name", name), ("$value", value)));

    public void SetMeta(string name, long value) => SetMeta(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary><c>POST /_mock/reset</c>: empties every table (meta keeps the signing secret and start count), and deletes blobs and renders.</summary>
    public void Reset()
    {
        if (_database is null)
        {
            return;
        }

        _database.Commit([.. StateSchema.ResettableTables.Select(table => new StateWrite($"DELETE FROM {table}")), new StateWrite("DELETE FROM meta WHERE name NOT IN ('signing_secret', 'starts')")]);
        Files!.Clear();
    }

    public void Dispose()
    {
        _database?.Dispose();
        _lock?.Dispose();
    }

    private void Commit(List<StateWrite> writes) => _database!.Commit(writes);

    /// <summary>Commits the writes made since <see cref="BeginBatch"/> when disposed (default instance: nothing to do).</summary>
    public readonly struct StateBatch(MockState? owner) : IDisposable
    {
        public void Dispose()
        {
            if (owner is null || t_batch is not { } writes)
            {
                return;
            }

            t_batch = null;
            try
            {
                owner.Commit(writes);
            }
            finally
            {
                writes.Clear();
                t_spareBatch = writes;
            }
        }
    }
}
