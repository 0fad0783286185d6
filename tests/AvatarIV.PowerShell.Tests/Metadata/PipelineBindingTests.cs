using System.Reflection;
using AvatarIV.PowerShell.Tests.Metadata.Reading;

namespace AvatarIV.PowerShell.Tests.Metadata;

/// <summary>
/// The SPEC's pipeline chains by property name:
/// <c>Get-ChildItem *.png | Send-AvatarPhoto | New-AvatarIVVideo -Script $s -VoiceId $v | Wait-AvatarIVVideo -OutputDirectory ./out</c>.
/// Each test follows one '|' the way PowerShell's binder does.
/// </summary>
public sealed class PipelineBindingTests
{
    private static BuiltModule Module => BuiltModule.Instance;

    [Fact]
    public void Send_AvatarPhoto_takes_files_from_Get_ChildItem()
    {
        // Get-ChildItem emits FileInfo objects that carry FullName and the provider's PSPath note property.
        var send = Module.Cmdlet("Send-AvatarPhoto");
        var bindsFileInfo = send.Parameters.Where(p => p.Bindings.Any(b => b.FromPipelineByPropertyName))
            .SelectMany(p => p.NamesAndAliases)
            .Intersect(["PSPath", "FullName"], StringComparer.OrdinalIgnoreCase);
        bindsFileInfo.ShouldNotBeEmpty("Send-AvatarPhoto needs -LiteralPath [Alias('PSPath','FullName')] bound by property name");
    }

    [Fact]
    public void Send_AvatarPhoto_takes_path_strings_from_the_pipeline()
    {
        var path = Module.Cmdlet("Send-AvatarPhoto").Parameter("Path");
        path.Type.FullName.ShouldBeOneOf("System.String", "System.String[]");
        path.Bindings.ShouldContain(b => b.FromPipeline);
    }

    [Fact]
    public void New_AvatarIVVideo_takes_the_photo_from_Send_AvatarPhoto_when_Script_and_VoiceId_are_given()
    {
        var video = Module.Cmdlet("New-AvatarIVVideo");
        var asset = SingleOutputType("Send-AvatarPhoto");
        var given = new[] { "Script", "VoiceId" };

        var candidateSets = video.ParameterSets.Where(set => given.All(g => video.Parameter(g).In(set) is not null)).ToList();
        candidateSets.ShouldNotBeEmpty("no parameter set of New-AvatarIVVideo takes both -Script and -VoiceId");
        candidateSets.ShouldContain(
            set => video.ParametersIn(set)
                .Where(x => x.Binding.Mandatory && !given.Contains(x.Parameter.Name))
                .All(x => x.Binding.FromPipelineByPropertyName && x.Parameter.NamesAndAliases.Any(n => HasProperty(asset, n))),
            "every other mandatory parameter of the -Script set must bind by property name from " + asset.Name);
    }

    [Fact]
    public void New_AvatarIVVideo_binds_only_image_properties_from_an_uploaded_photo()
    {
        // Anything else an asset carries (Path, Url, Kind, ...) must not leak into the video request by accident.
        var asset = SingleOutputType("Send-AvatarPhoto");
        var bound = PropertiesBoundFrom(asset, Module.Cmdlet("New-AvatarIVVideo"));
        bound.ShouldNotBeEmpty();
        bound.ShouldAllBe(p => p == "ImageKey" || p == "AssetId" || p == "ApiVersion");
    }

    [Fact]
    public void Wait_AvatarIVVideo_takes_the_VideoId_of_each_new_video()
    {
        var created = SingleOutputType("New-AvatarIVVideo");
        HasProperty(created, "VideoId").ShouldBeTrue();
        Module.Cmdlet("Wait-AvatarIVVideo").Parameter("VideoId").Bindings.ShouldAllBe(b => b.FromPipelineByPropertyName);
    }

    [Theory]
    [InlineData("Get-AvatarIVVideo", "Remove-AvatarIVVideo")]
    [InlineData("Get-AvatarIVVideo", "Save-AvatarIVVideo")]
    [InlineData("Get-AvatarIVVideo", "Wait-AvatarIVVideo")]
    [InlineData("Wait-AvatarIVVideo", "Save-AvatarIVVideo")]
    public void Video_cmdlets_chain_by_VideoId(string from, string to)
    {
        HasProperty(SingleOutputType(from), "VideoId").ShouldBeTrue();
        Module.Cmdlet(to).Parameter("VideoId").Bindings.ShouldContain(b => b.FromPipelineByPropertyName);
    }

    [Fact]
    public void Wait_AvatarIVVideo_downloads_to_an_OutputDirectory()
    {
        Module.Cmdlet("Wait-AvatarIVVideo").Parameter("OutputDirectory").Type.FullName.ShouldBe("System.String");
    }

    private static Type SingleOutputType(string cmdlet)
    {
        var types = Module.Cmdlet(cmdlet).OutputTypes.Distinct().ToList();
        types.Count.ShouldBe(1, $"{cmdlet} should declare exactly one [OutputType]");
        return types[0];
    }

    private static bool HasProperty(Type type, string name) =>
        type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is not null;

    private static List<string> PropertiesBoundFrom(Type source, CmdletShape target) =>
        source.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.Name)
            .Where(name => target.Parameters.Any(p =>
                p.Bindings.Any(b => b.FromPipelineByPropertyName) &&
                p.NamesAndAliases.Contains(name, StringComparer.OrdinalIgnoreCase)))
            .ToList();
}
