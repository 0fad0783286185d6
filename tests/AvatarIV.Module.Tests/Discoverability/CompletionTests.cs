using System.Management.Automation;
using AvatarIV.Module.Tests.Infrastructure;

namespace AvatarIV.Module.Tests.Discoverability;

/// <summary>Tab completion as the console asks for it (CommandCompletion.CompleteInput).</summary>
public sealed class CompletionTests : IClassFixture<PollsMock>, IDisposable
{
    private readonly MockProcess _mock;
    private readonly ModuleRunspace _session = ModuleRunspace.Open();

    public CompletionTests(PollsMock fixture) => _mock = fixture.Mock;

    [Fact]
    public void Cmdlet_names_complete()
    {
        Complete("Wait-AvatarIVV").ShouldContain("Wait-AvatarIVVideo");
    }

    [Fact]
    public void ApiVersion_completes_its_values()
    {
        Complete("Connect-AvatarIV -ApiVersion ").ShouldBe(["Legacy", "V3"], ignoreOrder: true);
    }

    [Fact]
    public void VoiceId_completes_from_the_voice_list()
    {
        _session.Connect(_mock);
        var voices = _session.Run("Get-AvatarIVVoice | ForEach-Object VoiceId").ShouldSucceed().Output.Select(o => o.ToString()).ToList();

        var completions = Complete("New-AvatarIVVideo -VoiceId ");

        completions.ShouldNotBeEmpty();
        completions.ShouldAllBe(c => voices.Contains(c.Trim('\'')));
    }

    private List<string> Complete(string input)
    {
        using var shell = PowerShell.Create();
        shell.Runspace = _session.Runspace;
        return CommandCompletion.CompleteInput(input, input.Length, null, shell).CompletionMatches.Select(m => m.CompletionText).ToList();
    }

    public void Dispose() => _session.Dispose();
}
