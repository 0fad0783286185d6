using AvatarIV.MockServer.Hosting;

namespace AvatarIV.MockServer.Journal;

/// <summary>A thread-safe, append-only record that keeps only the newest <c>capacity</c> items (oldest first).</summary>
public class BoundedLog<T>(int capacity) : IMockResettable
{
    private readonly object _gate = new();
    private readonly Queue<T> _items = new();

    /// <summary>How many items were ever added (the newest item is number <c>Added</c>; cleared ones count too).</summary>
    private long _added;

    public virtual void Add(T item)
    {
        lock (_gate)
        {
            _items.Enqueue(item);
            _added++;
            while (_items.Count > capacity)
            {
                _items.Dequeue();
            }
        }
    }

    public IReadOnlyList<T> Snapshot()
    {
        lock (_gate)
        {
            return [.. _items];
        }
    }

    /// <summary>
    /// The items added after the first <paramref name="added"/> that are still kept, oldest first, and the count
    /// they bring the log to: a reader that remembers the count sees every kept item once.
    /// </summary>
    protected (List<T> Items, long Added) AddedSince(long added)
    {
        lock (_gate)
        {
            var fresh = (int)Math.Min(_added - added, _items.Count);
            return ([.. _items.Skip(_items.Count - fresh)], _added);
        }
    }

    public void Reset() => Clear();

    public virtual int Clear() => ClearCounting().Removed;

    /// <summary>Empties the log; also returns how many items had been added by then.</summary>
    protected (int Removed, long Added) ClearCounting()
    {
        lock (_gate)
        {
            var count = _items.Count;
            _items.Clear();
            return (count, _added);
        }
    }
}
