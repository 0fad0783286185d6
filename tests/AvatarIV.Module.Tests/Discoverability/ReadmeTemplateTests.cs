using AvatarIV.Module.Tests.Infrastructure;

namespace AvatarIV.Module.Tests.Discoverability;

/// <summary>The README's Pester template is the file CI runs (samples/pester/MyVideos.Tests.ps1), word for word.</summary>
public sealed class ReadmeTemplateTests
{
    [Fact]
    public void The_README_template_is_the_tested_file()
    {
        var template = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "pester", "MyVideos.Tests.ps1")).ReplaceLineEndings("\n");
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md")).ReplaceLineEndings("\n");

        readme.ShouldContain("```powershell\n" + template + "```", customMessage: "copy samples/pester/MyVideos.Tests.ps1 into the README's Pester section");
    }
}
