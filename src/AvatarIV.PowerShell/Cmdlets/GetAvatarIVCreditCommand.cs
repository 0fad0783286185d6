using System.Management.Automation;
using AvatarIV.PowerShell.Cmdlets.Infrastructure;
using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Cmdlets;

/// <summary>Get-AvatarIVCredit: the remaining balance, or with -Estimate what a planned video will cost (offline).</summary>
[Cmdlet(VerbsCommon.Get, "AvatarIVCredit", DefaultParameterSetName = BalanceSet, HelpUri = HelpLinks.Reference + "get-avatarivcredit")]
[OutputType(typeof(AvatarCredit), ParameterSetName = new[] { BalanceSet })]
[OutputType(typeof(AvatarCreditEstimate), ParameterSetName = new[] { EstimateScriptSet, EstimateAudioSet, EstimateDurationSet })]
public sealed class GetAvatarIVCreditCommand : AvatarIVCmdlet
{
    public const string BalanceSet = "Balance";
    public const string EstimateScriptSet = "EstimateScript";
    public const string EstimateAudioSet = "EstimateAudio";
    public const string EstimateDurationSet = "EstimateDuration";

    /// <summary>Estimate a planned video instead of reading the balance.</summary>
    [Parameter(Mandatory = true, ParameterSetName = EstimateScriptSet)]
    [Parameter(Mandatory = true, ParameterSetName = EstimateAudioSet)]
    [Parameter(Mandatory = true, ParameterSetName = EstimateDurationSet)]
    public SwitchParameter Estimate { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = EstimateScriptSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Script { get; set; } = "";

    /// <summary>A local WAV or MP3 file: the video lasts as long as it.</summary>
    [Parameter(Mandatory = true, ParameterSetName = EstimateAudioSet)]
    [ValidateNotNullOrEmpty]
    public string AudioPath { get; set; } = "";

    [Parameter(Mandatory = true, ParameterSetName = EstimateDurationSet)]
    [ValidateRange(0, 86400)]
    public double DurationSeconds { get; set; }

    /// <summary>Some pricing profiles charge more with a custom motion prompt.</summary>
    [Parameter(ParameterSetName = EstimateScriptSet)]
    [Parameter(ParameterSetName = EstimateAudioSet)]
    [Parameter(ParameterSetName = EstimateDurationSet)]
    public string? MotionPrompt { get; set; }

    [Parameter(ParameterSetName = EstimateScriptSet)]
    [Parameter(ParameterSetName = EstimateAudioSet)]
    [Parameter(ParameterSetName = EstimateDurationSet)]
    [ValidateSet("720p", "1080p", "4k")]
    public string? Resolution { get; set; }

    protected override void ProcessRecord()
    {
        switch (ParameterSetName)
        {
            case BalanceSet:
                Run(context => new GetCreditHandler(context).GetBalanceAsync());
                break;
            case EstimateScriptSet:
                Run(context => new GetCreditHandler(context).Estimate(Script, null, null, MotionPrompt, Resolution));
                break;
            case EstimateAudioSet:
                var audio = ToFileSystemPath(AudioPath);
                Run(context => new GetCreditHandler(context).Estimate(null, audio, null, MotionPrompt, Resolution));
                break;
            default:
                Run(context => new GetCreditHandler(context).Estimate(null, null, DurationSeconds, MotionPrompt, Resolution));
                break;
        }
    }
}
