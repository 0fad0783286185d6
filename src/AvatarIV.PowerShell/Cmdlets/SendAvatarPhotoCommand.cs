using System.Management.Automation;
using AvatarIV.PowerShell.Cmdlets.Infrastructure;
using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Hosting;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Cmdlets;

/// <summary>Send-AvatarPhoto: uploads photos (checked locally first) and writes asset objects for New-AvatarIVVideo.</summary>
[Cmdlet(VerbsCommunications.Send, "AvatarPhoto", DefaultParameterSetName = PathSet, HelpUri = HelpLinks.Reference + "send-avatarphoto")]
[OutputType(typeof(AvatarAsset))]
public sealed class SendAvatarPhotoCommand : AvatarIVPipelineCmdlet
{
    public const string PathSet = "Path";
    public const string LiteralPathSet = "LiteralPath";

    /// <summary>An upload is not a render job: more of them in flight than creates (docs/decisions.md, "Pipeline concurrency").</summary>
    public SendAvatarPhotoCommand() => ThrottleLimit = ThrottledPipeline.DefaultUploadLimit;

    /// <summary>Photo files; wildcards allowed.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = Array.Empty<string>();

    /// <summary>Photo files, taken literally; binds from Get-ChildItem's PSPath.</summary>
    [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string[] LiteralPath { get; set; } = Array.Empty<string>();

    protected override void ProcessRecord()
    {
        var literal = ParameterSetName == LiteralPathSet;
        foreach (var path in literal ? LiteralPath : Path)
        {
            var files = Resolve(path, literal);
            if (files.Count == 0)
            {
                // Through the pipeline like an upload, so the error comes out in input order.
                Dispatch(context =>
                {
                    context.Sink.WriteError(ErrorMap.NoSuchPath(path));
                    return null;
                });
            }

            foreach (var file in files)
            {
                Dispatch(context => () => new SendPhotoHandler(context).SendAsync(file));
            }
        }
    }

    private IReadOnlyList<string> Resolve(string path, bool literal)
    {
        try
        {
            if (literal || !WildcardPattern.ContainsWildcardCharacters(path))
            {
                var file = ToFileSystemPath(path);
                if (File.Exists(file))
                {
                    return new[] { file };
                }
            }
            else
            {
                var matches = GetResolvedProviderPathFromPSPath(path, out _).Where(File.Exists).ToList();
                if (matches.Count > 0)
                {
                    return matches;
                }
            }
        }
        catch (Exception e) when (e is SessionStateException or NotSupportedException or ArgumentException)
        {
            // No such item, drive (e.g. Q:\photo.jpg) or provider, or a malformed path: this path fails, the others go on.
            // Thrown out of ProcessRecord, these would have stopped the whole command.
        }

        return Array.Empty<string>();
    }
}
