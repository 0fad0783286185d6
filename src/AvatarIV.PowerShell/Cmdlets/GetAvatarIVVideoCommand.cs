using System.Management.Automation;
using AvatarIV.PowerShell.Cmdlets.Infrastructure;
using AvatarIV.PowerShell.Completion;
using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Cmdlets;

/// <summary>Get-AvatarIVVideo: one video's details by id, or the list of your videos.</summary>
[Cmdlet(VerbsCommon.Get, "AvatarIVVideo", DefaultParameterSetName = ListSet, HelpUri = HelpLinks.Reference + "get-avatarivvideo")]
[OutputType(typeof(AvatarVideo))]
public sealed class GetAvatarIVVideoCommand : AvatarIVCmdlet
{
    public const string ByIdSet = "ById";
    public const string ListSet = "List";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(VideoIdCompleter))]
    [ValidateNotNullOrEmpty]
    public string[] VideoId { get; set; } = Array.Empty<string>();

    /// <summary>Only videos whose title matches (wildcards allowed).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [SupportsWildcards]
    public string? Title { get; set; }

    /// <summary>Only videos in this HeyGen folder (filtered by the server).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? FolderId { get; set; }

    /// <summary>At most this many videos.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, int.MaxValue)]
    public int First { get; set; }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == ByIdSet)
        {
            Run(async context =>
            {
                foreach (var id in VideoId)
                {
                    await new GetVideoHandler(context).GetAsync(id).ConfigureAwait(false);
                }
            });
            return;
        }

        int? first = MyInvocation.BoundParameters.ContainsKey(nameof(First)) ? First : null;
        Run(context => new GetVideoHandler(context).ListAsync(Title, first, FolderId));
    }
}
