using AvatarIV.MockServer.Hosting;

namespace AvatarIV.MockServer.Journal;

/// <summary>A thread-safe, append-only record that keeps only the newest <c>capacity</c> items (oldest first).</summary>
public class BoundedLog<T>(int capacity) : IMockResettable
{
    private readonly object _gate = new();
    private readonly Queue<T> _items = new();

    public virtual void Add(T item)
    {
        lock (_gate)
        {
            _items.Enqueue(item);
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

    public void Reset() => Clear();

    public virtual int Clear()
    {
        lock (_gate)
        {
            var count = _items.Count;
            _items.Clear();
            return count;
        }
    }
}
