using System.Management.Automation;
using AvatarIV.PowerShell.Cmdlets.Infrastructure;
using AvatarIV.PowerShell.Completion;
using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Cmdlets;

/// <summary>Get-AvatarIVVoice: the voices a script can be spoken with.</summary>
[Cmdlet(VerbsCommon.Get, "AvatarIVVoice", HelpUri = HelpLinks.Reference + "get-avatarivvoice")]
[OutputType(typeof(AvatarVoice))]
public sealed class GetAvatarIVVoiceCommand : AvatarIVCmdlet
{
    /// <summary>Voice name; wildcards allowed.</summary>
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(VoiceFieldCompleter))]
    public string? Name { get; set; }

    /// <summary>Language name, e.g. English.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(VoiceFieldCompleter))]
    public string? Language { get; set; }

    [Parameter]
    [ValidateSet("male", "female")]
    public string? Gender { get; set; }

    protected override void ProcessRecord() =>
        Run(context => new GetVoiceHandler(context).GetAsync(Language, Gender, Name));
}
