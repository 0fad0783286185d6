using AvatarIV.MockServer.Hosting;

namespace AvatarIV.MockServer.Domain;

/// <summary>
/// The mock's clock: real time plus an offset that tests move forward with <c>POST /_mock/clock</c>,
/// so time-mode renders and URL expiry can be tested without sleeping. The offset is bounded so that the
/// clock can never run past the end of <see cref="DateTimeOffset"/> (which would stop every time-based part).
/// </summary>
public sealed class MockClock : TimeProvider, IMockResettable
{
    /// <summary>How far ahead of real time the clock may run in total: 100 years.</summary>
    public static readonly TimeSpan MaxOffset = TimeSpan.FromDays(36525);

    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    /// <summary>Moves the clock forward; false (and no move) when the total offset would pass <see cref="MaxOffset"/>.</summary>
    public bool TryAdvance(TimeSpan by)
    {
        while (true)
        {
            var current = Interlocked.Read(ref _offsetTicks);
            if (by < TimeSpan.Zero || by.Ticks > MaxOffset.Ticks - current)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _offsetTicks, current + by.Ticks, current) == current)
            {
                return true;
            }
        }
    }

    public void Reset() => Interlocked.Exchange(ref _offsetTicks, 0);
}
