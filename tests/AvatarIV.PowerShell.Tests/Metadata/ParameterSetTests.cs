using AvatarIV.PowerShell.Tests.Metadata.Reading;

namespace AvatarIV.PowerShell.Tests.Metadata;

/// <summary>PowerShell can always tell which parameter set a call means, and required input is marked Mandatory.</summary>
public sealed class ParameterSetTests
{
    private static BuiltModule Module => BuiltModule.Instance;

    [Theory]
    [MemberData(nameof(BuiltModule.CmdletNames), MemberType = typeof(BuiltModule))]
    public void Cmdlets_with_several_sets_name_an_existing_default_set(string name)
    {
        var cmdlet = Module.Cmdlet(name);
        if (cmdlet.ParameterSets.Count > 1)
        {
            cmdlet.ParameterSets.ShouldContain(cmdlet.DefaultParameterSetName!, $"{name}: DefaultParameterSetName must name one of its sets");
        }
    }

    [Theory]
    [MemberData(nameof(BuiltModule.CmdletNames), MemberType = typeof(BuiltModule))]
    public void Every_set_has_a_parameter_of_its_own(string name)
    {
        // "Each parameter set must have at least one unique parameter" (PowerShell SDK: cmdlet parameter sets).
        var cmdlet = Module.Cmdlet(name);
        if (cmdlet.ParameterSets.Count < 2)
        {
            return;
        }

        // The default set may have none: PowerShell picks it when nothing else decides.
        foreach (var set in cmdlet.ParameterSets.Where(s => s != cmdlet.DefaultParameterSetName))
        {
            cmdlet.Parameters.ShouldContain(
                p => p.Bindings.Count == 1 && p.Bindings[0].SetName == set,
                $"{name}: parameter set '{set}' has no parameter of its own, so PowerShell cannot tell it from the others");
        }
    }

    [Theory]
    [MemberData(nameof(BuiltModule.CmdletNames), MemberType = typeof(BuiltModule))]
    public void No_two_parameters_share_a_position_in_a_set(string name)
    {
        var cmdlet = Module.Cmdlet(name);
        foreach (var set in cmdlet.ParameterSets)
        {
            var positions = cmdlet.ParametersIn(set).Where(x => x.Binding.Position is not null).Select(x => x.Binding.Position!.Value).ToList();
            positions.ShouldBeUnique($"{name}, set '{set}'");
        }
    }

    [Theory]
    [MemberData(nameof(BuiltModule.CmdletNames), MemberType = typeof(BuiltModule))]
    public void At_most_one_parameter_per_set_takes_whole_pipeline_objects(string name)
    {
        var cmdlet = Module.Cmdlet(name);
        foreach (var set in cmdlet.ParameterSets)
        {
            cmdlet.ParametersIn(set).Count(x => x.Binding.FromPipeline).ShouldBeLessThanOrEqualTo(1, $"{name}, set '{set}'");
        }
    }

    [Theory]
    [InlineData("Send-AvatarPhoto", "Path")]
    [InlineData("Send-AvatarPhoto", "LiteralPath")]
    [InlineData("New-AvatarIVVideo", "Script")]
    [InlineData("New-AvatarIVVideo", "AudioPath")]
    [InlineData("Wait-AvatarIVVideo", "VideoId")]
    [InlineData("Save-AvatarIVVideo", "VideoId")]
    [InlineData("Remove-AvatarIVVideo", "VideoId")]
    [InlineData("Split-AvatarIVScript", "Script")]
    public void Required_input_is_mandatory_in_every_set_that_has_it(string cmdletName, string parameterName)
    {
        Module.Cmdlet(cmdletName).Parameter(parameterName).Bindings.ShouldAllBe(b => b.Mandatory);
    }

    [Fact]
    public void Path_and_LiteralPath_are_alternatives()
    {
        var send = Module.Cmdlet("Send-AvatarPhoto");
        var pathSets = send.Parameter("Path").Bindings.Select(b => b.SetName);
        var literalSets = send.Parameter("LiteralPath").Bindings.Select(b => b.SetName);
        pathSets.Intersect(literalSets).ShouldBeEmpty();
    }

    [Fact]
    public void A_video_is_driven_by_a_script_or_by_audio_never_both()
    {
        var video = Module.Cmdlet("New-AvatarIVVideo");
        var scriptSets = video.Parameter("Script").Bindings.Select(b => b.SetName);
        var audioSets = video.Parameter("AudioPath").Bindings.Select(b => b.SetName);
        scriptSets.Intersect(audioSets).ShouldBeEmpty();
    }
}
