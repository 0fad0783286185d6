using AvatarIV.TestSupport;

namespace MockServer.Tests.Journal;

/// <summary>One mock with default flags shared by a test class; tests isolate themselves with their own paths and keys.</summary>
public sealed class DefaultMockFixture : IAsyncLifetime
{
    public RunningMock Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await RunningMock.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
