using AvatarIV.Module.Tests.Infrastructure;

namespace AvatarIV.Module.Tests.Loading;

/// <summary>
/// Another module's copies of our dependencies, in other versions (RestSharp 112, Polly 8.4, System.Text.Json 8 and the
/// netstandard2.0 Microsoft.Bcl.AsyncInterfaces that defines its own IAsyncEnumerable), loaded before or after AvatarIV
/// in the same pwsh: both keep working, each with its own copies. A fresh framework-dependent pwsh per order.
/// </summary>
public sealed class DependencyConflictTests : IClassFixture<PollsMock>
{
    private const string Script =
        """
        param($Manifest, $BaseUri, $Photo, $Order, [string] $OtherAssemblies)
        $ErrorActionPreference = 'Stop'
        function Import-OtherModule {
            # What another binary module does: load its own dependency files into the default context.
            foreach ($path in $OtherAssemblies -split ',') {
                try { $null = [System.Reflection.Assembly]::LoadFrom($path); "LOADED=$([IO.Path]::GetFileName($path))" }
                catch { "NOTLOADED=$([IO.Path]::GetFileName($path)): $($_.Exception.InnerException.Message)" }
            }
        }
        function Invoke-AvatarIV {
            Import-Module $Manifest
            Connect-AvatarIV -ApiKey (ConvertTo-SecureString "conflict-$Order" -AsPlainText -Force) -BaseUri $BaseUri
            $video = Send-AvatarPhoto -Path $Photo |
                New-AvatarIVVideo -Script 'Hello there.' -VoiceId (Get-AvatarIVVoice | Select-Object -First 1).VoiceId |
                Wait-AvatarIVVideo -PollInterval (New-TimeSpan -Seconds 0)
            "STATUS=$($video.Status)"
            "LISTED=$(@(Get-AvatarIVVideo -First 5).Count)"
        }
        if ($Order -eq 'OthersFirst') { Import-OtherModule; Invoke-AvatarIV } else { Invoke-AvatarIV; Import-OtherModule }
        # The other module's RestSharp, as its code binds it from the default context.
        "OTHER_RESTSHARP=$([RestSharp.RestClient].Assembly.Location)"
        "OTHER_POLLY=$([Polly.ResiliencePipeline].Assembly.Location)"
        """;

    private readonly MockProcess _mock;

    public DependencyConflictTests(PollsMock fixture) => _mock = fixture.Mock;

    [Theory]
    [InlineData("OthersFirst")]
    [InlineData("AvatarIVFirst")]
    public async Task Both_modules_work_with_their_own_versions(string order)
    {
        string[] others =
        [
            TestPaths.Package("restsharp/112.1.0/lib/net8.0/RestSharp.dll"),
            TestPaths.Package("polly.core/8.4.2/lib/net8.0/Polly.Core.dll"),
            TestPaths.Package("system.text.json/8.0.5/lib/net8.0/System.Text.Json.dll"),
            TestPaths.Package("microsoft.bcl.asyncinterfaces/8.0.0/lib/netstandard2.0/Microsoft.Bcl.AsyncInterfaces.dll"),
        ];

        var (exitCode, output) = await PwshProcess.RunAsync(
            Script, TestPaths.ModuleManifest, _mock.BaseUri.ToString(), TestPaths.SamplePhoto, order, "-OtherAssemblies", string.Join(",", others));

        exitCode.ShouldBe(0, output);
        output.ShouldContain("STATUS=Completed", customMessage: output);
        output.ShouldContain("LISTED=1", customMessage: output);
        output.ShouldContain("LOADED=RestSharp.dll", customMessage: output);
        output.ShouldContain("LOADED=Polly.Core.dll", customMessage: output);
        output.ShouldContain($"OTHER_RESTSHARP={others[0]}", customMessage: "the other module keeps its RestSharp: " + output);
        output.ShouldContain($"OTHER_POLLY={others[1]}", customMessage: "the other module keeps its Polly: " + output);
    }
}
