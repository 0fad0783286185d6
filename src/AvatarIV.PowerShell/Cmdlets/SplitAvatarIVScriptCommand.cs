using System.Management.Automation;
using AvatarIV.PowerShell.Cmdlets.Infrastructure;
using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Cmdlets;

/// <summary>Split-AvatarIVScript: splits a long script at sentence ends into parts that each fit one video. Pipeline input is joined into one script.</summary>
[Cmdlet(VerbsCommon.Split, "AvatarIVScript", HelpUri = HelpLinks.Reference + "split-avatarivscript")]
[OutputType(typeof(AvatarScriptPart))]
public sealed class SplitAvatarIVScriptCommand : AvatarIVCmdlet
{
    // Blank lines from Get-Content are part of a script; an all-blank script is refused after joining.
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string Script { get; set; } = "";

    /// <summary>Longest speaking time per part. Default 180 s (the free tier's cap).</summary>
    [Parameter]
    [ValidateRange(1.0, 3600.0)]
    public double MaxSeconds { get; set; } = SplitScriptHandler.DefaultMaxSeconds;

    /// <summary>Speaking speed (1 = normal, 0.5–1.5).</summary>
    [Parameter]
    [ValidateRange(0.5, 1.5)]
    public double Speed { get; set; } = 1.0;

    private readonly List<string> _lines = new();

    /// <summary>Collects every piece of input: Get-Content script.txt | Split-AvatarIVScript sends one line at a time.</summary>
    protected override void ProcessRecord() => _lines.Add(Script);

    /// <summary>Splits all the input as one script, so a sentence broken across lines stays one sentence.</summary>
    protected override void EndProcessing()
    {
        Run(context => new SplitScriptHandler(context).Split(string.Join("\n", _lines), MaxSeconds, Speed));
        base.EndProcessing();
    }
}
