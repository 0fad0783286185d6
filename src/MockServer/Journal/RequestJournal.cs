using AvatarIV.MockServer.Persistence;

namespace AvatarIV.MockServer.Journal;

/// <summary>
/// The last <see cref="Capacity"/> requests, in the order they finished. Thread-safe. With a state directory the
/// entries are also stored in the background, never on a request's path: once requests pause for
/// <see cref="FlushInterval"/>, and at least every <see cref="LongestUnsaved"/> under steady load (then only the
/// entries still kept are written, not every request since the last write). A clean stop stores everything; a crash
/// may lose the journal's last seconds, never a request's effect.
/// </summary>
public sealed class RequestJournal : BoundedLog<JournalEntry>, IDisposable
{
    public const int Capacity = 10_000;
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan LongestUnsaved = TimeSpan.FromSeconds(5);

    private readonly MockState _state;
    private readonly Timer? _flush;
    private readonly Lock _gate = new();
    private bool _closed;
    private long _sequence;
    private long _added;       // entries added (the log's own count, kept here for the timer's cheap check)
    private long _saved;       // the log's count as of the last store
    private long _lastAddMs;   // Environment.TickCount64 of the newest entry
    private long _lastFlushMs;

    public RequestJournal(MockState? state = null)
        : base(Capacity)
    {
        _state = state ?? MockState.InMemory;
        foreach (var entry in _state.LoadJournal(Capacity))
        {
            base.Add(entry);
            _sequence = Math.Max(_sequence, entry.Sequence);
        }

        _added = _saved = AddedSince(0).Added; // the loaded entries are stored already
        if (_state.IsPersistent)
        {
            _lastFlushMs = Environment.TickCount64;
            _flush = new Timer(_ => FlushQuietly(force: false), null, FlushInterval, FlushInterval);
        }
    }

    public long NextSequence() => Interlocked.Increment(ref _sequence);

    public override void Add(JournalEntry item)
    {
        base.Add(item);
        if (_flush is not null)
        {
            Interlocked.Increment(ref _added);
            Volatile.Write(ref _lastAddMs, Environment.TickCount64);
        }
    }

    public override int Clear()
    {
        lock (_gate)
        {
            var (removed, added) = ClearCounting();
            _state.ClearJournal();
            _saved = added; // what was added before the clear is gone, stored or not
            return removed;
        }
    }

    public void Dispose()
    {
        _flush?.Dispose();
        FlushQuietly(force: true);
        lock (_gate)
        {
            _closed = true;
        }
    }

    /// <summary>
    /// A background flush must never take the mock down: when the store is closing (shutdown races the timer) or
    /// failing, the entries stay in memory and only their stored copy is lost, as after a crash.
    /// </summary>
    private void FlushQuietly(bool force)
    {
        try
        {
            if (force || IsDue())
            {
                Flush();
            }
        }
        catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException or Microsoft.Data.Sqlite.SqliteException or IOException)
        {
        }
    }

    // Something unsaved, and requests have paused (or the last store is too long ago).
    private bool IsDue()
    {
        if (Volatile.Read(ref _added) == Volatile.Read(ref _saved))
        {
            return false;
        }

        var now = Environment.TickCount64;
        return now - Volatile.Read(ref _lastAddMs) >= (long)FlushInterval.TotalMilliseconds
            || now - Volatile.Read(ref _lastFlushMs) >= (long)LongestUnsaved.TotalMilliseconds;
    }

    private void Flush()
    {
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            var (batch, added) = AddedSince(_saved);
            _state.AppendJournal(batch, Capacity);
            Volatile.Write(ref _saved, added);
            Volatile.Write(ref _lastFlushMs, Environment.TickCount64);
        }
    }
}
