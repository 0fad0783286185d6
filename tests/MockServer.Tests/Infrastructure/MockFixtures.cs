using AvatarIV.TestSupport;

namespace MockServer.Tests.Infrastructure;

/// <summary>One real mock per test class; tests isolate themselves with their own API keys (<see cref="Keys.New"/>).</summary>
public abstract class MockFixture(params string[] flags) : IAsyncLifetime
{
    public RunningMock Mock { get; private set; } = null!;

    public async Task InitializeAsync() => Mock = await RunningMock.StartAsync(flags);

    public async Task DisposeAsync() => await Mock.DisposeAsync();
}

/// <summary>Jobs finish as soon as they are created.</summary>
public sealed class ImmediateMock() : MockFixture("--progression", "immediate");

/// <summary>Jobs go pending → processing → terminal over three status reads.</summary>
public sealed class PollsMock() : MockFixture("--progression", "polls:3");

/// <summary>Jobs move only when the admin API moves them.</summary>
public sealed class ManualMock() : MockFixture("--progression", "manual");

/// <summary>Time mode at real speed (a 10 s video renders in 10 s of the mock's clock), driven by POST /_mock/clock.</summary>
public sealed class TimeMock() : MockFixture("--progression", "time", "--render-speed", "1");

public static class Keys
{
    /// <summary>A fresh API key, so each test has its own ledger, assets and jobs.</summary>
    public static string New() => "test-" + Guid.NewGuid().ToString("N");
}
