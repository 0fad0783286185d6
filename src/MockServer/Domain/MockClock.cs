using System.Globalization;
using AvatarIV.MockServer.Hosting;
using AvatarIV.MockServer.Persistence;

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

    private const string OffsetMetaName = "clock_offset_ticks";

    private readonly MockState _state;
    private long _offsetTicks;

    public MockClock()
        : this(MockState.InMemory)
    {
    }

    /// <summary>With a state directory the offset is kept there, so time mode goes on from where the clock stood.</summary>
    public MockClock(MockState state)
    {
        _state = state;
        if (long.TryParse(state.Meta(OffsetMetaName), NumberStyles.Integer, CultureInfo.InvariantCulture, out var stored))
        {
            _offsetTicks = Math.Clamp(stored, 0, MaxOffset.Ticks);
        }
    }

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
                _state.SetMeta(OffsetMetaName, Interlocked.Read(ref _offsetTicks));
                return true;
            }
        }
    }

    public void Reset() => Interlocked.Exchange(ref _offsetTicks, 0);
}
