using AvatarIV.MockServer.Hosting;

namespace AvatarIV.MockServer.Domain;

/// <summary>
/// The mock's clock: real time plus an offset that tests move forward with <c>POST /_mock/clock</c>,
/// so time-mode renders and URL expiry can be tested without sleeping.
/// </summary>
public sealed class MockClock : TimeProvider, IMockResettable
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public void Reset() => Interlocked.Exchange(ref _offsetTicks, 0);
}
