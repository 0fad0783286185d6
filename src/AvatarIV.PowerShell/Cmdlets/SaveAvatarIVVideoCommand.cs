using System.Management.Automation;
using AvatarIV.PowerShell.Cmdlets.Infrastructure;
using AvatarIV.PowerShell.Completion;
using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Cmdlets;

/// <summary>Save-AvatarIVVideo: downloads a finished video; the target appears only when complete.</summary>
[Cmdlet(VerbsData.Save, "AvatarIVVideo", DefaultParameterSetName = DirectorySet, SupportsShouldProcess = true, HelpUri = HelpLinks.Reference + "save-avatarivvideo")]
[OutputType(typeof(AvatarVideo))]
public sealed class SaveAvatarIVVideoCommand : AvatarIVCmdlet
{
    public const string PathSet = "Path";
    public const string DirectorySet = "OutputDirectory";

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(VideoIdCompleter))]
    [ValidateNotNullOrEmpty]
    public string VideoId { get; set; } = "";

    /// <summary>The file to write.</summary>
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = PathSet)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = "";

    /// <summary>Folder for &lt;VideoId&gt;.mp4 (.captioned.mp4, .srt, .jpg by -Asset); default: the current location.</summary>
    [Parameter(ParameterSetName = DirectorySet)]
    [ValidateNotNullOrEmpty]
    public string? OutputDirectory { get; set; }

    /// <summary>Overwrite an existing file.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Also save the thumbnail (JPEG) next to the video.</summary>
    [Parameter]
    public SwitchParameter IncludeThumbnail { get; set; }

    /// <summary>Which file: the video (default), the captioned video, the SRT subtitles or the thumbnail.</summary>
    [Parameter]
    [ValidateSet("Video", "Captioned", "Subtitle", "Thumbnail")]
    public string Asset { get; set; } = "Video";

    protected override void ProcessRecord()
    {
        var path = ParameterSetName == PathSet ? ToFileSystemPath(Path) : null;
        var directory = ToFileSystemPath(OutputDirectory ?? ".");
        Run(context => new SaveVideoHandler(context).SaveAsync(VideoId, path, directory, Force.IsPresent, IncludeThumbnail.IsPresent, Asset));
    }
}
