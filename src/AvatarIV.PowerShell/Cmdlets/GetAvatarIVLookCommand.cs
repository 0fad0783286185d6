using System.Management.Automation;
using AvatarIV.PowerShell.Cmdlets.Infrastructure;
using AvatarIV.PowerShell.Completion;
using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Cmdlets;

/// <summary>Get-AvatarIVLook: the avatar looks a video can be made from (v3), filtered and paged; or looks by id.</summary>
[Cmdlet(VerbsCommon.Get, "AvatarIVLook", DefaultParameterSetName = ListSet, HelpUri = HelpLinks.Reference + "get-avatarivlook")]
[OutputType(typeof(AvatarIVLook))]
public sealed class GetAvatarIVLookCommand : AvatarIVCmdlet
{
    public const string ListSet = "List";
    public const string ByIdSet = "ById";

    /// <summary>Look name; wildcards allowed (matched here, after the server's filters).</summary>
    [Parameter(Position = 0, ParameterSetName = ListSet)]
    [SupportsWildcards]
    public string? Name { get; set; }

    /// <summary>HeyGen's avatar type.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("studio_avatar", "digital_twin", "photo_avatar")]
    public string? Type { get; set; }

    /// <summary>Only looks of this avatar (group).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? GroupId { get; set; }

    /// <summary>public (HeyGen's presets) or private (yours); both when left out.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("public", "private")]
    public string? Ownership { get; set; }

    /// <summary>At most this many matching looks (as Get-AvatarIVVideo -First).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, int.MaxValue)]
    public int First { get; set; } = int.MaxValue;

    /// <summary>Skip this many matching looks first.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(0, int.MaxValue)]
    public int Skip { get; set; }

    /// <summary>Look ids to read one by one.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(AvatarIdCompleter))]
    [ValidateNotNullOrEmpty]
    public string[] AvatarId { get; set; } = Array.Empty<string>();

    protected override void ProcessRecord()
    {
        var handler = (HandlerContext context) => new GetLookHandler(context);
        if (ParameterSetName == ByIdSet)
        {
            Run(async context =>
            {
                foreach (var id in AvatarId)
                {
                    await handler(context).GetAsync(id).ConfigureAwait(false);
                }
            });
            return;
        }

        var filter = new LookFilter(Name, Type, GroupId, Ownership, Skip, First);
        Run(context => handler(context).ListAsync(filter));
    }
}
