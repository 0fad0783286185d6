using AvatarIV.TestSupport;

namespace AvatarIV.Core.Tests.AgainstMock;

/// <summary>
/// Base of a test class that sets fault rules on its own immediate-progression mock: every test starts and ends with no
/// rules and an empty journal (tests in one class run one at a time, so each owns the rule list while it runs).
/// </summary>
public abstract class FaultRuleTests(ImmediateMockFixture fixture) : IClassFixture<ImmediateMockFixture>, IAsyncLifetime
{
    protected RunningMock Mock => fixture.Mock;

    public virtual Task InitializeAsync() => MockClients.ClearFaultsAndJournalAsync(Mock);

    public virtual Task DisposeAsync() => MockClients.ClearFaultsAndJournalAsync(Mock);
}
