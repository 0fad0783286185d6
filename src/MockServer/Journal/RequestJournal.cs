namespace AvatarIV.MockServer.Journal;

/// <summary>The last <see cref="Capacity"/> requests, in the order they finished. Thread-safe.</summary>
public sealed class RequestJournal() : BoundedLog<JournalEntry>(Capacity)
{
    public const int Capacity = 10_000;

    private long _sequence;

    public long NextSequence() => Interlocked.Increment(ref _sequence);
}
