using System.Collections.Concurrent;
using AvatarIV.MockServer.Persistence;

namespace AvatarIV.MockServer.Journal;

/// <summary>
/// The last <see cref="Capacity"/> requests, in the order they finished. Thread-safe. With a state directory the
/// entries are also stored, in batches every <see cref="FlushInterval"/> so that no request waits on a journal
/// commit (a crash may lose the journal's last fraction of a second, never a request's effect).
/// </summary>
public sealed class RequestJournal : BoundedLog<JournalEntry>, IDisposable
{
    public const int Capacity = 10_000;
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(250);

    private readonly MockState _state;
    private readonly ConcurrentQueue<JournalEntry> _unsaved = new();
    private readonly Timer? _flush;
    private readonly Lock _gate = new();
    private bool _closed;
    private long _sequence;

    public RequestJournal(MockState? state = null)
        : base(Capacity)
    {
        _state = state ?? MockState.InMemory;
        foreach (var entry in _state.LoadJournal(Capacity))
        {
            base.Add(entry);
            _sequence = Math.Max(_sequence, entry.Sequence);
        }

        if (_state.IsPersistent)
        {
            _flush = new Timer(_ => FlushQuietly(), null, FlushInterval, FlushInterval);
        }
    }

    public long NextSequence() => Interlocked.Increment(ref _sequence);

    public override void Add(JournalEntry item)
    {
        base.Add(item);
        if (_flush is not null)
        {
            _unsaved.Enqueue(item);
        }
    }

    public override int Clear()
    {
        _unsaved.Clear();
        _state.ClearJournal();
        return base.Clear();
    }

    public void Dispose()
    {
        _flush?.Dispose();
        FlushQuietly();
        lock (_gate)
        {
            _closed = true;
        }
    }

    /// <summary>
    /// A background flush must never take the mock down: when the store is closing (shutdown races the timer) or
    /// failing, the entries stay in memory and only their stored copy is lost, as after a crash.
    /// </summary>
    private void FlushQuietly()
    {
        try
        {
            Flush();
        }
        catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException or Microsoft.Data.Sqlite.SqliteException or IOException)
        {
        }
    }

    private void Flush()
    {
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            List<JournalEntry> batch = [];
            while (_unsaved.TryDequeue(out var entry))
            {
                batch.Add(entry);
            }

            _state.AppendJournal(batch, Capacity);
        }
    }
}
