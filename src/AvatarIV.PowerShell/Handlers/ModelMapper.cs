using AvatarIV.Core;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Handlers;

/// <summary>Core models → the module's own output types (which keep Core types out of PowerShell's formatting).</summary>
internal static class ModelMapper
{
    public static AvatarIVApiVersion ToApiVersion(ApiSurface surface) =>
        surface == ApiSurface.Legacy ? AvatarIVApiVersion.Legacy : AvatarIVApiVersion.V3;

    public static AvatarAsset ToAsset(UploadedAsset asset, string path) => new()
    {
        AssetId = asset.AssetId,
        ImageKey = asset.ImageKey,
        Path = path,
        Kind = asset.Kind.ToString(),
        MimeType = asset.MimeType,
        SizeBytes = asset.SizeBytes,
        Url = asset.Url,
        ApiVersion = ToApiVersion(asset.Surface),
    };

    public static AvatarVideo ToVideo(Video video) => new()
    {
        VideoId = video.VideoId,
        Status = video.Status.ToString(),
        Title = video.Title,
        DurationSeconds = video.DurationSeconds,
        VideoUrl = video.VideoUrl,
        ThumbnailUrl = video.ThumbnailUrl,
        SubtitleUrl = video.SubtitleUrl,
        CaptionedVideoUrl = video.CaptionedVideoUrl,
        FolderId = video.FolderId,
        CreatedAt = video.CreatedAt,
        CompletedAt = video.CompletedAt,
        ErrorCode = video.Error?.Code,
        ErrorMessage = video.Error?.Message,
        CallbackId = video.CallbackId,
        ApiVersion = ToApiVersion(video.Surface),
    };

    public static AvatarVoice ToVoice(Voice voice) => new()
    {
        VoiceId = voice.VoiceId,
        Name = voice.Name,
        Language = voice.Language,
        Gender = voice.Gender,
        Type = voice.Type,
        SupportPause = voice.SupportPause,
        PreviewAudioUrl = voice.PreviewAudioUrl,
    };

    public static AvatarIVLook ToLook(AvatarLook look) => new()
    {
        AvatarId = look.LookId,
        Name = look.Name,
        AvatarType = look.AvatarType,
        GroupId = look.GroupId,
        DefaultVoiceId = look.DefaultVoiceId,
        Gender = look.Gender,
        PreferredOrientation = look.PreferredOrientation,
        ImageWidth = look.ImageWidth,
        ImageHeight = look.ImageHeight,
        SupportedEngines = look.SupportedEngines.ToArray(),
        Tags = look.Tags.ToArray(),
        Status = look.Status,
        PreviewImageUrl = look.PreviewImageUrl,
        PreviewVideoUrl = look.PreviewVideoUrl,
    };

    public static AvatarCredit ToCredit(CreditBalance balance) => new()
    {
        RemainingCredits = balance.RemainingCredits,
        QuotaUnits = balance.QuotaUnits,
        WalletUsd = balance.WalletUsd,
        Plan = balance.Plan,
        ApiVersion = ToApiVersion(balance.Surface),
    };
}
