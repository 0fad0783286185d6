using AvatarIV.TestSupport;

namespace AvatarIV.PowerShell.Tests.Handlers;

/// <summary>One real mock per test class, started with the class's flags.</summary>
public abstract class MockFixture : IAsyncLifetime
{
    private readonly string[] _flags;

    protected MockFixture(params string[] flags) => _flags = flags;

    public RunningMock Mock { get; private set; } = null!;

    public async Task InitializeAsync() => Mock = await RunningMock.StartAsync(_flags);

    public async Task DisposeAsync() => await Mock.DisposeAsync();
}

/// <summary>Jobs finish on their second status read: waits complete after one short poll.</summary>
public sealed class PollingMock : MockFixture
{
    public PollingMock()
        : base("--progression", "polls:2")
    {
    }
}

/// <summary>Jobs never move on their own: for timeouts and cancellation.</summary>
public sealed class ManualMock : MockFixture
{
    public ManualMock()
        : base("--progression", "manual")
    {
    }
}
