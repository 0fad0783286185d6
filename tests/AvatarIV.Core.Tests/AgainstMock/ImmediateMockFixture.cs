using AvatarIV.TestSupport;

namespace AvatarIV.Core.Tests.AgainstMock;

/// <summary>One mock per test class whose jobs finish at once; tests isolate themselves with their own API keys.</summary>
public sealed class ImmediateMockFixture : IAsyncLifetime
{
    public RunningMock Mock { get; private set; } = null!;

    public async Task InitializeAsync() => Mock = await RunningMock.StartAsync("--progression", "immediate", "--concurrency", "100");

    public async Task DisposeAsync() => await Mock.DisposeAsync();
}

/// <summary>One mock per test class whose jobs finish after three status reads (per job overridable through the admin API).</summary>
public sealed class PollingMockFixture : IAsyncLifetime
{
    public RunningMock Mock { get; private set; } = null!;

    public async Task InitializeAsync() => Mock = await RunningMock.StartAsync("--progression", "polls:3", "--concurrency", "100");

    public async Task DisposeAsync() => await Mock.DisposeAsync();
}
