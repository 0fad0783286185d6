using AvatarIV.Module.Tests.Infrastructure;

namespace AvatarIV.Module.Tests.Discoverability;

/// <summary>The Pester template in docs/powershell-guide.md is the file CI runs (samples/pester/MyVideos.Tests.ps1), word for word.</summary>
public sealed class ReadmeTemplateTests
{
    [Fact]
    public void The_guide_template_is_the_tested_file()
    {
        var template = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "pester", "MyVideos.Tests.ps1")).ReplaceLineEndings("\n");
        var guide = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "powershell-guide.md")).ReplaceLineEndings("\n");

        guide.ShouldContain("```powershell\n" + template + "```", customMessage: "copy samples/pester/MyVideos.Tests.ps1 into docs/powershell-guide.md, section \"Testing your own scripts against the mock with Pester\"");
    }
}
