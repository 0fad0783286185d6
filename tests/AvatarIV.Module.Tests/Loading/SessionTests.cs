using System.Runtime.Loader;
using AvatarIV.Module.Tests.Infrastructure;

namespace AvatarIV.Module.Tests.Loading;

/// <summary>
/// Re-imports and several runspaces: one working copy of the module's dependencies, one connection per runspace,
/// and Remove-Module in one runspace never breaking another.
/// </summary>
public sealed class SessionTests : IClassFixture<PollsMock>
{
    private const string CreateAndWait =
        "Send-AvatarPhoto -Path $args[0] | New-AvatarIVVideo -Script 'Hello there.' -VoiceId (Get-AvatarIVVoice | Select-Object -First 1).VoiceId | Wait-AvatarIVVideo -PollInterval (New-TimeSpan -Seconds 0)";

    private readonly MockProcess _mock;

    public SessionTests(PollsMock fixture) => _mock = fixture.Mock;

    [Fact]
    public void Import_Force_and_Remove_then_Import_leave_one_working_copy()
    {
        using var session = ModuleRunspace.Open();
        session.Run("Import-Module -Name $args[0] -Force; Import-Module -Name $args[0] -Force", TestPaths.ModuleManifest).ShouldSucceed();
        session.Run("Remove-Module AvatarIV; Import-Module -Name $args[0]", TestPaths.ModuleManifest).ShouldSucceed();
        session.Connect(_mock);

        session.Run(CreateAndWait, TestPaths.SamplePhoto).ShouldSucceed().Values("Status").Single().ShouldBe("Completed");
        AssemblyLoadContext.All.Count(c => c.Name == "AvatarIV").ShouldBe(1);
        AppDomain.CurrentDomain.GetAssemblies().Count(a => a.GetName().Name == "RestSharp").ShouldBe(1);
        AppDomain.CurrentDomain.GetAssemblies().Count(a => a.GetName().Name == "AvatarIV.Core").ShouldBe(1);
    }

    [Fact]
    public void Remove_Module_in_one_runspace_never_breaks_the_module_in_another()
    {
        using var first = ModuleRunspace.Open();
        using var second = ModuleRunspace.Open();
        first.Connect(_mock);
        second.Connect(_mock);

        second.Run("Remove-Module AvatarIV").ShouldSucceed();

        first.Run(CreateAndWait, TestPaths.SamplePhoto).ShouldSucceed().Values("Status").Single().ShouldBe("Completed");
    }

    [Fact]
    public async Task Each_runspace_has_its_own_connection()
    {
        using var first = ModuleRunspace.Open();
        using var second = ModuleRunspace.Open();
        var firstKey = first.Connect(_mock);

        // A runspace that never connected does not silently use another runspace's key.
        var unconnected = second.Run("try { Get-AvatarIVCredit } catch { $_.FullyQualifiedErrorId }").ShouldSucceed();
        unconnected.Output.Single().ToString().ShouldStartWith("AvatarIV.NotConnected,");

        // Its Connect-AvatarIV does not change the first runspace's settings.
        var secondKey = second.Connect(_mock);
        first.Run(CreateAndWait, TestPaths.SamplePhoto).ShouldSucceed();
        (await _mock.JobsOfAsync(firstKey)).Length.ShouldBe(1);
        (await _mock.JobsOfAsync(secondKey)).ShouldBeEmpty();
    }

    [Fact]
    public void Remove_Module_forgets_the_key()
    {
        using var session = ModuleRunspace.Open();
        session.Connect(_mock);

        session.Run("Remove-Module AvatarIV; Import-Module -Name $args[0]", TestPaths.ModuleManifest).ShouldSucceed();

        session.Run("try { Get-AvatarIVCredit } catch { $_.FullyQualifiedErrorId }").ShouldSucceed()
            .Output.Single().ToString().ShouldStartWith("AvatarIV.NotConnected,");
    }
}
