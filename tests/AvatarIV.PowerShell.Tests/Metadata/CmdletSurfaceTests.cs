using AvatarIV.PowerShell.Tests.Metadata.Reading;

namespace AvatarIV.PowerShell.Tests.Metadata;

/// <summary>Names, output types and ShouldProcess: what PowerShell users expect before they read any help.</summary>
public sealed class CmdletSurfaceTests
{
    private static BuiltModule Module => BuiltModule.Instance;

    [Theory]
    [MemberData(nameof(BuiltModule.CmdletNames), MemberType = typeof(BuiltModule))]
    public void Has_a_singular_noun_with_the_module_prefix(string name)
    {
        var noun = Module.Cmdlet(name).Noun;
        // Send-AvatarPhoto keeps the name the original guide's card uses.
        (noun.StartsWith("AvatarIV", StringComparison.Ordinal) || name == "Send-AvatarPhoto").ShouldBeTrue(name);
        noun.EndsWith('s').ShouldBeFalse($"{name}: nouns are singular");
    }

    [Theory]
    [MemberData(nameof(BuiltModule.CmdletNames), MemberType = typeof(BuiltModule))]
    public void Declares_its_output_types_from_the_module(string name)
    {
        var cmdlet = Module.Cmdlet(name);
        cmdlet.OutputTypes.ShouldNotBeEmpty($"{name} needs [OutputType(typeof(...))]");
        if (cmdlet.Verb == "Remove" && cmdlet.OutputTypes.All(t => t.FullName == "System.Void"))
        {
            return; // deletes write nothing, like Remove-Item
        }

        cmdlet.OutputTypes.ShouldAllBe(t => t.Assembly == Module.Assembly && t.Namespace == "AvatarIV.PowerShell.Models");
    }

    [Theory]
    [InlineData("New-AvatarIVVideo")]
    [InlineData("Remove-AvatarIVVideo")]
    [InlineData("Save-AvatarIVVideo")]
    public void Cmdlets_that_spend_credits_delete_or_write_files_support_WhatIf_and_Confirm(string name) =>
        Module.Cmdlet(name).SupportsShouldProcess.ShouldBeTrue();

    [Fact]
    public void Any_cmdlet_that_can_overwrite_with_Force_supports_WhatIf()
    {
        Module.Cmdlets.Where(c => c.Parameters.Any(p => p.Name == "Force"))
            .ShouldAllBe(c => c.SupportsShouldProcess);
    }

    [Fact]
    public void Remove_AvatarIVVideo_asks_before_deleting_by_default()
    {
        Module.Cmdlet("Remove-AvatarIVVideo").ConfirmImpact.ShouldBe(CmdletShape.ConfirmImpactHigh);
    }

    [Theory]
    [MemberData(nameof(BuiltModule.CmdletNames), MemberType = typeof(BuiltModule))]
    public void Every_cmdlet_accepts_an_ApiKey_for_one_call_but_never_from_the_pipeline(string name)
    {
        var apiKey = Module.Cmdlet(name).Parameter("ApiKey");
        apiKey.Type.FullName.ShouldBe("System.Security.SecureString");
        apiKey.Bindings.ShouldAllBe(b => !b.FromPipeline && !b.FromPipelineByPropertyName && !b.Mandatory);
    }
}
