using AvatarIV.Mock.Client;
using AvatarIV.Module.Tests.Infrastructure;

namespace AvatarIV.Module.Tests.Cmdlets;

/// <summary>
/// The test kit cmdlets as a user's Pester run drives them: Start-AvatarIVMock -Connect in the module's runspace, the
/// admin cmdlets on it, checked from outside through the typed admin client, and Stop-AvatarIVMock twice.
/// </summary>
public sealed class MockCmdletTests : IDisposable
{
    private readonly ModuleRunspace _session = ModuleRunspace.Open();
    private System.Diagnostics.Process? _started;

    [Fact]
    public async Task Start_Connect_then_the_admin_cmdlets_act_on_that_mock_and_Stop_ends_it_safely_twice()
    {
        var started = _session.Run("Start-AvatarIVMock -Path $args[0] -ArgumentList '--progression', 'manual' -Connect", TestPaths.MockServer)
            .ShouldSucceed().Output.Single();
        var baseUri = (Uri)started.Properties["BaseUri"].Value;
        var process = (System.Diagnostics.Process)started.Properties["Process"].Value;
        _started = process;
        using var admin = new MockAdminClient(baseUri);

        _session.Run("Set-AvatarIVMockBalance -Credits 7.5 -Tier scale").ShouldSucceed();
        _session.Run("Add-AvatarIVMockFault -Path /v3/voices -StatusCode 503 -Times 1").ShouldSucceed();

        var ledger = (await admin.GetLedgerAsync("avatariv-mock-test-key")).ShouldNotBeNull();
        ledger.BalanceCredits.ShouldBe(7.5m);
        ledger.Tier.ShouldBe("scale");
        (await admin.ListFaultsAsync()).ShouldHaveSingleItem().Path.ShouldBe("/v3/voices");
        _session.Run("(Get-AvatarIVCredit).RemainingCredits").ShouldSucceed().Output.Single().BaseObject.ShouldBe(7.5m);

        _session.Run("$args[0] | Stop-AvatarIVMock; Stop-AvatarIVMock -Mock $args[0]", started).ShouldSucceed();

        process.HasExited.ShouldBeTrue();
        (await admin.IsHealthyAsync()).ShouldBeFalse();
        var after = _session.Run("Get-AvatarIVMockJournal");
        var error = after.Terminating?.ErrorRecord ?? after.Errors.ShouldHaveSingleItem();
        error.FullyQualifiedErrorId.ShouldStartWith("AvatarIV.MockNotStarted,");
    }

    public void Dispose()
    {
        // A failed assertion must not leave the mock running.
        if (_started is { HasExited: false })
        {
            _started.Kill(entireProcessTree: true);
        }

        _session.Dispose();
    }
}
