using System.Management.Automation;
using AvatarIV.Core;
using AvatarIV.PowerShell.Cmdlets.Infrastructure;
using AvatarIV.PowerShell.Completion;
using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Cmdlets;

/// <summary>
/// New-AvatarIVVideo: starts an Avatar IV render from a photo (or, on v3, an avatar look: -AvatarId) and a script+voice or an audio track.
/// Spends credits.
/// </summary>
[Cmdlet(VerbsCommon.New, "AvatarIVVideo", DefaultParameterSetName = ScriptSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpLinks.Reference + "new-avatarivvideo")]
[OutputType(typeof(AvatarVideo))]
public sealed class NewAvatarIVVideoCommand : AvatarIVPipelineCmdlet
{
    public const string ScriptSet = "Script";
    public const string AudioPathSet = "AudioPath";
    public const string AudioUrlSet = "AudioUrl";
    public const string AudioAssetSet = "AudioAssetId";

    /// <summary>An avatar look speaking a script: like <see cref="ScriptSet"/> but -VoiceId is optional (the look's default voice).</summary>
    public const string AvatarScriptSet = "AvatarScript";

    private bool? _batching;
    private CreateBatcher? _creates;

    /// <summary>Legacy photo reference, from Send-AvatarPhoto.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? ImageKey { get; set; }

    /// <summary>v3 photo asset id, from Send-AvatarPhoto.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? AssetId { get; set; }

    /// <summary>v3: an avatar look id instead of a photo (Get-AvatarIVLook; Tab completes); binds from Get-AvatarIVLook's objects.</summary>
    /// <remarks>Its own set (with a script only): every set needs a parameter of its own, and look videos from audio stay a Core feature.</remarks>
    [Parameter(Mandatory = true, ParameterSetName = AvatarScriptSet, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(AvatarIdCompleter))]
    public string? AvatarId { get; set; }

    /// <summary>v3, with -AvatarId: the engine (the look's SupportedEngines); HeyGen defaults to avatar_iv.</summary>
    [Parameter]
    [ValidateSet("avatar_iv", "avatar_v", "avatar_iii")]
    public string? Engine { get; set; }

    /// <summary>What the avatar says (up to 5,000 characters); binds from Split-AvatarIVScript's parts.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ScriptSet, ValueFromPipelineByPropertyName = true)]
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = AvatarScriptSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Script { get; set; } = "";

