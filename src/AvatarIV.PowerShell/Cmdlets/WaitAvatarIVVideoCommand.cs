using System.Management.Automation;
using AvatarIV.PowerShell.Cmdlets.Arguments;
using AvatarIV.PowerShell.Cmdlets.Infrastructure;
using AvatarIV.PowerShell.Completion;
using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Hosting;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Cmdlets;

/// <summary>
/// Wait-AvatarIVVideo: collects every video from the pipeline, then waits for all of them together,
/// writing each one as it finishes (and downloading it with -OutputDirectory).
/// </summary>
[Cmdlet(VerbsLifecycle.Wait, "AvatarIVVideo", DefaultParameterSetName = VideoIdSet, SupportsShouldProcess = true, HelpUri = HelpLinks.Reference + "wait-avatarivvideo")]
[OutputType(typeof(AvatarVideo))]
public sealed class WaitAvatarIVVideoCommand : AvatarIVCmdlet
{
    /// <summary>7 days: far beyond any render, and within what a .NET timer accepts (24.8 days).</summary>
    private const double MaxWaitSeconds = 7 * 24 * 3600;

    public const string VideoIdSet = "VideoId";
    public const string BatchSet = "Batch";

    private readonly List<string> _videoIds = new();
    private readonly List<string> _batchIds = new();

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = VideoIdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(VideoIdCompleter))]
    [ValidateNotNullOrEmpty]
    public string[] VideoId { get; set; } = Array.Empty<string>();

    /// <summary>v3: wait for every video of these batches (made with HeyGen's POST /v3/videos/batches).</summary>
    [Parameter(Mandatory = true, ParameterSetName = BatchSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] BatchId { get; set; } = Array.Empty<string>();

    /// <summary>Overall limit for all the videos: seconds (600) or a TimeSpan ('00:30:00'). Default 20 minutes.</summary>
    [Parameter]
    [SecondsToTimeSpan]
    [ValidateTimeSpanRange(0, MaxWaitSeconds, minimumExclusive: true)]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>Fixed pause between status checks: seconds or a TimeSpan; default: 2 s, doubling up to 30 s.</summary>
    [Parameter]
    [SecondsToTimeSpan]
    [ValidateTimeSpanRange(0, 3600)]
    public TimeSpan PollInterval { get; set; }

    /// <summary>Saves each finished video as &lt;VideoId&gt;.mp4 (and its thumbnail as .jpg) in this folder.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? OutputDirectory { get; set; }

    /// <summary>With -OutputDirectory: overwrite existing files.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>How many status reads are in flight at once (v3: finished videos read in full; legacy: every read). Default 50.</summary>
    [Parameter]
    [ValidateRange(1, ThrottledPipeline.MaxLimit)]
    public int ThrottleLimit { get; set; } = ThrottledPipeline.DefaultReadLimit;

    protected override void ProcessRecord()
    {
        if (ParameterSetName == BatchSet)
        {
            _batchIds.AddRange(BatchId);
            return;
        }

        _videoIds.AddRange(VideoId);
    }

    protected override void EndProcessing()
    {
        TimeSpan? poll = MyInvocation.BoundParameters.ContainsKey(nameof(PollInterval)) ? PollInterval : null;
        var directory = OutputDirectory is null ? null : ToFileSystemPath(OutputDirectory);
        Run(context => ParameterSetName == BatchSet
            ? new WaitVideoHandler(context).WaitForBatchesAsync(_batchIds, Timeout, poll, directory, Force.IsPresent, ThrottleLimit)
            : new WaitVideoHandler(context).WaitAsync(_videoIds, Timeout, poll, directory, Force.IsPresent, ThrottleLimit));
        base.EndProcessing();
    }
}