    /// <summary>
    /// The voice that speaks the script (Get-AvatarIVVoice; Tab completes). With audio: required on legacy, optional on v3.
    /// With -AvatarId: optional (the look's default voice).
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = ScriptSet)]
    [Parameter(ParameterSetName = AvatarScriptSet)]
    [Parameter(ParameterSetName = AudioPathSet)]
    [Parameter(ParameterSetName = AudioUrlSet)]
    [Parameter(ParameterSetName = AudioAssetSet)]
    [ArgumentCompleter(typeof(VoiceIdCompleter))]
    [ValidateNotNullOrEmpty]
    public string VoiceId { get; set; } = "";

    /// <summary>A local WAV or MP3 file; uploaded first, the video lasts as long as it.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AudioPathSet)]
    [ValidateNotNullOrEmpty]
    public string AudioPath { get; set; } = "";

    /// <summary>A public URL of a WAV or MP3 file.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AudioUrlSet)]
    [ValidateNotNullOrEmpty]
    public string AudioUrl { get; set; } = "";

    /// <summary>An audio asset uploaded earlier.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AudioAssetSet)]
    [ValidateNotNullOrEmpty]
    public string AudioAssetId { get; set; } = "";

    /// <summary>How the avatar moves, e.g. "Holds microphone, sways to rhythm".</summary>
    [Parameter]
    public string? MotionPrompt { get; set; }

    /// <summary>Legacy: let HeyGen refine the motion prompt.</summary>
    [Parameter]
    public SwitchParameter EnhanceMotionPrompt { get; set; }

    [Parameter]
    [ValidateSet("Landscape", "Portrait", "Square")]
    public string? Orientation { get; set; }

    /// <summary>v3 aspect ratio; wins over -Orientation on v3.</summary>
    [Parameter]
    [ValidateSet("16:9", "9:16", "4:5", "5:4", "1:1", "auto")]
    public string? AspectRatio { get; set; }

    [Parameter]
    [ValidateSet("Cover", "Contain")]
    public string? Fit { get; set; }

    /// <summary>v3 output resolution.</summary>
    [Parameter]
    [ValidateSet("720p", "1080p", "4k")]
    public string? Resolution { get; set; }

    [Parameter]
    public string? Title { get; set; }

    /// <summary>Ask for captions: an SRT subtitle file (Save-AvatarIVVideo -Asset Subtitle).</summary>
    [Parameter]
    public SwitchParameter Caption { get; set; }

    /// <summary>v3: also burn the captions into a second video in this style (Save-AvatarIVVideo -Asset Captioned); implies -Caption.</summary>
    [Parameter]
    [ValidateSet("default")]
    public string? CaptionStyle { get; set; }

    /// <summary>The HeyGen folder to file the video in.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? FolderId { get; set; }

    /// <summary>URL HeyGen calls when the video is ready or failed.</summary>
    [Parameter]
    public string? CallbackUrl { get; set; }

    /// <summary>Your own id, echoed in the callback.</summary>
    [Parameter]
    public string? CallbackId { get; set; }

    /// <summary>v3: makes a retried create return the same video instead of a second one.</summary>
    [Parameter]
    public string? IdempotencyKey { get; set; }

    protected override void ProcessRecord()
    {
        var parameters = new NewVideoParameters
        {
            ImageKey = ImageKey,
            AssetId = AssetId,
            AvatarId = string.IsNullOrEmpty(AvatarId) ? null : AvatarId,
            Engine = Engine,
            Script = ParameterSetName is ScriptSet or AvatarScriptSet ? Script : null,
            VoiceId = string.IsNullOrEmpty(VoiceId) ? null : VoiceId,
            AudioPath = ParameterSetName == AudioPathSet ? ToFileSystemPath(AudioPath) : null,
            AudioUrl = ParameterSetName == AudioUrlSet ? AudioUrl : null,
            AudioAssetId = ParameterSetName == AudioAssetSet ? AudioAssetId : null,
            MotionPrompt = MotionPrompt,
            EnhanceMotionPrompt = MyInvocation.BoundParameters.ContainsKey(nameof(EnhanceMotionPrompt)) ? EnhanceMotionPrompt.IsPresent : null,
            Orientation = Orientation,
            AspectRatio = AspectRatio,
            Fit = Fit,
            Resolution = Resolution,
            Title = Title,
            Caption = Caption.IsPresent,
            CaptionStyle = CaptionStyle,
            FolderId = FolderId,
            CallbackUrl = CallbackUrl,
            CallbackId = CallbackId,
            IdempotencyKey = IdempotencyKey,
        };
        Dispatch(context => new NewVideoHandler(context, Creates(context)).Prepare(parameters));
    }

    /// <summary>
    /// v3 with -ThrottleLimit above 1: creates go through one batcher, which keeps -ThrottleLimit requests in flight and
    /// gathers the rest into batches, so the pipeline lets a batch's worth more items run (memory stays bounded).
    /// </summary>
    private protected override int ItemsAtOnce(HandlerContext context) =>
        Batching(context) ? ThrottleLimit + CreateVideoBatchRequest.MaxVideos : ThrottleLimit;

    /// <summary>Decided once per command, by its first item; -ThrottleLimit 1 stays one create after another.</summary>
    private bool Batching(HandlerContext context) => _batching ??= ThrottleLimit > 1 && context.Surface == ApiSurface.V3;

    /// <summary>Made with an item's context, whose token the pipeline cancels when the command stops or fails.</summary>
    private CreateBatcher? Creates(HandlerContext context) =>
        Batching(context) ? _creates ??= new CreateBatcher(() => context.Client, ThrottleLimit, context.CancellationToken) : null;
}
